#pragma once

#include <QList>
#include <QStringList>

namespace subdesk::demo::detail {

/** What happens to one subscription over the demo history (its status as of today in brackets). */
enum class Story
{
    Steady, ///< monthly or yearly, untouched (active; Cloud Backup Start ones may be migrated to the new price)
    Trialing, ///< started within its trial (trialing)
    TrialAbandoned, ///< cancelled during the trial (cancelled)
    Upgrade, ///< to the bigger plan of the product, prorated (active)
    Downgrade, ///< to the smaller plan at the end of the period (active)
    Seats, ///< users or contacts added and removed over time (active)
    Temporary, ///< a bigger plan or more seats for a while, then back by itself (active)
    PausedNow, ///< paused a few weeks ago (paused)
    PausedResumed, ///< paused and resumed (active)
    CancelledNow, ///< cancelled with immediate effect (cancelled)
    CancelledAtPeriodEnd, ///< cancelled at the end of a monthly period (cancelled)
    CancelScheduled, ///< cancelled today, ends at the end of the period (active, ending)
    Reactivated, ///< cancelled, then came back (active)
    ContractExpired, ///< a 12-month contract that ran out (expired; some signed a new one)
    ContractRunning, ///< a 12-month contract still running (active)
    ScheduledStart, ///< signed today, starts in a few weeks (scheduled)
    IntervalSwitch, ///< moved from monthly to yearly billing (active)
    AddOnsLater, ///< add-ons bought after the start (active)
    CouponLater, ///< a retention discount after the start (active)
};

/** How a story ends. */
enum class Reach
{
    Open, ///< runs until the customer leaves (the churn hazard) or today
    Closed, ///< ends (or not) by its own script; the customer stays until today
    Today, ///< about the customer's state today: only for customers who have not left
};

struct StoryWeight
{
    Story story;
    int weight;
    /** Days of history the story needs: it starts at least this long before the customer leaves (or today). */
    int minDays;
    bool businessOnly;
    Reach reach;
};

/** The monthly churn hazard in basis points: about 2 %, more in the first months after signing up. */
constexpr int kChurnBasisPoints = 175;
constexpr int kEarlyChurnBasisPoints = 225;
constexpr int kEarlyMonths = 3;
/** Of the customers who left, the percentage who come back later. */
constexpr int kComebackPercent = 25;

/** Every story with its weight, in the order they are drawn. */
const QList<StoryWeight>& storyWeights();
const StoryWeight& weightOf(Story story);
/** What customers say when they leave (DemoScript's churn) and when a story cancels. */
const QStringList& churnNotes();
const QStringList& cancelNotes();

} // namespace subdesk::demo::detail
