#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace subdesk::catalog {

/** How a period's usage records become one quantity (BILLING.md §6). */
enum class UsageAggregation
{
    Sum, ///< all quantities added up (API calls, messages)
    Max, ///< the largest value (peak storage, peak seats)
    Last, ///< the latest value by date, then by entry order (a gauge read at period end)
};

QString usageAggregationKey(UsageAggregation aggregation); ///< "sum", "max", "last"
std::optional<UsageAggregation> usageAggregationFromKey(const QString& key);
QString usageAggregationName(UsageAggregation aggregation); ///< translated

/**
 * A usage-based charge of a plan, billed in arrears (BILLING.md §3): the period's records for
 * metricCode are aggregated and priced with the charge's pricing model (a Price owned by it).
 */
struct MeteredCharge
{
    MeteredChargeId id;
    PlanId planId;
    /** Lower-case ASCII letters, digits, '_' and '.', 1 to 40 characters ("api_calls"). */
    QString metricCode;
    QString name; ///< "API calls"
    UsageAggregation aggregation = UsageAggregation::Sum;

    static QString normalizedMetric(const QString& typed);
    Status validate() const;
    friend bool operator==(const MeteredCharge&, const MeteredCharge&) = default;
};

} // namespace subdesk::catalog
