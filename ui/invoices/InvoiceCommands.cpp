#include "InvoiceCommands.h"

#include "CreditNoteDialog.h"
#include "InvoiceDetailPane.h"
#include "InvoicePrompts.h"
#include "IssueDialog.h"
#include "ManualInvoiceDialog.h"
#include "RecordPaymentDialog.h"
#include "common/Clock.h"
#include "invoicing/InvoiceService.h"
#include "money/MoneyFormat.h"
#include "storage/CompanyFile.h"
#include "widgets/BusyCursor.h"
#include "widgets/Plural.h"

namespace subdesk::ui {

using billing::DocumentKind;

InvoiceCommands::InvoiceCommands(storage::CompanyFile& company, const Clock& clock, InvoiceDetailPane& detail,
                                 QWidget* page)
    : QObject(page)
    , m_company(company)
    , m_clock(clock)
    , m_detail(detail)
    , m_page(page)
{ }

std::optional<billing::Document> InvoiceCommands::current(Needs needs)
{
    auto document = m_detail.readDocument();
    if (!document)
        return std::nullopt;
    const bool fits = needs == Needs::Draft
        ? !document->isIssued()
        : document->isIssued() && (needs == Needs::Issued || document->kind == DocumentKind::Invoice);
    if (!fits)
        return std::nullopt;
    Q_EMIT activationRequested();
    return document;
}

void InvoiceCommands::reportError(const QString& message)
{
    Q_EMIT messageRequested(message, MessageBar::Kind::Error);
}

void InvoiceCommands::writeManualInvoice(DocumentId draft, std::optional<CustomerId> customer)
{
    ManualInvoiceDialog dialog(m_company.invoices(), m_company.customers(), m_clock.today(), draft, customer, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const billing::Document& written = dialog.document();
    Q_EMIT changed(written.id,
                   written.isIssued() ? tr("Invoice %1 issued.").arg(written.number) : tr("Draft invoice saved."));
}

void InvoiceCommands::newInvoice()
{
    Q_EMIT activationRequested();
    const std::optional<billing::Document>& shown = m_detail.document();
    writeManualInvoice({}, shown ? std::optional<CustomerId>(shown->customerId) : std::nullopt);
}

void InvoiceCommands::editDraft()
{
    if (const auto document = current(Needs::Draft))
        writeManualInvoice(document->id, std::nullopt);
}

void InvoiceCommands::issueDocument()
{
    const auto document = current(Needs::Draft);
    if (!document)
        return;
    IssueDialog dialog(m_company.invoices(), document->id, m_clock.today(), m_page);
    if (dialog.exec() != QDialog::Accepted || !dialog.issued())
        return;
    const billing::Document& issued = *dialog.issued();
    Q_EMIT changed(issued.id, tr("%1 %2 issued.").arg(billing::documentKindName(issued.kind), issued.number));
}

void InvoiceCommands::issueAllDrafts()
{
    Q_EMIT activationRequested();
    const QDate today = m_clock.today();
    auto ids = m_company.invoices().draftIds(today);
    if (!ids) {
        reportError(ids.error().message);
        return;
    }
    if (ids->isEmpty()) {
        Q_EMIT messageRequested(tr("There are no drafts dated up to today to issue."), MessageBar::Kind::Information);
        return;
    }
    if (!InvoicePrompts::confirmIssueAll(m_page, ids->size(), today))
        return;
    Result<QList<billing::Document>> issued = [&] {
        BusyCursor busy;
        return m_company.invoices().issueAll(*ids, today);
    }();
    if (!issued) {
        reportError(tr("No draft was issued: %1").arg(issued.error().message));
        return;
    }
    QString message = pluralized(tr("%Ln document(s) issued", nullptr, int(issued->size())), issued->size());
    if (!issued->isEmpty())
        message = tr("%1: %2 to %3.").arg(message, issued->constFirst().number, issued->constLast().number);
    Q_EMIT changed(issued->isEmpty() ? DocumentId() : issued->constFirst().id, message);
}

void InvoiceCommands::recordPayment()
{
    const auto document = current(Needs::IssuedInvoice);
    if (!document)
        return;
    RecordPaymentDialog dialog(m_company.payments(), m_company.invoices(), m_company.customers(), m_clock.today(),
                               document->customerId, document->id, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const invoicing::Payment& payment = dialog.payment();
    Q_EMIT changed(document->id, tr("Payment of %1 recorded.").arg(moneyformat::format(payment.amount, QLocale())));
}

void InvoiceCommands::creditDocument()
{
    const auto document = current(Needs::IssuedInvoice);
    if (!document)
        return;
    CreditNoteDialog dialog(m_company.invoices(), document->id, m_clock.today(), m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const billing::Document& note = dialog.creditNote();
    Q_EMIT changed(document->id, tr("Credit note %1 issued against %2.").arg(note.number, document->number));
}

void InvoiceCommands::markUncollectible()
{
    const auto document = current(Needs::Issued);
    if (!document || !InvoicePrompts::confirmUncollectible(m_page, *document))
        return;
    if (auto marked = m_company.invoices().markUncollectible(document->id); !marked) {
        reportError(marked.error().message);
        return;
    }
    Q_EMIT changed(document->id, tr("Invoice %1 marked uncollectible.").arg(document->number));
}

void InvoiceCommands::applyCustomerCredit()
{
    const auto document = current(Needs::Issued);
    if (!document)
        return;
    auto applied = m_company.invoices().applyCredit(document->id);
    if (!applied) {
        reportError(applied.error().message);
        return;
    }
    Q_EMIT changed(
        document->id,
        tr("Applied %1 of customer credit to %2.").arg(moneyformat::format(*applied, QLocale()), document->number));
}

void InvoiceCommands::deleteDraft()
{
    const auto document = current(Needs::Draft);
    if (!document || !InvoicePrompts::confirmDeleteDraft(m_page, *document))
        return;
    if (auto deleted = m_company.invoices().deleteDraft(document->id); !deleted) {
        reportError(deleted.error().message);
        return;
    }
    // Shown no more before the list is read again, which would look for it.
    m_detail.showDocument({});
    Q_EMIT changed({}, tr("Draft deleted."));
}

} // namespace subdesk::ui
