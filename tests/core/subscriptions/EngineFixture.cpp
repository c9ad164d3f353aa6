#include "EngineFixture.h"

namespace enginefixture {

using catalog::PriceTier;
using catalog::PricingModel;

namespace {
const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));

Money m(qint64 minor)
{
    return Money(minor, eur);
}

void addPrice(catalog::Catalog& c, catalog::PriceOwner owner, qint64 ownerId, qint64 priceId, const QString& interval,
              QList<QPair<qint64, QPair<QDate, PricingModel>>> versions, qint64 setupFee = 0)
{
    catalog::Price price;
    price.id = PriceId(priceId);
    price.owner = owner;
    price.ownerId = ownerId;
    price.currency = eur;
    if (!interval.isEmpty())
        price.interval = *billing::BillingInterval::fromString(interval);
    for (const auto& [id, v] : versions) {
        catalog::PriceVersion version;
        version.id = PriceVersionId(id);
        version.priceId = price.id;
        version.effectiveFrom = v.first;
        version.model = v.second;
        version.setupFee = m(setupFee);
        price.versions.append(version);
    }
    c.prices.append(price);
}

void addPlan(catalog::Catalog& c, qint64 id, const char* code)
{
    catalog::Plan plan;
    plan.id = PlanId(id);
    plan.code = QString::fromLatin1(code);
    plan.name = QString::fromLatin1(code).toLower();
    plan.name[0] = plan.name[0].toUpper();
    plan.allowedAddOns = {AddOnId(1), AddOnId(2)};
    c.plans.append(plan);
}
} // namespace

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

catalog::Catalog testCatalog()
{
    catalog::Catalog c;
    const QDate since = d("2020-01-01");
    const QList<PriceTier> tiers {{10, 500, 1000}, {std::nullopt, 400, 0}};
    addPlan(c, 1, "BASIC");
    addPlan(c, 2, "PRO");
    addPlan(c, 3, "SEATS");
    addPlan(c, 4, "GRAD");
    addPlan(c, 5, "VOL");
    addPlan(c, 6, "PKG");
    addPlan(c, 7, "WEEK");
    using catalog::PriceOwner;
    const auto month = QStringLiteral("1 month");
    addPrice(c, PriceOwner::Plan, 1, 1, month,
             {{11, {since, PricingModel::flat(m(1000))}}, {13, {d("2025-03-01"), PricingModel::flat(m(1200))}}});
    addPrice(c, PriceOwner::Plan, 1, 2, QStringLiteral("1 year"), {{12, {since, PricingModel::flat(m(10000))}}});
    addPrice(c, PriceOwner::Plan, 2, 3, month, {{21, {since, PricingModel::flat(m(2000))}}}, 2500);
    addPrice(c, PriceOwner::Plan, 2, 4, QStringLiteral("1 year"), {{22, {since, PricingModel::flat(m(20000))}}});
    addPrice(c, PriceOwner::Plan, 3, 5, month, {{31, {since, PricingModel::perUnit(m(500))}}});
    addPrice(c, PriceOwner::Plan, 4, 6, month, {{41, {since, PricingModel::graduated(eur, tiers)}}});
    addPrice(c, PriceOwner::Plan, 5, 7, month,
             {{51, {since, PricingModel::volume(eur, {{10, 500, 0}, {std::nullopt, 400, 0}})}}});
    addPrice(c, PriceOwner::Plan, 6, 8, month, {{61, {since, PricingModel::package(m(1000), 100, 50)}}});
    addPrice(c, PriceOwner::Plan, 7, 9, QStringLiteral("1 week"), {{71, {since, PricingModel::flat(m(500))}}});

    catalog::AddOn extra;
    extra.id = AddOnId(1);
    extra.code = QStringLiteral("EXTRA");
    extra.name = QStringLiteral("Extra storage");
    catalog::AddOn onboard;
    onboard.id = AddOnId(2);
    onboard.code = QStringLiteral("ONBOARD");
    onboard.name = QStringLiteral("Onboarding");
    onboard.kind = catalog::AddOnKind::OneTime;
    c.addOns = {extra, onboard};
    addPrice(c, PriceOwner::AddOn, 1, 10, month, {{81, {since, PricingModel::perUnit(m(300))}}});
    addPrice(c, PriceOwner::AddOn, 2, 11, QString(), {{82, {since, PricingModel::perUnit(m(5000))}}});

    const struct
    {
        qint64 id;
        const char* metric;
        const char* name;
        catalog::UsageAggregation aggregation;
        qint64 unit;
    } metered[] = {{1, "api_calls", "API calls", catalog::UsageAggregation::Sum, 1},
                   {2, "storage_gb", "Storage", catalog::UsageAggregation::Max, 100},
                   {3, "seats_now", "Seats", catalog::UsageAggregation::Last, 200}};
    for (const auto& mc : metered) {
        catalog::MeteredCharge charge;
        charge.id = MeteredChargeId(mc.id);
        charge.planId = PlanId(1);
        charge.metricCode = QString::fromLatin1(mc.metric);
        charge.name = QString::fromLatin1(mc.name);
        charge.aggregation = mc.aggregation;
        c.meteredCharges.append(charge);
        addPrice(c, PriceOwner::MeteredCharge, mc.id, 20 + mc.id, QString(),
                 {{90 + mc.id, {since, PricingModel::perUnit(m(mc.unit))}}});
    }

    using catalog::Coupon;
    Coupon p25 = Coupon::percentOff(QStringLiteral("P25"), QStringLiteral("Quarter off"), 2500);
    p25.duration = catalog::CouponDuration::Forever;
    Coupon once10 = Coupon::percentOff(QStringLiteral("ONCE10"), QStringLiteral("Welcome"), 1000);
    Coupon rep3 = Coupon::percentOff(QStringLiteral("REP3"), QStringLiteral("Half off for 3"), 5000);
    rep3.duration = catalog::CouponDuration::Repeating;
    rep3.durationPeriods = 3;
    Coupon fix5 = Coupon::fixedAmountOff(QStringLiteral("FIX5"), QStringLiteral("Five off"), m(500));
    fix5.duration = catalog::CouponDuration::Forever;
    Coupon fix15 = Coupon::fixedAmountOff(QStringLiteral("FIX15"), QStringLiteral("Fifteen off"), m(1500));
    fix15.duration = catalog::CouponDuration::Forever;
    Coupon b25 = Coupon::percentOff(QStringLiteral("B25"), QStringLiteral("Basic only"), 2500);
    b25.duration = catalog::CouponDuration::Forever;
    b25.planCodes = {QStringLiteral("BASIC")};
    c.coupons = {p25, once10, rep3, fix5, fix15, b25};
    c.reindex();
    return c;
}

