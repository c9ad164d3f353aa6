#include "DemoCatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace subdesk::demo {

using namespace catalog;
using billing::BillingInterval;
using billing::IntervalUnit;

namespace {

/** Units of each currency per 100 euros: fixed demo rates, so prices never depend on the day. */
struct Rate
{
    const char* code;
    qint64 perHundredEuros;
};

const Rate kRates[] = {
    {"EUR", 100}, {"PLN", 430}, {"SEK", 1150}, {"DKK", 746}, {"CZK", 2500}, {"CHF", 95}, {"GBP", 85}, {"NOK", 1170},
};

const BillingInterval kMonthly {IntervalUnit::Month, 1};
const BillingInterval kYearly {IntervalUnit::Year, 1};

qint64 roundTo(qint64 value, qint64 step)
{
    return (value + step / 2) / step * step;
}

/** A euro amount in currency: converted, then rounded to whole units (10+), tenths (1+) or kept (small unit prices). */
qint64 localMinor(qint64 euroMinor, const Currency& currency)
{
    if (currency.code() == QLatin1String("EUR") || euroMinor == 0)
        return euroMinor;
    qint64 rate = 100;
    for (const Rate& r : kRates) {
        if (currency.code() == QLatin1String(r.code))
            rate = r.perHundredEuros;
    }
    const qint64 major = currency.minorPerMajor();
    // Euro minor units are cents; scale to the currency's minor digits.
    const qint64 exact = (euroMinor * rate * major + 50 * 100) / (100 * 100);
    if (exact >= 10 * major)
        return roundTo(exact, major);
    if (exact >= major)
        return roundTo(exact, std::max<qint64>(1, major / 10));
    return std::max<qint64>(1, exact);
}

/** The same model with every amount converted by amount(minor). */
template <typename Convert>
PricingModel mapped(const PricingModel& model, const Currency& currency, Convert amount)
{
    switch (model.kind()) {
    case PricingKind::Flat:
        return PricingModel::flat(Money(amount(model.price().minorUnits()), currency));
    case PricingKind::PerUnit:
        return PricingModel::perUnit(Money(amount(model.price().minorUnits()), currency));
    case PricingKind::Package:
        return PricingModel::package(Money(amount(model.price().minorUnits()), currency), model.packageSize(),
                                     model.freeUnits());
    case PricingKind::Graduated:
    case PricingKind::Volume: {
        QList<PriceTier> tiers = model.tiers();
        for (PriceTier& tier : tiers) {
            tier.unitPriceMinor = amount(tier.unitPriceMinor);
            tier.flatFeeMinor = amount(tier.flatFeeMinor);
        }
        return model.kind() == PricingKind::Graduated ? PricingModel::graduated(currency, tiers)
                                                      : PricingModel::volume(currency, tiers);
    }
    }
    return model;
}

PricingModel inCurrency(const PricingModel& euroModel, const Currency& currency)
{
    return mapped(euroModel, currency, [&](qint64 minor) { return localMinor(minor, currency); });
}

/** A year for the price of ten months: "two months free". */
PricingModel tenMonths(const PricingModel& monthly)
{
    return mapped(monthly, monthly.currency(), [](qint64 minor) { return minor * 10; });
}

Money euros(qint64 minor)
{
    return Money(minor, *Currency::fromCode(QStringLiteral("EUR")));
}

/** One price version in effect from `from`. */
PriceVersion version(QDate from, PricingModel model, qint64 setupMinor)
{
    PriceVersion v;
    v.effectiveFrom = from;
    v.setupFee = Money(setupMinor, model.currency());
    v.model = std::move(model);
    return v;
}

/** What one plan, add-on or metered charge costs, in euros; prices in every demo currency follow. */
struct PriceSpec
{
    PriceSpec(PricingModel monthly, qint64 setupMinor = 0, std::optional<PricingModel> risen = std::nullopt)
        : monthlyEuro(std::move(monthly))
        , setupEuroMinor(setupMinor)
        , risenEuro(std::move(risen))
    { }

