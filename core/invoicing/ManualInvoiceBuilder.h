#pragma once

#include "InvoiceService.h"
#include "billing/Document.h"
#include "customers/Customer.h"

namespace subdesk::invoicing {

/**
 * A manual invoice or one-off charge as a draft document: each line's amount is quantity × unit
 * price exactly; its key "manual:N" ties it to no subscription, so billing never sees it. Pure.
 */
class ManualInvoiceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ManualInvoiceBuilder)

public:
    /** Refuses (Invalid, naming the line): no lines, an empty description, a quantity below 1, a
     *  period ending before it starts, an unknown currency, a negative total, an overflow. */
    static Result<billing::Document> build(const ManualInvoice& invoice, const customers::Customer& customer,
                                           QDate today, const QDateTime& createdAt);
};

} // namespace subdesk::invoicing
