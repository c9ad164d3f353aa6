#pragma once

#include "PricingModel.h"
#include "billing/BillingInterval.h"
#include "common/Id.h"
#include "money/Money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace subdesk::catalog {

/** What a price belongs to. */
enum class PriceOwner
{
    Plan,
    AddOn,
    MeteredCharge,
};

QString priceOwnerKey(PriceOwner owner); ///< "plan", "add_on", "metered_charge"
std::optional<PriceOwner> priceOwnerFromKey(const QString& key);

/**
 * One version of a price: the pricing model in effect from effectiveFrom until the next
 * version's effectiveFrom. Subscriptions pin the version they were sold at (grandfathering) until
 * the clerk migrates them to a newer one.
 */
struct PriceVersion
{
    PriceVersionId id;
    PriceId priceId;
    QDate effectiveFrom;
    PricingModel model;
    /** Plan prices only: charged once when a subscription starts; zero (of the price's currency) for none. */
    Money setupFee;
    friend bool operator==(const PriceVersion&, const PriceVersion&) = default;
};

/**
 * The price of a plan, add-on or metered charge in one currency and, for recurring plan and
 * add-on prices, for one billing interval (a plan may cost 20.00 monthly and 200.00 yearly).
 * One-time add-ons and metered charges have no interval: they follow the subscription's periods.
 */
struct Price
{
    PriceId id;
    PriceOwner owner = PriceOwner::Plan;
    qint64 ownerId = 0; ///< PlanId, AddOnId or MeteredChargeId value
    Currency currency;
    std::optional<billing::BillingInterval> interval;
    /** Ordered by effectiveFrom, at least one; no two on the same date. */
    QList<PriceVersion> versions;
    bool archived = false;

    /** The version in effect on date: the last one with effectiveFrom ≤ date; nullptr before the first. */
    const PriceVersion* versionOn(QDate date) const;
    const PriceVersion* latest() const { return versions.isEmpty() ? nullptr : &versions.constLast(); }
    /** Every version's model validates and is in this currency; setup fees are not negative. */
    Status validate() const;
    friend bool operator==(const Price&, const Price&) = default;
};

} // namespace subdesk::catalog
