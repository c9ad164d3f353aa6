#pragma once

#include "Document.h"

#include <QList>

namespace subdesk::billing {

/**
 * Turns billing items into draft documents (BILLING.md §3–4): one document per customer and
 * currency, lines ordered by subscription, due date, period and charge; a negative net makes a
 * credit note. Customer credit moves when documents are issued (invoicing::InvoiceService): a
 * credit note grants it, an invoice takes it. Pure.
 */
class DocumentAssembler
{
public:
    /** date: the documents' date. Items with a zero amount are kept (a 100% coupon shows). */
    static Result<QList<Document>> assemble(const QList<BillingItem>& items, QDate date);
};

} // namespace subdesk::billing
