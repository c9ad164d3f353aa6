#include "CustomerOptions.h"

#include "Output.h"
#include "common/Countries.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>

namespace subdesk::cli {

using customers::Customer;
using customers::CustomerField;

namespace {

bool settable(CustomerField field)
{
    return field != CustomerField::Id && field != CustomerField::Status && field != CustomerField::Created;
}

bool repeatable(CustomerField field)
{
    return field == CustomerField::Emails || field == CustomerField::Street || field == CustomerField::Tags;
}

/** How fieldText() joins a list field, so that repeated flags become one setFieldText() call. */
QString listSeparator(CustomerField field)
{
    switch (field) {
    case CustomerField::Emails:
        return QStringLiteral("; ");
    case CustomerField::Street:
        return QStringLiteral("\n");
    default:
        return QStringLiteral(", ");
    }
}

QString valueName(CustomerField field)
{
    switch (field) {
    case CustomerField::Kind:
        return QStringLiteral("business|individual");
    case CustomerField::Country:
        return QStringLiteral("CC");
    case CustomerField::PaymentTerms:
        return QStringLiteral("DAYS");
    case CustomerField::PaymentMethod:
        return QStringLiteral("METHOD");
    case CustomerField::MandateSignedOn:
        return QStringLiteral("YYYY-MM-DD");
    case CustomerField::PreferredChannel:
        return QStringLiteral("email|paper|einvoice");
    case CustomerField::Emails:
        return QStringLiteral("ADDRESS");
    case CustomerField::Street:
        return QStringLiteral("LINE");
    case CustomerField::Tags:
        return QStringLiteral("TAG");
    default:
        return QStringLiteral("TEXT");
    }
}

QString hint(CustomerField field)
{
    switch (field) {
    case CustomerField::DisplayName:
        return QCoreApplication::translate("Cli", "required");
    case CustomerField::Country:
        return QCoreApplication::translate("Cli", "ISO code such as FI, PL, IT; required");
    case CustomerField::Language:
        return QCoreApplication::translate("Cli", "en, pl, it, fi or fa; default en");
    case CustomerField::Currency:
        return QCoreApplication::translate("Cli", "ISO 4217 code; default EUR");
    case CustomerField::PaymentTerms:
        return QCoreApplication::translate("Cli", "default 14");
    case CustomerField::PaymentMethod:
        return QStringLiteral("bank_transfer, sepa_direct_debit, card, cash, other");
    case CustomerField::EInvoiceEndpoint:
        return QCoreApplication::translate("Cli", "e.g. 0216:003712345678");
    default:
        return {};
    }
}

} // namespace

QStringList flagNames(CustomerField field)
{
    if (!settable(field))
        return {};
    QStringList names {customers::fieldKey(field).replace(QLatin1Char('_'), QLatin1Char('-'))};
    if (field == CustomerField::ContactPerson)
        names.append(QStringLiteral("contact"));
    else if (field == CustomerField::PreferredChannel)
        names.append(QStringLiteral("channel"));
    else if (field == CustomerField::Tags)
        names.prepend(QStringLiteral("tag"));
    return names;
}

QList<OptionSpec> customerFieldOptions()
{
    QList<OptionSpec> options;
    for (CustomerField field : customers::allCustomerFields()) {
        const QStringList names = flagNames(field);
        if (names.isEmpty())
            continue;
        QString description = customers::fieldLabel(field);
        if (const QString h = hint(field); !h.isEmpty())
            description += QStringLiteral(" (") + h + QLatin1Char(')');
        options.append({names, valueName(field), description, repeatable(field)});
    }
    return options;
}

std::optional<ExitCode> applyFieldOptions(const Invocation& invocation, Customer& customer, bool* changed)
{
    for (CustomerField field : customers::allCustomerFields()) {
        const QStringList names = flagNames(field);
        if (names.isEmpty() || !invocation.isSet(names.first()))
            continue;
        const QStringList values = invocation.values(names.first());
        const QString text = repeatable(field) ? values.join(listSeparator(field)) : values.constLast();
        if (const auto set = customers::setFieldText(customer, field, text); !set)
            return invocation.usageError(set.error().message);
        if (changed)
            *changed = true;
    }
    return std::nullopt;
}

QList<OptionSpec> filterOptions()
{
    return {
        {{QStringLiteral("search")},
         QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "Words that must all occur in the name, e-mail, VAT ID or city.")},
        {{QStringLiteral("segment")},
         QStringLiteral("SEGMENT"),
         QCoreApplication::translate("Cli", "Only this segment.")},
        {{QStringLiteral("tag")},
         QStringLiteral("TAG"),
         QCoreApplication::translate("Cli", "Only customers with this tag.")},
        {{QStringLiteral("country")}, QStringLiteral("CC"), QCoreApplication::translate("Cli", "Only this country.")},
        {{QStringLiteral("status")},
         QStringLiteral("active|archived|all"),
         QCoreApplication::translate("Cli", "Which customers (default: active).")},
    };
}

std::optional<ExitCode> filterFromOptions(const Invocation& invocation, customers::CustomerFilter& filter)
{
    filter.setText(invocation.value(QStringLiteral("search")));
    filter.segment = invocation.value(QStringLiteral("segment")).trimmed();
    filter.tag = invocation.value(QStringLiteral("tag")).trimmed();
    filter.country = invocation.value(QStringLiteral("country")).trimmed().toUpper();
    if (!filter.country.isEmpty() && !countries::isValidCode(filter.country)) {
        return invocation.usageError(
            QCoreApplication::translate("Cli", "--country: \"%1\" is not an ISO 3166 country code.")
                .arg(invocation.value(QStringLiteral("country"))));
    }
    const QString status = invocation.isSet(QStringLiteral("status"))
        ? invocation.value(QStringLiteral("status")).trimmed().toLower()
        : QStringLiteral("active");
    if (status == QLatin1String("all")) {
        filter.status.reset();
    } else if (const auto parsed = customers::statusFromKey(status)) {
        filter.status = *parsed;
    } else {
        return invocation.usageError(
            QCoreApplication::translate("Cli", "--status must be active, archived or all, not \"%1\".")
                .arg(invocation.value(QStringLiteral("status"))));
    }
    return std::nullopt;
}

std::variant<QList<Customer>, ExitCode> selectCustomers(Invocation& invocation)
{
    customers::CustomerFilter filter;
    if (const auto error = filterFromOptions(invocation, filter))
        return *error;
    auto company = invocation.context().openCompany(storage::Database::OpenMode::OpenExisting);
    if (!company)
        return output::fail(company.error());
    const auto all = (*company)->customers().loadAll();
    if (!all)
        return output::fail(all.error());
    QList<Customer> selected;
    for (const Customer& c : *all) {
        if (filter.matches(c))
            selected.append(c);
    }
    return selected;
}

} // namespace subdesk::cli
