#include "SqliteSubscriptionRows.h"

#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::subscriptions;

namespace {

/** An enum's stable keys as UTF-8, to decode stored keys without building a QString per row. */
template <typename Enum>
class KeyTable
{
public:
    template <typename KeyOf>
    KeyTable(Enum last, KeyOf keyOf)
    {
        for (int value = 0; value <= int(last); ++value)
            m_rows.append({keyOf(Enum(value)).toUtf8(), Enum(value)});
    }
    std::optional<Enum> find(QByteArrayView key) const
    {
        for (const auto& row : m_rows) {
            if (key == QByteArrayView(row.first))
                return row.second;
        }
        return std::nullopt;
    }

private:
    QList<QPair<QByteArray, Enum>> m_rows;
};

const KeyTable<EventKind>& eventKinds()
{
    static const KeyTable<EventKind> table(EventKind::Expired, &eventKindKey);
    return table;
}

const KeyTable<billing::IntervalUnit>& intervalUnits()
{
    static const KeyTable<billing::IntervalUnit> table(billing::IntervalUnit::Year, &billing::intervalUnitKey);
    return table;
}

// Kinds of subscription_event_lines rows.
constexpr char kAddOnLine[] = "add_on";
constexpr char kMeteredLine[] = "metered";
constexpr char kOneTimeLine[] = "one_time";

struct Queries
{
    QByteArray subscriptions;
    QByteArray events;
    QByteArray lines;
};

Queries queriesFor(SubscriptionFilter::Scope scope)
{
    const QByteArray subscriptionColumns("SELECT id, customer_id, currency, start_date, trial_days, term_periods, "
                                         "term_end_action, billed_through FROM subscriptions ");
    const QByteArray eventColumns("SELECT id, subscription_id, kind, effective_date, recorded_at, prorate, plan_id, "
                                  "plan_version_id, interval_unit, interval_count, quantity, anchor_day, "
                                  "coupon_code, related_event_id, note FROM subscription_events ");
    const QByteArray lineColumns("SELECT event_id, kind, ref_id, version_id, quantity FROM subscription_event_lines ");
    // Every query returns its rows in id order (event lines in event id order), which the merge
    // in loadSubscriptions() relies on. Unfiltered, each is a plain scan of the table in rowid order.
    switch (scope) {
    case SubscriptionFilter::Scope::All:
        return {subscriptionColumns + "ORDER BY id", eventColumns + "ORDER BY id",
                lineColumns + "ORDER BY event_id, position"};
    case SubscriptionFilter::Scope::Customer:
        return {subscriptionColumns + "WHERE customer_id = ?1 ORDER BY id",
                eventColumns
                    + "WHERE subscription_id IN (SELECT id FROM subscriptions WHERE customer_id = ?1) ORDER BY id",
                lineColumns
                    + "WHERE event_id IN (SELECT e.id FROM subscription_events e JOIN subscriptions s "
                      "ON s.id = e.subscription_id WHERE s.customer_id = ?1) ORDER BY event_id, position"};
    case SubscriptionFilter::Scope::One:
        return {subscriptionColumns + "WHERE id = ?1", eventColumns + "WHERE subscription_id = ?1 ORDER BY id",
                lineColumns
                    + "WHERE event_id IN (SELECT id FROM subscription_events WHERE subscription_id = ?1) "
                      "ORDER BY event_id, position"};
    }
    Q_UNREACHABLE();
    return {};
}

Subscription subscriptionFromRow(const SqliteStatement& row)
{
    Subscription s;
    s.id = SubscriptionId(row.columnInt(0));
    s.customerId = CustomerId(row.columnInt(1));
    s.currency = currencyFromCode(row.columnUtf8(2));
    s.startDate = columnDate(row, 3);
    s.trialDays = int(row.columnInt(4));
    s.term.periods = int(row.columnInt(5));
    s.term.endAction =
        row.columnUtf8(6) == QByteArrayView("expire") ? catalog::TermEndAction::Expire : catalog::TermEndAction::Renew;
    s.billedThrough = columnDate(row, 7); // NULL reads as an invalid date
    return s;
}

SubscriptionEvent eventFromRow(const SqliteStatement& row)
{
    SubscriptionEvent e;
    e.id = EventId(row.columnInt(0));
    e.subscriptionId = SubscriptionId(row.columnInt(1));
    e.kind = eventKinds().find(row.columnUtf8(2)).value_or(EventKind::Changed);
    e.effectiveDate = columnDate(row, 3);
    e.recordedAt = momentFromIso(row.columnUtf8(4));
    e.prorate = row.columnInt(5) != 0;
    if (!row.columnIsNull(8)) {
        SubscriptionConfig config;
        config.planId = PlanId(row.columnInt(6));
        config.planVersionId = PriceVersionId(row.columnInt(7));
        config.interval.unit = intervalUnits().find(row.columnUtf8(8)).value_or(billing::IntervalUnit::Month);
        config.interval.count = int(row.columnInt(9));
        config.quantity = row.columnInt(10);
        config.anchorDay = int(row.columnInt(11));
        config.couponCode = row.columnText(12);
        e.config = std::move(config);
    }
    e.relatedEvent = EventId(row.columnInt(13));
    e.note = row.columnText(14);
    return e;
}

/** Where a loaded event went: subscription index and event index in it. */
struct EventSlot
{
    qint64 eventId;
    qsizetype subscription;
    qsizetype event;
};

/** Attaches one subscription_event_lines row to its event. */
void attachLine(SubscriptionEvent& event, const SqliteStatement& row)
{
    const QByteArrayView kind = row.columnUtf8(1);
    const qint64 ref = row.columnInt(2);
    const PriceVersionId version(row.columnInt(3));
    const qint64 quantity = row.columnInt(4);
    if (kind == QByteArrayView(kOneTimeLine)) {
        event.oneTimeCharges.append({AddOnId(ref), version, quantity});
    } else if (!event.config) {
        return; // configuration lines of an event without a configuration: nothing to attach to
    } else if (kind == QByteArrayView(kAddOnLine)) {
        event.config->addOns.append({AddOnId(ref), version, quantity});
    } else if (kind == QByteArrayView(kMeteredLine)) {
        event.config->metered.append({MeteredChargeId(ref), version});
    }
}

bool eventOrder(const SubscriptionEvent& a, const SubscriptionEvent& b)
{
    return a.effectiveDate < b.effectiveDate || (a.effectiveDate == b.effectiveDate && a.id < b.id);
}

} // namespace

