#pragma once

#include "billing/Document.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

class DocumentLinesTree;

/**
 * Confirms issuing a draft. Shows what issuing on the chosen day gives (InvoiceService::previewIssue):
 * the number, the customer, the due date, the tax per rate and the totals, and says that the
 * document can no longer be changed afterwards. Issue writes it; a refusal is shown in the dialog,
 * which stays open.
 */
class IssueDialog final : public QDialog
{
    Q_OBJECT

public:
    IssueDialog(invoicing::InvoiceService& service, DocumentId draft, QDate today, QWidget* parent = nullptr);

    /** The issued document, once Issue succeeded. */
    const std::optional<billing::Document>& issued() const { return m_issued; }
    /** The preview shown now (none when the draft cannot be issued on the chosen day). */
    const std::optional<billing::Document>& preview() const { return m_preview; }
    QDateEdit* issueDateEdit() const { return m_date; }

    void accept() override;

private:
    void updatePreview();

    invoicing::InvoiceService& m_service;
    DocumentId m_draft;
    std::optional<billing::Document> m_preview;
    std::optional<billing::Document> m_issued;
    QDateEdit* m_date = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_customer = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_error = nullptr;
    QTreeWidget* m_taxes = nullptr;
    DocumentLinesTree* m_lines = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace subdesk::ui
