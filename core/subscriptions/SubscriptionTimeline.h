#pragma once

#include "Subscription.h"
#include "billing/BillingCalendar.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace subdesk::subscriptions {

/**
 * A stretch of days [from, to) over which a subscription's state and configuration hold. Built by
 * replaying the events; the billing engine bills from segments and the views read states from them.
 */
struct Segment
{
    QDate from;
    QDate to; ///< invalid: open-ended
    SubscriptionStatus status = SubscriptionStatus::Active;
    SubscriptionConfig config;
    /** The billing calendar of the segment (Active and Trialing segments; carried over unchanged by plain changes). */
    billing::BillingCalendar calendar {QDate(2000, 1, 1), billing::BillingInterval {}};
    /**
     * Regular periods of this segment are billed from the first period start ≥ billFrom; when
     * startsCalendar and from is not on a boundary, the short period [from, next boundary) is
     * billed first, prorated (aligned start, BILLING.md §4).
     */
    QDate billFrom;
    /**
     * Regular periods starting before billTo are billed by this segment (invalid: open). Usually
     * `to`; a segment closed inside or at the start of a period by a prorated change or by a
     * stop extends to that period's end: the period stays billed on the old terms and the change
     * or stop adjusts it with credit and charge lines.
     */
    QDate billTo;
    bool startsCalendar = false;
    /**
     * The event whose date the billing calendar started on: nullopt for the subscription's first
     * calendar, else the interval change, resume or reactivation (its id may be 0 in a preview).
     * Regular lines of a later calendar get their own charge keys, so a period starting on the
     * same day as one already billed is still billed (BILLING.md §3 keys).
     */
    std::optional<EventId> calendarBy;
    /** The event that opened the segment (invalid for a trial's end or a term's expiry). */
    EventId openedBy;
    /** The kind of the event that opened it; nullopt for a trial's end or a term's expiry. */
    std::optional<EventKind> openedByKind;
    /** Whether that event was prorated (changes) or credits the unused time (pause, cancel). */
    bool openedProrated = false;

    bool contains(QDate d) const { return from <= d && (!to.isValid() || d < to); }
};

/**
 * A subscription's history as segments, from its events (BILLING.md §2–5). Events are applied in
 * order of effective date, then id. Validation of the event log (a change before the start, a
 * resume while active) happens here: an invalid log is an Invalid error naming the event.
 */
class SubscriptionTimeline
{
public:
    static Result<SubscriptionTimeline> build(const Subscription& subscription);

    const QList<Segment>& segments() const { return m_segments; }
    /** The segment containing date, or nullptr before the start. */
    const Segment* segmentOn(QDate date) const;
    SubscriptionStatus statusOn(QDate date) const;
    /** The configuration in effect on date (the last one before it for paused or ended subscriptions). */
    std::optional<SubscriptionConfig> configOn(QDate date) const;
    /**
     * The billing period containing date for an Active segment (the short first period of an
     * aligned start included); nullopt when nothing is billed on date.
     */
    std::optional<billing::BillingPeriod> periodOn(QDate date) const;
    /** The first date after `date` on which something recurring is billed; invalid when none. */
    QDate nextBillingDate(QDate date) const;
    /** The date the subscription ends (cancelled or expired), when it is known; invalid otherwise. */
    QDate endDate() const;

    /**
     * Every term end (renewal or expiry) on or before asOf, with the kind of event it needs
     * (Renewed or Expired), for fixed-term subscriptions.
     */
    QList<QPair<QDate, EventKind>> termEndsUntil(QDate asOf) const;

private:
    friend class TimelineBuilder;

    QList<Segment> m_segments;
    /** The current fixed term: its calendar and the index of its first full period; termPeriods 0 = evergreen. */
    std::optional<billing::BillingCalendar> m_termCalendar;
    qint64 m_termFirstIndex = 0;
    int m_termPeriods = 0;
    catalog::TermEndAction m_termAction = catalog::TermEndAction::Renew;
    /** The date the current term expires (Expire terms only). */
    QDate m_expiry;
};

} // namespace subdesk::subscriptions
