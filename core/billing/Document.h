#pragma once

#include "BillingItem.h"

#include <QDateTime>
#include <QList>

namespace subdesk::billing {

enum class DocumentKind
{
    Invoice,
    CreditNote, ///< a document whose net is negative (BILLING.md §4)
};

QString documentKindKey(DocumentKind kind); ///< "invoice", "credit_note"
std::optional<DocumentKind> documentKindFromKey(const QString& key);
QString documentKindName(DocumentKind kind); ///< translated

/** A line of a document: the billed item plus its place on the document. */
struct DocumentLine
{
    qint64 id = 0;
    int position = 0;
    BillingItem item;
    friend bool operator==(const DocumentLine&, const DocumentLine&) = default;
};

/**
 * A draft invoice or credit note produced by billing (numbering, tax and issuing come with the
 * documents issue). Amounts are signed as the lines are: an invoice's total is ≥ 0, a credit
 * note's total is < 0 and its absolute value became customer credit.
 */
struct Document
{
    DocumentId id;
    CustomerId customerId;
    DocumentKind kind = DocumentKind::Invoice;
    QDate date;
    Currency currency;
    /** Sum of the lines (signed). */
    Money total;
    /** Customer credit applied to this invoice (≥ 0, never more than the total). */
    Money creditApplied;
    /** The billing run that wrote it; invalid for documents written by an immediate change. */
    BillingRunId runId;
    QDateTime createdAt;
    QList<DocumentLine> lines;

    /** total − creditApplied: what the customer still owes on an invoice. */
    Money amountDue() const;
    friend bool operator==(const Document&, const Document&) = default;
};

/** A movement of a customer's credit balance in one currency. */
struct CreditEntry
{
    qint64 id = 0;
    CustomerId customerId;
    QDate date;
    /** > 0: credit granted (a credit note); < 0: credit applied to an invoice. */
    Money amount;
    /** The credit note that granted it or the invoice it was applied to. */
    DocumentId documentId;
    friend bool operator==(const CreditEntry&, const CreditEntry&) = default;
};

/** What a billing run did, kept for the record. */
struct BillingRun
{
    BillingRunId id;
    QDate asOf;
    QDateTime startedAt;
    int invoices = 0;
    int creditNotes = 0;
    int lines = 0;
};

} // namespace subdesk::billing
