#pragma once

#include "ChartPage.h"

namespace subdesk::ui {

/**
 * MRR at each month's end as a line (left axis) over the month's movements as stacked bars
 * (right axis): new, reactivation and expansion up, contraction and churn down. A bar opens the
 * customers behind that movement, a point the customers paying at that month's end.
 */
class MrrChartPage final : public ChartPage
{
    Q_OBJECT

public:
    explicit MrrChartPage(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result) override;
    QByteArray csv() const override;

private:
    metrics::MetricsReport m_report;
};

} // namespace subdesk::ui