    PricingModel monthlyEuro; ///< per month (plans, recurring add-ons) or per use / period (one-time, metered)
    qint64 setupEuroMinor = 0;
    /** A later monthly euro price from priceRiseDate (Cloud Backup Start only). */
    std::optional<PricingModel> risenEuro;
};

enum class Intervals
{
    MonthlyAndYearly,
    MonthlyOnly,
    None, ///< one-time add-ons and metered charges
};

QList<Price> pricesFor(const PriceSpec& spec, Intervals intervals, QDate from, QDate riseFrom)
{
    QList<Price> prices;
    for (const QString& code : DemoCatalog::currencies()) {
        const Currency currency = *Currency::fromCode(code);
        const PricingModel monthly = inCurrency(spec.monthlyEuro, currency);
        const qint64 setup = localMinor(spec.setupEuroMinor, currency);
        auto price = [&](std::optional<BillingInterval> interval, const PricingModel& model,
                         const std::optional<PricingModel>& risen) {
            Price p;
            p.currency = currency;
            p.interval = interval;
            p.versions.append(version(from, model, setup));
            if (risen)
                p.versions.append(version(riseFrom, *risen, setup));
            prices.append(p);
        };
        std::optional<PricingModel> risen;
        if (spec.risenEuro)
            risen = inCurrency(*spec.risenEuro, currency);
        switch (intervals) {
        case Intervals::None:
            price(std::nullopt, monthly, risen);
            break;
        case Intervals::MonthlyOnly:
            price(kMonthly, monthly, risen);
            break;
        case Intervals::MonthlyAndYearly:
            price(kMonthly, monthly, risen);
            price(kYearly, tenMonths(monthly), risen ? std::optional(tenMonths(*risen)) : std::nullopt);
            break;
        }
    }
    return prices;
}

PriceTier tier(std::optional<qint64> upTo, qint64 unitMinor, qint64 flatMinor = 0)
{
    return {upTo, unitMinor, flatMinor};
}

/** Builds the catalog step by step; the first failure stops it. */
class Installer
{
public:
    Installer(CatalogService& service, QDate today)
        : m_service(service)
        , m_from(DemoCatalog::historyStart(today).addYears(-1))
        , m_rise(DemoCatalog::priceRiseDate(today))
        , m_today(today)
    { }

    Status run();

private:
    Result<ProductId> product(const char* name, const char* description);
    Result<AddOnId> addOn(QLatin1String code, const char* name, const char* description, AddOnKind kind,
                          const PriceSpec& spec);
    struct PlanSpec
    {
        QLatin1String code;
        const char* name;
        const char* description;
        QStringList features;
        int trialDays = 0;
        PlanTerm term;
        Intervals intervals = Intervals::MonthlyAndYearly;
        PriceSpec price;
        QList<QLatin1String> addOns;
    };
    Result<PlanId> plan(ProductId product, const PlanSpec& spec);
    Status metered(PlanId plan, const char* metric, const char* name, UsageAggregation aggregation,
                   const PriceSpec& spec);
    Status coupons();

