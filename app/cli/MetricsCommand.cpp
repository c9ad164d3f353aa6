#include "MetricsCommand.h"

#include "MetricsFormat.h"
#include "MetricsOptions.h"
#include "io/CsvWriter.h"
#include "io/FxRateCsv.h"
#include "metrics/MetricsService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace subdesk::cli {

using metrics::MetricsDimension;
using namespace metricsoptions;

namespace {

std::optional<metrics::MovementKind> movementFromKey(const QString& key)
{
    for (metrics::MovementKind kind : metrics::allMovementKinds()) {
        if (metrics::movementKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QStringList movementKeys()
{
    QStringList keys;
    for (metrics::MovementKind kind : metrics::allMovementKinds())
        keys.append(metrics::movementKindKey(kind));
    return keys;
}

/** Which output the flags ask for, checked before the file is opened. */
struct MetricsRequest
{
    TypedFilter typed;
    std::optional<QDate> rowsMonth;
    std::optional<metrics::MovementKind> movement;
    std::optional<QDate> payingMonth;
    bool reconcile = false;
    bool json = false;
    bool csv = false;
};

std::optional<MetricsRequest> readRequest(Invocation& inv)
{
    OptionReader reader(inv);
    MetricsRequest request;
    request.typed = metricsoptions::filter(reader, inv.context().clock().today());
    request.rowsMonth = month(reader, QStringLiteral("rows"));
    request.payingMonth = month(reader, QStringLiteral("paying"));
    request.movement =
        reader.choice<metrics::MovementKind>(QStringLiteral("movement"), movementFromKey, movementKeys());
    request.reconcile = reader.isSet(QStringLiteral("reconcile"));
    request.json = reader.isSet(QStringLiteral("json"));
    request.csv = reader.isSet(QStringLiteral("csv"));
    if (reader.failed())
        return std::nullopt;
    QString conflict;
    if (request.json && request.csv)
        conflict = QCoreApplication::translate("Cli", "--json and --csv cannot be combined; choose one.");
    else if (request.rowsMonth && request.payingMonth)
        conflict = QCoreApplication::translate("Cli", "--rows and --paying cannot be combined; choose one.");
    else if (request.movement && !request.rowsMonth)
        conflict = QCoreApplication::translate("Cli", "--movement needs --rows MONTH.");
    else if (request.reconcile && (request.rowsMonth || request.payingMonth))
        conflict = QCoreApplication::translate("Cli", "--reconcile cannot be combined with --rows or --paying.");
    else if (request.typed.by != MetricsDimension::None
             && (request.reconcile || request.rowsMonth || request.payingMonth))
        conflict = QCoreApplication::translate("Cli", "--by cannot be combined with --reconcile, --rows or --paying.");
    else if (request.csv && (request.reconcile || request.rowsMonth || request.payingMonth))
        conflict = QCoreApplication::translate(
            "Cli", "--csv is for the monthly figures; it cannot be combined with --reconcile, --rows or --paying.");
    if (!conflict.isEmpty()) {
        inv.usageError(conflict);
        return std::nullopt;
    }
    return request;
}

void printCsv(const QList<QStringList>& rows, bool withKey)
{
    io::CsvWriteOptions options;
    options.neutralizeFormulas = false; // figures and months; the key column is guarded below
    io::CsvWriter writer(options);
    writer.addRecord(metricsformat::csvHeader(withKey));
    for (QStringList row : rows) {
        if (withKey)
            row[0] = io::CsvWriter::neutralizeFormula(row.at(0));
        writer.addRecord(row);
    }
    output::outRaw(writer.toUtf8(false));
}

ExitCode printReport(const MetricsRequest& request, const metrics::MetricsEngine& engine)
{
    const auto report = engine.report(request.typed.filter);
    if (!report)
        return output::fail(report.error());
    if (request.json) {
        output::outJson(QJsonDocument(metricsformat::reportToJson(*report)));
        output::warnAll(report->warnings);
    } else if (request.csv) {
        printCsv(metricsformat::csvRows(*report), false);
        output::warnAll(report->warnings);
    } else {
        output::outLines(metricsformat::reportText(*report));
        output::warnAll(report->warnings);
    }
    return ExitCode::Ok;
}

ExitCode printBreakdown(const MetricsRequest& request, const metrics::MetricsEngine& engine,
                        const QHash<PlanId, QString>& plans)
{
    const auto groups = engine.reportBy(request.typed.filter, request.typed.by);
    if (!groups)
        return output::fail(groups.error());
    const bool byPlan = request.typed.by == MetricsDimension::Plan;
    // Plan keys are ids as text; people and scripts read plan codes.
    const auto keyText = [&](const QString& key) {
        if (!byPlan)
            return key;
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        return ok ? plans.value(PlanId(id), key) : key;
    };
    QStringList warnings;
    if (request.json) {
        QJsonArray array;
        QString currency;
        for (const auto& [key, report] : *groups) {
            QJsonObject group = metricsformat::reportToJson(report);
            currency = report.currency;
            group.insert(QStringLiteral("key"), keyText(key));
            array.append(group);
            warnings += report.warnings;
        }
        output::outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("by"), dimensionKey(request.typed.by)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("groups"), array},
        }));
    } else if (request.csv) {
        QList<QStringList> rows;
        for (const auto& [key, report] : *groups) {
            const QString text = keyText(key);
            rows += metricsformat::csvRows(report, &text);
            warnings += report.warnings;
        }
        printCsv(rows, true);
    } else {
        for (const auto& [key, report] : *groups) {
            const QString text = keyText(key);
            QString heading;
            if (byPlan)
                heading = QCoreApplication::translate("Cli", "Plan %1").arg(text);
            else if (text.isEmpty())
                heading = QCoreApplication::translate("Cli", "Customers without a segment");
            else
                heading = QCoreApplication::translate("Cli", "Segment %1").arg(text);
            output::out(QStringLiteral("== %1 ==").arg(heading));
            warnings += report.warnings;
            output::outLines(metricsformat::reportText(report));
            output::out(QString());
        }
        if (groups->isEmpty())
            output::out(QCoreApplication::translate("Cli", "No customers in the selection."));
    }
    warnings.removeDuplicates();
    output::warnAll(warnings);
    return ExitCode::Ok;
}

