#pragma once

#include "InvoiceService.h"
#include "billing/Document.h"

namespace subdesk::invoicing {

/**
 * The lines of a credit note correcting an invoice (BILLING.md §8–9), before tax: the whole
 * invoice (its lines negated), chosen lines, or a gross amount spread over the invoice's tax
 * groups in proportion to their gross. Credit lines belong to no subscription (their key is
 * "credit:…"), so they never count as billing. Pure.
 */
class CreditNoteBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteBuilder)

public:
    /** What of the invoice's gross total is not yet credited by the given credit notes. */
    static qint64 uncreditedMinor(const billing::Document& invoice, const QList<billing::Document>& creditNotes);

    /** The draft credit note; refuses (Invalid) a document that is no issued invoice, nothing left to
     *  credit, unknown lines, amounts ≤ 0 or above the line or the uncredited remainder. */
    static Result<billing::Document> draft(const billing::Document& invoice,
                                           const QList<billing::Document>& creditNotes, const CreditRequest& request,
                                           QDate date);
};

} // namespace subdesk::invoicing
