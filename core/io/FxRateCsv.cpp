#include "FxRateCsv.h"

#include "CsvImportTable.h"
#include "money/Currency.h"

#include <QRegularExpression>
#include <QSet>

namespace subdesk::io {

using metrics::FxRate;

Result<FxRateCsvContent> FxRateCsv::read(const QString& path, const QString& reportingCurrency,
                                         const CsvReadOptions& options)
{
    const auto table = CsvReader::readFile(path, options);
    if (!table)
        return table.error();
    return fromTable(*table, reportingCurrency);
}

Result<FxRateCsvContent> FxRateCsv::parse(const QByteArray& data, const QString& reportingCurrency,
                                          const CsvReadOptions& options)
{
    const auto table = CsvReader::parse(data, options);
    if (!table)
        return table.error();
    return fromTable(*table, reportingCurrency);
}

std::optional<QDate> FxRateCsv::parseMonth(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate month(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!month.isValid())
        return std::nullopt;
    return month;
}

QString FxRateCsv::monthText(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

FxRateCsvContent FxRateCsv::fromTable(const CsvTable& table, const QString& reportingCurrency)
{
    FxRateCsvContent content;
    qsizetype first = 0;
    if (!table.records.isEmpty() && !parseMonth(table.records.constFirst().value(0)))
        first = 1; // a header row: "month,currency,rate" in any language
    QSet<QString> seen;
    for (qsizetype i = first; i < table.records.size(); ++i) {
        const QStringList& cells = table.records.at(i);
        const int line = table.lineNumbers.value(i);
        if (CsvImportTable::isBlank(cells))
            continue;
        ++content.dataRows;
        QStringList reasons;
        if (cells.size() != 3) {
            reasons.append(
                tr("the row has %n column(s); it needs three: month, currency, rate.", nullptr, int(cells.size())));
            content.problems.append({line, reasons.join(QLatin1Char(' '))});
            continue;
        }
        FxRate rate;
        const auto month = parseMonth(cells.at(0));
        if (month)
            rate.month = *month;
        else
            reasons.append(tr("Month (column 1): \"%1\" is not a month written YYYY-MM.").arg(cells.at(0).trimmed()));
        const QString code = cells.at(1).trimmed().toUpper();
        if (!Currency::isValidCode(code)) {
            reasons.append(tr("Currency (column 2): \"%1\" is not an ISO 4217 currency code such as SEK.")
                               .arg(cells.at(1).trimmed()));
        } else if (code == reportingCurrency) {
            reasons.append(tr("Currency (column 2): %1 is the reporting currency; it needs no rate.").arg(code));
        }
        rate.currency = code;
        const auto parsed = FxRate::parseRate(cells.at(2));
        if (parsed)
            rate.rate = *parsed;
        else
            reasons.append(tr("Rate (column 3): %1").arg(parsed.error().message));
        if (reasons.isEmpty()) {
            const QString key = monthText(rate.month) + QLatin1Char(' ') + rate.currency;
            if (seen.contains(key))
                reasons.append(tr("%1 %2 is given twice in the file.").arg(rate.currency, monthText(rate.month)));
            seen.insert(key);
        }
        if (!reasons.isEmpty()) {
            content.problems.append({line, reasons.join(QLatin1Char(' '))});
            continue;
        }
        content.rates.append(rate);
        content.rateLines.append(line);
    }
    return content;
}

} // namespace subdesk::io
