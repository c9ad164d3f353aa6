#pragma once

#include "catalog/MeteredCharge.h"
#include "common/Id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace subdesk::subscriptions {

/** One reading of a metric for a subscription ("api_calls", 1200, 2026-03-14). */
struct UsageRecord
{
    UsageId id;
    SubscriptionId subscriptionId;
    QString metricCode;
    qint64 quantity = 0; ///< ≥ 0, in the metric's units
    QDate date;
    friend bool operator==(const UsageRecord&, const UsageRecord&) = default;
};

/**
 * The quantity of metricCode in [from, to) (BILLING.md §6): sum, max, or the last value by date
 * and then by id. 0 when there are no records.
 */
qint64 aggregateUsage(const QList<UsageRecord>& records, const QString& metricCode, QDate from, QDate to,
                      catalog::UsageAggregation aggregation);

} // namespace subdesk::subscriptions
