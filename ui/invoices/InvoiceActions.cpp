#include "InvoiceActions.h"

#include "widgets/Icons.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

namespace subdesk::ui {

using billing::DocumentKind;
using billing::DocumentStatus;

namespace {

bool collectible(DocumentStatus status)
{
    return status == DocumentStatus::Open || status == DocumentStatus::Overdue
        || status == DocumentStatus::PartiallyPaid;
}

} // namespace

InvoiceActions::InvoiceActions(QWidget* page)
{
    const auto make = [page](const QString& name, const QString& icon, const QString& text, const QString& iconText,
                             const QString& tip) {
        auto* action = icon.isEmpty() ? new QAction(text, page) : new QAction(themeIcon(icon), text, page);
        action->setObjectName(name);
        action->setIconText(iconText);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_new = make(QStringLiteral("newInvoiceAction"), QStringLiteral("add"), tr("&New invoice…"), tr("New…"),
                 tr("Write a manual invoice or a one-off charge"));
    m_edit = make(QStringLiteral("editDraftAction"), QStringLiteral("edit"), tr("&Edit draft…"), tr("Edit…"),
                  tr("Change the lines of the selected manual draft"));
    m_issue = make(QStringLiteral("issueAction"), QStringLiteral("invoices"), tr("&Issue…"), tr("Issue…"),
                   tr("Number the selected draft and make it final"));
    m_issueAll = make(QStringLiteral("issueAllAction"), QString(), tr("Issue &all drafts…"), tr("Issue all drafts…"),
                      tr("Number every draft dated up to today and make them final"));
    m_payment = make(QStringLiteral("recordPaymentAction"), QStringLiteral("payments"), tr("Record &payment…"),
                     tr("Payment…"), tr("Record money received for the selected invoice"));
    m_credit = make(QStringLiteral("creditAction"), QStringLiteral("restore"), tr("&Credit…"), tr("Credit…"),
                    tr("Issue a credit note against the selected invoice"));
    m_uncollectible = make(QStringLiteral("uncollectibleAction"), QString(), tr("Mark &uncollectible…"),
                           tr("Uncollectible…"), tr("Write the selected invoice off as never to be paid"));
    m_applyCredit =
        make(QStringLiteral("applyCreditAction"), QString(), tr("Apply customer cre&dit"), tr("Apply credit"),
             tr("Settle the selected invoice with the customer's credit balance in its currency"));
    m_delete = make(QStringLiteral("deleteDraftAction"), QString(), tr("&Delete draft…"), tr("Delete…"),
                    tr("Delete the selected draft"));
    m_pdf = make(QStringLiteral("savePdfAction"), QString(), tr("Save &PDF…"), tr("PDF…"),
                 tr("Save the selected document as a PDF file"));
    m_print = make(QStringLiteral("printAction"), QString(), tr("P&rint…"), tr("Print…"),
                   tr("Print the selected document, with a preview"));
    m_ubl = make(QStringLiteral("saveUblAction"), QString(), tr("Save &UBL…"), tr("UBL…"),
                 tr("Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)"));
    m_export = make(QStringLiteral("exportDocumentsAction"), QStringLiteral("export"), tr("E&xport documents…"),
                    tr("Export…"), tr("Save the PDF and UBL files of every document issued in a date range"));
    m_print->setShortcut(QKeySequence::Print);

    m_contextMenu = new QMenu(page);
    m_contextMenu->setObjectName(QStringLiteral("invoicesContextMenu"));
    m_contextMenu->addActions({m_issue, m_edit, m_delete});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_payment, m_applyCredit, m_credit, m_uncollectible});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_pdf, m_print, m_ubl});
}

QToolBar* InvoiceActions::makeToolBar(QWidget* parent) const
{
    auto* bar = new QToolBar(parent);
    bar->setObjectName(QStringLiteral("invoicesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_new);
    bar->addAction(m_issue);
    bar->addAction(m_payment);
    bar->addAction(m_credit);
    bar->addSeparator();
    bar->addAction(m_pdf);
    bar->addAction(m_print);
    bar->addAction(m_ubl);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_issueAll);
    bar->addAction(m_export);
    return bar;
}

QList<QAction*> InvoiceActions::menuActions(SectionView::Menu menu) const
{
    if (menu == SectionView::Menu::File)
        return {m_export, m_pdf, m_print, m_ubl};
    return {m_new, m_edit, m_issue, m_issueAll, m_payment, m_applyCredit, m_credit, m_uncollectible, m_delete};
}

QList<QAction*> InvoiceActions::detailActions() const
{
    return {m_issue, m_edit, m_delete, m_payment, m_credit, m_uncollectible, m_pdf, m_print, m_ubl};
}

void InvoiceActions::enableFor(const std::optional<billing::Document>& document, QDate today)
{
    const auto status = document ? std::optional<DocumentStatus>(document->status(today)) : std::nullopt;
    const bool draft = status == DocumentStatus::Draft;
    const bool invoice = document && document->kind == DocumentKind::Invoice;
    const bool issued = document && document->isIssued();
    m_issue->setEnabled(draft);
    m_edit->setEnabled(draft && invoice && !document->runId.isValid());
    m_delete->setEnabled(draft);
    m_payment->setEnabled(invoice && issued && status && collectible(*status));
    m_credit->setEnabled(invoice && issued && status != DocumentStatus::Credited);
    m_uncollectible->setEnabled(invoice && issued && status && collectible(*status));
    m_applyCredit->setEnabled(invoice && issued && status && collectible(*status));
    m_pdf->setEnabled(issued);
    m_print->setEnabled(issued);
    m_ubl->setEnabled(issued);
}

} // namespace subdesk::ui
