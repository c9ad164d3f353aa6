#include "TransferCommand.h"

#include "CommandSupport.h"
#include "CustomerOptions.h"
#include "customers/CustomerService.h"
#include "io/CustomerCsvExporter.h"
#include "io/CustomerCsvImporter.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace subdesk::cli {

using customers::CustomerField;
using storage::Database;

namespace {

/** Applies --map "Header=field_key" (an empty key or "-" ignores the column). */
std::optional<ExitCode> applyMappings(const Invocation& inv, io::CustomerCsvImporter& importer)
{
    const QStringList headers = importer.headers();
    for (const QString& map : inv.values(QStringLiteral("map"))) {
        const qsizetype eq = map.lastIndexOf(QLatin1Char('='));
        if (eq < 0) {
            return inv.usageError(
                QCoreApplication::translate("Cli", "--map \"%1\": write it as \"Column header=field_key\".").arg(map));
        }
        const QString header = map.left(eq).trimmed();
        const QString key = map.mid(eq + 1).trimmed();
        qsizetype column = headers.indexOf(header);
        for (qsizetype i = 0; column < 0 && i < headers.size(); ++i) {
            if (headers.at(i).trimmed().compare(header, Qt::CaseInsensitive) == 0)
                column = i;
        }
        if (column < 0) {
            return inv.usageError(
                QCoreApplication::translate("Cli", "--map: the file has no column \"%1\" (it has: %2).")
                    .arg(header, headers.join(QStringLiteral(", "))));
        }
        std::optional<CustomerField> field;
        if (!key.isEmpty() && key != QLatin1String("-")) {
            field = customers::fieldFromKey(key);
            if (!field) {
                QStringList keys;
                for (CustomerField f : customers::allCustomerFields())
                    keys.append(customers::fieldKey(f));
                return inv.usageError(QCoreApplication::translate("Cli", "--map: \"%1\" is not a field; fields are %2.")
                                          .arg(key, keys.join(QStringLiteral(", "))));
            }
        }
        importer.setMapping(int(column), field);
    }
    return std::nullopt;
}

void printJsonReport(const io::CustomerImportPlan& plan, bool dryRun, qsizetype imported)
{
    QJsonArray problems;
    for (const io::ImportProblem& p : plan.problems)
        problems.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
    QJsonArray warnings;
    for (const QString& w : plan.warnings)
        warnings.append(w);
    output::outJson(QJsonDocument(QJsonObject {
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("rows"), plan.dataRows},
        {QStringLiteral("valid"), plan.customers.size()},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("warnings"), warnings},
    }));
}

