#include "BillingCalendar.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace subdesk::billing {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    Q_ASSERT(b > 0);
    const qint64 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

/** year-month-day, with the day clamped to the month's last day. */
QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

/** The first date on or after start that falls on day (clamped to the month's end). */
QDate nextOnDayOfMonth(QDate start, int day)
{
    const QDate here = clampedDate(start.year(), start.month(), day);
    if (here >= start)
        return here;
    const QDate nextMonth = QDate(start.year(), start.month(), 1).addMonths(1);
    return clampedDate(nextMonth.year(), nextMonth.month(), day);
}

} // namespace

QString BillingPeriod::toString() const
{
    return start.toString(Qt::ISODate) + QStringLiteral(" → ") + end.toString(Qt::ISODate);
}

BillingCalendar::BillingCalendar(QDate anchor, BillingInterval interval, int anchorDay)
    : m_anchor(anchor)
    , m_interval(interval)
    , m_anchorDay(anchorDay)
{
    Q_ASSERT(anchor.isValid());
    Q_ASSERT(interval.isValid());
    if (isMonthBased()) {
        if (m_anchorDay == 0)
            m_anchorDay = anchor.day();
        Q_ASSERT(m_anchorDay >= 1 && m_anchorDay <= 31);
        Q_ASSERT(anchor == clampedDate(anchor.year(), anchor.month(), m_anchorDay));
    } else {
        Q_ASSERT(anchorDay == 0);
        m_anchorDay = 0;
    }
}

bool BillingCalendar::isMonthBased() const
{
    return m_interval.unit == IntervalUnit::Month || m_interval.unit == IntervalUnit::Year;
}

qint64 BillingCalendar::stepDays() const
{
    return m_interval.unit == IntervalUnit::Week ? 7 * qint64(m_interval.count) : qint64(m_interval.count);
}

qint64 BillingCalendar::stepMonths() const
{
    return m_interval.unit == IntervalUnit::Year ? 12 * qint64(m_interval.count) : qint64(m_interval.count);
}

QDate BillingCalendar::boundary(qint64 index) const
{
    if (!isMonthBased())
        return m_anchor.addDays(index * stepDays());
    // Month and year: go from the first of the anchor's month (which every month has), then put
    // the anchor day back, clamped. Never derived from another boundary, so nothing drifts.
    const qint64 months = index * stepMonths();
    Q_ASSERT(months >= std::numeric_limits<int>::min() && months <= std::numeric_limits<int>::max());
    const QDate month = QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(int(months));
    return clampedDate(month.year(), month.month(), m_anchorDay);
}

qint64 BillingCalendar::indexOf(QDate date) const
{
    Q_ASSERT(date.isValid());
    qint64 index = 0;
    if (isMonthBased()) {
        const qint64 months = (qint64(date.year()) - m_anchor.year()) * 12 + (date.month() - m_anchor.month());
        index = floorDiv(months, stepMonths());
    } else {
        index = floorDiv(m_anchor.daysTo(date), stepDays());
    }
    // The estimate is exact for day arithmetic and at most one period late for months (same month
    // as the boundary, but before its day); the loops settle both.
    while (boundary(index) > date)
        --index;
    while (boundary(index + 1) <= date)
        ++index;
    return index;
}

BillingPeriod BillingCalendar::periodStartingOnOrAfter(QDate date) const
{
    const qint64 index = indexOf(date);
    return boundary(index) == date ? period(index) : period(index + 1);
}

QList<BillingPeriod> BillingCalendar::periodsBetween(QDate from, QDate to) const
{
    QList<BillingPeriod> periods;
    if (from > to)
        return periods;
    qint64 index = indexOf(from);
    if (boundary(index) < from)
        ++index;
    for (QDate start = boundary(index); start <= to; start = boundary(index)) {
        periods.append(period(index));
        ++index;
    }
    return periods;
}

BillingCalendar BillingCalendar::aligned(QDate start, int anchorDay, BillingInterval interval, int anchorMonth)
{
    Q_ASSERT(start.isValid());
    Q_ASSERT(anchorMonth == 0 || interval.unit == IntervalUnit::Year);
    switch (interval.unit) {
    case IntervalUnit::Day:
        return BillingCalendar(start, interval);
    case IntervalUnit::Week: {
        Q_ASSERT(anchorDay >= 0 && anchorDay <= 7);
        const int weekday = anchorDay == 0 ? start.dayOfWeek() : anchorDay;
        return BillingCalendar(start.addDays((weekday - start.dayOfWeek() + 7) % 7), interval);
    }
    case IntervalUnit::Month:
    case IntervalUnit::Year:
        break;
    }
    Q_ASSERT(anchorDay >= 0 && anchorDay <= 31);
    Q_ASSERT(anchorMonth >= 0 && anchorMonth <= 12);
    const int day = anchorDay == 0 ? start.day() : anchorDay;
    if (anchorMonth == 0)
        return BillingCalendar(nextOnDayOfMonth(start, day), interval, day);
    QDate anchor = clampedDate(start.year(), anchorMonth, day);
    if (anchor < start)
        anchor = clampedDate(start.year() + 1, anchorMonth, day);
    return BillingCalendar(anchor, interval, day);
}

BillingPeriod BillingCalendar::firstPeriod(QDate start, int anchorDay, BillingInterval interval, int anchorMonth)
{
    const BillingCalendar calendar = aligned(start, anchorDay, interval, anchorMonth);
    if (calendar.anchor() == start)
        return calendar.period(0);
    return {start, calendar.anchor()};
}

QDate BillingCalendar::trialEnd(QDate start, int trialDays)
{
    Q_ASSERT(start.isValid());
    Q_ASSERT(trialDays >= 0);
    return start.addDays(trialDays);
}

} // namespace subdesk::billing
