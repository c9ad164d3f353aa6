#pragma once

#include "company/BankAccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

class FieldIssueLabel;

/**
 * Adds or edits a bank account of the company. Checks the IBAN and BIC as they are typed; OK saves
 * through CompanyService and keeps the dialog open with the reason when the service refuses.
 */
class BankAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    BankAccountDialog(company::CompanyService& service, const company::BankAccount& account, QWidget* parent = nullptr);

    /** The account as stored once the dialog was accepted. */
    const company::BankAccount& saved() const { return m_saved; }
    company::BankAccount account() const;

    void accept() override;

private:
    /** Shows the issues; true when there is no error. */
    bool check(bool all);

    company::CompanyService& m_service;
    company::BankAccount m_base;
    company::BankAccount m_saved;
    bool m_showAll = false;
    bool m_ibanTouched = false;
    bool m_bicTouched = false;

    QLineEdit* m_label = nullptr;
    QLineEdit* m_bank = nullptr;
    QLineEdit* m_iban = nullptr;
    QLineEdit* m_bic = nullptr;
    QComboBox* m_currency = nullptr;
    QCheckBox* m_default = nullptr;
    FieldIssueLabel* m_labelIssue = nullptr;
    FieldIssueLabel* m_ibanIssue = nullptr;
    FieldIssueLabel* m_bicIssue = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace subdesk::ui
