#include "Subscription.h"

#include "common/EnumKeys.h"

namespace subdesk::subscriptions {

namespace {
const EnumKey<SubscriptionStatus> kStatuses[] = {
    {SubscriptionStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Subscription", "Scheduled")},
    {SubscriptionStatus::Trialing, "trialing", QT_TRANSLATE_NOOP("Subscription", "Trial")},
    {SubscriptionStatus::Active, "active", QT_TRANSLATE_NOOP("Subscription", "Active")},
    {SubscriptionStatus::Paused, "paused", QT_TRANSLATE_NOOP("Subscription", "Paused")},
    {SubscriptionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Subscription", "Cancelled")},
    {SubscriptionStatus::Expired, "expired", QT_TRANSLATE_NOOP("Subscription", "Expired")},
};
} // namespace

QString subscriptionStatusKey(SubscriptionStatus status)
{
    return enumkeys::key(kStatuses, status);
}

std::optional<SubscriptionStatus> subscriptionStatusFromKey(const QString& key)
{
    return enumkeys::fromKey(kStatuses, key);
}

QString subscriptionStatusName(SubscriptionStatus status)
{
    return enumkeys::name(kStatuses, status, "Subscription");
}

const QList<SubscriptionStatus>& allSubscriptionStatuses()
{
    static const QList<SubscriptionStatus> statuses = enumkeys::values(kStatuses);
    return statuses;
}

const SubscriptionEvent* Subscription::event(EventId id) const
{
    for (const SubscriptionEvent& e : events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace subdesk::subscriptions