ExitCode importCustomers(Invocation& inv)
{
    auto loaded = loadCsvArgument<io::CustomerCsvImporter>(inv);
    if (auto* code = std::get_if<ExitCode>(&loaded))
        return *code;
    io::CustomerCsvImporter& importer = std::get<0>(loaded);
    if (const auto error = applyMappings(inv, importer))
        return *error;

    const bool dryRun = inv.isSet(QStringLiteral("dry-run"));
    const bool validOnly = inv.isSet(QStringLiteral("valid-only"));
    const bool json = inv.isSet(QStringLiteral("json"));
    const customers::CustomerValidator validator(inv.context().clock().today());
    const io::CustomerImportPlan plan = importer.plan(validator);
    for (const io::ImportProblem& p : plan.problems)
        output::err(QCoreApplication::translate("Cli", "Line %1: %2").arg(p.line).arg(p.reason));
    output::warnAll(plan.warnings);

    const qsizetype bad = plan.problems.size();
    if (bad > 0 && !validOnly) {
        if (json)
            printJsonReport(plan, dryRun, 0);
        return output::fail(QCoreApplication::translate("Cli",
                                                        "Nothing was imported: %1 of %2 rows have problems. "
                                                        "Fix them, or use --valid-only to import the other rows.")
                                .arg(bad)
                                .arg(plan.dataRows));
    }
    if (plan.customers.isEmpty()) {
        // Same answer with or without --dry-run, and no company file is created for nothing.
        if (json)
            printJsonReport(plan, dryRun, 0);
        return output::fail(QCoreApplication::translate("Cli", "Nothing to import: the file has no valid rows."));
    }
    if (dryRun) {
        // A dry run never opens the company file, so it cannot create or change it.
        if (json) {
            printJsonReport(plan, true, 0);
        } else {
            output::out(
                QCoreApplication::translate("Cli", "Dry run: %1 of %2 rows would be imported; nothing was written.")
                    .arg(plan.customers.size())
                    .arg(plan.dataRows));
        }
        return ExitCode::Ok;
    }
    // Opened only now: a refused import does not even create the company file.
    auto company = inv.context().openCompany(Database::OpenMode::OpenOrCreate);
    if (!company)
        return output::fail(company.error());
    if (const auto stored = (*company)->customers().loadAll()) {
        output::warnAll(io::CustomerCsvImporter::duplicateWarnings(plan, *stored));
    }
    const auto mode =
        validOnly ? io::CustomerCsvImporter::Mode::ValidRowsOnly : io::CustomerCsvImporter::Mode::AllOrNothing;
    const auto ids = io::CustomerCsvImporter::commit(plan, (*company)->customers(), mode);
    if (!ids)
        return output::fail(ids.error());
    if (json) {
        printJsonReport(plan, false, ids->size());
    } else {
        output::out(QCoreApplication::translate("Cli", "Customers imported: %1.").arg(ids->size()));
        if (bad > 0)
            output::err(
                QCoreApplication::translate("Cli", "Rows skipped because of problems: %1 (listed above).").arg(bad));
    }
    return ExitCode::Ok;
}

ExitCode exportCustomers(Invocation& inv)
{
    const QString path = inv.arguments().value(0, QStringLiteral("-"));
    auto selection = selectCustomers(inv);
    if (auto* code = std::get_if<ExitCode>(&selection))
        return *code;
    const QList<customers::Customer>& selected = std::get<QList<customers::Customer>>(selection);
    if (isStdio(path)) {
        output::outRaw(io::CustomerCsvExporter::toCsv(selected));
        return ExitCode::Ok;
    }
    if (const auto written = io::CustomerCsvExporter::writeFile(path, selected); !written)
        return output::fail(written.error());
    output::out(QCoreApplication::translate("Cli", "Customers exported to %1: %2.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(selected.size()));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> transferCommands()
{
    QList<OptionSpec> importOptions = {
        dryRunOption(),
        {{QStringLiteral("valid-only")},
         QString(),
         QCoreApplication::translate("Cli", "Import the valid rows even when others have problems.")},
        {{QStringLiteral("map")},
         QStringLiteral("\"HEADER=FIELD\""),
         QCoreApplication::translate("Cli",
                                     "Read the column HEADER into the field FIELD (a key such as vat_id; "
                                     "empty or - ignores the column)."),
         true},
        {{QStringLiteral("json")},
         QString(),
         QCoreApplication::translate("Cli", "Print a JSON report instead of text.")},
    };
    importOptions += csvOptions();
    return {
        {{QStringLiteral("customers"), QStringLiteral("import")},
         QStringLiteral("FILE|-"),
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Imports customers from a CSV file (- reads standard input), all of them "
                                     "or none. Bad rows are listed as \"Line N: reason\" on stderr."),
         importOptions,
         importCustomers},
        {{QStringLiteral("customers"), QStringLiteral("export")},
         QStringLiteral("[FILE|-]"),
         0,
         1,
         QCoreApplication::translate("Cli",
                                     "Writes customers as CSV to FILE or standard output. UTF-8, every "
                                     "field; FILE - or no FILE means standard output."),
         filterOptions(),
         exportCustomers},
    };
}

} // namespace subdesk::cli
