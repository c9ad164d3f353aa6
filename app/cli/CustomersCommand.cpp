#include "CustomersCommand.h"

#include "CustomerFormat.h"
#include "CustomerOptions.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <variant>

namespace subdesk::cli {

using customers::Customer;
using customers::CustomerStatus;
using customers::CustomerValidator;
using storage::Database;

namespace {

OptionSpec jsonOption()
{
    return {{QStringLiteral("json")}, QString(), QCoreApplication::translate("Cli", "Print JSON instead of text.")};
}

/** The customer named by the command's first argument, from an open company. */
struct Target
{
    std::unique_ptr<storage::CompanyFile> company;
    Customer customer;
};

/** Opens the company and finds the customer; on failure reports it and returns the exit code. */
std::variant<Target, ExitCode> openTarget(const Invocation& inv, qint64 number)
{
    auto company = inv.context().openCompany(Database::OpenMode::OpenExisting);
    if (!company)
        return output::fail(company.error());
    auto found = (*company)->customers().find(CustomerId(number));
    if (!found)
        return output::fail(found.error());
    return Target {std::move(*company), std::move(*found)};
}

std::optional<qint64> customerNumber(const Invocation& inv, ExitCode* error)
{
    const auto number = parseCustomerNumber(inv.arguments().constFirst());
    if (!number) {
        *error = inv.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not a customer number.").arg(inv.arguments().constFirst()));
    }
    return number;
}

ExitCode add(Invocation& inv)
{
    for (const QString& required : {QStringLiteral("name"), QStringLiteral("country")}) {
        if (!inv.isSet(required))
            return inv.usageError(QCoreApplication::translate("Cli", "--%1 is required.").arg(required));
    }
    Customer customer;
    if (const auto error = applyFieldOptions(inv, customer))
        return *error;
    auto company = inv.context().openCompany(Database::OpenMode::OpenOrCreate);
    if (!company)
        return output::fail(company.error());
    customers::CustomerService& service = (*company)->customers();
    if (reportValidation(service.validator(), CustomerValidator::normalized(customer)))
        return ExitCode::Failed;
    const auto added = service.add(customer);
    if (!added)
        return output::fail(added.error());
    output::out(QString::number(added->id.value));
    return ExitCode::Ok;
}

ExitCode list(Invocation& inv)
{
    auto selection = selectCustomers(inv);
    if (auto* code = std::get_if<ExitCode>(&selection))
        return *code;
    const QList<Customer>& shown = std::get<QList<Customer>>(selection);
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(customersToJson(shown)));
    } else if (shown.isEmpty()) {
        output::out(QCoreApplication::translate("Cli", "No customers found."));
    } else {
        output::outLines(customerTable(shown));
    }
    return ExitCode::Ok;
}

ExitCode show(Invocation& inv)
{
    ExitCode error = ExitCode::Usage;
    const auto number = customerNumber(inv, &error);
    if (!number)
        return error;
    auto target = openTarget(inv, *number);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    const Customer& customer = std::get<Target>(target).customer;
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(customerToJson(customer)));
    } else {
        output::outLines(customerDetails(customer));
    }
    return ExitCode::Ok;
}

/** Applies the field flags and the tag flags of `customers edit`; returns whether any was given. */
std::optional<ExitCode> applyEdits(const Invocation& inv, Customer& customer, bool* changed)
{
    // --clear-tags first, so "--clear-tags --tag x" leaves exactly x.
    if (inv.isSet(QStringLiteral("clear-tags"))) {
        customer.tags.clear();
        *changed = true;
    }
    if (const auto error = applyFieldOptions(inv, customer, changed))
        return error;
    for (const QString& tag : inv.values(QStringLiteral("add-tag"))) {
        const QString t = tag.simplified();
        if (t.isEmpty())
            return inv.usageError(QCoreApplication::translate("Cli", "--add-tag needs a tag."));
        if (!customer.tags.contains(t))
            customer.tags.append(t);
        *changed = true;
    }
    for (const QString& tag : inv.values(QStringLiteral("remove-tag"))) {
        customer.tags.removeAll(tag.simplified());
        *changed = true;
    }
    return std::nullopt;
}

