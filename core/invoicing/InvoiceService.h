#pragma once

#include "DocumentQuery.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "company/BankAccount.h"
#include "tax/TaxCategory.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace subdesk {
class UnitOfWorkFactory;
} // namespace subdesk

namespace subdesk::billing {
class DocumentRepository;
} // namespace subdesk::billing

namespace subdesk::company {
class CompanyRepository;
} // namespace subdesk::company

namespace subdesk::customers {
class CustomerRepository;
} // namespace subdesk::customers

namespace subdesk::invoicing {

class InvoiceRepository;
struct IssueContext;

/** A line the clerk types on a manual invoice or one-off charge. */
struct ManualLine
{
    QString description;
    qint64 quantity = 1; ///< ≥ 1
    qint64 unitPriceMinor = 0; ///< may be negative (a discount line); amount = quantity × unit price
    tax::TaxClass taxClass = tax::TaxClass::Standard;
    QDate periodStart; ///< optional supply period [start, end)
    QDate periodEnd;
};

/** A manual invoice (or one-off charge) as the clerk enters it. */
struct ManualInvoice
{
    CustomerId customerId;
    QString currency; ///< empty: the customer's
    QDate date; ///< invalid: today
    QList<ManualLine> lines;
    QString note;
};

/** What to credit on an invoice (BILLING.md §8: never more than what is left uncredited). */
struct CreditRequest
{
    enum class Scope
    {
        Full, ///< whatever of the invoice is not yet credited
        Lines, ///< chosen lines, each up to its own uncredited amount
        Amount, ///< a gross amount spread over the invoice's lines in proportion
    };
    DocumentId invoiceId;
    Scope scope = Scope::Full;
    /** Scope::Lines: line id → amount to credit, in the invoice's price-list terms (> 0). */
    QList<QPair<qint64, qint64>> lines;
    qint64 amountMinor = 0; ///< Scope::Amount: gross amount (> 0)
    QString reason; ///< printed as the credit note's note
    QDate issueDate; ///< invalid: today
};

/**
 * Drafts, issuing, credit notes and write-offs (BILLING.md §8–9). Every write is one transaction:
 * issuing takes the series' next number, taxes the lines, snapshots both parties, applies the
 * customer's credit (when the setting says so) and makes the document immutable, all or nothing.
 */
class InvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    InvoiceService(UnitOfWorkFactory& units, InvoiceRepository& invoices, billing::DocumentRepository& documents,
                   company::CompanyRepository& company, customers::CustomerRepository& customers, const Clock& clock);
    ~InvoiceService();

    Result<billing::Document> document(DocumentId id);
    Result<int> countDocuments(const DocumentFilter& filter);
    Result<QList<DocumentRow>> documentRows(const DocumentFilter& filter, const DocumentSort& sort, int offset,
                                            int limit);
    Result<QList<DocumentTotals>> totals(const DocumentFilter& filter);
    /** Issued documents with lines of the customer (invalid: everyone) issued within [from, to]
     *  (invalid bounds are open), by issue date then number: batch export and statements. */
    Result<QList<billing::Document>> issuedDocuments(CustomerId customer, QDate from, QDate to);
    /** The issued credit notes correcting the invoice, oldest first. */
    Result<QList<billing::Document>> creditNotesFor(DocumentId invoice);

    /** A manual invoice or one-off charge as a draft. */
    Result<billing::Document> createDraft(const ManualInvoice& invoice);
    Result<billing::Document> updateDraft(DocumentId id, const ManualInvoice& invoice);
    Status deleteDraft(DocumentId id);

    /** The draft as issuing would make it on issueDate (invalid: today), number included; writes nothing. */
    Result<billing::Document> previewIssue(DocumentId id, QDate issueDate = {});
    Result<billing::Document> issue(DocumentId id, QDate issueDate = {});
    /** Issues all the drafts in one transaction, oldest first (all or nothing). */
    Result<QList<billing::Document>> issueAll(const QList<DocumentId>& ids, QDate issueDate = {});
    /** Ids of the drafts dated on or before upTo (invalid: all). */
    Result<QList<DocumentId>> draftIds(QDate upTo = {});

    /** The credit note the request would make, capped; writes nothing. */
    Result<billing::Document> previewCredit(const CreditRequest& request);
    /** Creates and issues the credit note; what it credits beyond the invoice's balance becomes
     *  customer credit. */
    Result<billing::Document> credit(const CreditRequest& request);

    /** Writes the invoice off (it stays on statements and in the aging report's totals as uncollectible). */
    Status markUncollectible(DocumentId id);
    /** Applies the customer's credit in the invoice's currency, up to amount (empty: as much as the
     *  balance and the credit allow); returns what was applied. */
    Result<Money> applyCredit(DocumentId invoiceId, std::optional<qint64> amountMinor = std::nullopt);

private:
    Result<IssueContext> issueContext(const billing::Document& draft);
    /** Everything issuing writes; takeNumber false only previews the number the series would give. */
    Result<billing::Document> prepareIssue(const billing::Document& draft, QDate issueDate, bool takeNumber);
    /** Issues one draft inside the caller's unit of work. */
    Result<billing::Document> issueOne(DocumentId id, QDate issueDate, bool applyCredit);
    Status settleOnIssue(const billing::Document& issued, bool applyCredit);
    Result<Money> applyAvailableCredit(const billing::Document& invoice, std::optional<qint64> limit);
    Result<billing::Document> buildCredit(const CreditRequest& request, QDate day);

    UnitOfWorkFactory& m_units;
    InvoiceRepository& m_invoices;
    billing::DocumentRepository& m_documents;
    company::CompanyRepository& m_company;
    customers::CustomerRepository& m_customers;
    const Clock& m_clock;
    /** While issueAll runs: the company's profile, settings and rates, and the bank account per currency. */
    std::unique_ptr<IssueContext> m_batch;
    QHash<QString, std::optional<company::BankAccount>> m_batchAccounts;
};

} // namespace subdesk::invoicing
