#pragma once

#include "DashboardData.h"
#include "DrillDown.h"

#include <QMap>
#include <QWidget>

namespace subdesk::ui {

class MetricTile;

/**
 * The eight tiles on top of the dashboard: MRR, ARR, paying customers, logo churn, NRR, ARPA, CLV
 * and NPS (trailing 90 days), each for the last month shown with its change against the month
 * before. Clicking one asks for the rows behind it.
 */
class DashboardTiles final : public QWidget
{
    Q_OBJECT

public:
    enum class Tile
    {
        Mrr,
        Arr,
        Paying,
        LogoChurn,
        Nrr,
        Arpa,
        Clv,
        Nps,
    };

    explicit DashboardTiles(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result);
    MetricTile* tile(Tile tile) const { return m_tiles.value(tile); }

Q_SIGNALS:
    void drillDownRequested(const subdesk::ui::DrillDownRequest& request);

private:
    void request(Tile tile);

    QMap<Tile, MetricTile*> m_tiles;
    QDate m_month;
};

} // namespace subdesk::ui
