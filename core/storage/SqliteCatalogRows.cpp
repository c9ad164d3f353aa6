#include "SqliteCatalogRows.h"

#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QHash>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::catalog;

namespace {

/** The model of a stored version, rebuilt through PricingModel's factory functions. */
PricingModel modelFromRow(PricingKind kind, const Currency& currency, qint64 priceMinor, qint64 packageSize,
                          qint64 freeUnits, QList<PriceTier> tiers)
{
    switch (kind) {
    case PricingKind::Flat:
        return PricingModel::flat(Money(priceMinor, currency));
    case PricingKind::PerUnit:
        return PricingModel::perUnit(Money(priceMinor, currency));
    case PricingKind::Graduated:
        return PricingModel::graduated(currency, std::move(tiers));
    case PricingKind::Volume:
        return PricingModel::volume(currency, std::move(tiers));
    case PricingKind::Package:
        return PricingModel::package(Money(priceMinor, currency), packageSize, freeUnits);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<billing::BillingInterval> intervalFromRow(const SqliteStatement& q, int unitColumn, int countColumn)
{
    if (q.columnIsNull(unitColumn))
        return std::nullopt;
    const auto unit = billing::intervalUnitFromKey(q.columnText(unitColumn));
    if (!unit)
        return std::nullopt;
    return billing::BillingInterval {*unit, int(q.columnInt(countColumn))};
}

Status loadProducts(sqlite3* db, Catalog& catalog)
{
    SqliteStatement q(db, "SELECT id, name, description, archived FROM products ORDER BY id");
    return forEachRow(q, [&](const SqliteStatement& row) {
        catalog.products.append(
            {ProductId(row.columnInt(0)), row.columnText(1), row.columnText(2), row.columnInt(3) != 0});
    });
}

Status loadPlans(sqlite3* db, Catalog& catalog)
{
    SqliteStatement q(db,
                      "SELECT id, product_id, code, name, description, trial_days, term_periods, "
                      "term_end_action, archived FROM plans ORDER BY id");
    QHash<qint64, qsizetype> index;
    Status loaded = forEachRow(q, [&](const SqliteStatement& row) {
        Plan plan;
        plan.id = PlanId(row.columnInt(0));
        plan.productId = ProductId(row.columnInt(1)); // NULL reads as 0: no product
        plan.code = row.columnText(2);
        plan.name = row.columnText(3);
        plan.description = row.columnText(4);
        plan.trialDays = int(row.columnInt(5));
        plan.term.periods = int(row.columnInt(6));
        plan.term.endAction = termEndActionFromKey(row.columnText(7)).value_or(TermEndAction::Renew);
        plan.archived = row.columnInt(8) != 0;
        index.insert(plan.id.value, catalog.plans.size());
        catalog.plans.append(plan);
    });
    if (!loaded)
        return loaded;
    SqliteStatement features(db, "SELECT plan_id, feature FROM plan_features ORDER BY plan_id, position");
    loaded = forEachRow(features, [&](const SqliteStatement& row) {
        if (const auto it = index.constFind(row.columnInt(0)); it != index.constEnd())
            catalog.plans[*it].features.append(row.columnText(1));
    });
    if (!loaded)
        return loaded;
    SqliteStatement addOns(db, "SELECT plan_id, add_on_id FROM plan_add_ons ORDER BY plan_id, position");
    return forEachRow(addOns, [&](const SqliteStatement& row) {
        if (const auto it = index.constFind(row.columnInt(0)); it != index.constEnd())
            catalog.plans[*it].allowedAddOns.append(AddOnId(row.columnInt(1)));
    });
}

Status loadAddOns(sqlite3* db, Catalog& catalog)
{
    SqliteStatement q(db, "SELECT id, code, name, description, kind, archived FROM add_ons ORDER BY id");
    return forEachRow(q, [&](const SqliteStatement& row) {
        AddOn addOn;
        addOn.id = AddOnId(row.columnInt(0));
        addOn.code = row.columnText(1);
        addOn.name = row.columnText(2);
        addOn.description = row.columnText(3);
        addOn.kind = addOnKindFromKey(row.columnText(4)).value_or(AddOnKind::Recurring);
        addOn.archived = row.columnInt(5) != 0;
        catalog.addOns.append(addOn);
    });
}

Status loadMeteredCharges(sqlite3* db, Catalog& catalog)
{
    SqliteStatement q(db, "SELECT id, plan_id, metric_code, name, aggregation FROM metered_charges ORDER BY id");
    return forEachRow(q, [&](const SqliteStatement& row) {
        MeteredCharge charge;
        charge.id = MeteredChargeId(row.columnInt(0));
        charge.planId = PlanId(row.columnInt(1));
        charge.metricCode = row.columnText(2);
        charge.name = row.columnText(3);
        charge.aggregation = usageAggregationFromKey(row.columnText(4)).value_or(UsageAggregation::Sum);
        catalog.meteredCharges.append(charge);
    });
}

Status loadPrices(sqlite3* db, Catalog& catalog)
{
    QHash<qint64, QList<PriceTier>> tiers;
    SqliteStatement tierRows(
        db,
        "SELECT version_id, up_to, unit_price_minor, flat_fee_minor FROM price_tiers ORDER BY version_id, position");
    Status loaded = forEachRow(tierRows, [&](const SqliteStatement& row) {
        PriceTier tier;
        if (!row.columnIsNull(1))
            tier.upTo = row.columnInt(1);
        tier.unitPriceMinor = row.columnInt(2);
        tier.flatFeeMinor = row.columnInt(3);
        tiers[row.columnInt(0)].append(tier);
    });
    if (!loaded)
        return loaded;

    QHash<qint64, qsizetype> index;
    SqliteStatement prices(
        db,
        "SELECT id, owner_kind, owner_id, currency, interval_unit, interval_count, archived FROM prices ORDER BY id");
    loaded = forEachRow(prices, [&](const SqliteStatement& row) {
        Price price;
        price.id = PriceId(row.columnInt(0));
        price.owner = priceOwnerFromKey(row.columnText(1)).value_or(PriceOwner::Plan);
        price.ownerId = row.columnInt(2);
        price.currency = currencyFromCode(row.columnUtf8(3));
        price.interval = intervalFromRow(row, 4, 5);
        price.archived = row.columnInt(6) != 0;
        index.insert(price.id.value, catalog.prices.size());
        catalog.prices.append(price);
    });
    if (!loaded)
        return loaded;

    // Ordered by effective date, as Price::versions promises.
    SqliteStatement versions(db,
                             "SELECT id, price_id, effective_from, pricing_kind, price_minor, package_size, "
                             "free_units, setup_fee_minor FROM price_versions ORDER BY price_id, effective_from");
    return forEachRow(versions, [&](const SqliteStatement& row) {
        const auto it = index.constFind(row.columnInt(1));
        if (it == index.constEnd())
            return;
        Price& price = catalog.prices[*it];
        PriceVersion version;
        version.id = PriceVersionId(row.columnInt(0));
        version.priceId = price.id;
        version.effectiveFrom = columnDate(row, 2);
        const PricingKind kind = pricingKindFromKey(row.columnText(3)).value_or(PricingKind::Flat);
        version.model = modelFromRow(kind, price.currency, row.columnInt(4), row.columnInt(5), row.columnInt(6),
                                     tiers.value(version.id.value));
        version.setupFee = Money(row.columnInt(7), price.currency);
        price.versions.append(version);
    });
}

Status loadCoupons(sqlite3* db, Catalog& catalog)
{
    QHash<qint64, qsizetype> index;
    SqliteStatement q(db,
                      "SELECT id, code, name, kind, percent_bp, amount_off_minor, currency, duration, "
                      "duration_periods, redemption_limit, expires_on FROM coupons ORDER BY id");
    Status loaded = forEachRow(q, [&](const SqliteStatement& row) {
        Coupon coupon;
        coupon.id = CouponId(row.columnInt(0));
        coupon.code = row.columnText(1);
        coupon.name = row.columnText(2);
        coupon.kind = couponKindFromKey(row.columnText(3)).value_or(CouponKind::Percent);
        coupon.percentBasisPoints = int(row.columnInt(4));
        coupon.amountOff = Money(row.columnInt(5), currencyFromCode(row.columnUtf8(6)));
        coupon.duration = couponDurationFromKey(row.columnText(7)).value_or(CouponDuration::Once);
        coupon.durationPeriods = int(row.columnInt(8));
        if (!row.columnIsNull(9))
            coupon.redemptionLimit = int(row.columnInt(9));
        if (!row.columnIsNull(10))
            coupon.expiresOn = columnDate(row, 10);
        index.insert(coupon.id.value, catalog.coupons.size());
        catalog.coupons.append(coupon);
    });
    if (!loaded)
        return loaded;
    SqliteStatement plans(db, "SELECT coupon_id, plan_code FROM coupon_plans");
    return forEachRow(plans, [&](const SqliteStatement& row) {
        if (const auto it = index.constFind(row.columnInt(0)); it != index.constEnd())
            catalog.coupons[*it].planCodes.insert(row.columnText(1));
    });
}

} // namespace

Result<Catalog> loadCatalog(sqlite3* db)
{
    if (!db)
        return notOpenError();
    Catalog catalog;
    for (auto* step : {&loadProducts, &loadPlans, &loadAddOns, &loadMeteredCharges, &loadPrices, &loadCoupons}) {
        if (Status loaded = step(db, catalog); !loaded)
            return loaded.error();
    }
    catalog.reindex();
    return catalog;
}

} // namespace subdesk::storage
