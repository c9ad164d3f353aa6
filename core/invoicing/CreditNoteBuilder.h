#pragma once

#include "InvoiceService.h"
#include "billing/Document.h"

#include <QHash>
#include <QPair>

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
    /** What earlier credit notes took from an invoice: in all, per invoice line, per tax group. */
    struct Credited
    {
        qint64 totalMinor = 0; ///< gross, positive
        QHash<qint64, qint64> perLine; ///< invoice line id → amount credited on it (price-list terms)
        QHash<QPair<int, int>, qint64> perGroupGross; ///< (category, rate) → gross credited
        QHash<QPair<int, int>, qint64> perGroupNet; ///< (category, rate) → net credited
    };
    static Credited credited(const QList<billing::Document>& creditNotes);

    /** What of the invoice's gross total is not yet credited by the given credit notes. */
    static qint64 uncreditedMinor(const billing::Document& invoice, const QList<billing::Document>& creditNotes);

    /**
     * How far the taxed credit note goes beyond what is left of the invoice, in all or in one of its
     * tax groups (> 0: too far); `line` is set to the index of the note's largest line in the group
     * that overshoots most (or in all), the one to trim.
     */
    static qint64 overshoot(const billing::Document& invoice, const QList<billing::Document>& creditNotes,
                            const billing::Document& taxedNote, qsizetype& line);

    /** The draft credit note; refuses (Invalid) a document that is no issued invoice, nothing left to
     *  credit, unknown lines, amounts ≤ 0 or above the line or the uncredited remainder. */
    static Result<billing::Document> draft(const billing::Document& invoice,
                                           const QList<billing::Document>& creditNotes, const CreditRequest& request,
                                           QDate date);
};

} // namespace subdesk::invoicing
