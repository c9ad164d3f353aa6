#include "NpsChartPage.h"

#include "ChartCsv.h"
#include "ChartSupport.h"
#include "DashboardFormat.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QValueAxis>

namespace subdesk::ui {

namespace {

std::optional<double> npsOf(const surveys::NpsTally& tally)
{
    const auto nps = tally.nps();
    return nps ? std::optional<double>(DashboardFormat::npsValue(*nps)) : std::nullopt;
}

} // namespace

NpsChartPage::NpsChartPage(QWidget* parent)
    : ChartPage(QStringLiteral("nps"),
                tr("NPS = % promoters (9–10) − % detractors (0–6), per month and over the 90 days ending with it; "
                   "the bars split each month's answers. Months without answers show no NPS. Click a bar or a "
                   "point for the answers."),
                parent)
{ }

void NpsChartPage::showResult(const DashboardResult& result)
{
    m_months = result.survey.months;
    setMonths(result.filter.fromMonth, result.filter.toMonth);
    QList<QDate> months;
    QList<std::optional<double>> monthly;
    QList<std::optional<double>> trailing;
    for (const surveys::SurveyMonth& month : std::as_const(m_months)) {
        months.append(month.month);
        monthly.append(npsOf(month.nps));
        trailing.append(npsOf(month.npsTrailing90));
    }

    QChart* chart = charts::newChart();
    auto* split = new QPercentBarSeries;
    split->setBarWidth(0.6);
    const QList<std::pair<surveys::NpsGroup, QColor>> groups {
        {surveys::NpsGroup::Detractor, charts::colour::detractors},
        {surveys::NpsGroup::Passive, charts::colour::passives},
        {surveys::NpsGroup::Promoter, charts::colour::promoters},
    };
    for (const auto& [group, colour] : groups) {
        auto* set = new QBarSet(surveys::npsGroupName(group));
        QColor fill = colour;
        fill.setAlpha(150);
        set->setColor(fill);
        set->setBorderColor(fill);
        for (const surveys::SurveyMonth& month : std::as_const(m_months)) {
            const surveys::NpsTally& tally = month.nps;
            const int count = group == surveys::NpsGroup::Promoter ? tally.promoters
                : group == surveys::NpsGroup::Passive              ? tally.passives
                                                                   : tally.detractors;
            set->append(count);
        }
        const surveys::NpsGroup clicked = group;
        connect(set, &QBarSet::clicked, this, [this, clicked](int index) { request(index, false, clicked); });
        split->append(set);
    }
    chart->addSeries(split);

    QCategoryAxis* x = charts::monthAxis(months);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* npsAxis = charts::valueAxis(-100, 100, QStringLiteral("%.0f"), tr("NPS"));
    npsAxis->setTickCount(5);
    chart->addAxis(npsAxis, Qt::AlignLeft);
    QValueAxis* shareAxis = charts::valueAxis(0, 100, QStringLiteral("%.0f%%"), tr("Share of answers"));
    shareAxis->setTickCount(5);
    shareAxis->setGridLineVisible(false);
    chart->addAxis(shareAxis, Qt::AlignRight);
    split->attachAxis(x);
    split->attachAxis(shareAxis);

    // The trailing line first, thick; the monthly one over it, thin: where both agree, both still show.
    for (QLineSeries* line : charts::addGappedLine(chart, tr("NPS, trailing 90 days"), charts::colour::npsTrailing,
                                                   trailing, x, npsAxis, 3.5)) {
        connect(line, &QLineSeries::clicked, this, [this](const QPointF& point) {
            request(charts::monthIndexAt(point.x(), m_months.size()), true, std::nullopt);
        });
    }
    for (QLineSeries* line :
         charts::addGappedLine(chart, tr("NPS per month"), charts::colour::nps, monthly, x, npsAxis, 2.0)) {
        line->setMarkerSize(9);
        connect(line, &QLineSeries::clicked, this, [this](const QPointF& point) {
            request(charts::monthIndexAt(point.x(), m_months.size()), false, std::nullopt);
        });
    }
    replaceChart(chart);
}

void NpsChartPage::request(int index, bool trailing90, std::optional<surveys::NpsGroup> group)
{
    if (index < 0 || index >= m_months.size())
        return;
    DrillDownRequest drill;
    drill.kind = DrillDownRequest::Kind::NpsAnswers;
    drill.month = m_months.at(index).month;
    drill.trailing90 = trailing90;
    drill.group = group;
    drill.figureName = tr("NPS");
    Q_EMIT drillDownRequested(drill);
}

QByteArray NpsChartPage::csv() const
{
    ChartCsv csv({tr("Month"), tr("Answers"), tr("Promoters"), tr("Passives"), tr("Detractors"), tr("NPS"),
                  tr("Answers, trailing 90 days"), tr("NPS, trailing 90 days")});
    for (const surveys::SurveyMonth& month : m_months) {
        csv.addRow({DashboardFormat::plainMonth(month.month), QString::number(month.nps.answers()),
                    QString::number(month.nps.promoters), QString::number(month.nps.passives),
                    QString::number(month.nps.detractors), DashboardFormat::plainNps(month.nps.nps()),
                    QString::number(month.npsTrailing90.answers()),
                    DashboardFormat::plainNps(month.npsTrailing90.nps())});
    }
    return csv.bytes();
}

} // namespace subdesk::ui
