#pragma once

#include "ChartPage.h"

#include <QColor>

namespace subdesk::ui {

/**
 * A dashboard tab of rates in percent per month, one line per rate (churn, retention). A month
 * without a rate leaves a gap in its line; clicking a point asks for the rows behind that line's
 * figure in that month.
 */
class RateChartPage : public ChartPage
{
    Q_OBJECT

public:
    using ChartPage::ChartPage;

protected:
    /** One line: its name and colour, the rate it draws, and what a click on it opens (its kind and
     *  movement; the month and the figure's name are filled in from the point clicked). */
    struct Line
    {
        QString name;
        QColor colour;
        std::optional<metrics::Ratio> metrics::MonthFigures::*rate = nullptr;
        DrillDownRequest drillDown;
    };

    /** Keeps result's report and draws lines over its months on a percent axis titled axisTitle. */
    void showLines(const DashboardResult& result, const QString& axisTitle, const QList<Line>& lines);
    const metrics::MetricsReport& report() const { return m_report; }

private:
    metrics::MetricsReport m_report;
};

} // namespace subdesk::ui
