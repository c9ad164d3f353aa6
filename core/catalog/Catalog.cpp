#include "Catalog.h"

namespace subdesk::catalog {

void Catalog::reindex()
{
    m_products.clear();
    m_plans.clear();
    m_addOns.clear();
    m_metered.clear();
    m_prices.clear();
    m_planCodes.clear();
    m_addOnCodes.clear();
    m_couponCodes.clear();
    m_versions.clear();
    for (qsizetype i = 0; i < products.size(); ++i)
        m_products.insert(products.at(i).id.value, i);
    for (qsizetype i = 0; i < plans.size(); ++i) {
        m_plans.insert(plans.at(i).id.value, i);
        m_planCodes.insert(plans.at(i).code, i);
    }
    for (qsizetype i = 0; i < addOns.size(); ++i) {
        m_addOns.insert(addOns.at(i).id.value, i);
        m_addOnCodes.insert(addOns.at(i).code, i);
    }
    for (qsizetype i = 0; i < meteredCharges.size(); ++i)
        m_metered.insert(meteredCharges.at(i).id.value, i);
    for (qsizetype i = 0; i < prices.size(); ++i) {
        m_prices.insert(prices.at(i).id.value, i);
        const QList<PriceVersion>& versions = prices.at(i).versions;
        for (qsizetype v = 0; v < versions.size(); ++v)
            m_versions.insert(versions.at(v).id.value, {i, v});
    }
    for (qsizetype i = 0; i < coupons.size(); ++i)
        m_couponCodes.insert(coupons.at(i).code, i);
}

namespace {
template <typename T, typename Key>
const T* lookup(const QList<T>& list, const QHash<Key, qsizetype>& index, const Key& key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}
} // namespace

const Product* Catalog::product(ProductId id) const
{
    return lookup(products, m_products, id.value);
}

const Plan* Catalog::plan(PlanId id) const
{
    return lookup(plans, m_plans, id.value);
}

const Plan* Catalog::planByCode(const QString& code) const
{
    return lookup(plans, m_planCodes, code);
}

const AddOn* Catalog::addOn(AddOnId id) const
{
    return lookup(addOns, m_addOns, id.value);
}

const AddOn* Catalog::addOnByCode(const QString& code) const
{
    return lookup(addOns, m_addOnCodes, code);
}

const MeteredCharge* Catalog::meteredCharge(MeteredChargeId id) const
{
    return lookup(meteredCharges, m_metered, id.value);
}

QList<const MeteredCharge*> Catalog::meteredChargesOf(PlanId plan) const
{
    QList<const MeteredCharge*> found;
    for (const MeteredCharge& charge : meteredCharges) {
        if (charge.planId == plan)
            found.append(&charge);
    }
    return found;
}

const Price* Catalog::price(PriceId id) const
{
    return lookup(prices, m_prices, id.value);
}

const PriceVersion* Catalog::version(PriceVersionId id) const
{
    const auto it = m_versions.constFind(id.value);
    if (it == m_versions.constEnd())
        return nullptr;
    return &prices.at(it->first).versions.at(it->second);
}

const Price* Catalog::priceOfVersion(PriceVersionId id) const
{
    const auto it = m_versions.constFind(id.value);
    return it == m_versions.constEnd() ? nullptr : &prices.at(it->first);
}

QList<const Price*> Catalog::pricesOf(PriceOwner owner, qint64 ownerId) const
{
    QList<const Price*> found;
    for (const Price& price : prices) {
        if (price.owner == owner && price.ownerId == ownerId)
            found.append(&price);
    }
    return found;
}

const Price* Catalog::findPrice(PriceOwner owner, qint64 ownerId, const Currency& currency,
                                std::optional<billing::BillingInterval> interval) const
{
    for (const Price& price : prices) {
        if (price.owner == owner && price.ownerId == ownerId && !price.archived && price.currency == currency
            && price.interval == interval)
            return &price;
    }
    return nullptr;
}

const Coupon* Catalog::couponByCode(const QString& code) const
{
    return lookup(coupons, m_couponCodes, code);
}

} // namespace subdesk::catalog
