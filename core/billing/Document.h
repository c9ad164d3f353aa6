#pragma once

#include "BillingItem.h"
#include "tax/TaxCategory.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace subdesk::billing {

enum class DocumentKind
{
    Invoice,
    CreditNote, ///< a document whose net is negative (BILLING.md §4)
};

QString documentKindKey(DocumentKind kind); ///< "invoice", "credit_note"
std::optional<DocumentKind> documentKindFromKey(const QString& key);
QString documentKindName(DocumentKind kind); ///< translated

/** What is stored about a document's life; the rest of its status is derived (DocumentStatus). */
enum class DocumentState
{
    Draft, ///< no number; may be edited or deleted
    Issued, ///< numbered and immutable
    Uncollectible, ///< issued, written off by the clerk
};

QString documentStateKey(DocumentState state); ///< "draft", "issued", "uncollectible"
std::optional<DocumentState> documentStateFromKey(const QString& key);

/** The status shown to the clerk (BILLING.md §9), derived from state, settlement and due date. */
enum class DocumentStatus
{
    Draft,
    Issued, ///< a credit note once issued (it has nothing to collect)
    Open,
    Overdue, ///< past the due date with a balance
    PartiallyPaid,
    Paid,
    Credited, ///< settled wholly by credit notes
    Uncollectible,
};

QString documentStatusKey(DocumentStatus status); ///< "draft", "open", "overdue", "partially_paid", ...
std::optional<DocumentStatus> documentStatusFromKey(const QString& key);
QString documentStatusName(DocumentStatus status); ///< translated

/** A line of a document: the billed item plus its place and, once issued, its tax. */
struct DocumentLine
{
    qint64 id = 0;
    int position = 0;
    BillingItem item;
    /** Set by the clerk on manual lines; billing lines are Standard. */
    tax::TaxClass taxClass = tax::TaxClass::Standard;
    /** Category and rate that applied when issued (BT-151/152); Standard and 0 on drafts. */
    tax::TaxCategory taxCategory = tax::TaxCategory::Standard;
    int taxRateBp = 0;
    /** The line's net amount once issued (= item.amount for tax-exclusive price lists; the
     *  allocated net part of it for tax-inclusive ones); zero on drafts. */
    Money net;
    /** Unit price when item.amount = quantity × unit price exactly (manual lines); empty otherwise. */
    std::optional<qint64> unitPriceMinor;
    friend bool operator==(const DocumentLine&, const DocumentLine&) = default;
};

/** A party as printed on an issued document: a snapshot that later edits never change. */
struct Party
{
    QString name;
    QStringList streetLines;
    QString postalCode;
    QString city;
    QString region;
    QString country; ///< ISO 3166-1 alpha-2
    QString vatId;
    QString registrationId;
    QString contact;
    QString email;
    QString phone;
    QString eInvoiceEndpoint; ///< "0088:5790000435968": scheme, colon, id
    /** Seller only: where to pay. */
    QString iban;
    QString bic;
    QString bankName;
    friend bool operator==(const Party&, const Party&) = default;
};

/** Tax of one (category, rate) group of an issued document, rounded once (BILLING.md §8). */
struct TaxGroup
{
    tax::TaxCategory category = tax::TaxCategory::Standard;
    int rateBp = 0;
    Money taxable; ///< net sum of the group's lines
    Money tax;
    QString exemptionCode; ///< "VATEX-EU-AE", "VATEX-EU-G", ... for categories without tax
    QString exemptionText; ///< as printed, in the document's language
    friend bool operator==(const TaxGroup&, const TaxGroup&) = default;
};

/**
 * An invoice or credit note (BILLING.md §9). Billing writes drafts; issuing gives the number, the
 * tax, both parties' snapshots and the dates, after which nothing but the state and the settlement
 * changes. Amounts are signed as the lines are: an invoice's total is ≥ 0, a credit note's < 0.
 */
struct Document
{
    DocumentId id;
    CustomerId customerId;
    DocumentKind kind = DocumentKind::Invoice;
    DocumentState state = DocumentState::Draft;
    /** The day billing made it (drafts); issuing keeps it. */
    QDate date;
    Currency currency;
    /** Drafts: sum of the lines. Issued: gross total = netTotal + taxTotal. */
    Money total;
    Money netTotal; ///< issued only
    Money taxTotal; ///< issued only
    bool pricesIncludeTax = false;
    /** Customer credit applied to this invoice (≥ 0). */
    Money creditApplied;
    /** Payments allocated to this invoice (≥ 0). */
    Money paid;
    /** Absolute total of the issued credit notes against this invoice (≥ 0). */
    Money credited;
    /** The billing run that wrote it; invalid for documents written by an immediate change or by hand. */
    BillingRunId runId;
    QDateTime createdAt;
    QList<DocumentLine> lines;

    // Issuing
    QString number; ///< empty on drafts
    qint64 seriesId = 0;
    QDate issueDate;
    QDate dueDate;
    QDate supplyFrom; ///< invoicing period [supplyFrom, supplyTo) of the lines
    QDate supplyTo;
    /** A credit note: the invoice it corrects (invalid for a credit note from billing). */
    DocumentId correctsId;
    QString correctsNumber; ///< read with the document, for display and UBL BillingReference
    QDate correctsIssueDate;
    QList<TaxGroup> taxes;
    Party seller;
    Party buyer;
    QString language = QStringLiteral("en"); ///< the buyer's document language when issued
    QString note;
    QString paymentReference; ///< ISO 11649 structured creditor reference "RF18…"
    QDateTime issuedAt;

    /** What the customer still owes: total − paid − credited − creditApplied for an invoice (draft
     *  or issued); zero for a credit note. */
    Money balance() const;
    /** Derived status on the given day. */
    DocumentStatus status(QDate today) const;
    bool isIssued() const { return state != DocumentState::Draft; }
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
    /** The payment whose overpayment granted it, or the refund that paid it back. */
    PaymentId paymentId;
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
