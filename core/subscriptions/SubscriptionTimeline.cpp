#include "SubscriptionTimeline.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace subdesk::subscriptions {

using billing::BillingCalendar;
using billing::BillingInterval;
using billing::IntervalUnit;

namespace {

QString eventText(const SubscriptionEvent& event)
{
    return QCoreApplication::translate("SubscriptionTimeline", "%1 on %2")
        .arg(eventKindName(event.kind), event.effectiveDate.toString(Qt::ISODate));
}

Error invalidEvent(const SubscriptionEvent& event, const QString& why)
{
    return Error(ErrorCode::Invalid,
                 QCoreApplication::translate("SubscriptionTimeline", "The event \"%1\" is not possible: %2")
                     .arg(eventText(event), why));
}

bool isBoundary(const BillingCalendar& calendar, QDate date)
{
    return calendar.periodContaining(date).start == date;
}

/** The calendar of billing that (re)starts on start for config, keeping `previous`'s billing day. */
BillingCalendar calendarFrom(QDate start, const SubscriptionConfig& config, const BillingCalendar* previous)
{
    const BillingInterval interval = config.interval;
    int anchorDay = config.anchorDay;
    int anchorMonth = 0;
    if (previous && previous->interval().unit == interval.unit) {
        switch (interval.unit) {
        case IntervalUnit::Month:
            anchorDay = previous->anchorDay();
            break;
        case IntervalUnit::Year:
            anchorDay = previous->anchorDay();
            anchorMonth = previous->anchor().month();
            break;
        case IntervalUnit::Week:
            anchorDay = previous->anchor().dayOfWeek();
            break;
        case IntervalUnit::Day:
            anchorDay = 0;
            break;
        }
    } else if (interval.unit == IntervalUnit::Day) {
        anchorDay = 0;
    } else if (interval.unit == IntervalUnit::Week && anchorDay > 7) {
        anchorDay = 0;
    }
    return BillingCalendar::aligned(start, anchorDay, interval, anchorMonth);
}

} // namespace

/** Replays a subscription's events into segments (see SubscriptionTimeline). */
class TimelineBuilder
{
public:
    explicit TimelineBuilder(const Subscription& subscription)
        : m_subscription(subscription)
    { }

    Result<SubscriptionTimeline> build()
    {
        QList<const SubscriptionEvent*> events;
        events.reserve(m_subscription.events.size());
        for (const SubscriptionEvent& event : m_subscription.events)
            events.append(&event);
        std::stable_sort(events.begin(), events.end(), [](const SubscriptionEvent* a, const SubscriptionEvent* b) {
            return a->effectiveDate < b->effectiveDate;
        });
        if (events.isEmpty() || events.first()->kind != EventKind::Created) {
            return Error(
                ErrorCode::Invalid,
                QCoreApplication::translate("SubscriptionTimeline", "The subscription has no \"Created\" event."));
        }
        if (Status s = created(*events.first()); !s)
            return s.error();
        for (qsizetype i = 1; i < events.size(); ++i) {
            const SubscriptionEvent& event = *events.at(i);
            if (Status s = runSyntheticUntil(event.effectiveDate, true); !s)
                return s.error();
            if (Status s = apply(event); !s)
                return s.error();
        }
        // A trial ending and a term expiring after the last event still happen.
        if (Status s = runSyntheticUntil(QDate(), false); !s)
            return s.error();
        return std::move(m_timeline);
    }

private:
    Segment& current() { return m_timeline.m_segments.last(); }
    Segment& previous() { return m_timeline.m_segments[m_timeline.m_segments.size() - 2]; }

    /**
     * Closes the current segment at date and opens a copy from date. Segments may be empty (two
     * events on one day): an empty segment still bills what its billTo says.
     */
    Segment& openAt(QDate date)
    {
        Segment& last = current();
        Segment next = last;
        last.to = date;
        last.billTo = date;
        next.from = date;
        next.to = QDate();
        next.billTo = QDate();
        next.startsCalendar = false;
        next.openedBy = EventId();
        next.openedByKind.reset();
        next.openedProrated = false;
        m_timeline.m_segments.append(next);
        return current();
    }

