#include "SubscriptionSamples.h"

#include "TestSupport.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

namespace subdesk::test {

using billing::BillingInterval;
using billing::IntervalUnit;
using catalog::PricingModel;

namespace {

const Currency& eur()
{
    static const Currency currency = *Currency::fromCode(QStringLiteral("EUR"));
    return currency;
}

Money euros(qint64 cents)
{
    return Money(cents, eur());
}

catalog::Price price(PricingModel model, std::optional<BillingInterval> interval)
{
    catalog::Price price;
    price.currency = eur();
    price.interval = interval;
    catalog::PriceVersion version;
    version.effectiveFrom = QDate(2026, 1, 1);
    version.model = std::move(model);
    version.setupFee = Money::zero(eur());
    price.versions = {version};
    return price;
}

catalog::AddOn addOn(const QString& code, const QString& name, catalog::AddOnKind kind)
{
    catalog::AddOn a;
    a.code = code;
    a.name = name;
    a.kind = kind;
    return a;
}

} // namespace

Result<SubscriptionSamples> addSubscriptionSamples(storage::CompanyFile& company)
{
    catalog::CatalogService& catalog = company.catalog();
    SubscriptionSamples samples;

    catalog::Product product;
    product.name = QStringLiteral("Cloud backup");
    auto storedProduct = catalog.saveProduct(product);
    if (!storedProduct)
        return storedProduct.error();

    auto storage = catalog.saveAddOn(
        addOn(QStringLiteral("STORAGE"), QStringLiteral("Extra storage"), catalog::AddOnKind::Recurring),
        {price(PricingModel::flat(euros(500)), BillingInterval {IntervalUnit::Month, 1})});
    if (!storage)
        return storage.error();
    samples.storage = storage->id;
    auto onboarding = catalog.saveAddOn(
        addOn(QStringLiteral("ONBOARD"), QStringLiteral("Onboarding session"), catalog::AddOnKind::OneTime),
        {price(PricingModel::flat(euros(5000)), std::nullopt)});
    if (!onboarding)
        return onboarding.error();
    samples.onboarding = onboarding->id;

    catalog::Plan basic;
    basic.productId = storedProduct->id;
    basic.code = QStringLiteral("BASIC");
    basic.name = QStringLiteral("Basic");
    basic.allowedAddOns = {samples.storage, samples.onboarding};
    auto storedBasic =
        catalog.savePlan(basic,
                         {price(PricingModel::flat(euros(1000)), BillingInterval {IntervalUnit::Month, 1}),
                          price(PricingModel::flat(euros(10000)), BillingInterval {IntervalUnit::Year, 1})});
    if (!storedBasic)
        return storedBasic.error();
    samples.basic = storedBasic->id;

    catalog::Plan pro;
    pro.productId = storedProduct->id;
    pro.code = QStringLiteral("PRO");
    pro.name = QStringLiteral("Pro");
    pro.trialDays = 14;
    pro.allowedAddOns = {samples.storage};
    auto storedPro =
        catalog.savePlan(pro, {price(PricingModel::perUnit(euros(800)), BillingInterval {IntervalUnit::Month, 1})});
    if (!storedPro)
        return storedPro.error();
    samples.pro = storedPro->id;

    auto coupon = catalog.saveCoupon(
        catalog::Coupon::percentOff(QStringLiteral("WELCOME10"), QStringLiteral("Welcome discount"), 1000));
    if (!coupon)
        return coupon.error();

    const auto addCustomer = [&company](const QString& name) -> Result<CustomerId> {
        auto added = company.customers().add(sampleCustomer(name));
        if (!added)
            return added.error();
        return added->id;
    };
    for (auto [name, id] : {std::pair {QStringLiteral("Virtanen Oy"), &samples.virtanen},
                            std::pair {QStringLiteral("Aalto Tmi"), &samples.aalto},
                            std::pair {QStringLiteral("Rossi Srl"), &samples.rossi}}) {
        auto added = addCustomer(name);
        if (!added)
            return added.error();
        *id = *added;
    }
    return samples;
}

subscriptions::NewSubscription monthly(CustomerId customer, PlanId plan, qint64 quantity, QDate start)
{
    subscriptions::NewSubscription request;
    request.customerId = customer;
    request.planId = plan;
    request.interval = BillingInterval {IntervalUnit::Month, 1};
    request.quantity = quantity;
    request.startDate = start;
    request.trialDays = 0;
    return request;
}

} // namespace subdesk::test
