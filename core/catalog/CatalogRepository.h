#pragma once

#include "Catalog.h"
#include "common/Result.h"

namespace subdesk::catalog {

/**
 * Where the catalog is kept (core/storage implements it on SQLite). Every method is atomic on its
 * own; inside a caller's UnitOfWork it joins that transaction.
 */
class CatalogRepository
{
public:
    virtual ~CatalogRepository() = default;

    /** The whole catalog, indexed (Catalog::reindex() done). */
    virtual Result<Catalog> load() = 0;

    /** Inserts (id invalid) or updates (id valid); returns the stored id. */
    virtual Result<ProductId> saveProduct(const Product& product) = 0;
    /** Inserts or updates a plan with its features and allowed add-ons. Conflict on a duplicate code. */
    virtual Result<PlanId> savePlan(const Plan& plan) = 0;
    virtual Result<AddOnId> saveAddOn(const AddOn& addOn) = 0;
    virtual Result<MeteredChargeId> saveMeteredCharge(const MeteredCharge& charge) = 0;
    /**
     * Inserts a new price with all its versions (ids invalid), or, for a stored price, updates its
     * archived flag only: stored versions never change. Conflict when the owner already has an
     * unarchived price in that currency and interval.
     */
    virtual Result<PriceId> savePrice(const Price& price) = 0;
    /** Adds a version to a stored price. Conflict when one already starts on that date. */
    virtual Result<PriceVersionId> addPriceVersion(const PriceVersion& version) = 0;
    /** Inserts or updates a coupon (with its plan limits). Conflict on a duplicate code. */
    virtual Result<CouponId> saveCoupon(const Coupon& coupon) = 0;
    /** How many subscriptions redeemed the coupon (events that set it). */
    virtual Result<int> couponRedemptions(const QString& code) = 0;
};

} // namespace subdesk::catalog
