#include "DemoStories.h"

namespace subdesk::demo::detail {

const QList<StoryWeight>& storyWeights()
{
    static const QList<StoryWeight> weights = {
        {Story::Steady, 34, 1, false, Reach::Open},
        {Story::Trialing, 4, 0, false, Reach::Today},
        {Story::TrialAbandoned, 4, 60, false, Reach::Closed},
        {Story::Upgrade, 8, 60, false, Reach::Open},
        {Story::Downgrade, 5, 90, false, Reach::Open},
        {Story::Seats, 8, 120, false, Reach::Open},
        {Story::Temporary, 3, 100, false, Reach::Open},
        {Story::PausedNow, 3, 90, false, Reach::Today},
        {Story::PausedResumed, 3, 150, false, Reach::Open},
        {Story::CancelledNow, 2, 90, false, Reach::Closed},
        {Story::CancelledAtPeriodEnd, 2, 100, false, Reach::Closed},
        {Story::CancelScheduled, 3, 45, false, Reach::Today},
        {Story::Reactivated, 3, 180, false, Reach::Closed},
        {Story::ContractExpired, 3, 380, true, Reach::Closed},
        {Story::ContractRunning, 3, 1, true, Reach::Today},
        {Story::ScheduledStart, 3, 0, false, Reach::Today},
        {Story::IntervalSwitch, 4, 120, false, Reach::Open},
        {Story::AddOnsLater, 4, 100, false, Reach::Open},
        {Story::CouponLater, 3, 60, false, Reach::Open},
    };
    return weights;
}

const StoryWeight& weightOf(Story story)
{
    for (const StoryWeight& w : storyWeights()) {
        if (w.story == story)
            return w;
    }
    return storyWeights().constFirst();
}

const QStringList& churnNotes()
{
    static const QStringList notes = {
        QStringLiteral("Switched to a cheaper provider."),
        QStringLiteral("Project ended."),
        QStringLiteral("Moved everything to the new owner's tools."),
        QStringLiteral("Not using it enough."),
        QStringLiteral("Missing an integration we need."),
        QStringLiteral("Went out of business."),
    };
    return notes;
}

const QStringList& cancelNotes()
{
    static const QStringList notes = {
        QStringLiteral("Switched to another provider."), QStringLiteral("Closed the business."),
        QStringLiteral("Budget cuts this year."),        QStringLiteral("No longer needed after a merger."),
        QStringLiteral("Too few users to be worth it."),
    };
    return notes;
}

} // namespace subdesk::demo::detail
