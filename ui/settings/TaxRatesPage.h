#pragma once

#include "SettingsPage.h"
#include "tax/TaxRate.h"

#include <QDate>

#include <optional>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

/**
 * Settings → Tax rates: the VAT rates per country and class with their validity, grouped by
 * country. A country filter and "Show expired" narrow the table; Add and Edit open a dialog,
 * Remove asks first. Refusals of CompanyService (an overlapping rate, say) are shown.
 */
class TaxRatesPage final : public SettingsPage
{
    Q_OBJECT

public:
    enum Column
    {
        CountryColumn,
        ClassColumn,
        NameColumn,
        RateColumn,
        FromColumn,
        ToColumn,
        ColumnCount,
    };

    /** today: from the company's clock; decides which rates have expired. */
    TaxRatesPage(company::CompanyService& service, QDate today, QWidget* parent = nullptr);

    void reload() override;
    const QList<tax::TaxRate>& shownRates() const { return m_shown; }

public Q_SLOTS:
    void addRate();
    void editRate();
    void removeRate();

private:
    void fillCountryFilter();
    void fillTable();
    std::optional<tax::TaxRate> selectedRate() const;
    void selectRate(qint64 id);
    void updateButtons();

    company::CompanyService& m_service;
    QDate m_today;
    QList<tax::TaxRate> m_all;
    QList<tax::TaxRate> m_shown;
    QComboBox* m_countryFilter = nullptr;
    QCheckBox* m_showExpired = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace subdesk::ui
