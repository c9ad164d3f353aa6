#include "CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace subdesk::io {

namespace {

constexpr char16_t kQuote = u'"';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';

/**
 * One pass over the text. Invariant: p points at the start of a field; line is the physical
 * line p is on (every CRLF, LF or lone CR seen so far, inside quotes or not, ended a line).
 */
class Parser
{
public:
    Parser(QStringView text, char16_t delimiter)
        : m_p(text.utf16())
        , m_end(text.utf16() + text.size())
        , m_delimiter(delimiter)
    { }

    Status run(CsvTable& table)
    {
        qsizetype expectedFields = 0; // most records have as many fields as the one before
        while (m_p < m_end) {
            const int startLine = m_line;
            QStringList fields;
            fields.reserve(expectedFields);
            bool quotedSeen = false;
            for (;;) {
                QString field;
                if (m_p < m_end && *m_p == kQuote) {
                    quotedSeen = true;
                    if (auto done = readQuoted(field); !done)
                        return done;
                }
                readUnquoted(field);
                fields.append(std::move(field));
                if (m_p == m_end)
                    break;
                if (*m_p == m_delimiter) {
                    ++m_p;
                    continue;
                }
                skipLineEnd();
                break;
            }
            // An empty physical line is no record; a line holding only "" is one (one empty field).
            if (fields.size() == 1 && fields.constFirst().isEmpty() && !quotedSeen)
                continue;
            expectedFields = fields.size();
            table.records.append(std::move(fields));
            table.lineNumbers.append(startLine);
        }
        return {};
    }

private:
    /** Reads a quoted field from its opening quote up to and including its closing quote. */
    Status readQuoted(QString& field)
    {
        const int openedOn = m_line;
        ++m_p;
        for (;;) {
            const char16_t* run = m_p;
            while (m_p < m_end && *m_p != kQuote && *m_p != kCr && *m_p != kLf)
                ++m_p;
            field.append(QStringView(run, m_p - run));
            if (m_p == m_end) {
                return Error(ErrorCode::Invalid,
                             QCoreApplication::translate("CsvImport",
                                                         "Line %1: a quoted field is never closed (a \" is "
                                                         "missing), so the rest of the file cannot be read.")
                                 .arg(openedOn));
            }
            if (*m_p == kQuote) {
                if (m_p + 1 < m_end && m_p[1] == kQuote) {
                    field.append(QChar(kQuote));
                    m_p += 2;
                    continue;
                }
                ++m_p;
                return {};
            }
            // A line break inside quotes belongs to the field, exactly as written.
            const char16_t* lineEnd = m_p;
            skipLineEnd();
            field.append(QStringView(lineEnd, m_p - lineEnd));
        }
    }

    /** Appends characters up to the next delimiter or line end (after a closing quote: leniency). */
    void readUnquoted(QString& field)
    {
        const char16_t* start = m_p;
        while (m_p < m_end && *m_p != m_delimiter && *m_p != kCr && *m_p != kLf)
            ++m_p;
        if (m_p == start)
            return;
        if (field.isEmpty())
            field = QStringView(start, m_p - start).toString();
        else
            field.append(QStringView(start, m_p - start));
    }

    /** At a CR or LF: consumes CRLF, CR or LF as one line end. */
    void skipLineEnd()
    {
        if (*m_p == kCr && m_p + 1 < m_end && m_p[1] == kLf)
            ++m_p;
        ++m_p;
        ++m_line;
    }

    const char16_t* m_p;
    const char16_t* const m_end;
    const char16_t m_delimiter;
    int m_line = 1;
};

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == kQuote) {
            inQuotes = !inQuotes; // a doubled quote toggles twice: still right
        } else if (!inQuotes && (u == kCr || u == kLf)) {
            if (lineHasText)
                break;
            continue; // leading blank lines
        } else if (!inQuotes) {
            commas += u == u',';
            semicolons += u == u';';
            tabs += u == u'\t';
        }
        lineHasText = true;
    }
    if (commas == 0 && semicolons == 0 && tabs == 0)
        return QLatin1Char(',');
    if (commas >= semicolons && commas >= tabs)
        return QLatin1Char(',');
    return semicolons >= tabs ? QLatin1Char(';') : QLatin1Char('\t');
}

Result<CsvTable> CsvReader::parseText(QStringView text, std::optional<QChar> delimiter)
{
    CsvTable table;
    table.delimiter = delimiter.value_or(detectDelimiter(text));
    const char16_t d = table.delimiter.unicode();
    if (d == kQuote || d == kCr || d == kLf) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("CsvImport", "A quote or a line break cannot separate fields."));
    }
    // Rough guess of the record count (about 100 characters a row) saves reallocations on big files.
    table.records.reserve(text.size() / 100 + 1);
    table.lineNumbers.reserve(text.size() / 100 + 1);
    Parser parser(text, d);
    if (auto done = parser.run(table); !done)
        return done.error();
    return table;
}

Result<CsvTable> CsvReader::parse(const QByteArray& data, const CsvReadOptions& options)
{
    auto decoded = decodeText(data, options.encoding);
    if (!decoded)
        return decoded.error();
    auto table = parseText(decoded->text, options.delimiter);
    if (!table)
        return table;
    table->encoding = decoded->encoding;
    table->hadByteOrderMark = decoded->hadByteOrderMark;
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path, const CsvReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("CsvImport", "Cannot read \"%1\": %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(file.readAll(), options);
}

} // namespace subdesk::io
