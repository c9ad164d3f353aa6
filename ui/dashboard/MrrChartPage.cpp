#include "MrrChartPage.h"

#include "ChartCsv.h"
#include "ChartSupport.h"
#include "DashboardFormat.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace subdesk::ui {

namespace {

struct MovementBar
{
    metrics::MovementKind kind;
    QColor colour;
    int sign;
};

const QList<MovementBar>& movementBars()
{
    static const QList<MovementBar> bars {
        {metrics::MovementKind::New, charts::colour::newMrr, 1},
        {metrics::MovementKind::Reactivation, charts::colour::reactivation, 1},
        {metrics::MovementKind::Expansion, charts::colour::expansion, 1},
        {metrics::MovementKind::Contraction, charts::colour::contraction, -1},
        {metrics::MovementKind::Churn, charts::colour::churn, -1},
    };
    return bars;
}

} // namespace

MrrChartPage::MrrChartPage(QWidget* parent)
    : ChartPage(QStringLiteral("mrr"),
                tr("MRR at each month's end (line) and the month's movements (bars: new, reactivation and expansion "
                   "add, contraction and churn subtract). Click a bar or a point for the customers behind it."),
                parent)
{ }

void MrrChartPage::showResult(const DashboardResult& result)
{
    m_report = result.report;
    const QList<metrics::MonthFigures>& months = m_report.months;
    const QString& currency = m_report.currency;
    setMonths(result.filter.fromMonth, result.filter.toMonth);

    QList<QDate> monthDates;
    double largestMrr = 0;
    double up = 0;
    double down = 0;
    for (const metrics::MonthFigures& month : months) {
        monthDates.append(month.month);
        largestMrr = std::max(largestMrr, DashboardFormat::major(month.mrrEnd, currency));
        const metrics::Movements& m = month.movements;
        up = std::max(up, DashboardFormat::major(m.newMrr + m.reactivation + m.expansion, currency));
        down = std::max(down, DashboardFormat::major(m.contraction + m.churn, currency));
    }
    const charts::MoneyScale scale = charts::moneyScale(largestMrr, currency);

    QChart* chart = charts::newChart();
    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.7);
    for (const MovementBar& bar : movementBars()) {
        auto* set = new QBarSet(metrics::movementKindName(bar.kind));
        set->setColor(bar.colour);
        set->setBorderColor(bar.colour);
        for (const metrics::MonthFigures& month : months)
            set->append(bar.sign * DashboardFormat::major(month.movements.of(bar.kind), currency) / scale.divisor);
        const metrics::MovementKind kind = bar.kind;
        connect(set, &QBarSet::clicked, this, [this, kind](int index) {
            if (index < 0 || index >= m_report.months.size())
                return;
            DrillDownRequest request;
            request.kind = DrillDownRequest::Kind::Movements;
            request.month = m_report.months.at(index).month;
            request.movement = kind;
            request.figureName = metrics::movementKindName(kind);
            Q_EMIT drillDownRequested(request);
        });
        bars->append(set);
    }
    chart->addSeries(bars);

    QCategoryAxis* x = charts::monthAxis(monthDates);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* mrrAxis =
        charts::valueAxis(0, largestMrr / scale.divisor, QStringLiteral("%.0f"), tr("MRR (%1)").arg(scale.unit));
    charts::useCompactLabels(mrrAxis);
    chart->addAxis(mrrAxis, Qt::AlignLeft);
    QValueAxis* movementAxis = charts::valueAxis(-down / scale.divisor, up / scale.divisor, QStringLiteral("%.0f"),
                                                 tr("Movements (%1)").arg(scale.unit));
    charts::useCompactLabels(movementAxis);
    movementAxis->setGridLineVisible(false);
    chart->addAxis(movementAxis, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(movementAxis);

    QList<std::optional<double>> mrr;
    for (const metrics::MonthFigures& month : months)
        mrr.append(DashboardFormat::major(month.mrrEnd, currency) / scale.divisor);
    for (QLineSeries* line : charts::addGappedLine(chart, tr("MRR"), charts::colour::mrr, mrr, x, mrrAxis, 3.0)) {
        connect(line, &QLineSeries::clicked, this, [this](const QPointF& point) {
            const int index = charts::monthIndexAt(point.x(), m_report.months.size());
            if (index < 0)
                return;
            DrillDownRequest request;
            request.kind = DrillDownRequest::Kind::Paying;
            request.figure = DrillDownRequest::Figure::Mrr;
            request.month = m_report.months.at(index).month;
            request.figureName = tr("MRR");
            Q_EMIT drillDownRequested(request);
        });
    }
    replaceChart(chart);
}

QByteArray MrrChartPage::csv() const
{
    const QString& currency = m_report.currency;
    QStringList header {tr("Month"), tr("MRR at start (%1)").arg(currency)};
    for (const MovementBar& bar : movementBars())
        header.append(tr("%1 (%2)").arg(metrics::movementKindName(bar.kind), currency));
    header << tr("Exchange rate effect (%1)").arg(currency) << tr("MRR at end (%1)").arg(currency)
           << tr("ARR (%1)").arg(currency) << tr("Paying customers");
    ChartCsv csv(header);
    for (const metrics::MonthFigures& month : m_report.months) {
        QStringList row {DashboardFormat::plainMonth(month.month),
                         DashboardFormat::plainMoney(month.mrrStart, currency)};
        for (const MovementBar& bar : movementBars())
            row.append(DashboardFormat::plainMoney(month.movements.of(bar.kind), currency));
        row << DashboardFormat::plainMoney(month.fxEffect, currency)
            << DashboardFormat::plainMoney(month.mrrEnd, currency) << DashboardFormat::plainMoney(month.arr(), currency)
            << QString::number(month.payingEnd);
        csv.addRow(row);
    }
    return csv.bytes();
}

} // namespace subdesk::ui
