#include "FxCommand.h"

#include "CommandSupport.h"
#include "MetricsOptions.h"
#include "io/FxRateCsv.h"
#include "metrics/MetricsService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace subdesk::cli {

using io::FxRateCsv;
using metrics::FxRate;

namespace {

/** "1 SEK = 0.08731200 EUR" */
QString rateSentence(const FxRate& rate, const QString& reporting)
{
    return QStringLiteral("1 %1 = %2 %3").arg(rate.currency, FxRate::rateText(rate.rate), reporting);
}

ExitCode list(Invocation& inv)
{
    OptionReader reader(inv);
    const auto currency = reader.currency(QStringLiteral("currency"));
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    metrics::MetricsService& service = std::get<0>(opened)->metrics();
    auto rates = service.fxRates();
    if (!rates)
        return output::fail(rates.error());
    const auto reporting = service.reportingCurrency();
    if (!reporting)
        return output::fail(reporting.error());
    QList<FxRate> shown;
    for (const FxRate& rate : std::as_const(*rates)) {
        if (!currency || rate.currency == currency->code())
            shown.append(rate);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const FxRate& a, const FxRate& b) {
        return a.currency != b.currency ? a.currency < b.currency : a.month < b.month;
    });
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const FxRate& rate : std::as_const(shown)) {
            array.append(QJsonObject {
                {QStringLiteral("month"), FxRateCsv::monthText(rate.month)},
                {QStringLiteral("currency"), rate.currency},
                {QStringLiteral("rate"), FxRate::rateText(rate.rate)},
                {QStringLiteral("rate_scaled"), rate.rate},
            });
        }
        output::outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("reporting_currency"), *reporting},
            {QStringLiteral("rates"), array},
        }));
        return ExitCode::Ok;
    }
    if (shown.isEmpty()) {
        output::out(QCoreApplication::translate(
                        "Cli",
                        "No exchange rates. Amounts in other currencies than %1 are left out of the metrics until "
                        "they have one: fx set MONTH CURRENCY RATE.")
                        .arg(*reporting));
        return ExitCode::Ok;
    }
    Table table({QCoreApplication::translate("Cli", "Month"), QCoreApplication::translate("Cli", "Currency"),
                 QCoreApplication::translate("Cli", "Rate"), QCoreApplication::translate("Cli", "Meaning")});
    for (const FxRate& rate : std::as_const(shown))
        table.addRow({FxRateCsv::monthText(rate.month), rate.currency, FxRate::rateText(rate.rate),
                      rateSentence(rate, *reporting)});
    output::outLines(table.lines());
    output::out(QString());
    output::out(QCoreApplication::translate(
        "Cli", "A month without its own rate uses the latest earlier rate of its currency."));
    return ExitCode::Ok;
}

/** MONTH CURRENCY from the positional arguments; a usage error when malformed. */
std::optional<std::pair<QDate, QString>> monthAndCurrency(const Invocation& inv)
{
    const auto month =
        metricsoptions::monthArgument(inv, QCoreApplication::translate("Cli", "MONTH"), inv.arguments().at(0));
    if (!month)
        return std::nullopt;
    const QString code = inv.arguments().at(1).trimmed().toUpper();
    if (!Currency::isValidCode(code)) {
        inv.usageError(
            QCoreApplication::translate("Cli", "CURRENCY: \"%1\" is not an ISO 4217 currency code such as SEK.")
                .arg(inv.arguments().at(1)));
        return std::nullopt;
    }
    return std::make_pair(*month, code);
}

ExitCode set(Invocation& inv)
{
    const auto key = monthAndCurrency(inv);
    if (!key)
        return ExitCode::Usage;
    const auto parsed = FxRate::parseRate(inv.arguments().at(2));
    if (!parsed)
        return inv.usageError(QStringLiteral("RATE: %1").arg(parsed.error().message));
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    metrics::MetricsService& service = std::get<0>(opened)->metrics();
    const FxRate rate {key->first, key->second, *parsed};
    if (const Status saved = service.setFxRates({rate}); !saved)
        return output::fail(saved.error());
    const auto reporting = service.reportingCurrency();
    output::out(QCoreApplication::translate("Cli", "Rate for %1 in %2: %3.")
                    .arg(rate.currency, FxRateCsv::monthText(rate.month),
                         reporting ? rateSentence(rate, *reporting) : FxRate::rateText(rate.rate)));
    return ExitCode::Ok;
}

