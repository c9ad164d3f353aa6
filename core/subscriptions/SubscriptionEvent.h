#pragma once

#include "SubscriptionConfig.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::subscriptions {

/**
 * What happened to a subscription. Events are kept forever: the engine bills from them and the
 * metrics (MRR movements, churn) are computed from them.
 */
enum class EventKind
{
    Created, ///< config: the first configuration; the trial (if any) starts here
    Changed, ///< config: plan, quantity, add-ons, interval or coupon; prorated when `prorate`
    TemporaryChange, ///< config: like Changed; a Reverted event later restores the previous config
    Reverted, ///< config: the configuration before the temporary change `relatedEvent`
    PriceMigrated, ///< config: the same subscription on newer price versions, from a period start
    Paused, ///< nothing is billed from here; credit for the unused part when `prorate`
    Resumed, ///< billing starts again, aligned to the anchor day
    Cancelled, ///< the subscription ends; credit for the unused part when `prorate`
    Reactivated, ///< a cancelled or expired subscription starts again, aligned to the anchor day
    Renewed, ///< a fixed term ended and the next one started (written by the billing run)
    Expired, ///< a fixed term ended without renewal (written by the billing run)
};

QString eventKindKey(EventKind kind); ///< "created", "changed", "temporary_change", ...
std::optional<EventKind> eventKindFromKey(const QString& key);
QString eventKindName(EventKind kind); ///< translated ("Temporary change")
/** Whether events of this kind carry a config. */
bool eventCarriesConfig(EventKind kind);

/** A one-time add-on bought with an event, billed once on that event's date. */
struct OneTimeCharge
{
    AddOnId addOnId;
    PriceVersionId versionId;
    qint64 quantity = 1;
    friend bool operator==(const OneTimeCharge&, const OneTimeCharge&) = default;
};

struct SubscriptionEvent
{
    EventId id;
    SubscriptionId subscriptionId;
    EventKind kind = EventKind::Created;
    /** The day it takes effect (BILLING.md §2: dates, no times). */
    QDate effectiveDate;
    /** When the clerk recorded it (UTC). */
    QDateTime recordedAt;
    /**
     * Changed / TemporaryChange / Reverted: credit the old and charge the new configuration for the
     * rest of the period containing effectiveDate (BILLING.md §4, immediate change). False: the new
     * configuration is billed from the next period start (change at period end).
     * Paused / Cancelled: credit the unused part of the period.
     */
    bool prorate = false;
    /** The configuration from effectiveDate on, for kinds where eventCarriesConfig(). */
    std::optional<SubscriptionConfig> config;
    /** One-time add-ons bought with this event (Created and Changed). */
    QList<OneTimeCharge> oneTimeCharges;
    /** Reverted: the TemporaryChange it ends. */
    EventId relatedEvent;
    QString note;

    friend bool operator==(const SubscriptionEvent&, const SubscriptionEvent&) = default;
};

} // namespace subdesk::subscriptions