    Status created(const SubscriptionEvent& event)
    {
        if (event.effectiveDate != m_subscription.startDate || !event.config) {
            return invalidEvent(event,
                                QCoreApplication::translate("SubscriptionTimeline",
                                                            "it must be dated on the start date and carry the "
                                                            "configuration."));
        }
        if (Status s = event.config->interval.validate(); !s)
            return s;
        Segment segment;
        segment.from = event.effectiveDate;
        segment.config = *event.config;
        segment.openedBy = event.id;
        segment.openedByKind = event.kind;
        segment.calendar = BillingCalendar(event.effectiveDate, event.config->interval);
        if (m_subscription.trialDays > 0) {
            segment.status = SubscriptionStatus::Trialing;
            m_trialEnd = BillingCalendar::trialEnd(event.effectiveDate, m_subscription.trialDays);
            m_timeline.m_segments.append(segment);
        } else {
            m_timeline.m_segments.append(segment);
            startBilling(current(), event.effectiveDate, nullptr, true);
        }
        return {};
    }

    /** Makes seg an Active segment whose billing calendar (re)starts at billStart. */
    void startBilling(Segment& seg, QDate billStart, const BillingCalendar* previous, bool newTerm)
    {
        seg.status = SubscriptionStatus::Active;
        seg.calendar = calendarFrom(billStart, seg.config, previous);
        seg.billFrom = billStart;
        seg.startsCalendar = true;
        if (newTerm)
            startTerm(seg);
    }

    void startTerm(const Segment& seg)
    {
        const catalog::PlanTerm& term = m_subscription.term;
        m_timeline.m_termPeriods = term.periods;
        m_timeline.m_termAction = term.endAction;
        m_timeline.m_expiry = QDate();
        if (term.isEvergreen()) {
            m_timeline.m_termCalendar.reset();
            return;
        }
        m_timeline.m_termCalendar = seg.calendar;
        const qint64 index = seg.calendar.indexOf(seg.billFrom);
        m_timeline.m_termFirstIndex = isBoundary(seg.calendar, seg.billFrom) ? index : index + 1;
        if (term.endAction == catalog::TermEndAction::Expire)
            m_timeline.m_expiry = seg.calendar.boundary(m_timeline.m_termFirstIndex + term.periods);
    }

    /** Applies the trial's end and a term's expiry that fall before `until` (on it too when inclusive). */
    Status runSyntheticUntil(QDate until, bool bounded)
    {
        for (;;) {
            QDate next;
            bool trial = false;
            if (m_trialEnd.isValid() && current().status == SubscriptionStatus::Trialing) {
                next = m_trialEnd;
                trial = true;
            }
            const QDate expiry = m_timeline.m_expiry;
            const bool live =
                current().status == SubscriptionStatus::Active || current().status == SubscriptionStatus::Paused;
            if (expiry.isValid() && live && (!next.isValid() || expiry < next)) {
                next = expiry;
                trial = false;
            }
            if (!next.isValid() || (bounded && next > until))
                return {};
            if (trial) {
                m_trialEnd = QDate();
                Segment& seg = openAt(next);
                startBilling(seg, next, nullptr, true);
            } else {
                Segment& seg = openAt(next);
                seg.status = SubscriptionStatus::Expired;
                m_timeline.m_expiry = QDate();
            }
        }
    }

    Status apply(const SubscriptionEvent& event)
    {
        const SubscriptionStatus status = current().status;
        auto why = [](const char* text) { return QCoreApplication::translate("SubscriptionTimeline", text); };
        switch (event.kind) {
        case EventKind::Created:
            return invalidEvent(event, why("a subscription is created only once."));
        case EventKind::Changed:
        case EventKind::TemporaryChange:
        case EventKind::Reverted:
        case EventKind::PriceMigrated:
            if (!event.config)
                return invalidEvent(event, why("it carries no configuration."));
            // On an ended subscription a configuration still applies if it is reactivated (a
            // temporary change's revert after a cancellation, a change scheduled before it).
            if (Status s = event.config->interval.validate(); !s)
                return s;
            return change(event);
        case EventKind::Paused:
            if (status != SubscriptionStatus::Active)
                return invalidEvent(event, why("only an active subscription can be paused."));
            stop(event, SubscriptionStatus::Paused);
            return {};
        case EventKind::Cancelled:
            if (status == SubscriptionStatus::Cancelled || status == SubscriptionStatus::Expired)
                return invalidEvent(event, why("the subscription has already ended."));
            if (status == SubscriptionStatus::Trialing)
                m_trialEnd = QDate();
            stop(event, SubscriptionStatus::Cancelled);
            return {};
        case EventKind::Expired:
            if (status == SubscriptionStatus::Expired)
                return {}; // the run records the expiry the timeline already applied
            if (status == SubscriptionStatus::Cancelled)
                return invalidEvent(event, why("the subscription has already ended."));
            stop(event, SubscriptionStatus::Expired);
            return {};
        case EventKind::Resumed:
            if (status != SubscriptionStatus::Paused)
                return invalidEvent(event, why("only a paused subscription can be resumed."));
            restart(event, false);
            return {};
        case EventKind::Reactivated:
            if (status != SubscriptionStatus::Cancelled && status != SubscriptionStatus::Expired)
                return invalidEvent(event, why("only a cancelled or expired subscription can be reactivated."));
            restart(event, true);
            return {};
        case EventKind::Renewed:
            return {}; // a record of a term end; billing simply continues
        }
        return {};
    }