Result<QList<Subscription>> loadSubscriptions(sqlite3* db, SubscriptionFilter filter)
{
    if (!db)
        return notOpenError();
    const Queries sql = queriesFor(filter.scope);

    QList<Subscription> list;
    QList<qint64> ids; // ascending, for binary search
    SqliteStatement subscriptionRows(db, sql.subscriptions);
    if (filter.scope != SubscriptionFilter::Scope::All)
        subscriptionRows.bindInt(1, filter.id);
    Status loaded = forEachRow(subscriptionRows, [&](const SqliteStatement& row) {
        list.append(subscriptionFromRow(row));
        ids.append(list.constLast().id.value);
    });
    if (!loaded)
        return loaded.error();

    QList<EventSlot> eventSlots; // ascending event ids
    SqliteStatement eventRows(db, sql.events);
    if (filter.scope != SubscriptionFilter::Scope::All)
        eventRows.bindInt(1, filter.id);
    qsizetype lastSubscription = -1;
    loaded = forEachRow(eventRows, [&](const SqliteStatement& row) {
        const qint64 subscriptionId = row.columnInt(1);
        // Events of one subscription are often recorded together: try the previous one first.
        if (lastSubscription < 0 || ids.at(lastSubscription) != subscriptionId) {
            const auto it = std::lower_bound(ids.cbegin(), ids.cend(), subscriptionId);
            if (it == ids.cend() || *it != subscriptionId)
                return;
            lastSubscription = it - ids.cbegin();
        }
        QList<SubscriptionEvent>& events = list[lastSubscription].events;
        eventSlots.append({row.columnInt(0), lastSubscription, events.size()});
        events.append(eventFromRow(row));
    });
    if (!loaded)
        return loaded.error();

    SqliteStatement lineRows(db, sql.lines);
    if (filter.scope != SubscriptionFilter::Scope::All)
        lineRows.bindInt(1, filter.id);
    qsizetype next = 0;
    loaded = forEachRow(lineRows, [&](const SqliteStatement& row) {
        // Both lists are in event id order: a merge, no look-up.
        const qint64 eventId = row.columnInt(0);
        while (next < eventSlots.size() && eventSlots.at(next).eventId < eventId)
            ++next;
        if (next == eventSlots.size() || eventSlots.at(next).eventId != eventId)
            return;
        const EventSlot& target = eventSlots.at(next);
        attachLine(list[target.subscription].events[target.event], row);
    });
    if (!loaded)
        return loaded.error();

    // Recording order is id order; the engine reads events by effective date (a change recorded
    // today may take effect before an earlier-recorded one).
    for (Subscription& s : list) {
        if (!std::is_sorted(s.events.cbegin(), s.events.cend(), eventOrder))
            std::stable_sort(s.events.begin(), s.events.end(), eventOrder);
    }
    return list;
}

