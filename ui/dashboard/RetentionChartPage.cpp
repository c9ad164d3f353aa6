#include "RetentionChartPage.h"

#include "ChartCsv.h"
#include "ChartSupport.h"
#include "DashboardFormat.h"

namespace subdesk::ui {

RetentionChartPage::RetentionChartPage(QWidget* parent)
    : RateChartPage(
        QStringLiteral("retention"),
        tr("Over the 12 months ending with each month, for the customers paying the day before: NRR = (their "
           "MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a "
           "point for those customers."),
        parent)
{ }

void RetentionChartPage::showResult(const DashboardResult& result)
{
    DrillDownRequest cohort;
    cohort.kind = DrillDownRequest::Kind::Cohort;
    showLines(result, tr("Trailing 12 months"),
              {{tr("NRR"), charts::colour::nrr, &metrics::MonthFigures::nrr, cohort},
               {tr("GRR"), charts::colour::grr, &metrics::MonthFigures::grr, cohort}});
}

QByteArray RetentionChartPage::csv() const
{
    ChartCsv csv({tr("Month"), tr("NRR (%)"), tr("GRR (%)")});
    for (const metrics::MonthFigures& month : report().months) {
        csv.addRow({DashboardFormat::plainMonth(month.month), DashboardFormat::plainPercent(month.nrr),
                    DashboardFormat::plainPercent(month.grr)});
    }
    return csv.bytes();
}

} // namespace subdesk::ui
