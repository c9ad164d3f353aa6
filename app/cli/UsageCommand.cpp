#include "UsageCommand.h"

#include "CommandSupport.h"
#include "catalog/CatalogService.h"
#include "io/UsageCsvImporter.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace subdesk::cli {

using subscriptions::UsageRecord;

namespace {

ExitCode add(Invocation& inv)
{
    OptionReader reader(inv);
    for (const QString& required :
         {QStringLiteral("subscription"), QStringLiteral("metric"), QStringLiteral("quantity")}) {
        if (!reader.require(required))
            return ExitCode::Usage;
    }
    UsageRecord record;
    const auto subscription = parsePositive(reader.text(QStringLiteral("subscription")));
    if (!subscription) {
        reader.error(QCoreApplication::translate("Cli", "--subscription: \"%1\" is not a subscription number.")
                         .arg(reader.text(QStringLiteral("subscription"))));
        return ExitCode::Usage;
    }
    record.subscriptionId = SubscriptionId(*subscription);
    record.metricCode = catalog::MeteredCharge::normalizedMetric(reader.text(QStringLiteral("metric")));
    if (record.metricCode.isEmpty()) {
        reader.error(QCoreApplication::translate("Cli", "--metric needs a metric code, e.g. api_calls."));
        return ExitCode::Usage;
    }
    const auto quantity = reader.number(QStringLiteral("quantity"), 0, std::numeric_limits<qint64>::max());
    record.date = reader.date(QStringLiteral("date")).value_or(inv.context().clock().today());
    if (reader.failed() || !quantity)
        return ExitCode::Usage;
    record.quantity = *quantity;

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    const auto found = company.subscriptions().find(record.subscriptionId);
    if (!found && found.error().code == ErrorCode::NotFound) {
        return output::fail(
            QCoreApplication::translate("Cli", "--subscription: there is no subscription %1.").arg(*subscription));
    }
    if (!found)
        return output::fail(found.error());
    // The same rules as an import, reported against the flag they concern.
    const QList<io::UsageIssue> issues = io::UsageCsvImporter::check(record, *found, company.catalog().catalog());
    for (const io::UsageIssue& issue : issues) {
        const QString flag = issue.column == io::UsageColumn::Metric ? QStringLiteral("metric")
            : issue.column == io::UsageColumn::Date                  ? QStringLiteral("date")
                                                                     : QStringLiteral("subscription");
        output::fail(QStringLiteral("--%1: %2").arg(flag, issue.reason));
    }
    if (!issues.isEmpty())
        return ExitCode::Failed;
    const auto stored = company.subscriptions().addUsage({record});
    if (!stored)
        return output::fail(stored.error());
    // Only the number, like the other add commands.
    output::out(QString::number(stored->constFirst().id.value));
    return ExitCode::Ok;
}

void printJsonReport(const io::UsageImportPlan& plan, bool dryRun, qsizetype imported,
                     const QList<io::ImportProblem>& refused = {})
{
    QJsonArray problems;
    for (const io::ImportProblem& p : plan.problems + refused)
        problems.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
    output::outJson(QJsonDocument(QJsonObject {
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("rows"), plan.dataRows},
        {QStringLiteral("valid"), plan.records.size() - refused.size()},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("problems"), problems},
    }));
}

