#pragma once

#include "TextDecoding.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace subdesk::io {

struct CsvReadOptions
{
    std::optional<QChar> delimiter; ///< nullopt: detect ',' ';' or tab from the header line
    TextEncoding encoding = TextEncoding::Auto;
};

/** A parsed CSV file: records with the physical line each one starts on (for error reports). */
struct CsvTable
{
    QList<QStringList> records; ///< the header record first, when the file has one
    QList<int> lineNumbers; ///< 1-based line where records[i] starts
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8; ///< the one actually used
    bool hadByteOrderMark = false;
};

/**
 * RFC 4180 reader: quoted fields with embedded delimiters, quotes ("") and line breaks; CRLF, LF or
 * CR line ends; blank lines skipped. A malformed file (a quote left open) is an Error naming the line.
 *
 * Line breaks inside a quoted field are kept as written (CRLF stays CRLF). Like spreadsheets, the
 * reader is lenient where RFC 4180 is silent: a quote inside an unquoted field is an ordinary
 * character, and text after a closing quote is appended to the field ("ab"c → abc). A record may
 * have any number of fields; checking them against the header is the caller's job.
 */
class CsvReader
{
public:
    static Result<CsvTable> parse(const QByteArray& data, const CsvReadOptions& options = {});
    static Result<CsvTable> readFile(const QString& path, const CsvReadOptions& options = {});

    /** Parses already decoded text (no BOM); delimiter nullopt detects it. Sets no encoding fields. */
    static Result<CsvTable> parseText(QStringView text, std::optional<QChar> delimiter = std::nullopt);

    /**
     * The delimiter of the first non-blank line, outside quotes: whichever of ',' ';' and tab occurs
     * most often; ',' when none occurs (a one-column file). Ties go to ',' then ';' then tab.
     */
    static QChar detectDelimiter(QStringView text);
};

} // namespace subdesk::io
