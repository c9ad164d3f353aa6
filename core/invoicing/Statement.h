#pragma once

#include "Payment.h"
#include "billing/Document.h"

namespace subdesk::invoicing {

/**
 * A customer's statement of account in one currency over [from, to]: the opening balance, every
 * issued document and payment in the span with a running balance, and the closing balance.
 * Balance = what the customer owes (invoices add, credit notes and payments subtract, refunds add);
 * a negative balance is credit in the customer's favour. Pure.
 */
class Statement
{
public:
    enum class EntryKind
    {
        Invoice,
        CreditNote,
        Payment,
        Refund,
    };

    struct Entry
    {
        QDate date;
        EntryKind kind = EntryKind::Invoice;
        QString reference; ///< document number or payment reference
        QDate dueDate; ///< invoices
        qint64 debitMinor = 0; ///< adds to what is owed
        qint64 creditMinor = 0; ///< subtracts
        qint64 balanceMinor = 0; ///< running, after this entry
    };

    /** documents: the customer's issued documents; payments: their payments and refunds (any dates;
     *  the ones before `from` make the opening balance). Other currencies are ignored. */
    static Result<Statement> build(CustomerId customer, const QString& currency, QDate from, QDate to,
                                   const QList<billing::Document>& documents, const QList<Payment>& payments);

    CustomerId customerId() const { return m_customerId; }
    QString currency() const { return m_currency; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    qint64 openingMinor() const { return m_opening; }
    qint64 closingMinor() const { return m_closing; }
    const QList<Entry>& entries() const { return m_entries; }

private:
    CustomerId m_customerId;
    QString m_currency;
    QDate m_from;
    QDate m_to;
    qint64 m_opening = 0;
    qint64 m_closing = 0;
    QList<Entry> m_entries;
};

QString statementEntryKindName(Statement::EntryKind kind); ///< translated

} // namespace subdesk::invoicing