    CatalogService& m_service;
    QDate m_from;
    QDate m_rise;
    QDate m_today;
};

Result<ProductId> Installer::product(const char* name, const char* description)
{
    Product p;
    p.name = QString::fromUtf8(name);
    p.description = QString::fromUtf8(description);
    Result<Product> stored = m_service.saveProduct(p);
    if (!stored)
        return stored.error();
    return stored->id;
}

Result<AddOnId> Installer::addOn(QLatin1String code, const char* name, const char* description, AddOnKind kind,
                                 const PriceSpec& spec)
{
    AddOn a;
    a.code = code;
    a.name = QString::fromUtf8(name);
    a.description = QString::fromUtf8(description);
    a.kind = kind;
    const Intervals intervals = kind == AddOnKind::Recurring ? Intervals::MonthlyAndYearly : Intervals::None;
    Result<AddOn> stored = m_service.saveAddOn(a, pricesFor(spec, intervals, m_from, m_rise));
    if (!stored)
        return stored.error();
    return stored->id;
}

Result<PlanId> Installer::plan(ProductId product, const PlanSpec& spec)
{
    Plan p;
    p.productId = product;
    p.code = spec.code;
    p.name = QString::fromUtf8(spec.name);
    p.description = QString::fromUtf8(spec.description);
    p.features = spec.features;
    p.trialDays = spec.trialDays;
    p.term = spec.term;
    for (QLatin1String code : spec.addOns) {
        const AddOn* addOn = m_service.catalog().addOnByCode(code);
        Q_ASSERT(addOn);
        if (addOn)
            p.allowedAddOns.append(addOn->id);
    }
    Result<Plan> stored = m_service.savePlan(p, pricesFor(spec.price, spec.intervals, m_from, m_rise));
    if (!stored)
        return stored.error();
    return stored->id;
}

Status Installer::metered(PlanId plan, const char* metric, const char* name, UsageAggregation aggregation,
                          const PriceSpec& spec)
{
    MeteredCharge charge;
    charge.planId = plan;
    charge.metricCode = QString::fromLatin1(metric);
    charge.name = QString::fromUtf8(name);
    charge.aggregation = aggregation;
    Result<MeteredCharge> stored =
        m_service.saveMeteredCharge(charge, pricesFor(spec, Intervals::None, m_from, m_rise));
    if (!stored)
        return stored.error();
    return {};
}

Status Installer::coupons()
{
    QList<Coupon> list;
    Coupon welcome =
        Coupon::percentOff(democodes::welcome, QStringLiteral("Welcome discount: 10% for as long as you stay"), 1000);
    welcome.duration = CouponDuration::Forever;
    list.append(welcome);

    Coupon launch =
        Coupon::percentOff(democodes::launch, QStringLiteral("Launch offer: 20% off the first 3 periods"), 2000);
    launch.duration = CouponDuration::Repeating;
    launch.durationPeriods = 3;
    list.append(launch);

    list.append(
        Coupon::fixedAmountOff(democodes::firstInvoice, QStringLiteral("50 euros off the first invoice"), euros(5000)));

    Coupon chat =
        Coupon::percentOff(democodes::chatNonProfit, QStringLiteral("Team Chat for non-profits: 25% off"), 2500);
    chat.duration = CouponDuration::Forever;
    chat.planCodes = {democodes::chatTeam, democodes::chatEnterprise};
    list.append(chat);

    Coupon education =
        Coupon::percentOff(democodes::education, QStringLiteral("Bookkeeping for schools: half price"), 5000);
    education.duration = CouponDuration::Forever;
    education.planCodes = {democodes::booksStarter, democodes::booksPro};
    education.redemptionLimit = 25;
    list.append(education);

    Coupon summer =
        Coupon::percentOff(democodes::summer, QStringLiteral("Summer campaign: 15% off the first period"), 1500);
    summer.expiresOn = DemoCatalog::summerCouponExpiry(m_today);
    list.append(summer);

    for (const Coupon& coupon : list) {
        if (Result<Coupon> stored = m_service.saveCoupon(coupon); !stored)
            return stored.error();
    }
    return {};
}

QStringList lines(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

Status Installer::run()
{
    if (!m_service.catalog().plans.isEmpty()) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("DemoCatalog",
                                                 "The company already has a catalog; the demo catalog goes only "
                                                 "into an empty company file."));
    }

    // Add-ons first: plans name the ones they allow.
    const std::tuple<QLatin1String, const char*, const char*, AddOnKind, PriceSpec> addOns[] = {
        {democodes::extraStorage,
         "Extra storage 100 GB",
         "Another 100 GB of encrypted backup storage.",
         AddOnKind::Recurring,
         {PricingModel::perUnit(euros(300))}},
        {democodes::guestAccess,
         "Guest access",
         "Invite customers and partners into shared channels.",
         AddOnKind::Recurring,
         {PricingModel::flat(euros(500))}},
        {democodes::prioritySupport,
         "Priority support",
         "Answers within 4 working hours, phone line included.",
         AddOnKind::Recurring,
         {PricingModel::flat(euros(1500))}},
        {democodes::payroll,
         "Payroll module",
         "Payslips, tax cards and pension reports, per employee.",
         AddOnKind::Recurring,
         {PricingModel::perUnit(euros(250))}},
        {democodes::onboarding,
         "Onboarding session (2 hours)",
         "A remote session with a specialist to set you up.",
         AddOnKind::OneTime,
         {PricingModel::flat(euros(12000))}},
        {democodes::dataMigration,
         "Data migration",
         "We move your data over from your previous system.",
         AddOnKind::OneTime,
         {PricingModel::flat(euros(25000))}},
        {democodes::training,
         "Team training (per participant)",
         "Half a day of hands-on training.",
         AddOnKind::OneTime,
         {PricingModel::perUnit(euros(4500))}},
    };
    for (const auto& [code, name, description, kind, spec] : addOns) {
        if (Result<AddOnId> id = addOn(code, name, description, kind, spec); !id)
            return id.error();
    }

