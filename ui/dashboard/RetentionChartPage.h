#pragma once

#include "RateChartPage.h"

namespace subdesk::ui {

/**
 * NRR and GRR over the trailing 12 months, per month, in percent. A point opens the customers
 * the rates follow: those paying on the day before the window.
 */
class RetentionChartPage final : public RateChartPage
{
    Q_OBJECT

public:
    explicit RetentionChartPage(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result) override;
    QByteArray csv() const override;
};

} // namespace subdesk::ui