ExitCode import(Invocation& inv)
{
    auto loaded = loadCsvArgument<io::UsageCsvImporter>(inv);
    if (auto* code = std::get_if<ExitCode>(&loaded))
        return *code;
    const io::UsageCsvImporter& importer = std::get<0>(loaded);

    // The rows are checked against the subscriptions they name, so the file is opened first.
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    QList<subscriptions::Subscription> named;
    for (SubscriptionId id : importer.subscriptionIds()) {
        const auto found = company.subscriptions().find(id);
        if (found)
            named.append(*found);
        else if (found.error().code != ErrorCode::NotFound)
            return output::fail(found.error());
    }
    const io::UsageImportPlan plan = importer.plan(named, company.catalog().catalog());
    for (const io::ImportProblem& p : plan.problems)
        output::err(p.message());

    const bool dryRun = inv.isSet(QStringLiteral("dry-run"));
    const bool validOnly = inv.isSet(QStringLiteral("valid-only"));
    const bool json = inv.isSet(QStringLiteral("json"));
    const qsizetype bad = plan.problems.size();
    if (bad > 0 && !validOnly) {
        if (json)
            printJsonReport(plan, dryRun, 0);
        return output::fail(QCoreApplication::translate("Cli",
                                                        "Nothing was imported: %1 of %2 rows have problems. Fix "
                                                        "them, or use --valid-only to import the other rows.")
                                .arg(bad)
                                .arg(plan.dataRows));
    }
    if (plan.records.isEmpty()) {
        if (json)
            printJsonReport(plan, dryRun, 0);
        return output::fail(QCoreApplication::translate("Cli", "Nothing to import: the file has no valid rows."));
    }
    // A dry run stores and rolls back, so it answers exactly as the import would.
    const auto mode = validOnly ? io::UsageCsvImporter::Mode::ValidRowsOnly : io::UsageCsvImporter::Mode::AllOrNothing;
    const auto outcome = io::UsageCsvImporter::commit(plan, company.subscriptions(), company.units(), mode, dryRun);
    if (!outcome)
        return output::fail(outcome.error());
    for (const io::ImportProblem& p : outcome->refused)
        output::err(p.message());
    const qsizetype refused = outcome->refused.size();
    const qsizetype imported = dryRun ? 0 : outcome->stored.size();
    if (json)
        printJsonReport(plan, dryRun, imported, outcome->refused);
    if (refused > 0 && !validOnly) {
        return output::fail(QCoreApplication::translate("Cli",
                                                        "Nothing was imported: %1 of %2 rows have problems. Fix "
                                                        "them, or use --valid-only to import the other rows.")
                                .arg(refused)
                                .arg(plan.dataRows));
    }
    if (outcome->stored.isEmpty())
        return output::fail(QCoreApplication::translate("Cli", "Nothing to import: the file has no valid rows."));
    if (json)
        return ExitCode::Ok;
    if (dryRun) {
        output::out(QCoreApplication::translate("Cli",
                                                "Dry run: %1 of %2 rows would be imported; nothing was "
                                                "written.")
                        .arg(outcome->stored.size())
                        .arg(plan.dataRows));
    } else {
        output::out(QCoreApplication::translate("Cli", "Usage records imported: %1.").arg(outcome->stored.size()));
    }
    if (bad + refused > 0)
        output::err(QCoreApplication::translate("Cli", "Rows skipped because of problems: %1 (listed above).")
                        .arg(bad + refused));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> usageCommands()
{
    QList<OptionSpec> importOptions {
        dryRunOption(),
        {{QStringLiteral("valid-only")},
         QString(),
         QCoreApplication::translate("Cli", "Import the valid rows even when others have problems.")},
    };
    importOptions += csvOptions();
    importOptions.append({{QStringLiteral("json")},
                          QString(),
                          QCoreApplication::translate("Cli", "Print a JSON report instead of text.")});
    return {
        {{QStringLiteral("usage"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Records one reading of a metric and prints its number."),
         {
             {{QStringLiteral("subscription")},
              QStringLiteral("ID"),
              QCoreApplication::translate("Cli", "The subscription (required).")},
             {{QStringLiteral("metric")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "The metric code of one of its metered charges (required).")},
             {{QStringLiteral("quantity")},
              QStringLiteral("N"),
              QCoreApplication::translate("Cli", "A whole number of 0 or more (required).")},
             {{QStringLiteral("date")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "The day of the reading (default: today).")},
         },
         add},
        {{QStringLiteral("usage"), QStringLiteral("import")},
         QStringLiteral("FILE|-"),
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Imports readings from a CSV file with the columns subscription, metric, "
                                     "quantity and date, all of them or none. Bad rows are listed as \"Line N: "
                                     "reason\" on stderr."),
         importOptions,
         import},
    };
}

} // namespace subdesk::cli
