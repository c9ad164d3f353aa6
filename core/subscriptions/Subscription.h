#pragma once

#include "SubscriptionEvent.h"
#include "catalog/Plan.h"
#include "money/Currency.h"

#include <QDate>
#include <QList>

namespace subdesk::subscriptions {

/** Where a subscription stands on a given day (derived from its events, never stored). */
enum class SubscriptionStatus
{
    Scheduled, ///< starts later
    Trialing,
    Active,
    Paused,
    Cancelled,
    Expired,
};

QString subscriptionStatusKey(SubscriptionStatus status); ///< "scheduled", "trialing", "active", ...
std::optional<SubscriptionStatus> subscriptionStatusFromKey(const QString& key);
QString subscriptionStatusName(SubscriptionStatus status); ///< translated
const QList<SubscriptionStatus>& allSubscriptionStatuses();

/**
 * A customer's subscription: the few facts fixed at creation plus its event log. Everything else
 * (plan, quantity, status on a day) is read from the events; see SubscriptionTimeline.
 */
struct Subscription
{
    SubscriptionId id;
    CustomerId customerId;
    /** The currency of all its prices and documents (the customer's currency at creation). */
    Currency currency;
    QDate startDate;
    /** Free days from startDate; the first paid period starts after them (BILLING.md §5). */
    int trialDays = 0;
    /** Copied from the plan at creation, so later plan edits do not change a sold term. */
    catalog::PlanTerm term;
    /**
     * Everything due on or before this date has been billed (the date of the last billing run that
     * covered it); invalid before the first run. The billing engine starts after it.
     */
    QDate billedThrough;
    /** Ordered by effectiveDate, then by id (recording order). The first is Created. */
    QList<SubscriptionEvent> events;

    /** The event with id, or nullptr. */
    const SubscriptionEvent* event(EventId id) const;
    friend bool operator==(const Subscription&, const Subscription&) = default;
};

} // namespace subdesk::subscriptions
