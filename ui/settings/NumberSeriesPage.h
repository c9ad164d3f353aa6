#pragma once

#include "SettingsPage.h"
#include "company/NumberSeries.h"

#include <QDate>

#include <optional>

class QPushButton;
class QTableWidget;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

/**
 * Settings → Numbering: the series invoices and credit notes are numbered in (kind, name, pattern,
 * yearly reset, default) with the number each would give next today. Add and Edit in a dialog that
 * previews the next number while the pattern is typed.
 */
class NumberSeriesPage final : public SettingsPage
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        PatternColumn,
        YearlyColumn,
        DefaultColumn,
        NextColumn,
        ColumnCount,
    };

    /** today: from the company's clock; the day the "next number" column is for. */
    NumberSeriesPage(company::CompanyService& service, QDate today, QWidget* parent = nullptr);

    void reload() override;
    const QList<company::NumberSeries>& shownSeries() const { return m_series; }

public Q_SLOTS:
    void addSeries();
    void editSeries();

private:
    std::optional<company::NumberSeries> selectedSeries() const;
    void selectSeries(qint64 id);
    void updateButtons();

    company::CompanyService& m_service;
    QDate m_today;
    QList<company::NumberSeries> m_series;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace subdesk::ui
