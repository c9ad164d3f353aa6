#include "StatementCommand.h"

#include "InvoiceSupport.h"
#include "PaymentFormat.h"
#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "invoicing/DocumentIssuer.h"
#include "invoicing/PaymentService.h"
#include "output/StatementPdf.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace subdesk::cli {

using namespace invoicesupport;

namespace {

ExitCode writeStatementPdf(const Invocation& inv, storage::CompanyFile& company, const invoicing::Statement& statement)
{
    const QString path = inv.value(QStringLiteral("output"));
    const auto profile = company.company().profile();
    if (!profile)
        return output::fail(profile.error());
    const auto account = company.company().accountFor(statement.currency());
    if (!account)
        return output::fail(account.error());
    const auto customer = company.customers().find(statement.customerId());
    if (!customer)
        return output::fail(customer.error());
    const subdesk::output::StatementPdf::Content content {
        statement,
        invoicing::DocumentIssuer::sellerParty(*profile, *account),
        invoicing::DocumentIssuer::buyerParty(*customer),
        profile->logo,
        customer->language,
    };
    if (const Status status = subdesk::output::StatementPdf::writePdf(content, path); !status)
        return output::fail(status.error());
    output::out(QDir::toNativeSeparators(path));
    return ExitCode::Ok;
}

ExitCode statement(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("customer")))
        return ExitCode::Usage;
    const auto customer = customerFlag(reader);
    const auto currency = reader.currency(QStringLiteral("currency"));
    const auto from = reader.date(QStringLiteral("from"));
    const auto to = reader.date(QStringLiteral("to"));
    if (reader.failed())
        return ExitCode::Usage;
    const QDate end = to.value_or(inv.context().clock().today());
    if (from && *from > end) {
        return inv.usageError(to ? QCoreApplication::translate("Cli", "--from must not be after --to.")
                                 : QCoreApplication::translate("Cli", "--from must not be after today."));
    }
    const bool pdf = reader.isSet(QStringLiteral("output"));
    if (pdf && inv.isSet(QStringLiteral("json")))
        return inv.usageError(QCoreApplication::translate("Cli", "Give --output or --json, not both."));

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const auto info = customerInfo(*company, *customer);
    if (!info)
        return output::fail(info.error());
    const QString code = currency ? currency->code() : info->currency;
    // Without --from the statement starts with the customer's first document or payment: opening 0.
    const auto built = company->payments().statement(*customer, code, from.value_or(QDate()), end);
    if (!built)
        return output::fail(built.error());

    if (pdf)
        return writeStatementPdf(inv, *company, *built);
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(paymentformat::statementToJson(*built, info->name)));
        return ExitCode::Ok;
    }
    output::outLines(paymentformat::statementText(*built, info->name));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> statementCommands()
{
    return {
        {{QStringLiteral("statement")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "A customer's statement of account in one currency: opening balance, documents "
                                     "and payments with the running balance, closing balance."),
         {
             {{QStringLiteral("customer")}, QStringLiteral("ID"), QCoreApplication::translate("Cli", "The customer.")},
             {{QStringLiteral("currency")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "The currency (default: the customer's).")},
             {{QStringLiteral("from")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "The first day (default: the customer's first document or payment).")},
             {{QStringLiteral("to")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "The last day (default: today).")},
             {{QStringLiteral("output"), QStringLiteral("o")},
              QStringLiteral("FILE.pdf"),
              QCoreApplication::translate("Cli", "Write it as a PDF in the customer's language.")},
             jsonOption(),
         },
         statement},
    };
}

} // namespace subdesk::cli
