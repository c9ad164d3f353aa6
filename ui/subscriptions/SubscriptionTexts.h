#pragma once

#include "billing/BillingInterval.h"
#include "catalog/Catalog.h"
#include "money/Money.h"
#include "subscriptions/SubscriptionEvent.h"

#include <QDate>
#include <QString>

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

/**
 * The texts the subscriptions views and dialogs show for amounts, dates, plans and
 * configurations, in the user's locale. Shared so that a table, a detail pane and a dialog say
 * the same thing the same way.
 */
namespace subscriptiontext {

/** An amount in the user's locale with its currency symbol; empty for an amount without currency. */
QString money(const Money& amount);
/** A short date in the user's locale; empty for an invalid date. */
QString date(QDate date);
/** The customer's display name, or "Customer 12" when it cannot be read. */
QString customerName(customers::CustomerService& customers, CustomerId id);
/** "Pro (PRO-M)"; the plan's id when the catalog no longer has it. */
QString planName(const catalog::Catalog& catalog, PlanId plan);
/** The add-on's name, or its id when the catalog no longer has it. */
QString addOnName(const catalog::Catalog& catalog, AddOnId addOn);
/** "Pro (PRO-M) × 3, monthly, + Extra storage × 2, coupon SPRING25". */
QString configSummary(const catalog::Catalog& catalog, const subscriptions::SubscriptionConfig& config);
/**
 * What changed from before to after, one clause per difference: "Plan Basic (BASIC) → Pro (PRO);
 * quantity 3 → 5". Empty when nothing a clerk would notice changed.
 */
QString configChanges(const catalog::Catalog& catalog, const subscriptions::SubscriptionConfig& before,
                      const subscriptions::SubscriptionConfig& after);
/** A price for a label: "10.00 €" (flat), "8.00 € per unit", else the model's one-line description. */
QString priceText(const catalog::PricingModel& model);
/** An anchor day as the clerk reads it: "Day 15" for months and years, "Monday" for weeks, "None" for 0. */
QString anchorDayText(int anchorDay, billing::IntervalUnit unit);

} // namespace subscriptiontext

} // namespace subdesk::ui