ExitCode remove(Invocation& inv)
{
    const auto key = monthAndCurrency(inv);
    if (!key)
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    metrics::MetricsService& service = std::get<0>(opened)->metrics();
    const auto rates = service.fxRates();
    if (!rates)
        return output::fail(rates.error());
    const bool exists = std::any_of(rates->cbegin(), rates->cend(), [&](const FxRate& r) {
        return r.month == key->first && r.currency == key->second;
    });
    if (!exists) {
        return output::fail(QCoreApplication::translate("Cli", "There is no rate for %1 in %2.")
                                .arg(key->second, FxRateCsv::monthText(key->first)));
    }
    if (const Status removed = service.removeFxRate(key->first, key->second); !removed)
        return output::fail(removed.error());
    output::out(QCoreApplication::translate("Cli", "Removed the rate for %1 in %2.")
                    .arg(key->second, FxRateCsv::monthText(key->first)));
    return ExitCode::Ok;
}

ExitCode import(Invocation& inv)
{
    io::CsvReadOptions readOptions;
    if (const auto error = csvReadOptions(inv, readOptions))
        return *error;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    metrics::MetricsService& service = std::get<0>(opened)->metrics();
    const auto reporting = service.reportingCurrency();
    if (!reporting)
        return output::fail(reporting.error());
    const auto content = FxRateCsv::read(inv.arguments().constFirst(), *reporting, readOptions);
    if (!content)
        return output::fail(content.error());
    for (const io::ImportProblem& problem : content->problems)
        output::err(problem.message());
    if (!content->problems.isEmpty()) {
        return output::fail(
            QCoreApplication::translate("Cli", "Nothing was imported: %1 of %2 rows have problems (listed above).")
                .arg(content->problems.size())
                .arg(content->dataRows));
    }
    if (content->rates.isEmpty())
        return output::fail(QCoreApplication::translate("Cli", "Nothing to import: the file has no rates."));
    if (inv.isSet(QStringLiteral("dry-run"))) {
        output::out(QCoreApplication::translate("Cli", "Dry run: %1 rates would be imported; nothing was written.")
                        .arg(content->rates.size()));
        return ExitCode::Ok;
    }
    // All or none: the service stores the whole list in one transaction.
    if (const Status saved = service.setFxRates(content->rates); !saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Exchange rates imported: %1.").arg(content->rates.size()));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> fxCommands()
{
    QList<OptionSpec> importOptions {dryRunOption()};
    importOptions += csvOptions();
    return {
        {{QStringLiteral("fx"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "List the monthly exchange rates into the reporting currency that the metrics "
                                     "convert other currencies with."),
         {
             {{QStringLiteral("currency")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "Only the rates of this currency.")},
             jsonOption(),
         },
         list},
        {{QStringLiteral("fx"), QStringLiteral("set")},
         QStringLiteral("MONTH CURRENCY RATE"),
         3,
         3,
         QCoreApplication::translate(
             "Cli",
             "Store the rate of a currency for a month (YYYY-MM): what one unit is worth in the "
             "reporting currency, with at most 8 decimals. Example: fx set 2026-03 SEK "
             "0.0873."),
         {},
         set},
        {{QStringLiteral("fx"), QStringLiteral("remove")},
         QStringLiteral("MONTH CURRENCY"),
         2,
         2,
         QCoreApplication::translate("Cli", "Remove the rate of a currency for a month."),
         {},
         remove},
        {{QStringLiteral("fx"), QStringLiteral("import")},
         QStringLiteral("FILE"),
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Import rates from a CSV file with the columns month, currency, rate: all rows "
                                     "or none; every bad row is listed with its line."),
         importOptions,
         import},
    };
}

} // namespace subdesk::cli
