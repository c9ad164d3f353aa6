#pragma once

#include "common/Id.h"

#include <QDate>
#include <QString>

namespace subdesk::metrics {

/**
 * A stretch of days [from, to) over which one subscription contributes a constant, positive MRR
 * (BILLING.md §10), in its own currency's minor units. Days not covered by any span of a
 * subscription contribute 0 (trials, pauses, before the start, after the service ended).
 * Spans are derived from the event log and the catalog (MrrSchedule) and stored as a cache that
 * is rebuilt whenever a subscription's events or the catalog change (MetricsService).
 */
struct MrrSpan
{
    SubscriptionId subscriptionId;
    CustomerId customerId;
    PlanId planId;
    QString currency; ///< ISO 4217 code of the subscription
    QDate from;
    QDate to; ///< exclusive; invalid = open-ended
    qint64 mrrMinor = 0; ///< > 0

    bool contains(QDate d) const { return from <= d && (!to.isValid() || d < to); }
    friend bool operator==(const MrrSpan&, const MrrSpan&) = default;
};

/** What the metrics need to know about a customer (filters and drill-down rows). */
struct CustomerFacts
{
    CustomerId id;
    QString name;
    QString segment; ///< may be empty
    QString country; ///< ISO 3166-1 alpha-2
    friend bool operator==(const CustomerFacts&, const CustomerFacts&) = default;
};

} // namespace subdesk::metrics
