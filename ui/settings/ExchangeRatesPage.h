#pragma once

#include "SettingsPage.h"
#include "metrics/FxTable.h"
#include "metrics/MetricsRepository.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace subdesk::metrics {
class MetricsService;
}

namespace subdesk::ui {

class FieldIssueLabel;

/**
 * Settings → Metrics: on top the reporting currency the dashboards and `subdesk-cli metrics` report
 * in and the gross margin CLV is multiplied by; below, the monthly exchange rates other currencies
 * convert at (BILLING.md §10), one row per month and currency with its meaning ("1 SEK =
 * 0.08731200 EUR"), optionally of one currency. Add and Edit open a dialog, Remove asks first, Import CSV reads a file
 * with month, currency, rate and stores all rows or none, listing every bad row with its line.
 */
class ExchangeRatesPage final : public SettingsPage
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        CurrencyColumn,
        RateColumn,
        MeaningColumn,
        ColumnCount,
    };

    /** today: from the company's clock; a new rate starts in its month. */
    ExchangeRatesPage(metrics::MetricsService& service, QDate today, QWidget* parent = nullptr);

    void reload() override;
    const QList<metrics::FxRate>& shownRates() const { return m_rates; }
    const metrics::MetricsSettings& settings() const { return m_settings; }

public Q_SLOTS:
    void saveSettings();
    void addRate();
    void editRate();
    void removeRate();
    /** Asks for a CSV file, then importFile(). */
    void importCsv();
    /** Imports the rates of a CSV file, all or none; problems are listed on the page. */
    bool importFile(const QString& path);

private:
    /** Says in the message bar which rate was saved. */
    void announceSaved(const metrics::FxRate& rate);
    void fillSettings();
    void fillCurrencyFilter();
    void fillTable();
    void updateButtons();
    bool checkMargin(bool shown);
    std::optional<metrics::FxRate> selectedRate() const;
    void selectRate(const metrics::FxRate& rate);

    metrics::MetricsService& m_service;
    QDate m_today;
    metrics::MetricsSettings m_settings;
    QList<metrics::FxRate> m_all;
    QList<metrics::FxRate> m_rates; ///< shown: the filter's currency, or all

    QComboBox* m_currency = nullptr;
    QLineEdit* m_margin = nullptr;
    FieldIssueLabel* m_marginIssue = nullptr;
    QPushButton* m_save = nullptr;
    QComboBox* m_currencyFilter = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace subdesk::ui