Status insertEvents(sqlite3* db, QList<SubscriptionEvent>& events)
{
    if (!db)
        return notOpenError();
    SqliteStatement insertEvent(db,
                                "INSERT INTO subscription_events (subscription_id, kind, effective_date, "
                                "recorded_at, prorate, plan_id, plan_version_id, interval_unit, interval_count, "
                                "quantity, anchor_day, coupon_code, related_event_id, note) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertLine(db,
                               "INSERT INTO subscription_event_lines (event_id, position, kind, ref_id, "
                               "version_id, quantity) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insertEvent.ok())
        return insertEvent.error();
    if (!insertLine.ok())
        return insertLine.error();
    const auto bindId = [](SqliteStatement& q, int index, qint64 id) {
        if (id > 0)
            q.bindInt(index, id);
        else
            q.bindNull(index);
    };

    for (qsizetype i = 0; i < events.size(); ++i) {
        SubscriptionEvent& e = events[i];
        if (e.relatedEvent.value < 0) {
            const qsizetype related = -e.relatedEvent.value - 1;
            Q_ASSERT(related < i);
            e.relatedEvent = related < i ? events.at(related).id : EventId();
        }
        SqliteStatement& q = insertEvent;
        q.bindInt(1, e.subscriptionId.value);
        q.bindUtf8(2, eventKindKey(e.kind).toUtf8());
        bindDate(q, 3, e.effectiveDate);
        q.bindUtf8(4, isoMoment(e.recordedAt));
        q.bindInt(5, e.prorate ? 1 : 0);
        if (e.config) {
            const SubscriptionConfig& c = *e.config;
            bindId(q, 6, c.planId.value);
            bindId(q, 7, c.planVersionId.value);
            q.bindUtf8(8, billing::intervalUnitKey(c.interval.unit).toUtf8());
            q.bindInt(9, c.interval.count);
            q.bindInt(10, c.quantity);
            q.bindInt(11, c.anchorDay);
            q.bindText(12, c.couponCode);
        } else {
            for (int column = 6; column <= 12; ++column)
                q.bindNull(column);
        }
        bindId(q, 13, e.relatedEvent.value);
        q.bindText(14, e.note);
        if (Status done = q.stepDone(); !done) {
            if (!isForeignKeyViolation(lastErrorCode(db)))
                return done;
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database",
                                                     "The event \"%1\" of subscription %2 refers to a subscription, "
                                                     "plan, price or event that does not exist.")
                             .arg(eventKindName(e.kind))
                             .arg(e.subscriptionId.value));
        }
        e.id = EventId(sqlite3_last_insert_rowid(db));

        // One position sequence per event: configured add-ons, metered charges, then one-time charges.
        int position = 0;
        const auto addLine = [&](const char* kind, qint64 ref, qint64 version, qint64 quantity) {
            insertLine.bindInt(1, e.id.value);
            insertLine.bindInt(2, position++);
            insertLine.bindUtf8(3, QByteArray::fromRawData(kind, qstrlen(kind))); // static text: no copy
            insertLine.bindInt(4, ref);
            bindId(insertLine, 5, version);
            insertLine.bindInt(6, quantity);
            return insertLine.stepDone();
        };
        Status lines;
        if (e.config) {
            for (const AddOnLine& line : e.config->addOns) {
                if (lines = addLine(kAddOnLine, line.addOnId.value, line.versionId.value, line.quantity); !lines)
                    return lines;
            }
            for (const MeteredLine& line : e.config->metered) {
                if (lines = addLine(kMeteredLine, line.chargeId.value, line.versionId.value, 1); !lines)
                    return lines;
            }
        }
        for (const OneTimeCharge& charge : e.oneTimeCharges) {
            if (lines = addLine(kOneTimeLine, charge.addOnId.value, charge.versionId.value, charge.quantity); !lines)
                return lines;
        }
    }
    return {};
}

} // namespace subdesk::storage
