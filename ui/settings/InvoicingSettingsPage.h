#pragma once

#include "SettingsPage.h"
#include "company/InvoicingSettings.h"

#include <QStringList>

class QCheckBox;
class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

/**
 * Settings → Invoicing: which currencies' price lists are entered with VAT included (BILLING.md §8:
 * one price list per currency) and whether issuing an invoice applies the customer's credit at
 * once. Each change is saved as it is made.
 */
class InvoicingSettingsPage final : public SettingsPage
{
    Q_OBJECT

public:
    /** currenciesInUse: those of the catalog's prices, listed first and marked. */
    InvoicingSettingsPage(company::CompanyService& service, const QStringList& currenciesInUse,
                          QWidget* parent = nullptr);

    void reload() override;
    void setCurrenciesInUse(const QStringList& currencies);

    /** Currencies listed without being in use or tax-inclusive. */
    static QStringList commonCurrencies();

public Q_SLOTS:
    /** Lists the currency chosen in the "add" box (unticked) so it can be ticked. */
    void addCurrency();

private:
    void fillList();
    void currencyToggled(QListWidgetItem* item);
    void save(const company::InvoicingSettings& settings);

    company::CompanyService& m_service;
    company::InvoicingSettings m_settings;
    QStringList m_inUse;
    QStringList m_added;
    bool m_filling = false;
    QListWidget* m_currencies = nullptr;
    QComboBox* m_addCombo = nullptr;
    QPushButton* m_addButton = nullptr;
    QCheckBox* m_applyCredit = nullptr;
};

} // namespace subdesk::ui
