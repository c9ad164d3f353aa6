#pragma once

#include "BillingFormat.h"
#include "catalog/Catalog.h"
#include "subscriptions/SubscriptionService.h"

namespace subdesk::cli {

/**
 * JSON and text of subscriptions for the `subscriptions` commands: summaries, the event timeline
 * and what an operation did (or would do in a preview). Same conventions as billingformat.
 */
namespace subscriptionformat {

QJsonObject configToJson(const subscriptions::SubscriptionConfig& config, const catalog::Catalog& catalog);
/** "PRO × 3, Monthly, add-ons EXTRA × 2, coupon SPRING25". */
QString configText(const subscriptions::SubscriptionConfig& config, const catalog::Catalog& catalog);

QJsonObject eventToJson(const subscriptions::SubscriptionEvent& event, const catalog::Catalog& catalog);
QJsonArray eventsToJson(const QList<subscriptions::SubscriptionEvent>& events, const catalog::Catalog& catalog);
/** Date, event, details (configuration, prorated or not, note). */
QStringList eventTable(const QList<subscriptions::SubscriptionEvent>& events, const catalog::Catalog& catalog);

QJsonObject summaryToJson(const subscriptions::SubscriptionSummary& summary);
QStringList summaryDetails(const subscriptions::SubscriptionSummary& summary);
QStringList summaryTable(const QList<subscriptions::SubscriptionSummary>& summaries);

/** The new events, the documents written (or that would be) and the items billed later. */
QJsonObject outcomeToJson(const subscriptions::Outcome& outcome, bool preview, const catalog::Catalog& catalog,
                          const CustomerNames& names);
QStringList outcomeText(const subscriptions::Outcome& outcome, bool preview, const catalog::Catalog& catalog,
                        const CustomerNames& names);

} // namespace subscriptionformat

} // namespace subdesk::cli