subscriptions::SubscriptionConfig config(qint64 plan, qint64 version, qint64 quantity, const QString& interval,
                                         int anchorDay)
{
    subscriptions::SubscriptionConfig c;
    c.planId = PlanId(plan);
    c.planVersionId = PriceVersionId(version);
    c.quantity = quantity;
    c.interval = *billing::BillingInterval::fromString(interval);
    c.anchorDay = anchorDay;
    return c;
}

subscriptions::Subscription subscription(QDate start, const subscriptions::SubscriptionConfig& config, int trialDays)
{
    subscriptions::Subscription s;
    s.id = SubscriptionId(1);
    s.customerId = CustomerId(1);
    s.currency = eur;
    s.startDate = start;
    s.trialDays = trialDays;
    addEvent(s, subscriptions::EventKind::Created, start, false, config);
    return s;
}

void addEvent(subscriptions::Subscription& s, subscriptions::EventKind kind, QDate date, bool prorate,
              std::optional<subscriptions::SubscriptionConfig> config)
{
    subscriptions::SubscriptionEvent e;
    e.id = EventId(s.events.size() + 1);
    e.subscriptionId = s.id;
    e.kind = kind;
    e.effectiveDate = date;
    e.prorate = prorate;
    e.config = config;
    s.events.append(e);
}

QStringList describe(const QList<billing::BillingItem>& items)
{
    QStringList out;
    for (const billing::BillingItem& item : items) {
        out.append(QStringLiteral("%1 %2 [%3,%4) %5")
                       .arg(item.dueDate.toString(Qt::ISODate), item.chargeKey, item.periodStart.toString(Qt::ISODate),
                            item.periodEnd.toString(Qt::ISODate), item.amount.toPlainString()));
    }
    return out;
}

} // namespace enginefixture
