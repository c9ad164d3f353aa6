#pragma once

#include <QByteArray>
#include <QStringList>

namespace subdesk::ui {

/**
 * The dashboard's CSV files: a header row, then data rows whose numbers stay plain and
 * locale-independent ("-12.50", not "'-12.50") while text cells are guarded against formula
 * injection (io::CsvWriter::neutralizeFormula). UTF-8 with a byte order mark for spreadsheets.
 */
class ChartCsv
{
public:
    explicit ChartCsv(const QStringList& header);

    void addRow(const QStringList& cells);
    QByteArray bytes() const;

private:
    QList<QStringList> m_rows;
};

} // namespace subdesk::ui
