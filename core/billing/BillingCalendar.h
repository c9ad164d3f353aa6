#pragma once

#include "BillingInterval.h"

#include <QDate>
#include <QList>
#include <QString>

namespace subdesk::billing {

/** A half-open range of calendar dates [start, end) (BILLING.md §2). */
struct BillingPeriod
{
    QDate start;
    QDate end;

    /** days(start, end); 0 for an empty period. */
    qint64 days() const { return start.daysTo(end); }
    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    bool isEmpty() const { return start == end; }
    /** start ≤ date < end: a period's end date belongs to the next period. */
    bool contains(QDate date) const { return start <= date && date < end; }
    /** Whether part is a valid period lying within this one (an empty part at the end counts). */
    bool covers(const BillingPeriod& part) const { return part.isValid() && start <= part.start && part.end <= end; }
    /** "2021-09-25 → 2021-10-17", as derivation texts show it. */
    QString toString() const;

    friend bool operator==(const BillingPeriod& a, const BillingPeriod& b) = default;
};

/**
 * The billing periods of one subscription: period k (any integer k, also negative) is
 * [boundary(k), boundary(k + 1)) and period 0 starts at the anchor (BILLING.md §2).
 *
 * Every boundary is computed from the anchor, never from the previous boundary, so dates never
 * drift. Day and week intervals are plain day arithmetic. Month and year intervals keep the
 * anchor day (1..31): boundary k falls in the month k × interval after the anchor's month, on the
 * anchor day or on that month's last day if it is shorter. From anchor 2025-01-31 monthly the
 * boundaries are Feb 28, Mar 31, Apr 30, May 31, ... (Feb 29 in a leap year); a yearly anchor of
 * Feb 29 falls on Feb 28 in other years and on Feb 29 again in leap years.
 *
 * The anchor day is the anchor's own day unless given. Giving it lets a calendar start on a date
 * that is already clamped: anchor 2025-02-28 with anchor day 31 continues Mar 31, Apr 30, ...
 */
class BillingCalendar
{
public:
    /**
     * anchor must be valid and interval valid. anchorDay is 0 (the anchor's own day) or 1..31 for
     * month and year intervals, and then the anchor must lie on it (clamped to its month's end);
     * for day and week intervals it must be 0.
     */
    BillingCalendar(QDate anchor, BillingInterval interval, int anchorDay = 0);

    QDate anchor() const { return m_anchor; }
    BillingInterval interval() const { return m_interval; }
    /** 1..31 for month and year intervals, 0 for day and week intervals. */
    int anchorDay() const { return m_anchorDay; }

    /** Start of period index (anchor + index × interval, computed from the anchor). */
    QDate boundary(qint64 index) const;
    BillingPeriod period(qint64 index) const { return {boundary(index), boundary(index + 1)}; }
    /** Index of the period containing date (negative before the anchor). */
    qint64 indexOf(QDate date) const;

    /** The period p with p.start ≤ date < p.end, before the anchor too. */
    BillingPeriod periodContaining(QDate date) const { return period(indexOf(date)); }
    /** The first period whose start is date or later. */
    BillingPeriod periodStartingOnOrAfter(QDate date) const;
    /** The first boundary strictly after date: the end of the period containing date. */
    QDate nextBoundaryAfter(QDate date) const { return boundary(indexOf(date) + 1); }
    /**
     * The periods whose start lies in [from, to] (both inclusive), in order: what a billing run as
     * of `to` bills in advance when it last ran before `from` (catch-up, BILLING.md §3).
     */
    QList<BillingPeriod> periodsBetween(QDate from, QDate to) const;

    /** Days from a to b (negative when b is earlier). */
    static qint64 days(QDate a, QDate b) { return a.daysTo(b); }

    /**
     * The calendar of a subscription that starts on start and is billed on anchorDay (BILLING.md §4,
     * "Aligned start"). Its anchor is the first anchor date on or after start:
     *  - month intervals: the first date ≥ start on day anchorDay of its month, or on the month's
     *    last day when the month is shorter (anchor day 31 from Feb 10, 2025 gives Feb 28, and
     *    the periods then end Mar 31, Apr 30, ...). anchorMonth must be 0.
     *  - year intervals: with anchorMonth 0, as for months (the next occurrence of the day in any
     *    month, then yearly from there); with anchorMonth 1..12, the first date ≥ start on
     *    anchorMonth/anchorDay (clamped, so 2/29 falls on Feb 28 in other years).
     *  - week intervals: anchorDay is an ISO weekday (1 = Monday .. 7 = Sunday).
     *  - day intervals: anchorDay is ignored and the anchor is start.
     * anchorDay 0 means start's own day, so the anchor is start itself.
     * The full period to prorate the first, short period against is periodContaining(start).
     */
    static BillingCalendar aligned(QDate start, int anchorDay, BillingInterval interval, int anchorMonth = 0);
    /**
     * The first period of a subscription starting on start: [start, next anchor date) when start
     * is not on the anchor day (a short period, charged prorated against
     * aligned(...).periodContaining(start)), otherwise the full first period. See aligned().
     */
    static BillingPeriod firstPeriod(QDate start, int anchorDay, BillingInterval interval, int anchorMonth = 0);

    /**
     * The day after a trial of trialDays days (≥ 0) starting on start: the trial is
     * [start, trialEnd) and charges nothing (BILLING.md §5). The first paid period is
     * firstPeriod(trialEnd, anchorDay, interval): without an anchor day (0) the trial end becomes
     * the anchor and the first paid period is a full one; with an anchor day it is prorated up to
     * the first anchor date, like an aligned start.
     */
    static QDate trialEnd(QDate start, int trialDays);

private:
    bool isMonthBased() const;
    qint64 stepDays() const;
    qint64 stepMonths() const;

    QDate m_anchor;
    BillingInterval m_interval;
    int m_anchorDay = 0;
};

} // namespace subdesk::billing
