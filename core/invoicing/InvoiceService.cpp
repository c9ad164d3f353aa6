#include "InvoiceService.h"

#include "CreditNoteBuilder.h"
#include "CreditorReference.h"
#include "DocumentIssuer.h"
#include "InvoiceRepository.h"
#include "ManualInvoiceBuilder.h"
#include "billing/DocumentRepository.h"
#include "common/UnitOfWork.h"
#include "company/CompanyService.h"
#include "customers/CustomerRepository.h"

#include <QScopeGuard>

namespace subdesk::invoicing {

using billing::Document;
using billing::DocumentKind;
using billing::DocumentState;

namespace {

/** The most a corrective credit note may be trimmed to stay within the invoice: one cent per tax
 *  group, the rounding BILLING.md §8 allows for; more than that is the clerk's mistake. */
constexpr int kMaxTrimSteps = 50;

} // namespace

InvoiceService::InvoiceService(UnitOfWorkFactory& units, InvoiceRepository& invoices,
                               billing::DocumentRepository& documents, company::CompanyRepository& company,
                               customers::CustomerRepository& customers, const Clock& clock)
    : m_units(units)
    , m_invoices(invoices)
    , m_documents(documents)
    , m_company(company)
    , m_customers(customers)
    , m_clock(clock)
{ }

InvoiceService::~InvoiceService() = default;

Result<Document> InvoiceService::document(DocumentId id)
{
    return m_invoices.document(id);
}

Result<int> InvoiceService::countDocuments(const DocumentFilter& filter)
{
    return m_invoices.countDocuments(filter);
}

Result<QList<DocumentRow>> InvoiceService::documentRows(const DocumentFilter& filter, const DocumentSort& sort,
                                                        int offset, int limit)
{
    return m_invoices.documentRows(filter, sort, offset, limit);
}

Result<QList<DocumentTotals>> InvoiceService::totals(const DocumentFilter& filter)
{
    return m_invoices.totals(filter);
}

Result<QList<Document>> InvoiceService::issuedDocuments(CustomerId customer, QDate from, QDate to)
{
    return m_invoices.issuedDocuments(customer, from, to);
}

Result<QList<Document>> InvoiceService::creditNotesFor(DocumentId invoice)
{
    return m_invoices.creditNotesFor(invoice);
}

// Drafts -----------------------------------------------------------------------------------------

Result<Document> InvoiceService::createDraft(const ManualInvoice& invoice)
{
    Result<customers::Customer> customer = m_customers.find(invoice.customerId);
    if (!customer)
        return customer.error();
    Result<Document> draft = ManualInvoiceBuilder::build(invoice, *customer, m_clock.today(), m_clock.now());
    if (!draft)
        return draft.error();
    Result<QList<Document>> stored = m_documents.insertDocuments({*draft});
    if (!stored)
        return stored.error();
    return stored->first();
}

Result<Document> InvoiceService::updateDraft(DocumentId id, const ManualInvoice& invoice)
{
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<Document> existing = m_invoices.document(id);
    if (!existing)
        return existing.error();
    if (existing->isIssued())
        return Error(ErrorCode::Conflict, tr("%1 is issued and can no longer be edited.").arg(existing->number));
    Result<customers::Customer> customer = m_customers.find(invoice.customerId);
    if (!customer)
        return customer.error();
    Result<Document> draft = ManualInvoiceBuilder::build(invoice, *customer, m_clock.today(), existing->createdAt);
    if (!draft)
        return draft.error();
    draft->id = id;
    draft->runId = existing->runId;
    if (Status s = m_invoices.replaceDraft(*draft); !s)
        return s.error();
    Result<Document> stored = m_invoices.document(id);
    if (!stored)
        return stored.error();
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return stored;
}

Status InvoiceService::deleteDraft(DocumentId id)
{
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<Document> existing = m_invoices.document(id);
    if (!existing)
        return existing.error();
    if (existing->isIssued())
        return Error(ErrorCode::Conflict,
                     tr("%1 is issued and can never be deleted; credit it instead.").arg(existing->number));
    if (Status s = m_invoices.deleteDraft(id); !s)
        return s;
    return (*unit)->commit();
}

Result<QList<DocumentId>> InvoiceService::draftIds(QDate upTo)
{
    return m_invoices.draftIds(upTo);
}

// Issuing ----------------------------------------------------------------------------------------

Result<IssueContext> InvoiceService::issueContext(const Document& draft)
{
    // A batch reads the company's side once (issueAll keeps it in m_batch); a single issue reads it now.
    std::optional<IssueContext> fresh;
    IssueContext* base = m_batch.get();
    company::CompanyService company(m_company);
    if (!base) {
        fresh.emplace();
        Result<company::CompanyProfile> profile = company.profile();
        if (!profile)
            return profile.error();
        fresh->profile = *profile;
        Result<company::InvoicingSettings> settings = company.invoicingSettings();
        if (!settings)
            return settings.error();
        fresh->settings = *settings;
        Result<QList<tax::TaxRate>> rates = company.taxRates();
        if (!rates)
            return rates.error();
        fresh->rates = *rates;
        base = &*fresh;
    }
    IssueContext context;
    context.profile = base->profile;
    context.settings = base->settings;
    context.rates = base->rates;
    const QString currency = draft.currency.code();
    if (m_batch && m_batchAccounts.contains(currency)) {
        context.account = m_batchAccounts.value(currency);
    } else {
        Result<std::optional<company::BankAccount>> account = company.accountFor(currency);
        if (!account)
            return account.error();
        context.account = *account;
        if (m_batch)
            m_batchAccounts.insert(currency, *account);
    }
    Result<customers::Customer> customer = m_customers.find(draft.customerId);
    if (!customer)
        return customer.error();
    context.customer = *customer;
    if (draft.correctsId.isValid()) {
        Result<Document> invoice = m_invoices.document(draft.correctsId);
        if (!invoice)
            return invoice.error();
        context.corrected = *invoice;
    }
    return context;
}

Result<Document> InvoiceService::prepareIssue(const Document& draft, QDate issueDate, bool takeNumber)
{
    if (draft.isIssued())
        return Error(ErrorCode::Conflict, tr("%1 is issued already.").arg(draft.number));
    if (!issueDate.isValid())
        return Error(ErrorCode::Invalid, tr("The issue date is not valid."));
    // A later date would block the series until then: numbers follow dates.
    if (issueDate > m_clock.today()) {
        return Error(ErrorCode::Invalid,
                     tr("A document cannot be issued on a day after today (%1).")
                         .arg(QLocale().toString(m_clock.today(), QLocale::ShortFormat)));
    }
    if (issueDate < draft.date) {
        return Error(ErrorCode::Invalid,
                     tr("A document dated %1 cannot be issued on an earlier day (%2).")
                         .arg(QLocale().toString(draft.date, QLocale::ShortFormat),
                              QLocale().toString(issueDate, QLocale::ShortFormat)));
    }
    Result<IssueContext> context = issueContext(draft);
    if (!context)
        return context.error();
    Result<Document> doc = DocumentIssuer::prepare(draft, *context, issueDate);
    if (!doc)
        return doc.error();

    company::CompanyService company(m_company);
    Result<company::NumberSeries> series = company.defaultSeries(draft.kind);
    if (!series)
        return series.error();
    // Numbers follow dates within a series: a document may not be dated before the last one issued.
    Result<QDate> last = m_invoices.lastIssueDate(series->id);
    if (!last)
        return last.error();
    if (last->isValid() && issueDate < *last) {
        return Error(ErrorCode::Invalid,
                     tr("The series \"%1\" has a document issued on %2; a later number cannot carry an earlier date.")
                         .arg(series->name, QLocale().toString(*last, QLocale::ShortFormat)));
    }
    const int year = series->counterYear(issueDate);
    qint64 n = 0;
    if (takeNumber) {
        Result<qint64> taken = m_invoices.takeNextNumber(series->id, year);
        if (!taken)
            return taken.error();
        n = *taken;
    } else {
        Result<qint64> lastNumber = m_company.lastNumber(series->id, year);
        if (!lastNumber)
            return lastNumber.error();
        n = *lastNumber + 1;
    }
    doc->seriesId = series->id;
    doc->number = series->format(n, issueDate);
    if (doc->kind == DocumentKind::Invoice)
        doc->paymentReference = creditorreference::fromBase(doc->number);
    doc->issuedAt = m_clock.now();
    return doc;
}

Result<Document> InvoiceService::issueOne(DocumentId id, QDate issueDate, bool applyCredit)
{
    Result<Document> draft = m_invoices.document(id);
    if (!draft)
        return draft.error();
    Result<Document> doc = prepareIssue(*draft, issueDate, true);
    if (!doc)
        return doc.error();
    if (Status s = m_invoices.writeIssued(*doc); !s)
        return s.error();
    if (Status s = settleOnIssue(*doc, applyCredit); !s)
        return s.error();
    return m_invoices.document(id);
}

Status InvoiceService::settleOnIssue(const Document& doc, bool applyCredit)
{
    const Currency currency = doc.currency;
    if (doc.kind == DocumentKind::CreditNote) {
        // What a credit note credits settles the corrected invoice's balance first; the rest (and all of
        // a credit note from billing) becomes customer credit.
        qint64 credit = -doc.total.minorUnits();
        if (doc.correctsId.isValid()) {
            Result<Document> invoice = m_invoices.document(doc.correctsId);
            if (!invoice)
                return invoice.error();
            const qint64 onInvoice = std::clamp<qint64>(invoice->balance().minorUnits(), 0, credit);
            if (onInvoice > 0) {
                if (Status s = m_invoices.addSettlement(invoice->id, 0, onInvoice, 0); !s)
                    return s;
            }
            credit -= onInvoice;
        }
        if (credit > 0) {
            billing::CreditEntry entry;
            entry.customerId = doc.customerId;
            entry.date = doc.issueDate;
            entry.amount = Money(credit, currency);
            entry.documentId = doc.id;
            if (Result<QList<billing::CreditEntry>> e = m_documents.insertCreditEntries({entry}); !e)
                return e.error();
        }
        return {};
    }
    if (!applyCredit || doc.total.minorUnits() <= 0)
        return {};
    Result<company::InvoicingSettings> settings = m_company.invoicingSettings();
    if (!settings)
        return settings.error();
    if (!settings->applyCreditOnIssue)
        return {};
    if (Result<Money> applied = applyAvailableCredit(doc, std::nullopt); !applied)
        return applied.error();
    return {};
}

Result<Money> InvoiceService::applyAvailableCredit(const Document& invoice, std::optional<qint64> limit)
{
    const Currency currency = invoice.currency;
    Result<QHash<QString, Money>> balances = m_documents.creditBalances(invoice.customerId);
    if (!balances)
        return balances.error();
    const qint64 available = balances->value(currency.code(), Money::zero(currency)).minorUnits();
    qint64 apply = std::min(available, invoice.balance().minorUnits());
    if (limit)
        apply = std::min(apply, *limit);
    if (apply <= 0)
        return Money::zero(currency);
    billing::CreditEntry entry;
    entry.customerId = invoice.customerId;
    entry.date = std::max(invoice.issueDate, m_clock.today());
    entry.amount = Money(-apply, currency);
    entry.documentId = invoice.id;
    if (Result<QList<billing::CreditEntry>> e = m_documents.insertCreditEntries({entry}); !e)
        return e.error();
    if (Status s = m_invoices.addSettlement(invoice.id, 0, 0, apply); !s)
        return s.error();
    return Money(apply, currency);
}

Result<Document> InvoiceService::previewIssue(DocumentId id, QDate issueDate)
{
    Result<Document> draft = m_invoices.document(id);
    if (!draft)
        return draft.error();
    return prepareIssue(*draft, issueDate.isValid() ? issueDate : m_clock.today(), false);
}

Result<Document> InvoiceService::issue(DocumentId id, QDate issueDate)
{
    Result<QList<Document>> issued = issueAll({id}, issueDate);
    if (!issued)
        return issued.error();
    return issued->first();
}

Result<QList<Document>> InvoiceService::issueAll(const QList<DocumentId>& ids, QDate issueDate)
{
    const QDate day = issueDate.isValid() ? issueDate : m_clock.today();
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    // The company's side of issuing is the same for every document of the batch: read it once.
    auto batch = std::make_unique<IssueContext>();
    Result<company::CompanyProfile> profile = m_company.profile();
    Result<company::InvoicingSettings> settings = m_company.invoicingSettings();
    Result<QList<tax::TaxRate>> rates = m_company.taxRates();
    if (!profile || !settings || !rates)
        return !profile ? profile.error() : !settings ? settings.error() : rates.error();
    batch->profile = *profile;
    batch->settings = *settings;
    batch->rates = *rates;
    m_batch = std::move(batch);
    const auto endBatch = qScopeGuard([this] {
        m_batch.reset();
        m_batchAccounts.clear();
    });
    // Credit notes first: the credit they grant is there for the invoices issued with them.
    QList<Document> drafts;
    for (DocumentId id : ids) {
        Result<Document> draft = m_invoices.document(id);
        if (!draft)
            return draft.error();
        drafts.append(std::move(draft).value());
    }
    std::stable_sort(drafts.begin(), drafts.end(), [](const Document& a, const Document& b) {
        if (a.kind != b.kind)
            return a.kind == DocumentKind::CreditNote;
        return a.date != b.date ? a.date < b.date : a.id.value < b.id.value;
    });
    QList<Document> issued;
    for (const Document& draft : drafts) {
        Result<Document> doc = issueOne(draft.id, day, true);
        if (!doc) {
            const QString what = tr("Document of %1 for customer %2")
                                     .arg(QLocale().toString(draft.date, QLocale::ShortFormat))
                                     .arg(draft.customerId.value);
            return Error(doc.error().code, QStringLiteral("%1: %2").arg(what, doc.error().message));
        }
        issued.append(std::move(doc).value());
    }
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return issued;
}

// Credit notes -----------------------------------------------------------------------------------

Result<Document> InvoiceService::buildCredit(const CreditRequest& request, QDate day)
{
    Result<Document> invoice = m_invoices.document(request.invoiceId);
    if (!invoice)
        return invoice.error();
    Result<QList<Document>> earlier = m_invoices.creditNotesFor(invoice->id);
    if (!earlier)
        return earlier.error();
    Result<Document> draft = CreditNoteBuilder::draft(*invoice, *earlier, request, day);
    if (!draft)
        return draft.error();
    draft->createdAt = m_clock.now();
    const qint64 remaining = CreditNoteBuilder::uncreditedMinor(*invoice, *earlier);
    Result<IssueContext> context = issueContext(*draft);
    if (!context)
        return context.error();
    // BILLING.md §8: a credit note that would overshoot the invoice (in all or in one of its tax groups)
    // by rounding is reduced by that cent: trim its largest line there one minor unit at a time.
    for (int step = 0;; ++step) {
        Result<Document> taxed = DocumentIssuer::prepare(*draft, *context, day);
        if (!taxed)
            return taxed.error();
        qsizetype trimLine = -1;
        const qint64 over = CreditNoteBuilder::overshoot(*invoice, *earlier, *taxed, trimLine);
        if (over <= 0)
            return draft;
        if (step >= kMaxTrimSteps || over > qint64(taxed->taxes.size()) || trimLine < 0) {
            return Error(ErrorCode::Invalid,
                         tr("The credit note would credit %1, more than the %2 of invoice %3 left to credit (in all "
                            "or at one of its VAT rates).")
                             .arg(Money(-taxed->total.minorUnits(), invoice->currency).toPlainString(),
                                  Money(remaining, invoice->currency).toPlainString(), invoice->number));
        }
        billing::DocumentLine& largest = draft->lines[trimLine];
        largest.item.amount = Money(largest.item.amount.minorUnits() + 1, invoice->currency);
        largest.item.quantity = 1;
        largest.unitPriceMinor.reset();
        largest.item.derivation += tr(" (reduced by %1 so the credit stays within the invoice)")
                                       .arg(Money(1, invoice->currency).toPlainString());
        draft->total = Money(draft->total.minorUnits() + 1, invoice->currency);
    }
}

Result<Document> InvoiceService::previewCredit(const CreditRequest& request)
{
    const QDate day = request.issueDate.isValid() ? request.issueDate : m_clock.today();
    Result<Document> draft = buildCredit(request, day);
    if (!draft)
        return draft.error();
    return prepareIssue(*draft, day, false);
}

Result<Document> InvoiceService::credit(const CreditRequest& request)
{
    const QDate day = request.issueDate.isValid() ? request.issueDate : m_clock.today();
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<Document> draft = buildCredit(request, day);
    if (!draft)
        return draft.error();
    Result<QList<Document>> stored = m_documents.insertDocuments({*draft});
    if (!stored)
        return stored.error();
    Result<Document> issued = issueOne(stored->first().id, day, false);
    if (!issued)
        return issued.error();
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return issued;
}

// After issuing ----------------------------------------------------------------------------------

Status InvoiceService::markUncollectible(DocumentId id)
{
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<Document> doc = m_invoices.document(id);
    if (!doc)
        return doc.error();
    if (doc->kind != DocumentKind::Invoice || doc->state != DocumentState::Issued)
        return Error(ErrorCode::Invalid, tr("Only an issued invoice can be written off as uncollectible."));
    if (doc->balance().minorUnits() <= 0)
        return Error(ErrorCode::Invalid, tr("Invoice %1 has nothing left to collect.").arg(doc->number));
    if (Status s = m_invoices.setState(id, DocumentState::Uncollectible); !s)
        return s;
    return (*unit)->commit();
}

Result<Money> InvoiceService::applyCredit(DocumentId invoiceId, std::optional<qint64> amountMinor)
{
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<Document> doc = m_invoices.document(invoiceId);
    if (!doc)
        return doc.error();
    if (doc->kind != DocumentKind::Invoice || !doc->isIssued())
        return Error(ErrorCode::Invalid, tr("Credit can only be applied to an issued invoice."));
    if (amountMinor && *amountMinor <= 0)
        return Error(ErrorCode::Invalid, tr("The amount of credit to apply must be more than zero."));
    if (doc->balance().minorUnits() <= 0)
        return Error(ErrorCode::Invalid, tr("Invoice %1 has nothing left to pay.").arg(doc->number));
    Result<Money> applied = applyAvailableCredit(*doc, amountMinor);
    if (!applied)
        return applied;
    if (applied->isZero()) {
        return Error(ErrorCode::Invalid, tr("The customer has no credit in %1 to apply.").arg(doc->currency.code()));
    }
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return applied;
}

} // namespace subdesk::invoicing
