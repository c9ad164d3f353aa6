#include "SqliteSubscriptionRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "SqliteSubscriptionRows.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>

#include <algorithm>
#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::subscriptions;

namespace {

Error noSubscription(qint64 id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Database", "There is no subscription number %1.").arg(id));
}

// Bounds of a date range; an invalid date is an open bound. Stored dates are 'YYYY-MM-DD', so ''
// sorts before every one of them and 'A' after.
QByteArray lowerBound(QDate from)
{
    return from.isValid() ? isoDate(from) : QByteArray("");
}

QByteArray upperBound(QDate to)
{
    return to.isValid() ? isoDate(to) : QByteArray("A");
}

/**
 * Reads usage rows. A company meters a handful of metrics over many records: the codes are shared
 * QStrings, built once each instead of once per record.
 */
class UsageReader
{
public:
    UsageRecord read(const SqliteStatement& row)
    {
        UsageRecord record;
        record.id = UsageId(row.columnInt(0));
        record.subscriptionId = SubscriptionId(row.columnInt(1));
        record.metricCode = metric(row.columnUtf8(2));
        record.quantity = row.columnInt(3);
        record.date = columnDate(row, 4);
        return record;
    }

private:
    QString metric(QByteArrayView code)
    {
        for (const auto& known : std::as_const(m_metrics)) {
            if (code == QByteArrayView(known.first))
                return known.second;
        }
        const QString text = QString::fromUtf8(code);
        if (m_metrics.size() < 64)
            m_metrics.append({code.toByteArray(), text});
        return text;
    }

    QList<QPair<QByteArray, QString>> m_metrics;
};

} // namespace

SqliteSubscriptionRepository::SqliteSubscriptionRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteSubscriptionRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<QList<Subscription>> SqliteSubscriptionRepository::load(const SubscriptionFilter& filter)
{
    sqlite3* db = handle();
    // Subscriptions, events and lines from one snapshot, even while another program writes.
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto list = loadSubscriptions(db, filter);
    if (!list)
        return list.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return list;
}

Result<QList<Subscription>> SqliteSubscriptionRepository::loadAll()
{
    return load({SubscriptionFilter::Scope::All, 0});
}

Result<QList<Subscription>> SqliteSubscriptionRepository::loadForCustomer(CustomerId customer)
{
    return load({SubscriptionFilter::Scope::Customer, customer.value});
}

Result<Subscription> SqliteSubscriptionRepository::find(SubscriptionId id)
{
    auto list = load({SubscriptionFilter::Scope::One, id.value});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return noSubscription(id.value);
    return list->first();
}

Result<Subscription> SqliteSubscriptionRepository::insert(const Subscription& subscription)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement q(db,
                      "INSERT INTO subscriptions (customer_id, currency, start_date, trial_days, term_periods, "
                      "term_end_action, billed_through) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    q.bindInt(1, subscription.customerId.value);
    q.bindText(2, subscription.currency.code());
    bindDate(q, 3, subscription.startDate);
    q.bindInt(4, subscription.trialDays);
    q.bindInt(5, subscription.term.periods);
    q.bindText(6, catalog::termEndActionKey(subscription.term.endAction));
    bindDate(q, 7, subscription.billedThrough);
    if (Status done = q.stepDone(); !done) {
        if (isForeignKeyViolation(lastErrorCode(db)))
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database", "There is no customer number %1.")
                             .arg(subscription.customerId.value));
        return done.error();
    }
    Subscription stored = subscription;
    stored.id = SubscriptionId(sqlite3_last_insert_rowid(db));
    for (SubscriptionEvent& e : stored.events)
        e.subscriptionId = stored.id;
    if (Status events = insertEvents(db, stored.events); !events)
        return events.error();
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<QList<SubscriptionEvent>> SqliteSubscriptionRepository::appendEvents(const QList<SubscriptionEvent>& events)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    QList<SubscriptionEvent> stored = events;
    if (Status inserted = insertEvents(db, stored); !inserted)
        return inserted.error();
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Status SqliteSubscriptionRepository::setBilledThrough(const QHash<SubscriptionId, QDate>& dates)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    SqliteStatement q(db, "UPDATE subscriptions SET billed_through = ? WHERE id = ?");
    if (!q.ok())
        return q.error();
    // In id order, the updates walk the table's pages once instead of jumping around.
    QList<SubscriptionId> ids = dates.keys();
    std::sort(ids.begin(), ids.end());
    for (SubscriptionId id : ids) {
        bindDate(q, 1, dates.value(id));
        q.bindInt(2, id.value);
        if (Status done = q.stepDone(); !done)
            return done;
        if (sqlite3_changes(db) != 1)
            return noSubscription(id.value);
    }
    return unit.commit();
}

Result<QList<UsageRecord>> SqliteSubscriptionRepository::addUsage(const QList<UsageRecord>& records)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement q(db,
                      "INSERT INTO usage_records (subscription_id, metric_code, quantity, date) "
                      "VALUES (?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    QList<UsageRecord> stored = records;
    for (UsageRecord& record : stored) {
        q.bindInt(1, record.subscriptionId.value);
        q.bindText(2, record.metricCode);
        q.bindInt(3, record.quantity);
        bindDate(q, 4, record.date);
        if (Status done = q.stepDone(); !done) {
            if (isForeignKeyViolation(lastErrorCode(db)))
                return noSubscription(record.subscriptionId.value);
            return done.error();
        }
        record.id = UsageId(sqlite3_last_insert_rowid(db));
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<QList<UsageRecord>> SqliteSubscriptionRepository::usage(SubscriptionId subscription, QDate from, QDate to)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "SELECT id, subscription_id, metric_code, quantity, date FROM usage_records "
                      "WHERE subscription_id = ? AND date >= ? AND date < ? ORDER BY date, id");
    q.bindInt(1, subscription.value);
    q.bindUtf8(2, lowerBound(from));
    q.bindUtf8(3, upperBound(to));
    QList<UsageRecord> records;
    UsageReader reader;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { records.append(reader.read(row)); }); !read)
        return read.error();
    return records;
}

Result<QHash<SubscriptionId, QList<UsageRecord>>> SqliteSubscriptionRepository::usageBetween(QDate from, QDate to)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    // The date index yields (date, id) order, so each subscription's list comes out ordered too.
    SqliteStatement q(db,
                      "SELECT id, subscription_id, metric_code, quantity, date FROM usage_records "
                      "WHERE date >= ? AND date < ? ORDER BY date, id");
    q.bindUtf8(1, lowerBound(from));
    q.bindUtf8(2, upperBound(to));
    QHash<SubscriptionId, QList<UsageRecord>> grouped;
    UsageReader reader;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        UsageRecord record = reader.read(row);
        grouped[record.subscriptionId].append(std::move(record));
    });
    if (!read)
        return read.error();
    return grouped;
}

} // namespace subdesk::storage
