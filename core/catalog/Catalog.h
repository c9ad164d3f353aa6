#pragma once

#include "AddOn.h"
#include "Coupon.h"
#include "MeteredCharge.h"
#include "Plan.h"
#include "Price.h"
#include "Product.h"

#include <QHash>
#include <QList>

namespace subdesk::catalog {

/**
 * A snapshot of the whole catalog: what storage loads in one go and the billing engine reads.
 * A plain value; after changing the lists call reindex() so the look-ups see the change.
 */
class Catalog
{
public:
    QList<Product> products;
    QList<Plan> plans;
    QList<AddOn> addOns;
    QList<MeteredCharge> meteredCharges;
    QList<Price> prices;
    QList<Coupon> coupons;

    /** Rebuilds the look-up indexes; call after changing the lists. */
    void reindex();

    const Product* product(ProductId id) const;
    const Plan* plan(PlanId id) const;
    /** By code, exactly as stored (callers normalise with Plan::normalizedCode). */
    const Plan* planByCode(const QString& code) const;
    const AddOn* addOn(AddOnId id) const;
    const AddOn* addOnByCode(const QString& code) const;
    const MeteredCharge* meteredCharge(MeteredChargeId id) const;
    QList<const MeteredCharge*> meteredChargesOf(PlanId plan) const;
    const Price* price(PriceId id) const;
    const PriceVersion* version(PriceVersionId id) const;
    /** The price a version belongs to. */
    const Price* priceOfVersion(PriceVersionId id) const;
    /** All prices of an owner (any currency and interval), archived ones too. */
    QList<const Price*> pricesOf(PriceOwner owner, qint64 ownerId) const;
    /**
     * The price of an owner in currency for interval (nullopt for one-time add-ons and metered
     * charges); archived prices are skipped; nullptr when there is none.
     */
    const Price* findPrice(PriceOwner owner, qint64 ownerId, const Currency& currency,
                           std::optional<billing::BillingInterval> interval) const;
    const Coupon* couponByCode(const QString& code) const;

private:
    QHash<qint64, qsizetype> m_products, m_plans, m_addOns, m_metered, m_prices;
    QHash<QString, qsizetype> m_planCodes, m_addOnCodes, m_couponCodes;
    /** version id → (price index, version index) */
    QHash<qint64, QPair<qsizetype, qsizetype>> m_versions;
};

} // namespace subdesk::catalog