ExitCode edit(Invocation& inv)
{
    ExitCode error = ExitCode::Usage;
    const auto number = customerNumber(inv, &error);
    if (!number)
        return error;
    // Check the flags before touching the file, so that a typo is a usage error even without a file.
    Customer scratch;
    bool changed = false;
    if (const auto usage = applyEdits(inv, scratch, &changed))
        return *usage;
    if (!changed) {
        return inv.usageError(
            QCoreApplication::translate("Cli", "Nothing to change: give the fields to set, e.g. --email ADDRESS."));
    }
    auto target = openTarget(inv, *number);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, customer] = std::get<Target>(target);
    (void)applyEdits(inv, customer, &changed);
    customers::CustomerService& service = company->customers();
    if (reportValidation(service.validator(), CustomerValidator::normalized(customer)))
        return ExitCode::Failed;
    const auto updated = service.update(customer);
    if (!updated)
        return output::fail(updated.error());
    output::out(QCoreApplication::translate("Cli", "Customer %1 updated.").arg(updated->id.value));
    return ExitCode::Ok;
}

ExitCode setStatus(Invocation& inv, CustomerStatus status)
{
    ExitCode error = ExitCode::Usage;
    const auto number = customerNumber(inv, &error);
    if (!number)
        return error;
    auto target = openTarget(inv, *number);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, customer] = std::get<Target>(target);
    const bool archive = status == CustomerStatus::Archived;
    if (customer.status == status) {
        output::out(archive ? QCoreApplication::translate("Cli", "Customer %1 is already archived.").arg(*number)
                            : QCoreApplication::translate("Cli", "Customer %1 is already active.").arg(*number));
        return ExitCode::Ok;
    }
    const auto changed = company->customers().setStatus(customer.id, status);
    if (!changed)
        return output::fail(changed.error());
    output::out((archive ? QCoreApplication::translate("Cli", "Customer %1 (%2) archived.")
                         : QCoreApplication::translate("Cli", "Customer %1 (%2) restored."))
                    .arg(QString::number(*number), changed->displayName));
    return ExitCode::Ok;
}

} // namespace

bool reportValidation(const CustomerValidator& validator, const Customer& customer)
{
    bool errors = false;
    for (const customers::ValidationIssue& issue : validator.validate(customer)) {
        const QString text = customers::fieldLabel(issue.field) + QStringLiteral(": ") + issue.message;
        if (issue.isError()) {
            output::fail(text);
            errors = true;
        } else {
            output::warn(text);
        }
    }
    if (errors)
        output::err(QCoreApplication::translate("Cli", "Nothing was saved."));
    return errors;
}

QList<CommandSpec> customersCommands()
{
    const QString id = QStringLiteral("ID");
    QList<OptionSpec> editOptions = customerFieldOptions();
    editOptions += {
        {{QStringLiteral("add-tag")},
         QStringLiteral("TAG"),
         QCoreApplication::translate("Cli", "Add a tag, keeping the others."),
         true},
        {{QStringLiteral("remove-tag")},
         QStringLiteral("TAG"),
         QCoreApplication::translate("Cli", "Remove a tag."),
         true},
        {{QStringLiteral("clear-tags")},
         QString(),
         QCoreApplication::translate("Cli", "Remove every tag (before --tag and --add-tag).")},
    };
    QList<OptionSpec> listOptions = filterOptions();
    listOptions.append(jsonOption());

    return {
        {{QStringLiteral("customers"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Adds a customer and prints its number. --name and --country are required."),
         customerFieldOptions(),
         add},
        {{QStringLiteral("customers"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists customers as a table or as JSON."),
         listOptions,
         list},
        {{QStringLiteral("customers"), QStringLiteral("show")},
         id,
         1,
         1,
         QCoreApplication::translate("Cli", "Shows every field of one customer."),
         {jsonOption()},
         show},
        {{QStringLiteral("customers"), QStringLiteral("edit")},
         id,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Changes the given fields of a customer; an empty value clears a field. "
                                     "Repeated --email, --street or --tag replace the whole list."),
         editOptions,
         edit},
        {{QStringLiteral("customers"), QStringLiteral("archive")},
         id,
         1,
         1,
         QCoreApplication::translate("Cli", "Archives a customer: hidden from lists, kept with its history."),
         {},
         [](Invocation& inv) { return setStatus(inv, CustomerStatus::Archived); }},
        {{QStringLiteral("customers"), QStringLiteral("restore")},
         id,
         1,
         1,
         QCoreApplication::translate("Cli", "Makes an archived customer active again."),
         {},
         [](Invocation& inv) { return setStatus(inv, CustomerStatus::Active); }},
    };
}

} // namespace subdesk::cli
