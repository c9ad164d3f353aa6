#include "PaymentsCommand.h"

#include "InvoiceSupport.h"
#include "PaymentFormat.h"
#include "invoicing/PaymentService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace subdesk::cli {

using invoicing::Payment;
using namespace invoicesupport;

namespace {

/** What add and refund share, read before the file is opened. */
struct TypedPayment
{
    CustomerId customer;
    QString amount;
    std::optional<Currency> currency;
    QDate date;
    invoicing::PaymentMethod method = invoicing::PaymentMethod::BankTransfer;
    QString reference;
};

std::optional<TypedPayment> typedPayment(OptionReader& reader)
{
    if (!reader.require(QStringLiteral("customer")) || !reader.require(QStringLiteral("amount")))
        return std::nullopt;
    TypedPayment typed;
    typed.customer = customerFlag(reader).value_or(CustomerId());
    typed.amount = reader.text(QStringLiteral("amount"));
    if (!reader.failed() && !looksLikeAmount(typed.amount)) {
        reader.error(QCoreApplication::translate("Cli", "--amount must be a positive amount such as 12.50, not \"%1\".")
                         .arg(typed.amount));
    }
    typed.currency = reader.currency(QStringLiteral("currency"));
    typed.date = reader.date(QStringLiteral("date")).value_or(QDate());
    typed.method = methodFlag(reader).value_or(invoicing::PaymentMethod::BankTransfer);
    typed.reference = reader.text(QStringLiteral("reference"));
    if (reader.failed())
        return std::nullopt;
    return typed;
}

/** The open company and the customer a payment is for. */
struct OpenedCustomer
{
    std::unique_ptr<storage::CompanyFile> company;
    CustomerInfo info;
};

/** Opens the company and reads the customer; else the exit code to end with. */
std::variant<OpenedCustomer, ExitCode> openForCustomer(const Invocation& inv, CustomerId customer)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    auto info = customerInfo(*company, customer);
    if (!info)
        return output::fail(info.error());
    return OpenedCustomer {std::move(company), std::move(*info)};
}

/**
 * Prints the payment the service made (or previewed), with customerName when the service left the
 * name out; or the service's refusal.
 */
ExitCode print(const Invocation& inv, Result<Payment> payment, const QString& customerName, bool preview)
{
    if (!payment)
        return output::fail(payment.error());
    if (payment->customerName.isEmpty())
        payment->customerName = customerName;
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonObject o = paymentformat::paymentToJson(*payment);
        o.insert(QStringLiteral("preview"), preview);
        output::outJson(QJsonDocument(o));
        return ExitCode::Ok;
    }
    output::outLines(paymentformat::paymentText(*payment, preview));
    return ExitCode::Ok;
}

ExitCode add(Invocation& inv)
{
    OptionReader reader(inv);
    const auto typed = typedPayment(reader);
    if (!typed)
        return ExitCode::Usage;
    static const QRegularExpression allocationForm(QStringLiteral("^\\s*(\\S+)\\s*=\\s*(\\S+)\\s*$"));
    QList<QPair<QString, QString>> typedAllocations;
    for (const QString& value : inv.values(QStringLiteral("allocate"))) {
        const auto match = allocationForm.match(value);
        if (!match.hasMatch() || !looksLikeAmount(match.captured(2))) {
            return inv.usageError(
                QCoreApplication::translate("Cli",
                                            "--allocate must be NUMBER=AMOUNT such as INV-2026-00001=50.00, "
                                            "not \"%1\".")
                    .arg(value));
        }
        typedAllocations.append({match.captured(1), match.captured(2)});
    }

    auto opened = openForCustomer(inv, typed->customer);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto& [company, info] = std::get<OpenedCustomer>(opened);
    invoicing::PaymentRequest request;
    request.customerId = typed->customer;
    request.currency = typed->currency ? typed->currency->code() : info.currency;
    request.date = typed->date;
    request.method = typed->method;
    request.reference = typed->reference;
    request.note = reader.text(QStringLiteral("note"));
    const auto amount = parseAmount(inv, QStringLiteral("--amount"), typed->amount, request.currency);
    if (!amount)
        return ExitCode::Usage;
    request.amountMinor = *amount;
    for (const auto& [number, text] : typedAllocations) {
        const auto document = findDocument(*company, number);
        if (!document)
            return output::fail(QStringLiteral("--allocate: ") + document.error().message);
        const auto allocated = parseAmount(inv, QStringLiteral("--allocate %1").arg(number), text, request.currency);
        if (!allocated)
            return ExitCode::Usage;
        request.allocations.append({document->id, *allocated});
    }
    const bool preview = inv.isSet(QStringLiteral("preview"));
    invoicing::PaymentService& payments = company->payments();
    return print(inv, preview ? payments.preview(request) : payments.record(request), info.name, preview);
}

