#pragma once

#include "ChartPage.h"

namespace subdesk::ui {

/**
 * Logo churn, gross MRR churn and net MRR churn per month in percent (BILLING.md §10). Months
 * whose start has no paying customer or no MRR have no rate: the lines leave a gap. A point on
 * logo churn opens the churned customers, on the MRR rates all of the month's movements.
 */
class ChurnChartPage final : public ChartPage
{
    Q_OBJECT

public:
    explicit ChurnChartPage(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result) override;
    QByteArray csv() const override;

private:
    void requestMovements(double x, std::optional<metrics::MovementKind> kind, const QString& figureName);

    metrics::MetricsReport m_report;
};

} // namespace subdesk::ui
