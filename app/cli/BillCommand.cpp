#include "BillCommand.h"

#include "BillingFormat.h"
#include "CommandSupport.h"
#include "InvoiceFormat.h"
#include "InvoiceSupport.h"
#include "customers/CustomerService.h"
#include "invoicing/InvoiceService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace subdesk::cli {

namespace {

ExitCode bill(Invocation& inv)
{
    OptionReader reader(inv);
    const QDate asOf = reader.date(QStringLiteral("as-of")).value_or(inv.context().clock().today());
    const bool preview = inv.isSet(QStringLiteral("preview"));
    std::optional<CustomerId> customer;
    if (reader.isSet(QStringLiteral("customer"))) {
        if (const auto number = parsePositive(reader.text(QStringLiteral("customer"))))
            customer = CustomerId(*number);
        else
            reader.error(QCoreApplication::translate("Cli", "--customer: \"%1\" is not a customer number.")
                             .arg(reader.text(QStringLiteral("customer"))));
    }
    if (reader.failed())
        return ExitCode::Usage;
    const bool issue = inv.isSet(QStringLiteral("issue"));
    if (issue && preview)
        return inv.usageError(
            QCoreApplication::translate("Cli", "--issue works only for a real run, not with --preview."));
    if (customer && !preview) {
        // A run bills every customer at once (one transaction, nothing twice); only a preview narrows.
        return inv.usageError(QCoreApplication::translate(
            "Cli", "--customer works only with --preview: a billing run bills every customer."));
    }

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    storage::CompanyFile& company = *std::get<0>(opened);
    if (customer) {
        if (const auto found = company.customers().find(*customer); !found)
            return output::fail(found.error());
    }
    const auto plan = preview ? company.billing().preview(asOf, customer) : company.billing().run(asOf);
    if (!plan)
        return output::fail(plan.error());

    // --issue: the run's drafts are issued in a second transaction, numbered in their series.
    QList<billing::Document> issued;
    if (issue) {
        QList<DocumentId> ids;
        for (const billing::Document& d : plan->documents) {
            if (d.id.isValid() && !d.isIssued())
                ids.append(d.id);
        }
        if (!ids.isEmpty()) {
            const auto result = company.invoices().issueAll(ids);
            if (!result) {
                return output::fail(
                    QCoreApplication::translate("Cli", "The run was written, but its documents were not issued: %1")
                        .arg(result.error().message));
            }
            issued = *result;
        }
    }

    CustomerNames names;
    if (!plan->documents.isEmpty()) {
        auto all = invoicesupport::allCustomerNames(company);
        if (!all)
            return output::fail(all.error());
        names = std::move(*all);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonObject run = billingformat::runToJson(*plan, preview, names);
        if (issue) {
            QJsonArray numbers;
            for (const billing::Document& d : issued) {
                numbers.append(QJsonObject {{QStringLiteral("id"), d.id.value},
                                            {QStringLiteral("number"), d.number},
                                            {QStringLiteral("kind"), billing::documentKindKey(d.kind)},
                                            {QStringLiteral("total"), billingformat::moneyToJson(d.total)}});
            }
            run.insert(QStringLiteral("issued"), numbers);
        }
        output::outJson(QJsonDocument(run));
    } else {
        output::outLines(billingformat::runText(*plan, preview, names));
        if (!issued.isEmpty()) {
            output::out(QString());
            output::outLines(invoiceformat::issuedText(issued, false));
        }
    }
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> billCommands()
{
    return {
        {{QStringLiteral("bill")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Bills everything due on or before a day that is not billed yet, one document "
                                     "per customer, in one transaction; running it again bills nothing twice."),
         {
             {{QStringLiteral("as-of")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "Bill what is due on or before this day (default: today).")},
             {{QStringLiteral("preview")},
              QString(),
              QCoreApplication::translate("Cli", "Show the documents the run would write; write nothing.")},
             {{QStringLiteral("customer")},
              QStringLiteral("ID"),
              QCoreApplication::translate("Cli", "With --preview: only this customer.")},
             {{QStringLiteral("issue")},
              QString(),
              QCoreApplication::translate("Cli", "Issue the run's documents at once (numbered, taxed, final).")},
             jsonOption(),
         },
         bill},
    };
}

} // namespace subdesk::cli
