#pragma once

#include "billing/Document.h"
#include "invoicing/InvoiceService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace subdesk::ui {

class FieldIssueLabel;
class MoneyEdit;

/**
 * Credits an issued invoice: all of what is left uncredited, chosen lines (an amount per line,
 * never more than the line has left) or a gross amount spread over the lines, with a reason.
 * The credit note the service would issue is shown live (lines, tax per rate, total), with a note
 * when the cap of BILLING.md §8 reduced it ("capped by 0.01"). OK issues it.
 */
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    enum LineColumn
    {
        LineDescriptionColumn,
        LineAmountColumn,
        LineUncreditedColumn,
        LineCreditColumn,
        LineColumnCount
    };

    CreditNoteDialog(invoicing::InvoiceService& invoices, DocumentId invoice, QDate today, QWidget* parent = nullptr);

    /** The request as the form stands, or what is wrong with it. */
    Result<invoicing::CreditRequest> request() const;
    /** The preview's summary: tax per rate, total, and the cap note; or the refusal. */
    QString summaryText() const;
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* previewTable() const { return m_preview; }
    /** What is left to credit on the whole line (the service's cap), in the invoice's price-list terms;
     *  -1 when the whole line no longer fits in what the invoice has left. */
    qint64 uncreditedMinor(int row) const { return m_uncredited.value(row); }
    /** The credit note OK issued. */
    const billing::Document& creditNote() const { return m_creditNote; }

public Q_SLOTS:
    void accept() override;

private:
    void buildLayout();
    void load();
    void scopeChanged();
    void refreshPreview();
    /** What the request asked for, to tell whether the cap reduced it (nullopt: the whole rest). */
    std::optional<qint64> requestedMinor(const invoicing::CreditRequest& request) const;

    invoicing::InvoiceService& m_invoices;
    DocumentId m_invoiceId;
    QDate m_today;
    billing::Document m_invoice;
    bool m_loaded = false;
    QLabel* m_header = nullptr;
    QRadioButton* m_full = nullptr;
    QRadioButton* m_byLines = nullptr;
    QRadioButton* m_byAmount = nullptr;
    MoneyEdit* m_amount = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    FieldIssueLabel* m_issues = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QList<qint64> m_uncredited; ///< per line row, as uncreditedMinor()
    billing::Document m_creditNote;
};

} // namespace subdesk::ui
