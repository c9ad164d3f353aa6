#pragma once

#include "AgingReport.h"
#include "PaymentRepository.h"
#include "Statement.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QHash>

namespace subdesk {
class UnitOfWorkFactory;
} // namespace subdesk

namespace subdesk::billing {
class DocumentRepository;
} // namespace subdesk::billing

namespace subdesk::invoicing {

class InvoiceRepository;

/** A payment as the clerk records it. */
struct PaymentRequest
{
    CustomerId customerId;
    QDate date; ///< invalid: today
    QString currency;
    qint64 amountMinor = 0; ///< > 0
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    QString note;
    /** Invoice → amount. Empty: allocate to the customer's open invoices in the currency, oldest
     *  due first. Whatever is left over becomes customer credit. */
    QList<QPair<DocumentId, qint64>> allocations;
};

/**
 * Records payments and refunds (BILLING.md §9), each in one transaction with the invoices'
 * settlement and the customer's credit.
 */
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    PaymentService(UnitOfWorkFactory& units, PaymentRepository& payments, InvoiceRepository& invoices,
                   billing::DocumentRepository& documents, const Clock& clock);

    /** The payment as recording would store it (allocations decided, credit computed); writes nothing. */
    Result<Payment> preview(const PaymentRequest& request);
    /** Refuses (Invalid, naming the field): amount ≤ 0, a document that is not an issued invoice of the
     *  customer in the currency, an allocation above its invoice's balance, allocations above the amount. */
    Result<Payment> record(const PaymentRequest& request);
    /** Pays back customer credit; refuses more than the customer's credit in the currency. */
    Result<Payment> refund(CustomerId customer, const QString& currency, qint64 amountMinor, QDate date,
                           PaymentMethod method, const QString& reference);

    Result<QList<Payment>> payments(const PaymentFilter& filter);
    Result<QList<Payment>> paymentsForDocument(DocumentId document);

    /** The customer's credit balance per currency code (only non-zero ones). */
    Result<QHash<QString, Money>> creditBalances(CustomerId customer);
    /** Issued invoices with a balance of one customer and currency (customer invalid: everyone's, any
     *  currency when empty), oldest due first: what a payment can settle. */
    Result<QList<OpenItem>> openInvoices(CustomerId customer, const QString& currency = {});
    /** Who owes what, aged by days past due as of the day (invalid: today): the invoices issued on or
     *  before it, with their balances as they stand now. */
    Result<AgingReport> aging(QDate asOf);
    /** The customer's statement of account in the currency over [from, to] (invalid from: since the
     *  first document; invalid to: today). */
    Result<Statement> statement(CustomerId customer, const QString& currency, QDate from, QDate to);

private:
    /** Validates the request and decides the allocations and the credit, reading only. */
    Result<Payment> decide(const PaymentRequest& request);

    UnitOfWorkFactory& m_units;
    PaymentRepository& m_payments;
    InvoiceRepository& m_invoices;
    billing::DocumentRepository& m_documents;
    const Clock& m_clock;
};

} // namespace subdesk::invoicing