    // Cloud Backup: flat plans, a price rise, storage metered by its peak (package with free units).
    Result<ProductId> backup = product("Cloud Backup",
                                       "Encrypted off-site backup for laptops and servers, "
                                       "stored in data centres in Frankfurt and Helsinki.");
    if (!backup)
        return backup.error();
    const QList<QLatin1String> backupAddOns = {democodes::extraStorage, democodes::prioritySupport,
                                               democodes::onboarding};
    PlanSpec start {democodes::backupStart,
                    "Cloud Backup Start",
                    "Backup for a small office.",
                    lines({"250 GB encrypted storage", "Daily backups", "30-day version history", "E-mail support"}),
                    14,
                    {},
                    Intervals::MonthlyAndYearly,
                    {PricingModel::flat(euros(900)), 0, PricingModel::flat(euros(1000))},
                    backupAddOns};
    if (Result<PlanId> id = plan(*backup, start); !id)
        return id.error();
    PlanSpec business {democodes::backupBusiness,
                       "Cloud Backup Business",
                       "Backup for servers and whole teams.",
                       lines({"1 TB included, more in packages of 100 GB", "Hourly backups", "1-year version history",
                              "Priority e-mail support"}),
                       14,
                       {},
                       Intervals::MonthlyAndYearly,
                       {PricingModel::flat(euros(2900))},
                       backupAddOns};
    Result<PlanId> businessId = plan(*backup, business);
    if (!businessId)
        return businessId.error();
    if (Status s = metered(*businessId, "storage_gb", "Storage above 1 TB", UsageAggregation::Max,
                           {PricingModel::package(euros(500), 100, 1000)});
        !s)
        return s;

    // Team Chat: per seat, and volume tiers for larger organisations (with a setup fee).
    Result<ProductId> chat = product("Team Chat", "Secure team messaging with channels, file sharing and video calls.");
    if (!chat)
        return chat.error();
    PlanSpec team {
        democodes::chatTeam,
        "Team Chat",
        "Messaging for teams, priced per user.",
        lines({"Unlimited messages and channels", "Video calls with up to 25 people", "10 GB of files per user"}),
        30,
        {},
        Intervals::MonthlyAndYearly,
        {PricingModel::perUnit(euros(400))},
        {democodes::guestAccess, democodes::prioritySupport, democodes::onboarding, democodes::training}};
    if (Result<PlanId> id = plan(*chat, team); !id)
        return id.error();
    const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
    PlanSpec enterprise {democodes::chatEnterprise,
                         "Team Chat Enterprise",
                         "Messaging for organisations, volume-priced per user.",
                         lines({"Single sign-on (SAML)", "Audit log and retention rules", "99.9% uptime commitment",
                                "A lower price for every user from 51 users, and again from 201"}),
                         0,
                         {},
                         Intervals::MonthlyAndYearly,
                         {PricingModel::volume(eur, {tier(50, 700), tier(200, 600), tier(std::nullopt, 500)}), 25000},
                         {democodes::guestAccess, democodes::prioritySupport, democodes::onboarding,
                          democodes::training, democodes::dataMigration}};
    if (Result<PlanId> id = plan(*chat, enterprise); !id)
        return id.error();

