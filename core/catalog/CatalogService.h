#pragma once

#include "CatalogRepository.h"
#include "common/Clock.h"
#include "common/UnitOfWork.h"

#include <QObject>

namespace subdesk::catalog {

/**
 * The one way the catalog changes: validates, stores and tells listeners. Keeps a loaded snapshot
 * (catalog()) that is refreshed after every change it makes.
 */
class CatalogService final : public QObject
{
    Q_OBJECT

public:
    CatalogService(CatalogRepository& repository, UnitOfWorkFactory& units, const Clock& clock,
                   QObject* parent = nullptr);

    /** Loads the catalog from storage into the snapshot. */
    Status reload();
    /** The current snapshot (empty until reload() succeeded). */
    const Catalog& catalog() const { return m_catalog; }

    Result<Product> saveProduct(Product product);
    /**
     * Validates and stores a plan (new or edited) together with newPrices (new prices of the plan,
     * each with one or more versions; their ownerId is set here), all or nothing. Conflict when the
     * code is taken or a price duplicates an existing currency and interval.
     */
    Result<Plan> savePlan(Plan plan, QList<Price> newPrices = {});
    /** A new price (with its first version) for an existing plan, add-on or metered charge. */
    Result<Price> addPrice(Price price);
    /**
     * A new version of a price, in effect from `from` on (grandfathering: subscriptions keep their
     * version until migrated). `from` must be after the latest version's date. setupFee is for
     * plan prices; pass a zero amount otherwise.
     */
    Result<PriceVersion> addPriceVersion(PriceId price, QDate from, PricingModel model, Money setupFee);
    Status setPriceArchived(PriceId price, bool archived);
    Result<AddOn> saveAddOn(AddOn addOn, QList<Price> newPrices = {});
    Result<MeteredCharge> saveMeteredCharge(MeteredCharge charge, QList<Price> newPrices = {});
    Result<Coupon> saveCoupon(Coupon coupon);
    Result<int> couponRedemptions(const QString& code);

Q_SIGNALS:
    void catalogChanged();

private:
    Status changed();
    Status validatePrice(const Price& price) const;

    CatalogRepository& m_repository;
    UnitOfWorkFactory& m_units;
    const Clock& m_clock;
    Catalog m_catalog;
};

} // namespace subdesk::catalog
