#include "RetentionChartPage.h"

#include "ChartCsv.h"
#include "ChartSupport.h"
#include "DashboardFormat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace subdesk::ui {

RetentionChartPage::RetentionChartPage(QWidget* parent)
    : ChartPage(QStringLiteral("retention"),
                tr("Over the 12 months ending with each month, for the customers paying the day before: NRR = (their "
                   "MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a "
                   "point for those customers."),
                parent)
{ }

void RetentionChartPage::showResult(const DashboardResult& result)
{
    m_report = result.report;
    setMonths(result.filter.fromMonth, result.filter.toMonth);
    QList<QDate> months;
    QList<std::optional<double>> nrr;
    QList<std::optional<double>> grr;
    for (const metrics::MonthFigures& month : std::as_const(m_report.months)) {
        months.append(month.month);
        nrr.append(charts::percentOf(month.nrr));
        grr.append(charts::percentOf(month.grr));
    }
    QChart* chart = charts::newChart();
    QCategoryAxis* x = charts::monthAxis(months);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = charts::percentAxis({nrr, grr}, tr("Trailing 12 months"));
    chart->addAxis(y, Qt::AlignLeft);
    const auto request = [this](const QPointF& point, const QString& name) {
        const int index = charts::monthIndexAt(point.x(), m_report.months.size());
        if (index < 0)
            return;
        DrillDownRequest drill;
        drill.kind = DrillDownRequest::Kind::Cohort;
        drill.month = m_report.months.at(index).month;
        drill.figureName = name;
        Q_EMIT drillDownRequested(drill);
    };
    const QString nrrName = tr("NRR");
    for (QLineSeries* line : charts::addGappedLine(chart, nrrName, charts::colour::nrr, nrr, x, y))
        connect(line, &QLineSeries::clicked, this, [request, nrrName](const QPointF& p) { request(p, nrrName); });
    const QString grrName = tr("GRR");
    for (QLineSeries* line : charts::addGappedLine(chart, grrName, charts::colour::grr, grr, x, y))
        connect(line, &QLineSeries::clicked, this, [request, grrName](const QPointF& p) { request(p, grrName); });
    replaceChart(chart);
}

QByteArray RetentionChartPage::csv() const
{
    ChartCsv csv({tr("Month"), tr("NRR (%)"), tr("GRR (%)")});
    for (const metrics::MonthFigures& month : m_report.months) {
        csv.addRow({DashboardFormat::plainMonth(month.month), DashboardFormat::plainPercent(month.nrr),
                    DashboardFormat::plainPercent(month.grr)});
    }
    return csv.bytes();
}

} // namespace subdesk::ui
