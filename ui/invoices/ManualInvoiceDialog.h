#pragma once

#include "billing/Document.h"
#include "invoicing/InvoiceService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

class CustomerPicker;
class FieldIssueLabel;

/**
 * A manual invoice or one-off charge, new or an existing draft: the customer (searchable), the
 * currency (the customer's unless changed), the date, a note and the lines the clerk types
 * (description, quantity, unit price in the locale, tax class, optional supply period). Each
 * line's net and their sum follow every keystroke; the tax is decided when the invoice is issued
 * (by the customer's country and the rates on that day), so it is not guessed here. OK saves the
 * draft and, with "Issue now", issues it at once.
 */
class ManualInvoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        TaxClassColumn,
        PeriodFromColumn,
        PeriodToColumn,
        NetColumn,
        ColumnCount
    };

    /** draft: the draft to edit (invalid: a new invoice, for customer when given). */
    ManualInvoiceDialog(invoicing::InvoiceService& invoices, customers::CustomerService& customers, QDate today,
                        DocumentId draft = {}, std::optional<CustomerId> customer = std::nullopt,
                        QWidget* parent = nullptr);

    /** The invoice as the form stands, or what is wrong with it (the first problem). */
    Result<invoicing::ManualInvoice> invoice() const;
    /** Every problem of the form, one sentence each (empty: OK may save). */
    QStringList problems() const;
    /** Sum of the lines' nets in the chosen currency (zero when some line cannot be read). */
    Money netTotal() const;

    int lineCount() const;
    /** Appends an empty line and returns its row. */
    int addLine();
    /** Sets a line's fields as the clerk would type them (for tests and scenes). */
    void setLine(int row, const QString& description, int quantity, const QString& unitPrice,
                 tax::TaxClass taxClass = tax::TaxClass::Standard);
    QTableWidget* linesTable() const { return m_lines; }

    /** The draft (or, after "Issue now", the issued invoice) OK wrote. */
    const billing::Document& document() const { return m_document; }

public Q_SLOTS:
    void accept() override;

private:
    void buildLayout();
    void loadDraft();
    void customerChanged();
    void currencyChanged();
    void removeSelectedLines();
    void refresh();
    Result<invoicing::ManualLine> lineAt(int row) const;
    std::optional<Currency> currency() const;

    invoicing::InvoiceService& m_invoices;
    customers::CustomerService& m_customers;
    QDate m_today;
    DocumentId m_draftId;
    std::optional<CustomerId> m_presetCustomer;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_currency = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_removeLine = nullptr;
    QLabel* m_total = nullptr;
    FieldIssueLabel* m_issues = nullptr;
    QCheckBox* m_issueNow = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    billing::Document m_document;
};

} // namespace subdesk::ui
