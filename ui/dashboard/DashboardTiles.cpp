#include "DashboardTiles.h"

#include "DashboardFormat.h"
#include "MetricTile.h"
#include "widgets/Percent.h"
#include "widgets/Plural.h"

#include <QGridLayout>
#include <QLocale>

namespace subdesk::ui {

namespace {

const QString kUp = QStringLiteral("▲ ");
const QString kDown = QStringLiteral("▼ ");

/** The arrow and colour of a change; lowerIsBetter for churn. */
MetricTile::Trend trendOf(qint64 delta, bool lowerIsBetter = false)
{
    if (delta == 0)
        return MetricTile::Trend::Neutral;
    return (delta > 0) != lowerIsBetter ? MetricTile::Trend::Good : MetricTile::Trend::Bad;
}

QString arrowed(qint64 delta, const QString& magnitude)
{
    if (delta == 0)
        return DashboardTiles::tr("unchanged");
    return (delta > 0 ? kUp : kDown) + magnitude;
}

QString moneyChange(qint64 delta, const QString& currency)
{
    return arrowed(delta, DashboardFormat::money(delta < 0 ? -delta : delta, currency));
}

QString pointsChange(qint64 deltaBasisPoints)
{
    const qint64 magnitude = deltaBasisPoints < 0 ? -deltaBasisPoints : deltaBasisPoints;
    //: Percentage points: the change of a rate ("0.5 pp").
    return arrowed(deltaBasisPoints, DashboardTiles::tr("%1 pp").arg(percent::editText(int(magnitude), QLocale())));
}

} // namespace

DashboardTiles::DashboardTiles(QWidget* parent)
    : QWidget(parent)
{
    struct Spec
    {
        Tile tile;
        QString name;
        QString title;
        QString explanation;
    };
    const QList<Spec> specs {
        {Tile::Mrr, QStringLiteral("mrrTile"), tr("MRR"),
         tr("Monthly recurring revenue at the month's end, tax, one-time fees and usage excluded.")},
        {Tile::Arr, QStringLiteral("arrTile"), tr("ARR"), tr("Annual run rate: 12 × MRR.")},
        {Tile::Paying, QStringLiteral("payingTile"), tr("Paying customers"),
         tr("Customers with MRR above zero at the month's end.")},
        {Tile::LogoChurn, QStringLiteral("logoChurnTile"), tr("Logo churn"),
         tr("Customers lost in the month ÷ customers paying at its start.")},
        {Tile::Nrr, QStringLiteral("nrrTile"), tr("NRR"),
         tr("Net revenue retention over the 12 months to the month's end, for the customers paying before them.")},
        {Tile::Arpa, QStringLiteral("arpaTile"), tr("ARPA"),
         tr("Average revenue per account: MRR ÷ paying customers.")},
        {Tile::Clv, QStringLiteral("clvTile"), tr("CLV"),
         tr("Customer lifetime value: ARPA ÷ the mean monthly logo churn of the trailing 6 months "
            "(× gross margin when set).")},
        {Tile::Nps, QStringLiteral("npsTile"), tr("NPS (90 days)"),
         tr("Net promoter score of the answers in the 90 days to the month's end.")},
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    constexpr int kColumns = 4;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Spec& spec = specs.at(i);
        auto* tile = new MetricTile(spec.title, this);
        tile->setObjectName(spec.name);
        tile->setExplanation(spec.explanation);
        m_tiles.insert(spec.tile, tile);
        grid->addWidget(tile, int(i / kColumns), int(i % kColumns));
        const Tile which = spec.tile;
        connect(tile, &MetricTile::clicked, this, [this, which] { request(which); });
    }
}

void DashboardTiles::showResult(const DashboardResult& result)
{
    const QList<metrics::MonthFigures>& months = result.report.months;
    if (months.isEmpty())
        return;
    const QString& currency = result.report.currency;
    const metrics::MonthFigures& last = months.last();
    const metrics::MonthFigures* previous = months.size() > 1 ? &months.at(months.size() - 2) : nullptr;
    m_month = last.month;

    const qint64 mrrDelta = previous ? last.mrrEnd - previous->mrrEnd : 0;
    tile(Tile::Mrr)->setFigure(DashboardFormat::money(last.mrrEnd, currency),
                               previous ? moneyChange(mrrDelta, currency) : QString(), trendOf(mrrDelta));
    tile(Tile::Arr)->setFigure(DashboardFormat::money(last.arr(), currency),
                               previous ? moneyChange(12 * mrrDelta, currency) : QString(), trendOf(mrrDelta));
    const qint64 payingDelta = previous ? last.payingEnd - previous->payingEnd : 0;
    tile(Tile::Paying)
        ->setFigure(DashboardFormat::count(last.payingEnd),
                    previous ? arrowed(payingDelta, DashboardFormat::count(std::abs(payingDelta))) : QString(),
                    trendOf(payingDelta));

    const auto rate = [](MetricTile* target, const std::optional<metrics::Ratio>& now,
                         const std::optional<metrics::Ratio>& before, bool lowerIsBetter) {
        if (!now || !before) {
            target->setFigure(DashboardFormat::percent(now), {}, MetricTile::Trend::None);
            return;
        }
        const qint64 delta = now->basisPoints() - before->basisPoints();
        target->setFigure(DashboardFormat::percent(now), pointsChange(delta), trendOf(delta, lowerIsBetter));
    };
    rate(tile(Tile::LogoChurn), last.logoChurn, previous ? previous->logoChurn : std::nullopt, true);
    rate(tile(Tile::Nrr), last.nrr, previous ? previous->nrr : std::nullopt, false);

    const auto money = [&currency](MetricTile* target, const std::optional<qint64>& now,
                                   const std::optional<qint64>& before) {
        const qint64 delta = now && before ? *now - *before : 0;
        target->setFigure(DashboardFormat::money(*now, currency), before ? moneyChange(delta, currency) : QString(),
                          trendOf(delta));
    };
    if (last.arpa)
        money(tile(Tile::Arpa), last.arpa, previous ? previous->arpa : std::nullopt);
    else
        tile(Tile::Arpa)->setNote(tr("No paying customers"));
    if (last.clv)
        money(tile(Tile::Clv), last.clv, previous ? previous->clv : std::nullopt);
    else
        tile(Tile::Clv)->setNote(tr("Not enough churn to estimate"));

    const QList<surveys::SurveyMonth>& survey = result.survey.months;
    const auto nps = survey.isEmpty() ? std::nullopt : survey.last().npsTrailing90.nps();
    if (!nps) {
        tile(Tile::Nps)->setNote(tr("No answers"));
    } else {
        const auto before = survey.size() > 1 ? survey.at(survey.size() - 2).npsTrailing90.nps() : std::nullopt;
        if (before) {
            const qint64 delta =
                std::llround(DashboardFormat::npsValue(*nps)) - std::llround(DashboardFormat::npsValue(*before));
            //: NPS points ("3 points")
            tile(Tile::Nps)->setFigure(
                DashboardFormat::nps(*nps),
                arrowed(delta, pluralized(tr("%Ln point(s)", nullptr, int(std::abs(delta))), std::abs(delta))),
                trendOf(delta));
        } else {
            tile(Tile::Nps)->setFigure(DashboardFormat::nps(*nps), {}, MetricTile::Trend::None);
        }
    }
}

void DashboardTiles::request(Tile which)
{
    if (!m_month.isValid())
        return;
    DrillDownRequest request;
    request.month = m_month;
    request.figureName = tile(which)->title();
    switch (which) {
    case Tile::Mrr:
        request.figure = DrillDownRequest::Figure::Mrr;
        break;
    case Tile::Arr:
        request.figure = DrillDownRequest::Figure::Arr;
        break;
    case Tile::Paying:
        request.figure = DrillDownRequest::Figure::PayingCustomers;
        break;
    case Tile::Arpa:
        request.figure = DrillDownRequest::Figure::Arpa;
        break;
    case Tile::Clv:
        request.figure = DrillDownRequest::Figure::Clv;
        break;
    case Tile::LogoChurn:
        request.kind = DrillDownRequest::Kind::Movements;
        request.movement = metrics::MovementKind::Churn;
        break;
    case Tile::Nrr:
        request.kind = DrillDownRequest::Kind::Cohort;
        break;
    case Tile::Nps:
        request.kind = DrillDownRequest::Kind::NpsAnswers;
        request.trailing90 = true;
        break;
    }
    Q_EMIT drillDownRequested(request);
}

} // namespace subdesk::ui
