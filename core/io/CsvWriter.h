#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace subdesk::io {

struct CsvWriteOptions
{
    QChar delimiter = QLatin1Char(',');
    /**
     * Prefix cells a spreadsheet would run as a formula with an apostrophe (see neutralizeFormula).
     * On by default: CSV files are made for spreadsheets, and forgetting it is a security hole.
     */
    bool neutralizeFormulas = true;
};

/**
 * A small RFC 4180 writer: fields holding the delimiter, a quote, CR or LF are quoted (quotes
 * doubled); every record ends with CRLF. Collects the text in memory; toUtf8() gives the bytes.
 */
class CsvWriter
{
public:
    explicit CsvWriter(const CsvWriteOptions& options = {});

    void addRecord(const QStringList& cells);
    int recordCount() const { return m_records; }
    const QString& text() const { return m_text; }
    /** The text as UTF-8, optionally with a byte order mark (spreadsheets then read accents right). */
    QByteArray toUtf8(bool byteOrderMark) const;

    /** One cell as it goes into the file: quoted when it holds the delimiter, a quote, CR or LF. */
    static QString escaped(const QString& cell, QChar delimiter);

    /**
     * Formula-injection guard (OWASP "CSV injection"): a cell starting with = + - @ tab or CR, also
     * after apostrophes, gets one more leading apostrophe. restoreFormula() undoes it exactly, so
     * restoreFormula(neutralizeFormula(x)) == x for every x: "+358 40" → "'+358 40" → "+358 40".
     */
    static QString neutralizeFormula(const QString& cell);
    /** Removes the apostrophe neutralizeFormula() added: one leading ' when '…' run is followed by = + - @ tab CR. */
    static QString restoreFormula(const QString& cell);

private:
    CsvWriteOptions m_options;
    QString m_text;
    int m_records = 0;
};

} // namespace subdesk::io
