#include "ReportsCommand.h"

#include "CommandSupport.h"
#include "PaymentFormat.h"
#include "invoicing/PaymentService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace subdesk::cli {

namespace {

ExitCode aging(Invocation& inv)
{
    OptionReader reader(inv);
    const QDate asOf = reader.date(QStringLiteral("as-of")).value_or(inv.context().clock().today());
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const auto report = company->payments().aging(asOf);
    if (!report)
        return output::fail(report.error());
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(paymentformat::agingToJson(*report)));
        return ExitCode::Ok;
    }
    output::outLines(paymentformat::agingText(*report));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> reportsCommands()
{
    return {
        {{QStringLiteral("reports"), QStringLiteral("aging")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Who owes what and for how long: open invoice balances by days past due "
                                     "(current, 1–30, 31–60, 61–90, over 90), per customer and in total."),
         {
             {{QStringLiteral("as-of")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "Age the balances as of this day (default: today).")},
             jsonOption(),
         },
         aging},
    };
}

} // namespace subdesk::cli
