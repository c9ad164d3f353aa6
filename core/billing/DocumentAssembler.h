#pragma once

#include "Document.h"

#include <QHash>
#include <QList>

namespace subdesk::billing {

/**
 * Turns billing items into draft documents (BILLING.md §3–4): one document per customer and
 * currency, lines ordered by subscription, due date, period and charge; a negative net makes a
 * credit note whose amount becomes customer credit; an invoice takes what credit the customer has
 * in its currency (never more than its total). Pure: the balances passed in are updated.
 */
class DocumentAssembler
{
public:
    struct Output
    {
        QList<Document> documents;
        /** Positive entries for credit notes, negative ones for credit applied (documentId set on insert). */
        QList<QList<CreditEntry>> creditsPerDocument;
    };

    /**
     * date: the documents' date. balances: customer → currency code → credit available; updated
     * as credit is granted and applied. Items with a zero amount are kept (a 100% coupon shows).
     */
    static Result<Output> assemble(const QList<BillingItem>& items, QDate date,
                                   QHash<CustomerId, QHash<QString, Money>>& balances);
};

} // namespace subdesk::billing
