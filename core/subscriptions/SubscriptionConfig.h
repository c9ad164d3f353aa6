#pragma once

#include "billing/BillingInterval.h"
#include "common/Id.h"

#include <QList>
#include <QString>

namespace subdesk::subscriptions {

/** A recurring add-on on a subscription, at the price version it was sold at. */
struct AddOnLine
{
    AddOnId addOnId;
    PriceVersionId versionId;
    qint64 quantity = 1;
    friend bool operator==(const AddOnLine&, const AddOnLine&) = default;
};

/** A metered charge of the subscription's plan, at the price version it was sold at. */
struct MeteredLine
{
    MeteredChargeId chargeId;
    PriceVersionId versionId;
    friend bool operator==(const MeteredLine&, const MeteredLine&) = default;
};

/**
 * What a subscription pays for from an event on: the complete configuration, never a delta, so
 * the engine reads the state at any date from the last configuring event before it. Price
 * versions are pinned here (grandfathering); a price migration event pins newer ones.
 */
struct SubscriptionConfig
{
    PlanId planId;
    PriceVersionId planVersionId;
    billing::BillingInterval interval;
    qint64 quantity = 1;
    /** 0 = the day the billing calendar starts on; 1..31 for month and year intervals, 1..7 (ISO weekday) for weeks. */
    int anchorDay = 0;
    QList<AddOnLine> addOns;
    QList<MeteredLine> metered;
    /** Empty for none. A changed code starts the coupon's period count anew. */
    QString couponCode;

    friend bool operator==(const SubscriptionConfig&, const SubscriptionConfig&) = default;
};

} // namespace subdesk::subscriptions