    Status change(const SubscriptionEvent& event)
    {
        const QDate date = event.effectiveDate;
        const Segment before = current();
        Segment& seg = openAt(date);
        seg.config = *event.config;
        seg.openedBy = event.id;
        seg.openedByKind = event.kind;
        seg.openedProrated = event.prorate;
        if (before.status != SubscriptionStatus::Active)
            return {}; // a trial, a pause or an ended subscription takes it when billing (re)starts
        const bool newCalendar = event.config->interval != before.config.interval;
        if (!event.prorate && before.startsCalendar && date <= before.billFrom) {
            // Changed before (or on) the first day its billing calendar starts, with nothing
            // billed yet: that start simply happens on the new terms (an aligned start keeps its
            // short first period, an interval change starts its calendar there).
            seg.billFrom = before.billFrom;
            seg.startsCalendar = true;
            seg.calendarBy = before.calendarBy;
            if (newCalendar) {
                seg.calendar = calendarFrom(before.billFrom, seg.config, nullptr);
                seg.calendarBy = event.id;
            }
            return {};
        }
        if (event.prorate)
            previous().billTo = before.calendar.nextBoundaryAfter(date);
        if (newCalendar) {
            // Interval change (BILLING.md §4): the new period starts at the change (prorated) or
            // at the old period's end (not prorated), with a new anchor there.
            const QDate start = event.prorate ? date : before.calendar.periodStartingOnOrAfter(date).start;
            seg.calendar = BillingCalendar::aligned(start, 0, seg.config.interval);
            seg.billFrom = start;
            seg.startsCalendar = true;
            seg.calendarBy = event.id;
        } else {
            seg.calendar = before.calendar;
            seg.startsCalendar = false;
            seg.billFrom = event.prorate ? before.calendar.nextBoundaryAfter(date)
                                         : before.calendar.periodStartingOnOrAfter(date).start;
        }
        return {};
    }

    void stop(const SubscriptionEvent& event, SubscriptionStatus status)
    {
        const Segment before = current();
        Segment& seg = openAt(event.effectiveDate);
        seg.status = status;
        seg.openedBy = event.id;
        seg.openedByKind = event.kind;
        seg.openedProrated = event.prorate && before.status == SubscriptionStatus::Active;
        // What the customer has paid for: up to the stop when credited, else to the period's end.
        if (before.status == SubscriptionStatus::Active) {
            // A period already started stays billed: credited for the unused part (prorate), or
            // kept whole. A stop on a period's first day bills nothing of it unless prorated.
            const QDate date = event.effectiveDate;
            const QDate periodEnd = before.calendar.nextBoundaryAfter(date);
            const bool onBoundary =
                isBoundary(before.calendar, date) || (before.startsCalendar && date == before.billFrom);
            if (seg.openedProrated || !onBoundary)
                previous().billTo = periodEnd;
            m_paidThrough = seg.openedProrated || onBoundary ? date : periodEnd;
        } else if (before.status == SubscriptionStatus::Trialing || before.status == SubscriptionStatus::Scheduled)
            m_paidThrough = QDate();
        m_stoppedExpiry = m_timeline.m_expiry;
        if (status != SubscriptionStatus::Paused)
            m_timeline.m_expiry = QDate(); // an ended subscription's term ends with it
    }

