#pragma once

#include "CsvReader.h"

#include <QHash>

#include <optional>

namespace subdesk::io {

/**
 * A CSV file read for an import, and what the customer, usage and survey importers do alike with
 * it: refuse a file without any line, match the header line's names to the importer's columns, and
 * walk the data rows after it, skipping rows whose cells are all blank and setting apart a row with
 * more cells than the header names columns. The importers word the messages, each in its own
 * translation context.
 */
class CsvImportTable
{
public:
    /** Header names of one column, '|'-separated; compared by headerKey(). */
    template <typename Column>
    struct ColumnNames
    {
        Column column;
        const char* names;
    };

    /** The table read, or its read error; a table without any record is Error(Invalid, emptyMessage). */
    static Result<CsvImportTable> from(Result<CsvTable> table, const QString& emptyMessage);

    const CsvTable& table() const { return m_table; }
    /** The first record, whose cells name the columns. */
    QStringList headers() const;
    /** How many columns the header names. */
    qsizetype columnCount() const { return headers().size(); }
    /** The line the header starts on. */
    int headerLine() const;
    /** The first rows after the header, as read. */
    QList<QStringList> preview(int maxRows) const;
    /** Records after the header, not counting rows whose cells are all blank. */
    int dataRows() const;

    /** True when the cell is empty or white space. Allocates nothing. */
    static bool isBlank(const QString& cell);
    /** True when every cell is blank (a spreadsheet's ",,,," line). */
    static bool isBlank(const QStringList& cells);

    /** What a header is matched by: case, accents, spaces and punctuation dropped ("E-Mail" → "email"). */
    static QString headerKey(const QString& header);

    /** headerKey() of every name of every column in names → that column. */
    template <typename Column, size_t N>
    static QHash<QString, Column> columnIndex(const ColumnNames<Column> (&names)[N])
    {
        QHash<QString, Column> index;
        for (const ColumnNames<Column>& row : names) {
            for (const QString& key : headerKeys(row.names))
                index.insert(key, row.column);
        }
        return index;
    }

    /**
     * One entry per header: the column guess(header) names. The leftmost header naming a column
     * gets it; a later one naming the same column is ignored (nullopt), like a header naming none.
     */
    template <typename Column, typename Guess>
    QList<std::optional<Column>> leftmostMapping(Guess guess) const
    {
        const QStringList names = headers();
        QList<std::optional<Column>> mapping(names.size());
        for (qsizetype column = 0; column < names.size(); ++column) {
            const std::optional<Column> named = guess(names.at(column));
            if (named && !mapping.contains(named))
                mapping[column] = named;
        }
        return mapping;
    }

    /**
     * Calls row(cells, line, record) for each data row in file order, where line is the line the
     * row starts on and record its index in table().records; rows whose cells are all blank are
     * skipped. A row with more cells than columnCount() goes to tooWide(line, cells) instead, with
     * its number of cells: a delimiter or a quote is misplaced, so no cell can be trusted.
     */
    template <typename Row, typename TooWide>
    void forEachRow(Row row, TooWide tooWide) const
    {
        const qsizetype columns = columnCount();
        for (qsizetype r = 1; r < m_table.records.size(); ++r) {
            const QStringList& cells = m_table.records.at(r);
            if (isBlank(cells))
                continue;
            const int line = m_table.lineNumbers.at(r);
            if (cells.size() > columns)
                tooWide(line, cells.size());
            else
                row(cells, line, r);
        }
    }

    /**
     * "The row has 5 cells but the header names only 4 columns; ..." in the customer import's
     * translation context, for a row tooWide() got.
     */
    QString tooWideReason(qsizetype cells) const;

private:
    explicit CsvImportTable(CsvTable table);
    /** headerKey() of each '|'-separated name. */
    static QStringList headerKeys(const char* names);

    CsvTable m_table;
};

} // namespace subdesk::io
