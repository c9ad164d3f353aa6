#include "DocumentAssembler.h"

#include <QCoreApplication>
#include <QMap>

namespace subdesk::billing {

Result<DocumentAssembler::Output> DocumentAssembler::assemble(const QList<BillingItem>& items, QDate date,
                                                              QHash<CustomerId, QHash<QString, Money>>& balances)
{
    // Group by (customer, currency) in a stable order: customer id, then currency code; the
    // items keep their order (each subscription's items come sorted from the engine).
    QMap<QPair<qint64, QString>, QList<const BillingItem*>> groups;
    for (const BillingItem& item : items)
        groups[{item.customerId.value, item.amount.currency().code()}].append(&item);

    Output out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<const BillingItem*>& group = it.value();
        const Currency currency = group.first()->amount.currency();
        Document doc;
        doc.customerId = CustomerId(it.key().first);
        doc.date = date;
        doc.currency = currency;
        Money total = Money::zero(currency);
        int position = 0;
        for (const BillingItem* item : group) {
            Result<Money> sum = total.add(item->amount);
            if (!sum)
                return sum.error();
            total = *sum;
            doc.lines.append({0, ++position, *item});
        }
        doc.total = total;
        doc.creditApplied = Money::zero(currency);
        QList<CreditEntry> credits;
        QHash<QString, Money>& customerBalances = balances[doc.customerId];
        const Money balance = customerBalances.value(currency.code(), Money::zero(currency));
        if (total.isNegative()) {
            // A negative net is a credit note; what it credits becomes customer credit (BILLING.md §4).
            doc.kind = DocumentKind::CreditNote;
            Result<Money> granted = total.negated();
            if (!granted)
                return granted.error();
            credits.append({0, doc.customerId, date, *granted, DocumentId()});
            Result<Money> newBalance = balance.add(*granted);
            if (!newBalance)
                return newBalance.error();
            customerBalances.insert(currency.code(), *newBalance);
        } else if (balance.minorUnits() > 0 && total.minorUnits() > 0) {
            const Money applied(std::min(balance.minorUnits(), total.minorUnits()), currency);
            doc.creditApplied = applied;
            credits.append({0, doc.customerId, date, Money(-applied.minorUnits(), currency), DocumentId()});
            customerBalances.insert(currency.code(), Money(balance.minorUnits() - applied.minorUnits(), currency));
        }
        out.documents.append(doc);
        out.creditsPerDocument.append(credits);
    }
    return out;
}

} // namespace subdesk::billing