    void restart(const SubscriptionEvent& event, bool newTerm)
    {
        const Segment before = current();
        const qsizetype count = m_timeline.m_segments.size();
        const Segment* active = count >= 2 ? &m_timeline.m_segments.at(count - 2) : nullptr;
        Segment& seg = openAt(event.effectiveDate);
        seg.openedBy = event.id;
        seg.openedByKind = event.kind;
        seg.openedProrated = false;
        if (active && active->status == SubscriptionStatus::Active && before.from == event.effectiveDate
            && !before.openedProrated && active->billTo == before.from) {
            // Withdrawing a stop on the day it takes effect (a cancellation or pause scheduled for
            // a period's end): billing simply continues on the same calendar and term.
            seg.status = SubscriptionStatus::Active;
            seg.calendar = active->calendar;
            seg.calendarBy = active->calendarBy;
            seg.startsCalendar = false;
            seg.billFrom = active->calendar.periodStartingOnOrAfter(event.effectiveDate).start;
            m_timeline.m_expiry = m_stoppedExpiry;
            m_paidThrough = QDate();
            return;
        }
        // Time already paid for (stopped without credit) is not charged again.
        const QDate billStart =
            m_paidThrough.isValid() && m_paidThrough > event.effectiveDate ? m_paidThrough : event.effectiveDate;
        startBilling(seg, billStart, &before.calendar, newTerm);
        seg.calendarBy = event.id;
        m_paidThrough = QDate();
    }

    const Subscription& m_subscription;
    SubscriptionTimeline m_timeline;
    QDate m_trialEnd;
    QDate m_paidThrough;
    /** The term's expiry before the last stop, restored when the stop is withdrawn. */
    QDate m_stoppedExpiry;
};

Result<SubscriptionTimeline> SubscriptionTimeline::build(const Subscription& subscription)
{
    return TimelineBuilder(subscription).build();
}

const Segment* SubscriptionTimeline::segmentOn(QDate date) const
{
    for (qsizetype i = m_segments.size() - 1; i >= 0; --i) {
        if (m_segments.at(i).from <= date)
            return &m_segments.at(i);
    }
    return nullptr;
}

SubscriptionStatus SubscriptionTimeline::statusOn(QDate date) const
{
    const Segment* seg = segmentOn(date);
    return seg ? seg->status : SubscriptionStatus::Scheduled;
}

std::optional<SubscriptionConfig> SubscriptionTimeline::configOn(QDate date) const
{
    const Segment* seg = segmentOn(date);
    if (!seg)
        return m_segments.isEmpty() ? std::nullopt : std::optional(m_segments.first().config);
    return seg->config;
}

std::optional<billing::BillingPeriod> SubscriptionTimeline::periodOn(QDate date) const
{
    const Segment* seg = segmentOn(date);
    if (!seg || seg->status != SubscriptionStatus::Active)
        return std::nullopt;
    billing::BillingPeriod period = seg->calendar.periodContaining(date);
    if (seg->startsCalendar && period.start < seg->billFrom && date >= seg->billFrom)
        period.start = seg->billFrom;
    return period;
}

QDate SubscriptionTimeline::nextBillingDate(QDate date) const
{
    for (const Segment& seg : m_segments) {
        if (seg.to.isValid() && seg.to <= date)
            continue;
        if (seg.status != SubscriptionStatus::Active)
            continue;
        const QDate after = std::max(date.addDays(1), seg.billFrom);
        const QDate candidate = (seg.startsCalendar && after == seg.billFrom)
            ? seg.billFrom
            : seg.calendar.periodStartingOnOrAfter(after).start;
        if (!seg.to.isValid() || candidate < seg.to)
            return candidate;
    }
    return {};
}

QDate SubscriptionTimeline::endDate() const
{
    if (m_segments.isEmpty())
        return {};
    const Segment& last = m_segments.last();
    if (last.status == SubscriptionStatus::Cancelled || last.status == SubscriptionStatus::Expired)
        return last.from;
    return m_expiry;
}

QList<QPair<QDate, EventKind>> SubscriptionTimeline::termEndsUntil(QDate asOf) const
{
    QList<QPair<QDate, EventKind>> ends;
    if (!m_termCalendar || m_termPeriods <= 0)
        return ends;
    if (m_termAction == catalog::TermEndAction::Expire) {
        // The expiry, whether still ahead in m_expiry or already applied as a segment.
        const QDate expiry = m_termCalendar->boundary(m_termFirstIndex + m_termPeriods);
        const SubscriptionStatus statusThen = statusOn(expiry);
        if (expiry <= asOf && statusThen == SubscriptionStatus::Expired)
            ends.append({expiry, EventKind::Expired});
        return ends;
    }
    for (qint64 k = 1;; ++k) {
        const QDate end = m_termCalendar->boundary(m_termFirstIndex + k * m_termPeriods);
        if (end > asOf)
            break;
        const SubscriptionStatus statusThen = statusOn(end);
        if (statusThen == SubscriptionStatus::Active || statusThen == SubscriptionStatus::Paused)
            ends.append({end, EventKind::Renewed});
        else
            break;
    }
    return ends;
}

} // namespace subdesk::subscriptions
