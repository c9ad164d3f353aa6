#pragma once

#include "invoicing/PaymentService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

class CustomerPicker;
class FieldIssueLabel;
class MoneyEdit;

/**
 * Pays customer credit back: shows the customer's credit per currency, takes the amount (all of
 * it by default), date, method and reference, and refuses more than the credit in the currency
 * before the service would.
 */
class RefundDialog final : public QDialog
{
    Q_OBJECT

public:
    RefundDialog(invoicing::PaymentService& payments, customers::CustomerService& customers, QDate today,
                 std::optional<CustomerId> customer = std::nullopt, QWidget* parent = nullptr);

    /** "Available credit: 25.00 €, 10.00 $" or "No credit to refund." */
    QString availableText() const;
    /** The refusal or hint under the form (empty when OK may refund). */
    QString issueText() const;
    /** The refund OK recorded. */
    const invoicing::Payment& refund() const { return m_refund; }

public Q_SLOTS:
    void accept() override;

private:
    void buildLayout();
    void customerChanged();
    void currencyChanged();
    void validate();
    /** The amount, currency and customer, or what is wrong. */
    Result<Money> checkedAmount() const;

    invoicing::PaymentService& m_payments;
    QDate m_today;
    CustomerPicker* m_customer = nullptr;
    QLabel* m_available = nullptr;
    QComboBox* m_currency = nullptr;
    MoneyEdit* m_amount = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    FieldIssueLabel* m_issues = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QHash<QString, Money> m_credit;
    invoicing::Payment m_refund;
};

} // namespace subdesk::ui
