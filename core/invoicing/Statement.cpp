#include "Statement.h"

#include "common/EnumKeys.h"
#include "money/MoneyMath.h"

#include <QCoreApplication>

#include <algorithm>

namespace subdesk::invoicing {

namespace {

// The order of the rows is the order entries of one day are listed in: documents before payments.
const EnumKey<Statement::EntryKind> kKinds[] = {
    {Statement::EntryKind::Invoice, "invoice", QT_TRANSLATE_NOOP("Statement", "Invoice")},
    {Statement::EntryKind::CreditNote, "credit_note", QT_TRANSLATE_NOOP("Statement", "Credit note")},
    {Statement::EntryKind::Payment, "payment", QT_TRANSLATE_NOOP("Statement", "Payment")},
    {Statement::EntryKind::Refund, "refund", QT_TRANSLATE_NOOP("Statement", "Refund")},
};

bool entryOrder(const Statement::Entry& a, const Statement::Entry& b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    return a.reference < b.reference;
}

} // namespace

Result<Statement> Statement::build(CustomerId customer, const QString& currency, QDate from, QDate to,
                                   const QList<billing::Document>& documents, const QList<Payment>& payments)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error(
            ErrorCode::Invalid,
            QCoreApplication::translate("Statement", "A statement needs a first day on or before its last day."));

    Statement statement;
    statement.m_customerId = customer;
    statement.m_currency = currency;
    statement.m_from = from;
    statement.m_to = to;

    // Everything dated before `from` only moves the opening balance; after `to` it is left out.
    QList<Entry> all;
    for (const billing::Document& d : documents) {
        if (d.customerId != customer || !d.isIssued() || d.currency.code() != currency)
            continue;
        Entry e;
        e.date = d.issueDate.isValid() ? d.issueDate : d.date;
        e.reference = d.number;
        if (d.kind == billing::DocumentKind::Invoice) {
            e.kind = EntryKind::Invoice;
            e.dueDate = d.dueDate;
            e.debitMinor = d.total.minorUnits();
        } else {
            e.kind = EntryKind::CreditNote;
            e.creditMinor = -d.total.minorUnits(); // a credit note's total is negative
        }
        all.append(e);
    }
    for (const Payment& p : payments) {
        if (p.customerId != customer || p.amount.currency().code() != currency)
            continue;
        Entry e;
        e.date = p.date;
        e.reference = p.reference;
        if (p.kind == PaymentKind::Payment) {
            e.kind = EntryKind::Payment;
            e.creditMinor = p.amount.minorUnits();
        } else {
            e.kind = EntryKind::Refund;
            e.debitMinor = p.amount.minorUnits();
        }
        all.append(e);
    }
    std::stable_sort(all.begin(), all.end(), entryOrder);

    qint64 balance = 0;
    for (Entry& e : all) {
        if (e.date > to)
            break;
        Result<qint64> debited = moneymath::checkedAdd(balance, e.debitMinor);
        if (!debited)
            return debited.error();
        Result<qint64> next = moneymath::checkedSub(*debited, e.creditMinor);
        if (!next)
            return next.error();
        balance = *next;
        if (e.date < from) {
            statement.m_opening = balance;
            continue;
        }
        e.balanceMinor = balance;
        statement.m_entries.append(e);
    }
    statement.m_closing = balance;
    return statement;
}

QString statementEntryKindName(Statement::EntryKind kind)
{
    return enumkeys::name(kKinds, kind, "Statement");
}

} // namespace subdesk::invoicing
