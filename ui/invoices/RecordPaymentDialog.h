#pragma once

#include "invoicing/PaymentService.h"

#include <QDialog>

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

namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

class CustomerPicker;
class FieldIssueLabel;
class MoneyEdit;

/**
 * Records a payment received: customer, date, amount, currency, method, reference and note, and
 * how it settles the customer's open invoices in that currency. The allocation table lists them
 * oldest due first (the invoice the dialog was opened from first) and fills them from the amount
 * as it is typed; the clerk may change any row. The part left over becomes customer credit, said
 * live from the service's preview, which also explains a refusal (an allocation above an
 * invoice's balance, allocations above the amount) before OK is pressed.
 */
class RecordPaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        DueColumn,
        BalanceColumn,
        ApplyColumn,
        ColumnCount
    };

    /** invoice: the invoice the clerk opened it from (its customer, currency and balance preset). */
    RecordPaymentDialog(invoicing::PaymentService& payments, invoicing::InvoiceService& invoices,
                        customers::CustomerService& customers, QDate today,
                        std::optional<CustomerId> customer = std::nullopt, DocumentId invoice = {},
                        QWidget* parent = nullptr);

    /** The request as the form stands, or what is wrong with it. */
    Result<invoicing::PaymentRequest> request() const;
    /** "Left over as customer credit: 5.00 €", the refusal, or a hint. */
    QString creditText() const;
    QTableWidget* allocationTable() const { return m_allocations; }
    /** The payment OK recorded. */
    const invoicing::Payment& payment() const { return m_payment; }

public Q_SLOTS:
    void accept() override;

private:
    void buildLayout();
    void customerChanged();
    void loadOpenInvoices();
    void amountChanged();
    void autoAllocate();
    void refreshPreview();

    invoicing::PaymentService& m_payments;
    invoicing::InvoiceService& m_invoices;
    QDate m_today;
    DocumentId m_invoice;
    CustomerPicker* m_customer = nullptr;
    QDateEdit* m_date = nullptr;
    MoneyEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_note = nullptr;
    QTableWidget* m_allocations = nullptr;
    QLabel* m_credit = nullptr;
    FieldIssueLabel* m_issues = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QList<qint64> m_balances; ///< per allocation row, minor units
    bool m_filling = false;
    invoicing::Payment m_payment;
};

} // namespace subdesk::ui