ExitCode refund(Invocation& inv)
{
    OptionReader reader(inv);
    const auto typed = typedPayment(reader);
    if (!typed)
        return ExitCode::Usage;

    auto opened = openForCustomer(inv, typed->customer);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto& [company, info] = std::get<OpenedCustomer>(opened);
    const QString currency = typed->currency ? typed->currency->code() : info.currency;
    const auto amount = parseAmount(inv, QStringLiteral("--amount"), typed->amount, currency);
    if (!amount)
        return ExitCode::Usage;
    return print(
        inv,
        company->payments().refund(typed->customer, currency, *amount, typed->date, typed->method, typed->reference),
        info.name, false);
}

ExitCode list(Invocation& inv)
{
    OptionReader reader(inv);
    invoicing::PaymentFilter filter;
    filter.customerId = customerFlag(reader).value_or(CustomerId());
    if (const auto currency = reader.currency(QStringLiteral("currency")))
        filter.currency = currency->code();
    filter.method = methodFlag(reader);
    const auto from = reader.date(QStringLiteral("from"));
    const auto to = reader.date(QStringLiteral("to"));
    if (reader.failed() || !orderedSpan(reader, from, to))
        return ExitCode::Usage;
    filter.from = from.value_or(QDate());
    filter.to = to.value_or(QDate());

    OpenedCompany opened = openForCustomerFilter(inv, filter.customerId);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const auto payments = company->payments().payments(filter);
    if (!payments)
        return output::fail(payments.error());
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(paymentformat::paymentsToJson(*payments)));
        return ExitCode::Ok;
    }
    output::outLines(paymentformat::paymentsText(*payments));
    return ExitCode::Ok;
}

QList<OptionSpec> moneyOptions(const QString& amountText)
{
    return {
        {{QStringLiteral("customer")}, QStringLiteral("ID"), QCoreApplication::translate("Cli", "The customer.")},
        {{QStringLiteral("amount")}, QStringLiteral("AMOUNT"), amountText},
        {{QStringLiteral("currency")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The currency (default: the customer's).")},
        {{QStringLiteral("date")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "The day of the payment (default: today).")},
        {{QStringLiteral("method")},
         QStringLiteral("bank_transfer|direct_debit|card|cash|other"),
         QCoreApplication::translate("Cli", "How it was paid (default: bank_transfer).")},
        {{QStringLiteral("reference")},
         QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "The bank reference, card slip or receipt number.")},
    };
}

} // namespace

QList<CommandSpec> paymentsCommands()
{
    QList<OptionSpec> addOptions =
        moneyOptions(QCoreApplication::translate("Cli", "The amount received, such as 120.00."));
    addOptions += {
        {{QStringLiteral("allocate")},
         QStringLiteral("NUMBER=AMOUNT"),
         QCoreApplication::translate("Cli",
                                     "Settle this much of an invoice (default: the open invoices in the currency, "
                                     "oldest due first); what is left becomes customer credit."),
         true},
        {{QStringLiteral("note")}, QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "A note kept with it.")},
        {{QStringLiteral("preview")},
         QString(),
         QCoreApplication::translate("Cli", "Show how it would be allocated; write nothing.")},
        jsonOption(),
    };
    QList<OptionSpec> refundOptions =
        moneyOptions(QCoreApplication::translate("Cli", "The amount paid back, at most the customer's credit."));
    refundOptions.append(jsonOption());
    return {
        {{QStringLiteral("payments"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Records a payment received and allocates it to invoices; an overpayment "
                                     "becomes customer credit."),
         addOptions,
         add},
        {{QStringLiteral("payments"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists payments and refunds, newest first, with their allocations."),
         {
             {{QStringLiteral("customer")},
              QStringLiteral("ID"),
              QCoreApplication::translate("Cli", "Only this customer.")},
             {{QStringLiteral("currency")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "Only this currency.")},
             {{QStringLiteral("method")},
              QStringLiteral("bank_transfer|direct_debit|card|cash|other"),
              QCoreApplication::translate("Cli", "Only this method.")},
             {{QStringLiteral("from")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "Paid on or after this day.")},
             {{QStringLiteral("to")},
              QStringLiteral("YYYY-MM-DD"),
              QCoreApplication::translate("Cli", "Paid on or before this day.")},
             jsonOption(),
         },
         list},
        {{QStringLiteral("payments"), QStringLiteral("refund")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Pays customer credit back to the customer."),
         refundOptions,
         refund},
    };
}

} // namespace subdesk::cli
