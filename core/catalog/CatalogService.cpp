#include "CatalogService.h"

#include "CodeRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace subdesk::catalog {

namespace {
Error invalid(const QString& message)
{
    return Error(ErrorCode::Invalid, message);
}
/**
 * Stores an item through storeItem and then its new prices (owned by it) in one unit of work, all
 * or nothing; check vets each price once its owner is known. Returns the item's id.
 */
template <typename ItemId>
Result<ItemId> storeWithPrices(UnitOfWorkFactory& units, CatalogRepository& repository, PriceOwner owner,
                               const std::function<Result<ItemId>()>& storeItem, QList<Price>& prices,
                               const std::function<Status(const Price&)>& check)
{
    Result<std::unique_ptr<UnitOfWork>> unit = units.begin();
    if (!unit)
        return unit.error();
    Result<ItemId> id = storeItem();
    if (!id)
        return id.error();
    for (Price& price : prices) {
        price.owner = owner;
        price.ownerId = id->value;
        if (Status s = check(price); !s)
            return s.error();
        Result<PriceId> priceId = repository.savePrice(price);
        if (!priceId)
            return priceId.error();
    }
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return id;
}

} // namespace

CatalogService::CatalogService(CatalogRepository& repository, UnitOfWorkFactory& units, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_units(units)
    , m_clock(clock)
{ }

Status CatalogService::reload()
{
    Result<Catalog> loaded = m_repository.load();
    if (!loaded)
        return loaded.error();
    m_catalog = std::move(loaded).value();
    return {};
}

Status CatalogService::changed()
{
    Status s = reload();
    Q_EMIT catalogChanged();
    return s;
}

Status CatalogService::validatePrice(const Price& price) const
{
    if (Status s = price.validate(); !s)
        return s;
    const bool recurring = price.owner == PriceOwner::Plan
        || (price.owner == PriceOwner::AddOn && m_catalog.addOn(AddOnId(price.ownerId))
            && m_catalog.addOn(AddOnId(price.ownerId))->kind == AddOnKind::Recurring);
    if (price.owner == PriceOwner::AddOn && !m_catalog.addOn(AddOnId(price.ownerId)))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CatalogService", "The add-on does not exist."));
    if (recurring && !price.interval)
        return invalid(QCoreApplication::translate("CatalogService", "A recurring price needs a billing interval."));
    if (!recurring && price.interval) {
        return invalid(QCoreApplication::translate("CatalogService",
                                                   "One-time and metered prices have no billing interval: they "
                                                   "follow the subscription's periods."));
    }
    return {};
}

Result<Product> CatalogService::saveProduct(Product product)
{
    product.name = product.name.trimmed();
    if (product.name.isEmpty())
        return invalid(QCoreApplication::translate("CatalogService", "The product needs a name."));
    Result<ProductId> id = m_repository.saveProduct(product);
    if (!id)
        return id.error();
    product.id = *id;
    if (Status s = changed(); !s)
        return s.error();
    return product;
}

Result<Plan> CatalogService::savePlan(Plan plan, QList<Price> newPrices)
{
    plan.code = Plan::normalizedCode(plan.code);
    plan.name = plan.name.trimmed();
    for (QString& feature : plan.features)
        feature = feature.trimmed();
    if (Status s = plan.validate(); !s)
        return s.error();
    if (plan.productId.isValid() && !m_catalog.product(plan.productId))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CatalogService", "The plan's product does not exist."));
    for (AddOnId addOn : plan.allowedAddOns) {
        if (!m_catalog.addOn(addOn))
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("CatalogService", "An allowed add-on does not exist."));
    }
    Result<PlanId> id = storeWithPrices<PlanId>(
        m_units, m_repository, PriceOwner::Plan, [&] { return m_repository.savePlan(plan); }, newPrices,
        [this](const Price& price) { return validatePrice(price); });
    if (!id)
        return id.error();
    plan.id = *id;
    if (Status s = changed(); !s)
        return s.error();
    return plan;
}

Result<Price> CatalogService::addPrice(Price price)
{
    if (price.owner == PriceOwner::Plan && !m_catalog.plan(PlanId(price.ownerId)))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CatalogService", "The plan does not exist."));
    if (price.owner == PriceOwner::MeteredCharge && !m_catalog.meteredCharge(MeteredChargeId(price.ownerId)))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CatalogService", "The metered charge does not exist."));
    price.id = PriceId();
    if (Status s = validatePrice(price); !s)
        return s.error();
    Result<PriceId> id = m_repository.savePrice(price);
    if (!id)
        return id.error();
    if (Status s = changed(); !s)
        return s.error();
    const Price* stored = m_catalog.price(*id);
    if (!stored)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("CatalogService", "The new price was not stored."));
    return *stored;
}

