#pragma once

#include "subscriptions/SubscriptionRepository.h"

#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;
struct SubscriptionFilter;

/**
 * Subscriptions, their event log and usage records in the company's SQLite file (tables
 * subscriptions, subscription_events, subscription_event_lines and usage_records), on SQLite's
 * C API: loadAll() reads 100,000 subscriptions with their events in a fraction of a second.
 *
 * Writes of several rows run in a SqliteUnitOfWork (atomic alone, joining a caller's unit).
 * insert() and appendEvents() accept a negative relatedEvent: −(i + 1) names the i-th event of
 * the same call (a Reverted stored together with its temporary change). usage() and
 * usageBetween() treat an invalid from or to as an open bound.
 */
class SqliteSubscriptionRepository final : public subscriptions::SubscriptionRepository
{
public:
    explicit SqliteSubscriptionRepository(const Database& database);

    Result<QList<subscriptions::Subscription>> loadAll() override;
    Result<QList<subscriptions::Subscription>> loadForCustomer(CustomerId customer) override;
    Result<subscriptions::Subscription> find(SubscriptionId id) override;

    Result<subscriptions::Subscription> insert(const subscriptions::Subscription& subscription) override;
    Result<QList<subscriptions::SubscriptionEvent>>
    appendEvents(const QList<subscriptions::SubscriptionEvent>& events) override;
    Status setBilledThrough(const QHash<SubscriptionId, QDate>& dates) override;

    Result<QList<subscriptions::UsageRecord>> addUsage(const QList<subscriptions::UsageRecord>& records) override;
    Result<QList<subscriptions::UsageRecord>> usage(SubscriptionId subscription, QDate from, QDate to) override;
    Result<QHash<SubscriptionId, QList<subscriptions::UsageRecord>>> usageBetween(QDate from, QDate to) override;

private:
    sqlite3* handle() const;
    Result<QList<subscriptions::Subscription>> load(const SubscriptionFilter& filter);

    QString m_connection;
};

} // namespace subdesk::storage
