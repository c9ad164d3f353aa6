#pragma once

#include "billing/Document.h"
#include "invoicing/Payment.h"

#include <QWidget>

#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::invoicing {
class InvoiceService;
class PaymentService;
} // namespace subdesk::invoicing

namespace subdesk::ui {

class DocumentLinesTree;

/**
 * The lower part of the invoices page: the current document's header (number, status, dates,
 * supply period, customer, the invoice a credit note corrects) and amounts, with tabs for its
 * lines and their derivations, the tax per rate, the payments allocated to it and the credit notes
 * against it. A draft shows what issuing it today would give (InvoiceService::previewIssue): its
 * number, tax and total, so the clerk sees them before issuing.
 */
class InvoiceDetailPane final : public QWidget
{
    Q_OBJECT

public:
    InvoiceDetailPane(invoicing::InvoiceService& invoices, invoicing::PaymentService& payments, const Clock& clock,
                      QWidget* parent = nullptr);

    /** Buttons for these actions under the title (the view's actions, enabled by status). */
    void setActions(const QList<QAction*>& actions);
    /** Shows a document (read again from the service); an invalid id clears the pane. */
    void showDocument(DocumentId id);
    void refresh() { showDocument(m_id); }
    DocumentId documentId() const { return m_id; }
    /** The document shown (for a draft: as stored, not the preview). */
    const std::optional<billing::Document>& document() const { return m_document; }
    /** The shown document read again from the service (payments and the CLI change documents
     *  elsewhere): nullopt when none is shown, or when it cannot be read, failed() saying why. */
    std::optional<billing::Document> readDocument();
    /** A draft's issue preview, when it could be made. */
    const std::optional<billing::Document>& preview() const { return m_preview; }

    QLabel* title() const { return m_title; }
    QTabWidget* tabs() const { return m_tabs; }
    DocumentLinesTree* lines() const { return m_lines; }
    QTreeWidget* taxes() const { return m_taxes; }
    QTreeWidget* payments() const { return m_payments; }
    QTreeWidget* creditNotes() const { return m_creditNotes; }
    /** The text of a fact, by its object name's suffix ("number", "status", "balance", ...). */
    QString factText(const QString& key) const;

Q_SIGNALS:
    void failed(const QString& message);

private:
    QLabel* addFact(const QString& key, const QString& label);
    void setFact(const QString& key, const QString& value);
    void showEmpty();
    void fillHeader(const billing::Document& document, const billing::Document& shown);
    void fillTaxes(const billing::Document& shown);
    void fillPayments(const billing::Document& document);
    void fillCreditNotes(const billing::Document& document);

    invoicing::InvoiceService& m_invoices;
    invoicing::PaymentService& m_paymentService;
    const Clock& m_clock;
    DocumentId m_id;
    std::optional<billing::Document> m_document;
    std::optional<billing::Document> m_preview;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    QWidget* m_buttonRow = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QList<QPair<QString, QLabel*>> m_facts; ///< key → value label
    QTabWidget* m_tabs = nullptr;
    DocumentLinesTree* m_lines = nullptr;
    QTreeWidget* m_taxes = nullptr;
    QTreeWidget* m_payments = nullptr;
    QTreeWidget* m_creditNotes = nullptr;
};

} // namespace subdesk::ui