    // Bookkeeping: a flat starter plan and a graduated per-user plan with metered sales invoices.
    Result<ProductId> books = product("Bookkeeping Pro", "Bookkeeping, invoicing and VAT returns for small companies.");
    if (!books)
        return books.error();
    PlanSpec starter {democodes::booksStarter,
                      "Bookkeeping Starter",
                      "For sole traders.",
                      lines({"1 user", "Up to 50 vouchers a month", "VAT returns"}),
                      30,
                      {},
                      Intervals::MonthlyAndYearly,
                      {PricingModel::flat(euros(1200))},
                      {democodes::payroll, democodes::onboarding, democodes::training}};
    if (Result<PlanId> id = plan(*books, starter); !id)
        return id.error();
    PlanSpec pro {democodes::booksPro,
                  "Bookkeeping Pro",
                  "For growing companies, priced by users.",
                  lines({"A base fee plus a price per user that drops from the 4th and the 11th user",
                         "200 sales invoices a period included", "Bank feeds", "Payroll module available"}),
                  30,
                  {},
                  Intervals::MonthlyAndYearly,
                  {PricingModel::graduated(eur, {tier(3, 900, 1500), tier(10, 700), tier(std::nullopt, 500)})},
                  {democodes::payroll, democodes::prioritySupport, democodes::onboarding, democodes::training,
                   democodes::dataMigration}};
    Result<PlanId> proId = plan(*books, pro);
    if (!proId)
        return proId.error();
    if (Status s = metered(*proId, "invoices_sent", "Sales invoices", UsageAggregation::Sum,
                           {PricingModel::graduated(eur, {tier(200, 0), tier(1000, 8), tier(std::nullopt, 5)})});
        !s)
        return s;

    // Mail Campaigns: contacts in packages of 1,000 with 500 free, e-mails metered in packages.
    Result<ProductId> mail = product("Mail Campaigns",
                                     "Newsletters and e-mail campaigns with GDPR-compliant "
                                     "sign-up forms.");
    if (!mail)
        return mail.error();
    PlanSpec campaigns {democodes::mailCampaigns,
                        "Mail Campaigns",
                        "Priced by the contacts in your lists.",
                        lines({"First 500 contacts free", "Further contacts in packages of 1,000",
                               "20,000 e-mails a period included, then packages of 10,000"}),
                        14,
                        {},
                        Intervals::MonthlyAndYearly,
                        {PricingModel::package(euros(1500), 1000, 500)},
                        {democodes::prioritySupport, democodes::onboarding}};
    Result<PlanId> campaignsId = plan(*mail, campaigns);
    if (!campaignsId)
        return campaignsId.error();
    if (Status s = metered(*campaignsId, "emails_sent", "E-mails sent", UsageAggregation::Sum,
                           {PricingModel::package(euros(200), 10000, 20000)});
        !s)
        return s;

    // Website Care: a 12-month contract with a setup fee that expires unless a new one is signed.
    Result<ProductId> care = product("Website Care",
                                     "Hosting, updates and monitoring of your company website, "
                                     "looked after by our team.");
    if (!care)
        return care.error();
    PlanSpec contract {
        democodes::websiteCare,
        "Website Care (12-month contract)",
        "A fixed 12-month service contract.",
        lines({"Managed hosting", "Monthly security updates", "Uptime monitoring", "2 hours of changes a month"}),
        0,
        {12, TermEndAction::Expire},
        Intervals::MonthlyOnly,
        {PricingModel::flat(euros(4900)), 9900},
        {democodes::dataMigration, democodes::training}};
    if (Result<PlanId> id = plan(*care, contract); !id)
        return id.error();

    return coupons();
}

} // namespace

const QStringList& DemoCatalog::currencies()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const Rate& r : kRates)
            list.append(QString::fromLatin1(r.code));
        return list;
    }();
    return codes;
}

qint64 DemoCatalog::unitsPerHundredEuros(const QString& currency)
{
    for (const Rate& r : kRates) {
        if (currency == QLatin1String(r.code))
            return r.perHundredEuros;
    }
    return 0;
}

QDate DemoCatalog::historyStart(QDate today)
{
    // The bundled tax-rate table starts on 1 January 2020: documents before it could not be issued.
    return std::max(QDate(today.year(), today.month(), 1).addMonths(-(kHistoryMonths - 1)), QDate(2020, 1, 1));
}

QDate DemoCatalog::priceRiseDate(QDate today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-5);
}

QDate DemoCatalog::summerCouponExpiry(QDate today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-9);
}

Status DemoCatalog::install(CatalogService& service, QDate today)
{
    Q_ASSERT(today.isValid());
    return Installer(service, today).run();
}

} // namespace subdesk::demo