ExitCode printReconciliation(const MetricsRequest& request, const metrics::MetricsEngine& engine,
                             storage::CompanyFile& company, const metrics::MetricsData& data)
{
    // Invoices have no segment, plan or country: MRR is reported over the same invoices' scope.
    const auto report = engine.report(metrics::Reconciliation::filterFor(request.typed.filter));
    if (!report)
        return output::fail(report.error());
    QStringList warnings = report->warnings;
    const auto months = company.metrics().reconcile(*report, data.fx, &warnings, request.typed.filter.currencies);
    if (!months)
        return output::fail(months.error());
    const Currency currency = metricsformat::currencyOf(report->currency);
    if (request.json) {
        output::outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("currency"), report->currency},
            {QStringLiteral("months"), metricsformat::reconciliationToJson(*months, currency)},
        }));
    } else {
        output::outLines(metricsformat::reconciliationText(*months, currency));
    }
    warnings.removeDuplicates();
    output::warnAll(warnings);
    return ExitCode::Ok;
}

ExitCode metricsReport(Invocation& inv)
{
    auto request = readRequest(inv);
    if (!request)
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    if (!resolvePlans(company, request->typed))
        return ExitCode::Failed;
    // load() rebuilds stale spans first, so the figures follow the latest subscription events.
    const auto data = company.metrics().load();
    if (!data)
        return output::fail(data.error());
    const metrics::MetricsEngine engine(*data);
    const Currency currency = metricsformat::currencyOf(data->fx.reportingCurrency());
    metrics::MetricsFilter filter = request->typed.filter;
    const auto plans = planCodes(company);

    if (request->rowsMonth) {
        filter.fromMonth = filter.toMonth = *request->rowsMonth;
        const auto rows = engine.movements(filter, *request->rowsMonth, request->movement);
        if (!rows)
            return output::fail(rows.error());
        if (request->json)
            output::outJson(QJsonDocument(metricsformat::movementsToJson(*rows, currency)));
        else
            output::outLines(metricsformat::movementsText(*rows, currency));
        return ExitCode::Ok;
    }
    if (request->payingMonth) {
        filter.fromMonth = filter.toMonth = *request->payingMonth;
        const QDate lastDay = request->payingMonth->addMonths(1).addDays(-1);
        const auto rows = engine.payingOn(filter, lastDay);
        if (!rows)
            return output::fail(rows.error());
        if (request->json)
            output::outJson(QJsonDocument(metricsformat::payingToJson(*rows, currency, plans)));
        else
            output::outLines(metricsformat::payingText(*rows, currency, plans));
        return ExitCode::Ok;
    }
    if (request->reconcile)
        return printReconciliation(*request, engine, company, *data);
    if (request->typed.by != MetricsDimension::None)
        return printBreakdown(*request, engine, plans);
    return printReport(*request, engine);
}

/** "72.5" → 7250 basis points; nullopt unless 0–100 with at most two decimals. */
std::optional<int> parseMargin(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,3})(?:[.,]([0-9]{1,2}))?\\s*%?$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int bp = match.captured(1).toInt() * 100 + match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

QJsonObject settingsToJson(const metrics::MetricsSettings& settings)
{
    return {
        {QStringLiteral("reporting_currency"),
         settings.reportingCurrency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(settings.reportingCurrency)},
        {QStringLiteral("gross_margin_basis_points"),
         settings.grossMarginBasisPoints ? QJsonValue(*settings.grossMarginBasisPoints) : QJsonValue(QJsonValue::Null)},
    };
}

