#include "ChartCsv.h"

#include "io/CsvWriter.h"

#include <QRegularExpression>

namespace subdesk::ui {

namespace {

bool isPlainNumber(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(cell).hasMatch();
}

} // namespace

ChartCsv::ChartCsv(const QStringList& header)
{
    addRow(header);
}

void ChartCsv::addRow(const QStringList& cells)
{
    QStringList guarded;
    guarded.reserve(cells.size());
    for (const QString& cell : cells)
        guarded.append(isPlainNumber(cell) ? cell : io::CsvWriter::neutralizeFormula(cell));
    m_rows.append(guarded);
}

QByteArray ChartCsv::bytes() const
{
    io::CsvWriteOptions options;
    options.neutralizeFormulas = false; // done per cell above, numbers excepted
    io::CsvWriter writer(options);
    for (const QStringList& row : m_rows)
        writer.addRecord(row);
    return writer.toUtf8(true);
}

} // namespace subdesk::ui
