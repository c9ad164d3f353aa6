#pragma once

#include "common/Id.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace subdesk::metrics {

/**
 * Which months and which part of the business the figures cover. Empty sets mean "all". Segment
 * and country select customers; plan and currency select subscriptions (a customer moving from
 * plan A to plan B churns from A's figures and is new in B's).
 */
struct MetricsFilter
{
    QDate fromMonth; ///< the first day of the first month shown
    QDate toMonth; ///< the first day of the last month shown (≥ fromMonth)
    QSet<QString> segments; ///< "" selects customers without a segment
    QSet<PlanId> plans;
    QSet<QString> countries;
    QSet<QString> currencies;

    friend bool operator==(const MetricsFilter&, const MetricsFilter&) = default;
};

/** How figures are broken down (CLI --by, dashboard split). */
enum class MetricsDimension
{
    None,
    Segment,
    Plan,
};

} // namespace subdesk::metrics
