#include "Clock.h"

namespace subdesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

FixedClock::FixedClock(QDateTime now)
    : m_now(std::move(now))
{ }

QDateTime FixedClock::now() const
{
    return m_now.toUTC();
}

QDate FixedClock::today() const
{
    // The date in the time spec the clock was set with (tests pass UTC, as CI's zone is).
    return m_now.date();
}

void FixedClock::set(QDateTime now)
{
    m_now = std::move(now);
}

void FixedClock::advanceDays(int days)
{
    m_now = m_now.addDays(days);
}

} // namespace subdesk
