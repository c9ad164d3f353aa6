#include "SubscriptionEvent.h"

#include "common/EnumKeys.h"

namespace subdesk::subscriptions {

namespace {
const EnumKey<EventKind> kKinds[] = {
    {EventKind::Created, "created", QT_TRANSLATE_NOOP("SubscriptionEvent", "Created")},
    {EventKind::Changed, "changed", QT_TRANSLATE_NOOP("SubscriptionEvent", "Changed")},
    {EventKind::TemporaryChange, "temporary_change", QT_TRANSLATE_NOOP("SubscriptionEvent", "Temporary change")},
    {EventKind::Reverted, "reverted", QT_TRANSLATE_NOOP("SubscriptionEvent", "Temporary change ended")},
    {EventKind::PriceMigrated, "price_migrated", QT_TRANSLATE_NOOP("SubscriptionEvent", "Moved to new prices")},
    {EventKind::Paused, "paused", QT_TRANSLATE_NOOP("SubscriptionEvent", "Paused")},
    {EventKind::Resumed, "resumed", QT_TRANSLATE_NOOP("SubscriptionEvent", "Resumed")},
    {EventKind::Cancelled, "cancelled", QT_TRANSLATE_NOOP("SubscriptionEvent", "Cancelled")},
    {EventKind::Reactivated, "reactivated", QT_TRANSLATE_NOOP("SubscriptionEvent", "Reactivated")},
    {EventKind::Renewed, "renewed", QT_TRANSLATE_NOOP("SubscriptionEvent", "Renewed")},
    {EventKind::Expired, "expired", QT_TRANSLATE_NOOP("SubscriptionEvent", "Expired")},
};
} // namespace

QString eventKindKey(EventKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<EventKind> eventKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString eventKindName(EventKind kind)
{
    return enumkeys::name(kKinds, kind, "SubscriptionEvent");
}

bool eventCarriesConfig(EventKind kind)
{
    switch (kind) {
    case EventKind::Created:
    case EventKind::Changed:
    case EventKind::TemporaryChange:
    case EventKind::Reverted:
    case EventKind::PriceMigrated:
        return true;
    default:
        return false;
    }
}

} // namespace subdesk::subscriptions
