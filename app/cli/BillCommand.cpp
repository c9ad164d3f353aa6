#include "BillCommand.h"

#include "BillingFormat.h"
#include "CommandSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
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

    CustomerNames names;
    if (!plan->documents.isEmpty()) {
        const auto all = company.customers().loadAll();
        if (!all)
            return output::fail(all.error());
        for (const customers::Customer& c : *all)
            names.insert(c.id, c.displayName);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(billingformat::runToJson(*plan, preview, names)));
    } else {
        for (const QString& line : billingformat::runText(*plan, preview, names))
            output::out(line);
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
             jsonOption(),
         },
         bill},
    };
}

} // namespace subdesk::cli
