#include "DocumentAssembler.h"

#include <QMap>

namespace subdesk::billing {

Result<QList<Document>> DocumentAssembler::assemble(const QList<BillingItem>& items, QDate date)
{
    // Group by (customer, currency) in a stable order: customer id, then currency code; the
    // items keep their order (each subscription's items come sorted from the engine).
    QMap<QPair<qint64, QString>, QList<const BillingItem*>> groups;
    for (const BillingItem& item : items)
        groups[{item.customerId.value, item.amount.currency().code()}].append(&item);

    QList<Document> out;
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
            DocumentLine line;
            line.position = ++position;
            line.item = *item;
            line.net = Money::zero(currency);
            doc.lines.append(line);
        }
        doc.total = total;
        doc.netTotal = Money::zero(currency);
        doc.taxTotal = Money::zero(currency);
        doc.creditApplied = Money::zero(currency);
        doc.paid = Money::zero(currency);
        doc.credited = Money::zero(currency);
        // A negative net is a credit note (BILLING.md §4); issuing it grants the customer credit.
        doc.kind = total.isNegative() ? DocumentKind::CreditNote : DocumentKind::Invoice;
        out.append(doc);
    }
    return out;
}

} // namespace subdesk::billing
