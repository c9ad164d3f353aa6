#pragma once

#include "Subscription.h"
#include "UsageRecord.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

namespace subdesk::subscriptions {

/**
 * Where subscriptions, their events and usage records are kept (core/storage implements it on
 * SQLite). Every write is atomic on its own; inside a caller's UnitOfWork it joins that.
 */
class SubscriptionRepository
{
public:
    virtual ~SubscriptionRepository() = default;

    /** All subscriptions with their events, ordered by id. Fast: one pass per table (100,000 in well under a second).
     */
    virtual Result<QList<Subscription>> loadAll() = 0;
    /** One customer's subscriptions with their events. */
    virtual Result<QList<Subscription>> loadForCustomer(CustomerId customer) = 0;
    virtual Result<Subscription> find(SubscriptionId id) = 0;

    /**
     * Stores a new subscription and its events (ids invalid); returns it with the ids assigned
     * (subscription, events and their subscriptionId).
     */
    virtual Result<Subscription> insert(const Subscription& subscription) = 0;
    /** Appends events (ids invalid) to stored subscriptions; returns them with ids assigned, in order. */
    virtual Result<QList<SubscriptionEvent>> appendEvents(const QList<SubscriptionEvent>& events) = 0;
    /** Sets billedThrough of many subscriptions at once. */
    virtual Status setBilledThrough(const QHash<SubscriptionId, QDate>& dates) = 0;

    /** Stores usage records (ids invalid) all or none; returns them with ids. */
    virtual Result<QList<UsageRecord>> addUsage(const QList<UsageRecord>& records) = 0;
    /** A subscription's usage records with from ≤ date < to, ordered by date then id. */
    virtual Result<QList<UsageRecord>> usage(SubscriptionId subscription, QDate from, QDate to) = 0;
    /** Every subscription's usage records with from ≤ date < to, grouped by subscription. */
    virtual Result<QHash<SubscriptionId, QList<UsageRecord>>> usageBetween(QDate from, QDate to) = 0;
};

} // namespace subdesk::subscriptions