Result<PriceVersion> CatalogService::addPriceVersion(PriceId priceId, QDate from, PricingModel model, Money setupFee)
{
    const Price* price = m_catalog.price(priceId);
    if (!price)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CatalogService", "The price does not exist."));
    if (!from.isValid())
        return invalid(
            QCoreApplication::translate("CatalogService", "The new version needs the date it takes effect."));
    if (price->latest() && from <= price->latest()->effectiveFrom) {
        return invalid(
            QCoreApplication::translate("CatalogService", "A new version must take effect after the current one (%1).")
                .arg(QLocale().toString(price->latest()->effectiveFrom, QLocale::ShortFormat)));
    }
    if (!setupFee.currency().isValid())
        setupFee = Money::zero(price->currency);
    Price check = *price;
    PriceVersion version;
    version.priceId = priceId;
    version.effectiveFrom = from;
    version.model = std::move(model);
    version.setupFee = setupFee;
    check.versions.append(version);
    if (Status s = check.validate(); !s)
        return s.error();
    Result<PriceVersionId> id = m_repository.addPriceVersion(version);
    if (!id)
        return id.error();
    version.id = *id;
    if (Status s = changed(); !s)
        return s.error();
    return version;
}

Status CatalogService::setPriceArchived(PriceId priceId, bool archived)
{
    const Price* price = m_catalog.price(priceId);
    if (!price)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CatalogService", "The price does not exist."));
    Price changedPrice = *price;
    changedPrice.archived = archived;
    Result<PriceId> id = m_repository.savePrice(changedPrice);
    if (!id)
        return id.error();
    return changed();
}

Result<AddOn> CatalogService::saveAddOn(AddOn addOn, QList<Price> newPrices)
{
    addOn.code = normalizedCatalogCode(addOn.code);
    addOn.name = addOn.name.trimmed();
    if (Status s = addOn.validate(); !s)
        return s.error();
    const bool recurring = addOn.kind == AddOnKind::Recurring;
    Result<AddOnId> id = storeWithPrices<AddOnId>(
        m_units, m_repository, PriceOwner::AddOn, [&] { return m_repository.saveAddOn(addOn); }, newPrices,
        [recurring](const Price& price) -> Status {
            if (Status s = price.validate(); !s)
                return s;
            if (recurring != price.interval.has_value()) {
                return Error(
                    ErrorCode::Invalid,
                    recurring
                        ? QCoreApplication::translate("CatalogService", "A recurring price needs a billing interval.")
                        : QCoreApplication::translate("CatalogService",
                                                      "One-time and metered prices have no billing "
                                                      "interval: they follow the subscription's periods."));
            }
            return {};
        });
    if (!id)
        return id.error();
    addOn.id = *id;
    if (Status s = changed(); !s)
        return s.error();
    return addOn;
}

Result<MeteredCharge> CatalogService::saveMeteredCharge(MeteredCharge charge, QList<Price> newPrices)
{
    charge.metricCode = MeteredCharge::normalizedMetric(charge.metricCode);
    charge.name = charge.name.trimmed();
    if (Status s = charge.validate(); !s)
        return s.error();
    if (!m_catalog.plan(charge.planId))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CatalogService", "The plan does not exist."));
    Result<MeteredChargeId> id = storeWithPrices<MeteredChargeId>(
        m_units, m_repository, PriceOwner::MeteredCharge, [&] { return m_repository.saveMeteredCharge(charge); },
        newPrices, [this](const Price& price) { return validatePrice(price); });
    if (!id)
        return id.error();
    charge.id = *id;
    if (Status s = changed(); !s)
        return s.error();
    return charge;
}

Result<Coupon> CatalogService::saveCoupon(Coupon coupon)
{
    coupon.code = Coupon::normalizedCode(coupon.code);
    coupon.name = coupon.name.trimmed();
    if (Status s = coupon.validate(); !s)
        return s.error();
    Result<CouponId> id = m_repository.saveCoupon(coupon);
    if (!id)
        return id.error();
    coupon.id = *id;
    if (Status s = changed(); !s)
        return s.error();
    return coupon;
}

Result<int> CatalogService::couponRedemptions(const QString& code)
{
    return m_repository.couponRedemptions(Coupon::normalizedCode(code));
}

} // namespace subdesk::catalog
