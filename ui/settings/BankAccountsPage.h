#pragma once

#include "SettingsPage.h"
#include "company/BankAccount.h"

#include <optional>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

/**
 * Settings → Bank accounts: the company's accounts printed on documents for payment by transfer.
 * A table (name, bank, IBAN in groups of four, BIC, currency, default), Add and Edit in a dialog,
 * Archive (kept for old documents, no longer printed) and Restore.
 */
class BankAccountsPage final : public SettingsPage
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        BankColumn,
        IbanColumn,
        BicColumn,
        CurrencyColumn,
        DefaultColumn,
        ColumnCount,
    };

    explicit BankAccountsPage(company::CompanyService& service, QWidget* parent = nullptr);

    void reload() override;
    /** The accounts shown, in table order. */
    const QList<company::BankAccount>& shownAccounts() const { return m_shown; }

public Q_SLOTS:
    void addAccount();
    void editAccount();
    /** Archives the selected account, or restores it when it is archived. */
    void toggleArchived();

private:
    std::optional<company::BankAccount> selectedAccount() const;
    void selectAccount(qint64 id);
    void updateButtons();

    company::CompanyService& m_service;
    QList<company::BankAccount> m_all;
    QList<company::BankAccount> m_shown;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
};

} // namespace subdesk::ui
