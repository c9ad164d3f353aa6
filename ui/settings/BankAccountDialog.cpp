#include "BankAccountDialog.h"

#include "SettingsDialogParts.h"
#include "SettingsPage.h"
#include "company/CompanyService.h"
#include "customers/BankIdentifiers.h"
#include "customers/Customer.h"
#include "money/Currency.h"
#include "widgets/FieldIssueLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace subdesk::ui {

BankAccountDialog::BankAccountDialog(company::CompanyService& service, const company::BankAccount& account,
                                     QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_base(account)
{
    setObjectName(QStringLiteral("bankAccountDialog"));
    setWindowTitle(account.id == 0 ? tr("New bank account") : tr("Edit bank account"));
    setMinimumWidth(520);

    m_label = new QLineEdit(account.label, this);
    m_label->setObjectName(QStringLiteral("bankLabelEdit"));
    m_label->setPlaceholderText(tr("Your name for it, e.g. Main EUR account"));
    m_bank = new QLineEdit(account.bankName, this);
    m_bank->setObjectName(QStringLiteral("bankNameEdit"));
    m_iban = new QLineEdit(customers::formatIban(account.iban), this);
    m_iban->setObjectName(QStringLiteral("bankIbanEdit"));
    m_iban->setPlaceholderText(tr("e.g. FI21 1234 5600 0007 85"));
    m_bic = new QLineEdit(account.bic, this);
    m_bic->setObjectName(QStringLiteral("bankBicEdit"));
    m_bic->setPlaceholderText(tr("8 or 11 characters, e.g. NDEAFIHH"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("bankCurrencyCombo"));
    m_currency->addItem(tr("Any currency"), QString());
    for (const QString& code : Currency::allCodes())
        m_currency->addItem(code, code);
    m_currency->setMaxVisibleItems(16);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(account.currency)));
    m_default = new QCheckBox(tr("Print this account on documents by default"), this);
    m_default->setObjectName(QStringLiteral("bankDefaultCheck"));
    m_default->setChecked(account.isDefault);
    m_default->setToolTip(tr("Documents in the account's currency (or any, if it has none) show this account"));

    m_refusal = settingsdialog::newRefusalLabel(QStringLiteral("bankRefusalLabel"), this);

    auto* form = SettingsPage::newForm(nullptr);
    form->addRow(tr("Name"), settingsdialog::withIssue(m_label, &m_labelIssue, this));
    form->addRow(tr("Bank"), m_bank);
    form->addRow(tr("IBAN"), settingsdialog::withIssue(m_iban, &m_ibanIssue, this));
    form->addRow(tr("BIC"), settingsdialog::withIssue(m_bic, &m_bicIssue, this));
    form->addRow(tr("Currency"), m_currency);
    form->addRow(QString(), m_default);

    auto* buttons = settingsdialog::newSaveCancelButtons(this, QStringLiteral("bankButtons"));
    settingsdialog::layOut(this, form, QString(), m_refusal, buttons);

    connect(m_label, &QLineEdit::textEdited, this, [this] { check(false); });
    connect(m_iban, &QLineEdit::textEdited, this, [this] {
        m_ibanTouched = true;
        check(false);
    });
    connect(m_bic, &QLineEdit::textEdited, this, [this] {
        m_bicTouched = true;
        check(false);
    });
    // An existing account shows its problems at once; a new one only once a field was edited.
    check(account.id != 0);
}

company::BankAccount BankAccountDialog::account() const
{
    company::BankAccount a = m_base;
    a.label = m_label->text().trimmed();
    a.bankName = m_bank->text().trimmed();
    a.iban = customers::bank::normalize(m_iban->text());
    a.bic = customers::bank::normalize(m_bic->text());
    a.currency = m_currency->currentData().toString();
    a.isDefault = m_default->isChecked();
    return a;
}

bool BankAccountDialog::check(bool all)
{
    m_showAll = m_showAll || all;
    m_refusal->hide();
    const company::BankAccount a = account();
    QString labelError;
    QString ibanError;
    QString bicError;
    if (a.label.isEmpty())
        labelError = tr("Give the account a name, so you can tell it from the others.");
    if (a.iban.isEmpty())
        ibanError = tr("The IBAN is required: customers pay to it.");
    else
        ibanError = customers::bank::ibanProblem(a.iban);
    if (!a.bic.isEmpty())
        bicError = customers::bank::bicProblem(a.bic);

    settingsdialog::showIssue(m_labelIssue, labelError, m_showAll || !m_label->text().isEmpty() || m_base.id != 0);
    settingsdialog::showIssue(m_ibanIssue, ibanError, m_showAll || m_ibanTouched);
    settingsdialog::showIssue(m_bicIssue, bicError, m_showAll || m_bicTouched);
    return labelError.isEmpty() && ibanError.isEmpty() && bicError.isEmpty();
}

void BankAccountDialog::accept()
{
    if (!check(true))
        return;
    if (settingsdialog::keepSaved(m_service.saveBankAccount(account()), m_saved, m_refusal, tr("Not saved: %1")))
        QDialog::accept();
}

} // namespace subdesk::ui
