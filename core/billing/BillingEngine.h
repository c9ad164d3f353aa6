#pragma once

#include "BillingItem.h"
#include "catalog/Catalog.h"
#include "common/Result.h"
#include "subscriptions/Subscription.h"
#include "subscriptions/UsageRecord.h"

#include <QCoreApplication>
#include <QList>

namespace subdesk::billing {

/**
 * The billing engine: a pure function of (catalog, a subscription and its events, its usage, a
 * window of dates) → the items it owes, each with its derivation text (BILLING.md §2–7). No
 * storage, no clock: the same input always gives the same items, which is what makes billing runs
 * idempotent (each item's (subscription, chargeKey, periodStart) is billed at most once).
 *
 * Rules (see docs/billing-rules.md for the worked examples):
 *  - recurring plan and add-on fees in advance, due on the period start; the short first period of
 *    an aligned start (or of a trial with an anchor day) is prorated against the full period;
 *  - setup fee due on the start date; one-time add-ons due on the day of the event that added them;
 *  - usage in arrears, due on the period end (or the day service ends), priced on the aggregated
 *    quantity of [period start, period end);
 *  - a prorated change credits the old configuration and charges the new for the rest of the
 *    period (per plan and add-on line), due on the change date;
 *  - cancelling or pausing with credit credits the unused part of the period;
 *  - a coupon takes its discount off the regular recurring lines of each period it applies to
 *    (counted from its redemption); a percent coupon also applies to a prorated change's net.
 */
class BillingEngine
{
    Q_DECLARE_TR_FUNCTIONS(subdesk::billing::BillingEngine)
public:
    explicit BillingEngine(const catalog::Catalog& catalog)
        : m_catalog(catalog)
    { }

    /**
     * Every item of subscription with after < dueDate ≤ asOf (`after` invalid: from the start),
     * ordered by due date, then period start, then charge. usage holds the subscription's records
     * (others are ignored). Errors: the event log is invalid, a price version is missing from the
     * catalog, or an amount overflows.
     */
    Result<QList<BillingItem>> items(const subscriptions::Subscription& subscription,
                                     const QList<subscriptions::UsageRecord>& usage, QDate after, QDate asOf) const;

    /**
     * The recurring amount of one period for a configuration, before discounts: plan plus recurring
     * add-ons (what a subscription costs per period, and what a change credits and charges).
     */
    Result<Money> periodAmount(const subscriptions::SubscriptionConfig& config, const Currency& currency) const;

    const catalog::Catalog& catalog() const { return m_catalog; }

private:
    const catalog::Catalog& m_catalog;
};

} // namespace subdesk::billing
