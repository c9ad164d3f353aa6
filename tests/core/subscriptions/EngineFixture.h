#pragma once

#include "billing/BillingEngine.h"
#include "catalog/Catalog.h"
#include "subscriptions/Subscription.h"

#include <QStringList>

/**
 * A small in-memory catalog for the billing-engine tables (all amounts EUR):
 *  plan 1 BASIC: monthly flat 10.00 (version 11; version 13 = 12.00 from 2025-03-01), yearly 100.00 (12)
 *  plan 2 PRO:   monthly flat 20.00 (21), yearly 200.00 (22), setup fee 25.00 on the monthly price
 *  plan 3 SEATS: monthly per unit 5.00 (31)
 *  plan 4 GRAD:  monthly graduated 1–10 at 5.00 + 10.00 base, 11+ at 4.00 (41)
 *  plan 5 VOL:   monthly volume 1–10 at 5.00, 11+ at 4.00 (51)
 *  plan 6 PKG:   monthly package 10.00 per 100, first 50 free (61)
 *  plan 7 WEEK:  weekly flat 5.00 (71)
 *  add-on 1 EXTRA recurring monthly 3.00 (81); add-on 2 ONBOARD one-time 50.00 (82)
 *  metered 1 api_calls (sum) per unit 0.01 (91); 2 storage_gb (max) per unit 1.00 (92);
 *  3 seats_now (last) per unit 2.00 (93)
 *  coupons P25 25% forever, ONCE10 10% once, REP3 50% for 3 periods, FIX5 5.00 forever, FIX15 15.00 forever,
 *  B25 25% forever limited to BASIC
 */
namespace enginefixture {

using namespace subdesk;

catalog::Catalog testCatalog();
/** A config of plan/version for quantity, billed every interval ("1 month", "1 year", "1 week"). */
subscriptions::SubscriptionConfig config(qint64 plan, qint64 version, qint64 quantity = 1,
                                         const QString& interval = QStringLiteral("1 month"), int anchorDay = 0);
/** A subscription (id 1, customer 1, EUR) created on start with config. */
subscriptions::Subscription subscription(QDate start, const subscriptions::SubscriptionConfig& config,
                                         int trialDays = 0);
/** Appends an event with a fresh id. */
void addEvent(subscriptions::Subscription& s, subscriptions::EventKind kind, QDate date, bool prorate,
              std::optional<subscriptions::SubscriptionConfig> config = std::nullopt);
/** "2025-01-16 change:2:plan:credit [2025-01-16,2025-02-01) -5.16" per item. */
QStringList describe(const QList<billing::BillingItem>& items);
QDate d(const char* iso);

} // namespace enginefixture
