#include "BankAccountsPage.h"

#include "BankAccountDialog.h"
#include "company/CompanyService.h"
#include "customers/Customer.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace subdesk::ui {

using company::BankAccount;

BankAccountsPage::BankAccountsPage(company::CompanyService& service, QWidget* parent)
    : SettingsPage(tr("Bank accounts"),
                   tr("Where customers pay by transfer. A document shows the default account of its currency, "
                      "else the default account for any currency."),
                   parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("bankAccountsPage"));

    m_table = newTable(ColumnCount, LabelColumn, QStringLiteral("bankAccountsTable"), this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Bank"), tr("IBAN"), tr("BIC"), tr("Currency"), tr("Default")});
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_archive = new QPushButton(tr("Archive"), this);
    m_archive->setObjectName(QStringLiteral("bankArchiveButton"));
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_showArchived->setObjectName(QStringLiteral("bankShowArchivedCheck"));

    auto* buttons = newListButtons(QStringLiteral("bank"), &m_add, &m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(m_showArchived);
    content()->addLayout(buttons);
    content()->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &BankAccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &BankAccountsPage::editAccount);
    connect(m_archive, &QPushButton::clicked, this, &BankAccountsPage::toggleArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, &BankAccountsPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BankAccountsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BankAccountsPage::editAccount);
    reload();
}

void BankAccountsPage::reload()
{
    const std::optional<BankAccount> selected = selectedAccount();
    auto accounts = m_service.bankAccounts();
    if (!accounts) {
        Q_EMIT messageRequested(tr("The bank accounts could not be read: %1").arg(accounts.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    m_all = *accounts;
    m_shown.clear();
    for (const BankAccount& account : std::as_const(m_all)) {
        if (!account.archived || m_showArchived->isChecked())
            m_shown.append(account);
    }

    m_table->setRowCount(int(m_shown.size()));
    const QColor archivedText = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_shown.size(); ++row) {
        const BankAccount& a = m_shown.at(row);
        const QString label = a.archived ? tr("%1 (archived)").arg(a.label) : a.label;
        const QStringList cells = {label,
                                   a.bankName,
                                   customers::formatIban(a.iban),
                                   a.bic,
                                   a.currency.isEmpty() ? tr("Any") : a.currency,
                                   a.isDefault ? tr("Default") : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.id);
            if (column == IbanColumn || column == BicColumn) {
                QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
                item->setFont(mono);
            }
            if (a.archived)
                item->setForeground(archivedText);
            m_table->setItem(row, column, item);
        }
    }
    if (m_shown.isEmpty()) {
        m_table->setRowCount(0);
        m_table->setToolTip(tr("No bank accounts yet: add the one customers pay to."));
    } else {
        m_table->setToolTip(QString());
    }
    if (selected)
        selectAccount(selected->id);
    updateButtons();
}

std::optional<BankAccount> BankAccountsPage::selectedAccount() const
{
    const int row = selectedRow(m_table, m_shown.size());
    if (row < 0)
        return std::nullopt;
    return m_shown.at(row);
}

void BankAccountsPage::selectAccount(qint64 id)
{
    selectRowWithId(m_table, id);
}

void BankAccountsPage::updateButtons()
{
    const std::optional<BankAccount> selected = selectedAccount();
    m_edit->setEnabled(selected.has_value());
    m_archive->setEnabled(selected.has_value());
    m_archive->setText(selected && selected->archived ? tr("Restore") : tr("Archive"));
}

void BankAccountsPage::addAccount()
{
    BankAccount account;
    // The first account is the one documents print.
    account.isDefault = std::none_of(m_all.cbegin(), m_all.cend(), [](const BankAccount& a) { return !a.archived; });
    BankAccountDialog dialog(m_service, account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAccount(dialog.saved().id);
    Q_EMIT messageRequested(tr("Added the bank account %1.").arg(dialog.saved().label), MessageBar::Kind::Positive);
}

void BankAccountsPage::editAccount()
{
    const std::optional<BankAccount> selected = selectedAccount();
    if (!selected)
        return;
    BankAccountDialog dialog(m_service, *selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAccount(dialog.saved().id);
    Q_EMIT messageRequested(tr("Saved the bank account %1.").arg(dialog.saved().label), MessageBar::Kind::Positive);
}

void BankAccountsPage::toggleArchived()
{
    std::optional<BankAccount> selected = selectedAccount();
    if (!selected)
        return;
    selected->archived = !selected->archived;
    if (selected->archived)
        selected->isDefault = false;
    auto saved = m_service.saveBankAccount(*selected);
    if (!saved) {
        Q_EMIT messageRequested(
            tr("The bank account %1 was not changed: %2").arg(selected->label, saved.error().message),
            MessageBar::Kind::Error);
        return;
    }
    reload();
    Q_EMIT messageRequested(saved->archived
                                ? tr("Archived the bank account %1; documents no longer show it.").arg(saved->label)
                                : tr("Restored the bank account %1.").arg(saved->label),
                            MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
