#include "InvoiceSupport.h"

#include "Output.h"
#include "customers/CustomerService.h"
#include "invoicing/InvoiceService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace subdesk::cli::invoicesupport {

using billing::Document;

OpenedCompany openForCustomerFilter(const Invocation& inv, CustomerId customer)
{
    OpenedCompany opened = openBilling(inv);
    if (std::holds_alternative<ExitCode>(opened) || !customer.isValid())
        return opened;
    if (const auto info = customerInfo(*std::get<std::unique_ptr<storage::CompanyFile>>(opened), customer); !info)
        return output::fail(info.error());
    return opened;
}

std::optional<CustomerId> customerFlag(OptionReader& reader)
{
    if (!reader.isSet(QStringLiteral("customer")))
        return std::nullopt;
    if (const auto number = parsePositive(reader.text(QStringLiteral("customer"))))
        return CustomerId(*number);
    reader.error(QCoreApplication::translate("Cli", "--customer: \"%1\" is not a customer number.")
                     .arg(reader.text(QStringLiteral("customer"))));
    return std::nullopt;
}

std::optional<invoicing::PaymentMethod> methodFlag(OptionReader& reader)
{
    static const QStringList keys = {QStringLiteral("bank_transfer"), QStringLiteral("direct_debit"),
                                     QStringLiteral("card"), QStringLiteral("cash"), QStringLiteral("other")};
    return reader.choice<invoicing::PaymentMethod>(QStringLiteral("method"), invoicing::paymentMethodFromKey, keys);
}

bool looksLikeAmount(const QString& text, bool allowNegative)
{
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const QString trimmed = text.trimmed();
    if (!allowNegative && trimmed.startsWith(QLatin1Char('-')))
        return false;
    return plain.match(trimmed).hasMatch();
}

Result<CustomerInfo> customerInfo(storage::CompanyFile& company, CustomerId id)
{
    const auto customer = company.customers().find(id);
    if (!customer) {
        if (customer.error().code != ErrorCode::NotFound)
            return customer.error();
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Cli", "--customer: there is no customer %1.").arg(id.value));
    }
    return CustomerInfo {customer->displayName, customer->currency, customer->language};
}

QString customerName(storage::CompanyFile& company, CustomerId id)
{
    const auto customer = company.customers().find(id);
    return customer ? customer->displayName : QString();
}

Result<QHash<CustomerId, QString>> allCustomerNames(storage::CompanyFile& company)
{
    const auto all = company.customers().loadAll();
    if (!all)
        return all.error();
    QHash<CustomerId, QString> names;
    for (const customers::Customer& c : *all)
        names.insert(c.id, c.displayName);
    return names;
}

Result<Document> findDocument(storage::CompanyFile& company, const QString& text)
{
    const QString wanted = text.trimmed();
    invoicing::InvoiceService& invoices = company.invoices();
    if (!wanted.isEmpty()) {
        invoicing::DocumentFilter filter;
        filter.text = wanted;
        filter.today = company.clock().today();
        const auto rows =
            invoices.documentRows(filter, invoicing::DocumentSort {invoicing::DocumentSortKey::Number, false}, 0, 100);
        if (!rows)
            return rows.error();
        for (const invoicing::DocumentRow& row : *rows) {
            if (row.number.compare(wanted, Qt::CaseInsensitive) == 0)
                return invoices.document(row.id);
        }
    }
    if (const auto id = parsePositive(wanted)) {
        auto document = invoices.document(DocumentId(*id));
        if (document || document.error().code != ErrorCode::NotFound)
            return document;
    }
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Cli", "There is no invoice or credit note \"%1\".").arg(text));
}

std::optional<qint64> parseAmount(const Invocation& inv, const QString& what, const QString& text,
                                  const QString& currency)
{
    const auto code = Currency::fromCode(currency);
    if (!code) {
        inv.usageError(QCoreApplication::translate("Cli", "\"%1\" is not a currency.").arg(currency));
        return std::nullopt;
    }
    const auto amount = Money::fromPlainString(text.trimmed(), *code);
    if (!amount) {
        inv.usageError(QStringLiteral("%1: %2").arg(what, amount.error().message));
        return std::nullopt;
    }
    return amount->minorUnits();
}

} // namespace subdesk::cli::invoicesupport
