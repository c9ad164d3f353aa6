#pragma once

#include <QDate>
#include <QDateTime>

namespace subdesk {

/** Where "now" comes from. Production uses SystemClock; tests inject a FixedClock. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current moment in UTC. */
    virtual QDateTime now() const = 0;
    /** Today's calendar date in the user's time zone. */
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    QDate today() const override;
};

/** A clock that stands still until told otherwise. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now);
    QDateTime now() const override;
    QDate today() const override;
    void set(QDateTime now);
    void advanceDays(int days);

private:
    QDateTime m_now;
};

} // namespace subdesk
