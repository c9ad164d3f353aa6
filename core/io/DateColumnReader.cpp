#include "DateColumnReader.h"

#include "CsvImportTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace subdesk::io {

namespace {

/** The translation context of the survey import's messages, the date reader's user. */
struct SurveyImport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImport)
};

/** Optional time after a date: " 10:22", "T10:22:31.5Z", " 10:22:31 AM", " 10:22:31 -0700". */
const QString kTime = QStringLiteral(R"((?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)"
                                     R"((?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?)");

std::optional<int> monthFromName(const QString& name)
{
    static const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                          "july",    "august",   "september", "october", "november", "december"};
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return std::nullopt;
    for (int m = 0; m < 12; ++m) {
        const QString full = QString::fromLatin1(kMonths[m]);
        // "Mar", "March" and "Sept" name March and September; "Marc" names nothing.
        if (full == lower || lower == full.left(3) || (m == 8 && lower == QLatin1String("sept")))
            return m + 1;
    }
    return std::nullopt;
}

Error invalid(const QString& reason)
{
    return Error(ErrorCode::Invalid, reason);
}

} // namespace

DateColumnReader::DateColumnReader(const CsvImportTable& file, qsizetype column, DateOrder order)
    : m_order(order)
{
    const CsvTable& table = file.table();
    m_cells.resize(table.records.size());
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QString text = table.records.at(r).value(column).trimmed();
        if (text.isEmpty() || CsvImportTable::isBlank(table.records.at(r)))
            continue;
        m_cells[r] = read(text);
        const Cell& cell = m_cells.at(r);
        if (!cell.needsOrder)
            continue;
        m_anyNeedsOrder = true;
        if (cell.first > 12 && cell.second <= 12 && m_dayFirstLine == 0)
            m_dayFirstLine = table.lineNumbers.at(r);
        if (cell.second > 12 && cell.first <= 12 && m_monthFirstLine == 0)
            m_monthFirstLine = table.lineNumbers.at(r);
    }
    if (m_order == DateOrder::Auto && m_dayFirstLine > 0 && m_monthFirstLine == 0)
        m_order = DateOrder::DayFirst;
    else if (m_order == DateOrder::Auto && m_monthFirstLine > 0 && m_dayFirstLine == 0)
        m_order = DateOrder::MonthFirst;
}

std::optional<DateOrder> DateColumnReader::orderUsed() const
{
    if (m_anyNeedsOrder && m_order != DateOrder::Auto)
        return m_order;
    return std::nullopt;
}

Result<QDate> DateColumnReader::date(qsizetype record) const
{
    const Cell cell = m_cells.value(record);
    if (cell.text.isEmpty())
        return invalid(SurveyImport::tr("the date is missing."));
    if (!cell.error.isEmpty())
        return invalid(cell.error);
    if (cell.needsOrder && m_order == DateOrder::Auto && cell.first != cell.second) {
        if (m_dayFirstLine > 0 && m_monthFirstLine > 0) {
            return invalid(SurveyImport::tr("\"%1\" cannot be read: the file has day-first dates (line %2) and "
                                            "month-first dates (line %3). Choose the date order, or write "
                                            "dates as YYYY-MM-DD.")
                               .arg(cell.text)
                               .arg(m_dayFirstLine)
                               .arg(m_monthFirstLine));
        }
        const QDate dayFirst(cell.year, cell.second, cell.first);
        const QDate monthFirst(cell.year, cell.first, cell.second);
        return invalid(SurveyImport::tr("\"%1\" is ambiguous: it may be %2 or %3, and no date in the file has a day "
                                        "above 12 to tell. Choose the date order, or write dates as YYYY-MM-DD.")
                           .arg(cell.text, dayFirst.toString(Qt::ISODate), monthFirst.toString(Qt::ISODate)));
    }
    const QDate date = !cell.needsOrder    ? cell.date
        : m_order == DateOrder::MonthFirst ? QDate(cell.year, cell.first, cell.second)
                                           : QDate(cell.year, cell.second, cell.first);
    if (date.isValid())
        return date;
    return invalid(m_order == DateOrder::MonthFirst
                       ? SurveyImport::tr("\"%1\" is not a valid month-first date (MM/DD/YYYY).").arg(cell.text)
                       : SurveyImport::tr("\"%1\" is not a valid day-first date (DD/MM/YYYY).").arg(cell.text));
}

DateColumnReader::Cell DateColumnReader::read(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})%1$)").arg(kTime));
    static const QRegularExpression numeric(QStringLiteral(R"(^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})%1$)").arg(kTime));
    static const QRegularExpression dayName(
        QStringLiteral(R"(^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})%1$)").arg(kTime));
    static const QRegularExpression nameDay(
        QStringLiteral(R"(^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})%1$)").arg(kTime));
    static const QRegularExpression unix(QStringLiteral(R"(^\d{10}$)"));

    Cell cell;
    cell.text = text;
    const auto notValid = [&] {
        cell.error = SurveyImport::tr("\"%1\" is not a valid date.").arg(text);
        return cell;
    };
    const auto made = [&](int y, int m, int d) {
        cell.date = QDate(y, m, d);
        return cell.date.isValid() ? cell : notValid();
    };
    if (const auto match = iso.match(text); match.hasMatch())
        return made(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (const auto match = numeric.match(text); match.hasMatch()) {
        if (match.captured(4).size() != 4) {
            cell.error = SurveyImport::tr("\"%1\" has a two-digit year; write the year with four digits or the date as "
                                          "YYYY-MM-DD.")
                             .arg(text);
            return cell;
        }
        const int a = match.captured(1).toInt();
        const int b = match.captured(3).toInt();
        const int y = match.captured(4).toInt();
        if (match.captured(2) == QLatin1String("."))
            return made(y, b, a); // 14.03.2026: no country writes month.day.year
        cell.needsOrder = true;
        cell.first = a;
        cell.second = b;
        cell.year = y;
        return cell;
    }
    if (const auto match = dayName.match(text); match.hasMatch()) {
        if (const auto month = monthFromName(match.captured(2)))
            return made(match.captured(3).toInt(), *month, match.captured(1).toInt());
        return notValid();
    }
    if (const auto match = nameDay.match(text); match.hasMatch()) {
        if (const auto month = monthFromName(match.captured(1)))
            return made(match.captured(3).toInt(), *month, match.captured(2).toInt());
        return notValid();
    }
    if (unix.match(text).hasMatch()) {
        cell.date = QDateTime::fromSecsSinceEpoch(text.toLongLong(), Qt::UTC).date();
        return cell;
    }
    cell.error =
        SurveyImport::tr("\"%1\" is not a date SubDesk can read; write it as YYYY-MM-DD (e.g. 2026-03-14).").arg(text);
    return cell;
}

} // namespace subdesk::io
