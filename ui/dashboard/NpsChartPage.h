#pragma once

#include "ChartPage.h"

namespace subdesk::ui {

/**
 * NPS per month and over the trailing 90 days as lines (left axis, −100 to +100) over the split
 * of each month's answers into promoters, passives and detractors as 100 % bars (right axis).
 * Months without answers have no NPS: a gap, never 0. A bar opens that group's answers, a point
 * the answers behind it.
 */
class NpsChartPage final : public ChartPage
{
    Q_OBJECT

public:
    explicit NpsChartPage(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result) override;
    QByteArray csv() const override;

private:
    void request(int index, bool trailing90, std::optional<surveys::NpsGroup> group);

    QList<surveys::SurveyMonth> m_months;
};

} // namespace subdesk::ui
