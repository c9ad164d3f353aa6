#pragma once

#include "invoicing/Statement.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace subdesk::customers {
class CustomerService;
}
namespace subdesk::company {
class CompanyService;
}
namespace subdesk::invoicing {
class PaymentService;
}

namespace subdesk::ui {

class CustomerPicker;
class FieldIssueLabel;

/**
 * A customer's statement of account: choose the customer, currency and period, see the opening
 * balance, the number of entries and the closing balance, and save it as a PDF in the customer's
 * document language.
 */
class StatementDialog final : public QDialog
{
    Q_OBJECT

public:
    StatementDialog(invoicing::PaymentService& payments, customers::CustomerService& customers,
                    company::CompanyService& company, QDate today, std::optional<CustomerId> customer = std::nullopt,
                    QWidget* parent = nullptr);

    /** The statement the form asks for (from the customer's issued documents and payments). */
    Result<invoicing::Statement> statement() const;
    /** Writes the statement's PDF at path. */
    Status savePdf(const QString& path) const;
    QString summaryText() const;
    /** Where the last PDF was saved. */
    QString savedPath() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void customerChanged();
    void refresh();

    invoicing::PaymentService& m_payments;
    company::CompanyService& m_company;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_currency = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    FieldIssueLabel* m_issues = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QString m_saved;
};

} // namespace subdesk::ui
