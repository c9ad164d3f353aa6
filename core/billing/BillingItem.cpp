#include "BillingItem.h"

#include "common/EnumKeys.h"

namespace subdesk::billing {

namespace {
const EnumKey<LineKind> kKinds[] = {
    {LineKind::Plan, "plan", QT_TRANSLATE_NOOP("BillingItem", "Plan")},
    {LineKind::AddOn, "add_on", QT_TRANSLATE_NOOP("BillingItem", "Add-on")},
    {LineKind::OneTime, "one_time", QT_TRANSLATE_NOOP("BillingItem", "One-time charge")},
    {LineKind::Setup, "setup", QT_TRANSLATE_NOOP("BillingItem", "Setup fee")},
    {LineKind::Usage, "usage", QT_TRANSLATE_NOOP("BillingItem", "Usage")},
    {LineKind::Discount, "discount", QT_TRANSLATE_NOOP("BillingItem", "Discount")},
    {LineKind::ProrationCredit, "proration_credit", QT_TRANSLATE_NOOP("BillingItem", "Credit for unused time")},
    {LineKind::ProrationCharge, "proration_charge", QT_TRANSLATE_NOOP("BillingItem", "Charge for remaining time")},
    {LineKind::CancelCredit, "cancel_credit", QT_TRANSLATE_NOOP("BillingItem", "Credit on cancellation")},
};
} // namespace

QString lineKindKey(LineKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<LineKind> lineKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString lineKindName(LineKind kind)
{
    return enumkeys::name(kKinds, kind, "BillingItem");
}

} // namespace subdesk::billing
