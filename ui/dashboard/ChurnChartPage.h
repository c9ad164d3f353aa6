#pragma once

#include "RateChartPage.h"

namespace subdesk::ui {

/**
 * Logo churn, gross MRR churn and net MRR churn per month in percent (BILLING.md §10). Months
 * whose start has no paying customer or no MRR have no rate: the lines leave a gap. A point on
 * logo churn opens the churned customers, on the MRR rates all of the month's movements.
 */
class ChurnChartPage final : public RateChartPage
{
    Q_OBJECT

public:
    explicit ChurnChartPage(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result) override;
    QByteArray csv() const override;
};

} // namespace subdesk::ui
