#include "PaymentService.h"

#include "InvoiceRepository.h"
#include "billing/DocumentRepository.h"
#include "common/UnitOfWork.h"
#include "money/MoneyMath.h"

#include <QLocale>

namespace subdesk::invoicing {

PaymentService::PaymentService(UnitOfWorkFactory& units, PaymentRepository& payments, InvoiceRepository& invoices,
                               billing::DocumentRepository& documents, const Clock& clock)
    : m_units(units)
    , m_payments(payments)
    , m_invoices(invoices)
    , m_documents(documents)
    , m_clock(clock)
{ }

Result<Payment> PaymentService::decide(const PaymentRequest& request)
{
    const std::optional<Currency> currency = Currency::fromCode(request.currency);
    if (!currency)
        return Error(ErrorCode::Invalid, tr("\"%1\" is not a known currency code.").arg(request.currency));
    if (request.amountMinor <= 0)
        return Error(ErrorCode::Invalid, tr("The amount of a payment must be more than zero."));
    const QDate date = request.date.isValid() ? request.date : m_clock.today();
    if (date > m_clock.today()) {
        return Error(ErrorCode::Invalid,
                     tr("A payment cannot be dated after today (%1).")
                         .arg(QLocale().toString(m_clock.today(), QLocale::ShortFormat)));
    }

    Payment payment;
    payment.customerId = request.customerId;
    payment.kind = PaymentKind::Payment;
    payment.date = date;
    payment.amount = Money(request.amountMinor, *currency);
    payment.method = request.method;
    payment.reference = request.reference.trimmed();
    payment.note = request.note.trimmed();
    payment.createdAt = m_clock.now();

    qint64 left = request.amountMinor;
    if (request.allocations.isEmpty()) {
        // Oldest due first, as a clerk reading the remittance would (BILLING.md §9).
        Result<QList<OpenItem>> open = m_invoices.openItems(request.customerId, currency->code());
        if (!open)
            return open.error();
        for (const OpenItem& item : *open) {
            if (left == 0)
                break;
            const qint64 take = std::min(left, item.balance.minorUnits());
            if (take <= 0)
                continue;
            payment.allocations.append({item.id, Money(take, *currency), item.number});
            left -= take;
        }
    } else {
        QSet<qint64> seen;
        for (const auto& [documentId, amount] : request.allocations) {
            Result<billing::Document> doc = m_invoices.document(documentId);
            if (!doc)
                return doc.error();
            const QString name = doc->number.isEmpty() ? tr("the draft") : doc->number;
            if (doc->kind != billing::DocumentKind::Invoice || !doc->isIssued())
                return Error(ErrorCode::Invalid,
                             tr("%1 is not an issued invoice; payments settle invoices.").arg(name));
            if (doc->customerId != request.customerId)
                return Error(ErrorCode::Invalid, tr("%1 belongs to another customer.").arg(name));
            if (doc->currency != *currency) {
                return Error(ErrorCode::Invalid,
                             tr("%1 is in %2, the payment in %3.").arg(name, doc->currency.code(), currency->code()));
            }
            if (seen.contains(documentId.value))
                return Error(ErrorCode::Invalid, tr("%1 is listed twice.").arg(name));
            seen.insert(documentId.value);
            if (amount <= 0)
                return Error(ErrorCode::Invalid, tr("The amount applied to %1 must be more than zero.").arg(name));
            if (amount > doc->balance().minorUnits()) {
                return Error(ErrorCode::Invalid,
                             tr("%1 has %2 left to pay; %3 cannot be applied to it.")
                                 .arg(name, doc->balance().toPlainString(), Money(amount, *currency).toPlainString()));
            }
            if (amount > left) {
                return Error(ErrorCode::Invalid,
                             tr("The amounts applied to invoices add up to more than the payment "
                                "(%1).")
                                 .arg(payment.amount.toPlainString()));
            }
            payment.allocations.append({documentId, Money(amount, *currency), doc->number});
            left -= amount;
        }
    }
    payment.toCredit = Money(left, *currency);
    return payment;
}

Result<Payment> PaymentService::preview(const PaymentRequest& request)
{
    return decide(request);
}

Result<Payment> PaymentService::record(const PaymentRequest& request)
{
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<Payment> decided = decide(request);
    if (!decided)
        return decided;
    Result<Payment> stored = m_payments.insertPayment(*decided);
    if (!stored)
        return stored;
    for (const PaymentAllocation& allocation : decided->allocations) {
        if (Status s = m_invoices.addSettlement(allocation.documentId, allocation.amount.minorUnits(), 0, 0); !s)
            return s.error();
    }
    if (decided->toCredit.minorUnits() > 0) {
        // An overpayment becomes customer credit (BILLING.md §9).
        billing::CreditEntry entry;
        entry.customerId = decided->customerId;
        entry.date = decided->date;
        entry.amount = decided->toCredit;
        entry.paymentId = stored->id;
        if (Result<QList<billing::CreditEntry>> e = m_documents.insertCreditEntries({entry}); !e)
            return e.error();
    }
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    Payment out = *stored;
    out.toCredit = decided->toCredit;
    return out;
}

Result<Payment> PaymentService::refund(CustomerId customer, const QString& currencyCode, qint64 amountMinor, QDate date,
                                       PaymentMethod method, const QString& reference)
{
    const std::optional<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency)
        return Error(ErrorCode::Invalid, tr("\"%1\" is not a known currency code.").arg(currencyCode));
    if (amountMinor <= 0)
        return Error(ErrorCode::Invalid, tr("The amount of a refund must be more than zero."));
    const QDate day = date.isValid() ? date : m_clock.today();
    if (day > m_clock.today()) {
        return Error(ErrorCode::Invalid,
                     tr("A refund cannot be dated after today (%1).")
                         .arg(QLocale().toString(m_clock.today(), QLocale::ShortFormat)));
    }
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<QHash<QString, Money>> balances = m_documents.creditBalances(customer);
    if (!balances)
        return balances.error();
    const Money available = balances->value(currency->code(), Money::zero(*currency));
    if (amountMinor > available.minorUnits()) {
        return Error(ErrorCode::Invalid,
                     tr("The customer has %1 of credit in %2; a refund cannot be more.")
                         .arg(available.toPlainString(), currency->code()));
    }
    Payment refund;
    refund.customerId = customer;
    refund.kind = PaymentKind::Refund;
    refund.date = day;
    refund.amount = Money(amountMinor, *currency);
    refund.method = method;
    refund.reference = reference.trimmed();
    refund.createdAt = m_clock.now();
    refund.toCredit = refund.amount;
    Result<Payment> stored = m_payments.insertPayment(refund);
    if (!stored)
        return stored;
    billing::CreditEntry entry;
    entry.customerId = customer;
    entry.date = day;
    entry.amount = Money(-amountMinor, *currency);
    entry.paymentId = stored->id;
    if (Result<QList<billing::CreditEntry>> e = m_documents.insertCreditEntries({entry}); !e)
        return e.error();
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    Payment out = *stored;
    out.toCredit = refund.toCredit;
    return out;
}

