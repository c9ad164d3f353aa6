#include "ChurnChartPage.h"

#include "ChartCsv.h"
#include "ChartSupport.h"
#include "DashboardFormat.h"

namespace subdesk::ui {

ChurnChartPage::ChurnChartPage(QWidget* parent)
    : RateChartPage(QStringLiteral("churn"),
                    tr("Logo churn: customers lost ÷ customers paying at the month's start. Gross MRR churn: (churn + "
                       "contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a "
                       "point for the customers behind it."),
                    parent)
{ }

void ChurnChartPage::showResult(const DashboardResult& result)
{
    DrillDownRequest churned;
    churned.kind = DrillDownRequest::Kind::Movements;
    churned.movement = metrics::MovementKind::Churn;
    DrillDownRequest allMovements;
    allMovements.kind = DrillDownRequest::Kind::Movements;
    showLines(result, tr("Rate per month"),
              {{tr("Logo churn"), charts::colour::churn, &metrics::MonthFigures::logoChurn, churned},
               {tr("Gross MRR churn"), charts::colour::grossChurn, &metrics::MonthFigures::grossMrrChurn, allMovements},
               {tr("Net MRR churn"), charts::colour::netChurn, &metrics::MonthFigures::netMrrChurn, allMovements}});
}

QByteArray ChurnChartPage::csv() const
{
    ChartCsv csv({tr("Month"), tr("Paying customers at start"), tr("Churned customers"), tr("Logo churn (%)"),
                  tr("Gross MRR churn (%)"), tr("Net MRR churn (%)")});
    for (const metrics::MonthFigures& month : report().months) {
        csv.addRow({DashboardFormat::plainMonth(month.month), QString::number(month.payingStart),
                    QString::number(month.churnedCustomers), DashboardFormat::plainPercent(month.logoChurn),
                    DashboardFormat::plainPercent(month.grossMrrChurn),
                    DashboardFormat::plainPercent(month.netMrrChurn)});
    }
    return csv.bytes();
}

} // namespace subdesk::ui
