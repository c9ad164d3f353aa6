#include "ChurnChartPage.h"

#include "ChartCsv.h"
#include "ChartSupport.h"
#include "DashboardFormat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace subdesk::ui {

ChurnChartPage::ChurnChartPage(QWidget* parent)
    : ChartPage(QStringLiteral("churn"),
                tr("Logo churn: customers lost ÷ customers paying at the month's start. Gross MRR churn: (churn + "
                   "contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a "
                   "point for the customers behind it."),
                parent)
{ }

void ChurnChartPage::showResult(const DashboardResult& result)
{
    m_report = result.report;
    setMonths(result.filter.fromMonth, result.filter.toMonth);
    QList<QDate> months;
    QList<std::optional<double>> logo;
    QList<std::optional<double>> gross;
    QList<std::optional<double>> net;
    for (const metrics::MonthFigures& month : std::as_const(m_report.months)) {
        months.append(month.month);
        logo.append(charts::percentOf(month.logoChurn));
        gross.append(charts::percentOf(month.grossMrrChurn));
        net.append(charts::percentOf(month.netMrrChurn));
    }
    QChart* chart = charts::newChart();
    QCategoryAxis* x = charts::monthAxis(months);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = charts::percentAxis({logo, gross, net}, tr("Rate per month"));
    chart->addAxis(y, Qt::AlignLeft);

    const QString logoName = tr("Logo churn");
    for (QLineSeries* line : charts::addGappedLine(chart, logoName, charts::colour::churn, logo, x, y)) {
        connect(line, &QLineSeries::clicked, this, [this, logoName](const QPointF& point) {
            requestMovements(point.x(), metrics::MovementKind::Churn, logoName);
        });
    }
    const QString grossName = tr("Gross MRR churn");
    for (QLineSeries* line : charts::addGappedLine(chart, grossName, charts::colour::grossChurn, gross, x, y)) {
        connect(line, &QLineSeries::clicked, this,
                [this, grossName](const QPointF& point) { requestMovements(point.x(), std::nullopt, grossName); });
    }
    const QString netName = tr("Net MRR churn");
    for (QLineSeries* line : charts::addGappedLine(chart, netName, charts::colour::netChurn, net, x, y)) {
        connect(line, &QLineSeries::clicked, this,
                [this, netName](const QPointF& point) { requestMovements(point.x(), std::nullopt, netName); });
    }
    replaceChart(chart);
}

void ChurnChartPage::requestMovements(double x, std::optional<metrics::MovementKind> kind, const QString& figureName)
{
    const int index = charts::monthIndexAt(x, m_report.months.size());
    if (index < 0)
        return;
    DrillDownRequest request;
    request.kind = DrillDownRequest::Kind::Movements;
    request.month = m_report.months.at(index).month;
    request.movement = kind;
    request.figureName = figureName;
    Q_EMIT drillDownRequested(request);
}

QByteArray ChurnChartPage::csv() const
{
    ChartCsv csv({tr("Month"), tr("Paying customers at start"), tr("Churned customers"), tr("Logo churn (%)"),
                  tr("Gross MRR churn (%)"), tr("Net MRR churn (%)")});
    for (const metrics::MonthFigures& month : m_report.months) {
        csv.addRow({DashboardFormat::plainMonth(month.month), QString::number(month.payingStart),
                    QString::number(month.churnedCustomers), DashboardFormat::plainPercent(month.logoChurn),
                    DashboardFormat::plainPercent(month.grossMrrChurn),
                    DashboardFormat::plainPercent(month.netMrrChurn)});
    }
    return csv.bytes();
}

} // namespace subdesk::ui
