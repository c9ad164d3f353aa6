#include "CsvImportTable.h"

#include "CustomerColumnNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace subdesk::io {

CsvImportTable::CsvImportTable(CsvTable table)
    : m_table(std::move(table))
{ }

Result<CsvImportTable> CsvImportTable::from(Result<CsvTable> table, const QString& emptyMessage)
{
    if (!table)
        return table.error();
    if (table->records.isEmpty())
        return Error(ErrorCode::Invalid, emptyMessage);
    return CsvImportTable(std::move(*table));
}

QStringList CsvImportTable::headers() const
{
    return m_table.records.isEmpty() ? QStringList() : m_table.records.constFirst();
}

int CsvImportTable::headerLine() const
{
    return m_table.lineNumbers.value(0, 1);
}

QList<QStringList> CsvImportTable::preview(int maxRows) const
{
    if (maxRows <= 0 || m_table.records.size() <= 1)
        return {};
    return m_table.records.mid(1, maxRows);
}

int CsvImportTable::dataRows() const
{
    const auto begin = m_table.records.size() > 1 ? m_table.records.begin() + 1 : m_table.records.end();
    return int(std::count_if(begin, m_table.records.end(), [](const QStringList& cells) { return !isBlank(cells); }));
}

bool CsvImportTable::isBlank(const QString& cell)
{
    return std::all_of(cell.begin(), cell.end(), [](QChar c) { return c.isSpace(); });
}

bool CsvImportTable::isBlank(const QStringList& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const QString& cell) { return isBlank(cell); });
}

QString CsvImportTable::headerKey(const QString& header)
{
    return CustomerColumnNames::normalized(header);
}

QStringList CsvImportTable::headerKeys(const char* names)
{
    QStringList keys = QString::fromUtf8(names).split(QLatin1Char('|'));
    for (QString& key : keys)
        key = headerKey(key);
    return keys;
}

QString CsvImportTable::tooWideReason(qsizetype cells) const
{
    return QCoreApplication::translate("CsvImport",
                                       "The row has %1 cells but the header names only %2 columns; a delimiter or a "
                                       "quote may be misplaced.")
        .arg(cells)
        .arg(columnCount());
}

} // namespace subdesk::io
