#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QRadioButton;

namespace subdesk::ui {

/**
 * When a change, pause or cancellation takes effect: now (prorated), on a date (prorated) or at
 * the end of the current period (not prorated). The date edit is enabled with its choice only.
 */
class TimingSelector final : public QWidget
{
    Q_OBJECT

public:
    /** today: the earliest date; periodEnd: where the current period ends (invalid: no "at period end"). */
    TimingSelector(QDate today, QDate periodEnd, QWidget* parent = nullptr);

    subscriptions::Timing timing() const;
    /** The date of "on date"; today for "now", the period end for "at period end". */
    QDate effectiveDate() const;
    void setTiming(subscriptions::Timing timing);
    void setDate(QDate date);
    /** "Now" and "on date" prorate; some choices (a temporary change) allow only them. */
    void setPeriodEndAllowed(bool allowed);

Q_SIGNALS:
    void changed();

private:
    void update();

    QDate m_today;
    QDate m_periodEnd;
    QRadioButton* m_now = nullptr;
    QRadioButton* m_onDate = nullptr;
    QRadioButton* m_periodEndChoice = nullptr;
    QDateEdit* m_date = nullptr;
};

} // namespace subdesk::ui
