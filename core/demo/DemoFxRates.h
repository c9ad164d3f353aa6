#pragma once

#include "metrics/FxTable.h"

#include <QDate>
#include <QList>

namespace subdesk::demo {

/**
 * The demo company's monthly exchange rates: one rate per month of the history for every
 * currency of DemoCatalog::currencies() but the euro (the reporting currency), in euros per unit.
 * Each currency wanders around the rate the demo prices were converted at (a mean-reverting walk
 * of about 1 % a month), so the dashboards show a small, plausible currency effect. The same seed
 * and day always give the same rates.
 */
class DemoFxRates
{
public:
    static QList<metrics::FxRate> rates(quint32 seed, QDate today);
    /** The rate of one unit of currency in euros the demo prices were converted at, × FxRate::kScale. */
    static qint64 baseRate(const QString& currency);
};

} // namespace subdesk::demo
