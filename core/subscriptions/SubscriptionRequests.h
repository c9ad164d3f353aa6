#pragma once

#include "Subscription.h"
#include "billing/Document.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::subscriptions {

/** An add-on chosen for a subscription (recurring or one-time, by the add-on's kind). */
struct AddOnChoice
{
    AddOnId addOnId;
    qint64 quantity = 1;
};

/** What the clerk fills in to subscribe a customer. */
struct NewSubscription
{
    CustomerId customerId;
    PlanId planId;
    billing::BillingInterval interval;
    qint64 quantity = 1;
    QDate startDate;
    /** 0: the start (or the trial's end) becomes the anchor; else the day periods start on (aligned start). */
    int anchorDay = 0;
    /** nullopt: the plan's trial days. */
    std::optional<int> trialDays;
    QString couponCode;
    QList<AddOnChoice> addOns;
    QString note;
};

/** When a change takes effect. */
enum class Timing
{
    Immediately, ///< today, prorated
    OnDate, ///< on `date`, prorated (today or later)
    AtPeriodEnd, ///< at the end of the current period, not prorated
};

QString timingKey(Timing timing); ///< "now", "date", "period_end"
std::optional<Timing> timingFromKey(const QString& key);

/** A change of plan, quantity, add-ons, interval or coupon; unset fields stay as they are. */
struct ChangeRequest
{
    SubscriptionId subscriptionId;
    Timing timing = Timing::Immediately;
    QDate date; ///< OnDate only
    std::optional<PlanId> planId;
    std::optional<qint64> quantity;
    std::optional<billing::BillingInterval> interval;
    /** The complete new set of recurring add-ons, plus one-time add-ons to buy now. */
    std::optional<QList<AddOnChoice>> addOns;
    std::optional<QString> couponCode;
    /** > 0: a temporary change for this many days, then back by itself (BILLING.md §5). */
    int temporaryDays = 0;
    QString note;
};

/** Pause or cancel. */
struct StopRequest
{
    SubscriptionId subscriptionId;
    Timing timing = Timing::Immediately;
    QDate date; ///< OnDate only
    /** Credit the unused part of the period (immediately or on a date only). */
    bool credit = true;
    QString note;
};

/**
 * What a request comes to before it is recorded: the subscription as stored (without an id when
 * it is new) and the events to append to it.
 */
struct PlannedEvents
{
    Subscription subscription;
    QList<SubscriptionEvent> events;
};

/** What an operation did, or would do in a preview. */
struct Outcome
{
    Subscription subscription; ///< with the new events
    QList<SubscriptionEvent> newEvents;
    /** The documents written now (or that would be): the items of this subscription due by today. */
    QList<billing::Document> documents;
    /** Items the operation makes due later (a change on a future date), for previews. */
    QList<billing::BillingItem> laterItems;
};

} // namespace subdesk::subscriptions
