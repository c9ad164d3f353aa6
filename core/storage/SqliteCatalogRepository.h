#pragma once

#include "catalog/CatalogRepository.h"

#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;

/**
 * The catalog in the company's SQLite file: products, plans (with plan_features and
 * plan_add_ons), add-ons, metered charges, prices (price_versions, price_tiers) and coupons
 * (coupon_plans). Writes of several rows run in a SqliteUnitOfWork, so each is atomic on its own
 * and joins a caller's unit. Broken unique keys come back as Conflict errors that name the code.
 */
class SqliteCatalogRepository final : public catalog::CatalogRepository
{
public:
    explicit SqliteCatalogRepository(const Database& database);

    Result<catalog::Catalog> load() override;
    Result<ProductId> saveProduct(const catalog::Product& product) override;
    Result<PlanId> savePlan(const catalog::Plan& plan) override;
    Result<AddOnId> saveAddOn(const catalog::AddOn& addOn) override;
    Result<MeteredChargeId> saveMeteredCharge(const catalog::MeteredCharge& charge) override;
    /** A stored price's versions are never touched; a setup fee is stored in the price's currency. */
    Result<PriceId> savePrice(const catalog::Price& price) override;
    Result<PriceVersionId> addPriceVersion(const catalog::PriceVersion& version) override;
    Result<CouponId> saveCoupon(const catalog::Coupon& coupon) override;
    Result<int> couponRedemptions(const QString& code) override;

private:
    sqlite3* handle() const;
    Status insertVersion(sqlite3* db, PriceId price, const Currency& currency, const catalog::PriceVersion& version,
                         PriceVersionId* id);
    Error duplicatePrice(sqlite3* db, const catalog::Price& price) const;

    QString m_connection;
};

} // namespace subdesk::storage
