#pragma once

#include "billing/Document.h"
#include "widgets/SectionView.h"

#include <QCoreApplication>

#include <optional>

class QAction;
class QMenu;
class QToolBar;

namespace subdesk::ui {

/**
 * The actions of the invoices page (New invoice, Edit draft, Issue, Issue all drafts, Record
 * payment, Credit, Mark uncollectible, Apply customer credit, Delete draft, Save PDF, Print, Save
 * UBL, Export documents), where they show (toolbar, context menu, main window menus, the detail's
 * buttons) and which the current document allows. The page connects them to what they do.
 */
class InvoiceActions final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceActions)

public:
    /** Makes the actions and the context menu as children of the page, found there by object name. */
    explicit InvoiceActions(QWidget* page);

    QToolBar* makeToolBar(QWidget* parent) const;
    QMenu* contextMenu() const { return m_contextMenu; }
    QList<QAction*> menuActions(SectionView::Menu menu) const;
    /** The buttons under the detail's title. */
    QList<QAction*> detailActions() const;
    /** Enables what the document allows in its status on the day (nothing but New, Issue all and
     *  Export without one). */
    void enableFor(const std::optional<billing::Document>& document, QDate today);

    QAction* newInvoice() const { return m_new; }
    QAction* editDraft() const { return m_edit; }
    QAction* issue() const { return m_issue; }
    QAction* issueAll() const { return m_issueAll; }
    QAction* recordPayment() const { return m_payment; }
    QAction* credit() const { return m_credit; }
    QAction* uncollectible() const { return m_uncollectible; }
    QAction* applyCredit() const { return m_applyCredit; }
    QAction* deleteDraft() const { return m_delete; }
    QAction* savePdf() const { return m_pdf; }
    QAction* print() const { return m_print; }
    QAction* saveUbl() const { return m_ubl; }
    QAction* exportDocuments() const { return m_export; }

private:
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_issue = nullptr;
    QAction* m_issueAll = nullptr;
    QAction* m_payment = nullptr;
    QAction* m_credit = nullptr;
    QAction* m_uncollectible = nullptr;
    QAction* m_applyCredit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_print = nullptr;
    QAction* m_ubl = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_contextMenu = nullptr;
};

} // namespace subdesk::ui
