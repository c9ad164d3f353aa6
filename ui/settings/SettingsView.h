#pragma once

#include "widgets/SectionView.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

class SettingsPage;

/**
 * The Settings section: a list of pages on the left and the chosen page on the right.
 * General holds the interface language (applies from the next start; "Restart now" starts SubDesk
 * again with the same company) and facts about the open company file with an integrity check. The
 * other pages edit the open company: its profile and logo, bank accounts, tax rates, numbering
 * series, invoicing settings, and the metrics' reporting currency, gross margin and exchange
 * rates. Each page reads its data again when it is shown.
 */
class SettingsView final : public SectionView
{
    Q_OBJECT

public:
    enum class Page
    {
        General,
        Company,
        BankAccounts,
        TaxRates,
        Numbering,
        Invoicing,
        Metrics,
    };

    explicit SettingsView(storage::CompanyFile& company, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    SettingsPage* page(Page page) const;

public Q_SLOTS:
    void checkDatabase();
    void restartNow();

private:
    SettingsPage* buildGeneralPage();
    QWidget* buildLanguageGroup(QWidget* parent);
    QWidget* buildCompanyGroup(QWidget* parent);
    void addPage(Page page, SettingsPage* widget);
    void pageChosen(int row);
    void languageChosen();
    QStringList currenciesInUse() const;

    storage::CompanyFile& m_company;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<SettingsPage*> m_pages;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QPushButton* m_restart = nullptr;
    QList<QLabel*> m_formLabels;
};

} // namespace subdesk::ui
