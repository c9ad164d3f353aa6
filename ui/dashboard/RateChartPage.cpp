#include "RateChartPage.h"

#include "ChartSupport.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace subdesk::ui {

void RateChartPage::showLines(const DashboardResult& result, const QString& axisTitle, const QList<Line>& lines)
{
    m_report = result.report;
    setMonths(result.filter.fromMonth, result.filter.toMonth);
    QList<QDate> months;
    for (const metrics::MonthFigures& month : std::as_const(m_report.months))
        months.append(month.month);
    QList<QList<std::optional<double>>> values;
    for (const Line& line : lines) {
        QList<std::optional<double>> points;
        for (const metrics::MonthFigures& month : std::as_const(m_report.months))
            points.append(charts::percentOf(month.*line.rate));
        values.append(points);
    }
    QChart* chart = charts::newChart();
    QCategoryAxis* x = charts::monthAxis(months);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = charts::percentAxis(values, axisTitle);
    chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        DrillDownRequest request = lines.at(i).drillDown;
        request.figureName = lines.at(i).name;
        for (QLineSeries* series :
             charts::addGappedLine(chart, lines.at(i).name, lines.at(i).colour, values.at(i), x, y)) {
            connect(series, &QLineSeries::clicked, this, [this, request](const QPointF& point) {
                const int index = charts::monthIndexAt(point.x(), m_report.months.size());
                if (index < 0)
                    return;
                DrillDownRequest clicked = request;
                clicked.month = m_report.months.at(index).month;
                Q_EMIT drillDownRequested(clicked);
            });
        }
    }
    replaceChart(chart);
}

} // namespace subdesk::ui
