#include "SubscriptionRequests.h"

#include "common/EnumKeys.h"

namespace subdesk::subscriptions {

namespace {

const EnumKey<Timing> kTimings[] = {
    {Timing::Immediately, "now"},
    {Timing::OnDate, "date"},
    {Timing::AtPeriodEnd, "period_end"},
};

} // namespace

QString timingKey(Timing timing)
{
    return enumkeys::key(kTimings, timing);
}

std::optional<Timing> timingFromKey(const QString& key)
{
    return enumkeys::fromKey(kTimings, key);
}

} // namespace subdesk::subscriptions