Result<QList<Payment>> PaymentService::payments(const PaymentFilter& filter)
{
    return m_payments.payments(filter);
}

Result<QList<Payment>> PaymentService::paymentsForDocument(DocumentId document)
{
    return m_payments.paymentsForDocument(document);
}

Result<QHash<QString, Money>> PaymentService::creditBalances(CustomerId customer)
{
    return m_documents.creditBalances(customer);
}

Result<QList<OpenItem>> PaymentService::openInvoices(CustomerId customer, const QString& currency)
{
    return m_invoices.openItems(customer, currency);
}

Result<AgingReport> PaymentService::aging(QDate asOf)
{
    const QDate day = asOf.isValid() ? asOf : m_clock.today();
    Result<QList<OpenItem>> open = m_invoices.openItems(CustomerId(), QString());
    if (!open)
        return open.error();
    // An invoice issued after the day did not exist yet on it.
    open->removeIf([day](const OpenItem& item) { return item.issueDate > day; });
    return AgingReport::build(*open, day);
}

Result<Statement> PaymentService::statement(CustomerId customer, const QString& currency, QDate from, QDate to)
{
    const QDate until = to.isValid() ? to : m_clock.today();
    // Everything up to the end of the span: what lies before `from` makes the opening balance.
    Result<QList<billing::Document>> documents = m_invoices.issuedDocuments(customer, QDate(), until);
    if (!documents)
        return documents.error();
    PaymentFilter filter;
    filter.customerId = customer;
    filter.currency = currency;
    filter.to = until;
    Result<QList<Payment>> payments = m_payments.payments(filter);
    if (!payments)
        return payments.error();
    QDate since = from;
    if (!since.isValid()) {
        since = until;
        for (const billing::Document& doc : *documents) {
            if (doc.currency.code() == currency)
                since = std::min(since, doc.issueDate);
        }
        for (const Payment& payment : *payments)
            since = std::min(since, payment.date);
    }
    return Statement::build(customer, currency, since, until, *documents, *payments);
}

} // namespace subdesk::invoicing