QStringList settingsText(const metrics::MetricsSettings& settings)
{
    const QString currency = settings.reportingCurrency.isEmpty()
        ? QCoreApplication::translate("Cli", "not set (the currency most customers use)")
        : settings.reportingCurrency;
    const QString margin = settings.grossMarginBasisPoints
        ? QCoreApplication::translate("Cli", "%1 %").arg(metricsformat::scaledText(*settings.grossMarginBasisPoints, 2))
        : QCoreApplication::translate("Cli", "not set (CLV is not multiplied by a margin)");
    Table table({QCoreApplication::translate("Cli", "Setting"), QCoreApplication::translate("Cli", "Value")});
    table.addRow({QCoreApplication::translate("Cli", "Reporting currency"), currency});
    table.addRow({QCoreApplication::translate("Cli", "Gross margin"), margin});
    return table.lines();
}

ExitCode settingsCommand(Invocation& inv)
{
    OptionReader reader(inv);
    const auto currency = reader.currency(QStringLiteral("currency"));
    std::optional<int> margin;
    if (reader.isSet(QStringLiteral("gross-margin"))) {
        margin = parseMargin(reader.text(QStringLiteral("gross-margin")));
        if (!margin) {
            reader.error(QCoreApplication::translate(
                             "Cli",
                             "--gross-margin must be a percentage from 0 to 100 with at most two decimals, "
                             "such as 72.5, not \"%1\".")
                             .arg(inv.value(QStringLiteral("gross-margin"))));
        }
    }
    const bool noMargin = reader.isSet(QStringLiteral("no-gross-margin"));
    if (reader.failed())
        return ExitCode::Usage;
    if (margin && noMargin) {
        return inv.usageError(
            QCoreApplication::translate("Cli", "--gross-margin and --no-gross-margin cannot be combined."));
    }
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    metrics::MetricsService& service = company.metrics();
    auto settings = service.settings();
    if (!settings)
        return output::fail(settings.error());
    const bool change = currency || margin || noMargin;
    if (change) {
        if (currency)
            settings->reportingCurrency = currency->code();
        if (margin)
            settings->grossMarginBasisPoints = *margin;
        if (noMargin)
            settings->grossMarginBasisPoints.reset();
        if (const Status saved = service.setSettings(*settings); !saved)
            return output::fail(saved.error());
    }
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(settingsToJson(*settings)));
        return ExitCode::Ok;
    }
    output::outLines(settingsText(*settings));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> metricsCommands()
{
    QList<OptionSpec> options = filterOptions();
    options << byOption()
            << OptionSpec {{QStringLiteral("reconcile")},
                           QString(),
                           QCoreApplication::translate("Cli",
                                                       "Reconcile MRR with invoiced revenue month by month: tax, "
                                                       "one-time fees, usage, proration, credit notes, timing.")}
            << OptionSpec {{QStringLiteral("rows")},
                           QStringLiteral("YYYY-MM"),
                           QCoreApplication::translate("Cli", "List the customer changes behind a month's movements.")}
            << OptionSpec {{QStringLiteral("movement")},
                           QStringLiteral("new|reactivation|expansion|contraction|churn"),
                           QCoreApplication::translate("Cli", "With --rows: only this movement.")}
            << OptionSpec {{QStringLiteral("paying")},
                           QStringLiteral("YYYY-MM"),
                           QCoreApplication::translate("Cli",
                                                       "List the customers paying at the month's end with their MRR "
                                                       "(behind MRR, ARR, ARPA and paying customers).")}
            << jsonOption()
            << OptionSpec {{QStringLiteral("csv")},
                           QString(),
                           QCoreApplication::translate("Cli", "Print the monthly figures as CSV, one row per month.")};
    return {
        // Before "metrics": commands are matched by their first words.
        {{QStringLiteral("metrics"), QStringLiteral("settings")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Show or change the metrics settings: the reporting currency and the gross "
                                     "margin CLV is multiplied by."),
         {
             {{QStringLiteral("currency")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "The currency the figures are reported in.")},
             {{QStringLiteral("gross-margin")},
              QStringLiteral("PERCENT"),
              QCoreApplication::translate("Cli", "The gross margin, such as 72.5 (CLV is multiplied by it).")},
             {{QStringLiteral("no-gross-margin")},
              QString(),
              QCoreApplication::translate("Cli", "Clear the gross margin.")},
             jsonOption(),
         },
         settingsCommand},
        {{QStringLiteral("metrics")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "MRR and its movements, ARR, paying customers, churn, NRR, GRR, ARPA and CLV "
                                     "per month, in the reporting currency (default: the last 12 months)."),
         options,
         metricsReport},
    };
}

} // namespace subdesk::cli
