#include "CsvWriter.h"

namespace subdesk::io {

namespace {

const QLatin1String kLineEnd("\r\n");

/** Characters that make a spreadsheet treat a cell as a formula (or hide one behind). */
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

qsizetype leadingApostrophes(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i;
}

} // namespace

CsvWriter::CsvWriter(const CsvWriteOptions& options)
    : m_options(options)
{ }

void CsvWriter::addRecord(const QStringList& cells)
{
    // A record of one empty field would be an empty line, which readers skip: write it as "".
    if (cells.isEmpty() || (cells.size() == 1 && cells.constFirst().isEmpty())) {
        m_text += QLatin1String("\"\"");
    } else {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_text += m_options.delimiter;
            const QString& cell = cells.at(i);
            m_text += escaped(m_options.neutralizeFormulas ? neutralizeFormula(cell) : cell, m_options.delimiter);
        }
    }
    m_text += kLineEnd;
    ++m_records;
}

QByteArray CsvWriter::toUtf8(bool byteOrderMark) const
{
    QByteArray bytes = m_text.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString CsvWriter::escaped(const QString& cell, QChar delimiter)
{
    bool needsQuotes = false;
    for (const QChar c : cell) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return cell;
    QString out;
    out.reserve(cell.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString CsvWriter::neutralizeFormula(const QString& cell)
{
    // Counting apostrophes too keeps the guard reversible: a cell that already is "'=x" becomes
    // "''=x", so restoreFormula() never strips an apostrophe the user typed.
    const qsizetype i = leadingApostrophes(cell);
    if (i < cell.size() && startsFormula(cell.at(i)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::restoreFormula(const QString& cell)
{
    const qsizetype i = leadingApostrophes(cell);
    if (i > 0 && i < cell.size() && startsFormula(cell.at(i)))
        return cell.mid(1);
    return cell;
}

} // namespace subdesk::io
