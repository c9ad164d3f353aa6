#pragma once

#include "DocumentQuery.h"
#include "common/Result.h"

namespace subdesk::invoicing {

/**
 * Issuing, settlement and listing of documents (core/storage implements it over the tables of
 * schemas 2–3; drafts are inserted through billing::DocumentRepository). Each write is atomic on
 * its own and joins the caller's UnitOfWork when there is one. Issued documents are immutable in
 * the database itself: writes that would change one fail with Conflict.
 */
class InvoiceRepository
{
public:
    virtual ~InvoiceRepository() = default;

    /** The whole document: header, lines, taxes and parties. */
    virtual Result<billing::Document> document(DocumentId id) = 0;

    // Lists (no query per row)
    virtual Result<int> countDocuments(const DocumentFilter& filter) = 0;
    virtual Result<QList<DocumentRow>> documentRows(const DocumentFilter& filter, const DocumentSort& sort, int offset,
                                                    int limit) = 0;
    virtual Result<QList<DocumentTotals>> totals(const DocumentFilter& filter) = 0;

    // Drafts
    /** Replaces a draft's header fields (customer, currency, date, note) and all its lines. */
    virtual Status replaceDraft(const billing::Document& draft) = 0;
    /** Deletes a draft with its lines and the credit entries pointing at it. */
    virtual Status deleteDraft(DocumentId id) = 0;
    /** Ids of all drafts dated on or before upTo (invalid: all), oldest first. */
    virtual Result<QList<DocumentId>> draftIds(QDate upTo) = 0;

    // Issuing (inside one UnitOfWork: the number is taken and written in the same transaction)
    /** Increments the series' counter for the year and returns the new value (first: 1). */
    virtual Result<qint64> takeNextNumber(qint64 seriesId, int year) = 0;
    /** The latest issue date in the series (invalid when none). */
    virtual Result<QDate> lastIssueDate(qint64 seriesId) = 0;
    /**
     * Writes everything issuing decided onto a draft (number, series, dates, totals, parties,
     * language, note, payment reference, lines' tax and net, tax groups) and makes it Issued.
     * Fails with Conflict when the stored document is no draft any more.
     */
    virtual Status writeIssued(const billing::Document& document) = 0;

    // Life after issuing
    virtual Status setState(DocumentId id, billing::DocumentState state) = 0;
    /** Adds to the settlement columns (deltas may be negative; the result stays ≥ 0). */
    virtual Status addSettlement(DocumentId id, qint64 paidDelta, qint64 creditedDelta, qint64 appliedDelta) = 0;
    /** Issued credit notes correcting the invoice, oldest first, with lines. */
    virtual Result<QList<billing::Document>> creditNotesFor(DocumentId invoice) = 0;
    /** Issued (not uncollectible) invoices with a balance > 0: of one customer and currency, or all
     *  when customer is invalid; oldest due date first. */
    virtual Result<QList<OpenItem>> openItems(CustomerId customer, const QString& currency) = 0;
    /** Issued documents (with lines, taxes, parties) of the customer (invalid: everyone) whose issue
     *  date is within [from, to] (invalid bounds are open), by issue date then number. */
    virtual Result<QList<billing::Document>> issuedDocuments(CustomerId customer, QDate from, QDate to) = 0;
};

} // namespace subdesk::invoicing
