#pragma once

#include "common/Result.h"
#include "subscriptions/Subscription.h"

#include <QList>

struct sqlite3;

namespace subdesk::storage {

// The row codec of SqliteSubscriptionRepository: tables subscriptions, subscription_events and
// subscription_event_lines on SQLite's C API. Loading 100,000 subscriptions reads each table once,
// in rowid order, and merges the rows in memory.

/** Which subscriptions loadSubscriptions() reads. */
struct SubscriptionFilter
{
    enum class Scope
    {
        All,
        Customer, ///< id is a customer id
        One, ///< id is a subscription id
    };
    Scope scope = Scope::All;
    qint64 id = 0;
};

/**
 * The subscriptions that match, ordered by id, each with its events ordered by effective date and
 * then id. Call inside a read unit so the three tables come from one snapshot.
 */
Result<QList<subscriptions::Subscription>> loadSubscriptions(sqlite3* db, SubscriptionFilter filter);

/**
 * Inserts events (ids invalid; subscriptionId set) with their configuration lines and one-time
 * charges, and assigns their ids. An event whose relatedEvent is negative refers to the event at
 * index −relatedEvent − 1 of the same list (a Reverted stored together with its temporary change).
 * Call inside a write unit.
 */
Status insertEvents(sqlite3* db, QList<subscriptions::SubscriptionEvent>& events);

} // namespace subdesk::storage
