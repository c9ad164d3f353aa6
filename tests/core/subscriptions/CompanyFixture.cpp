#include "CompanyFixture.h"

#include "TestSupport.h"
#include "company/CompanyService.h"
#include "customers/CustomerService.h"

using namespace subdesk;

namespace {
const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));

catalog::Price monthly(qint64 minor, const QString& interval = QStringLiteral("1 month"))
{
    catalog::Price price;
    price.currency = eur;
    price.interval = *billing::BillingInterval::fromString(interval);
    catalog::PriceVersion version;
    version.effectiveFrom = QDate(2020, 1, 1);
    version.model = catalog::PricingModel::flat(Money(minor, eur));
    version.setupFee = Money::zero(eur);
    price.versions.append(version);
    return price;
}
} // namespace

CompanyFixture::CompanyFixture(QDate today)
    : clock(QDateTime(today, QTime(9, 0), Qt::UTC))
{
    path = test::companyPath(dir);
    auto opened = storage::CompanyFile::open(path, {}, clock);
    if (!opened) {
        error = opened.error().message;
        return;
    }
    company = std::move(opened).value();
    catalog::AddOn addOn;
    addOn.code = QStringLiteral("EXTRA");
    addOn.name = QStringLiteral("Extra storage");
    catalog::Price addOnPrice = monthly(300);
    addOnPrice.versions.first().model = catalog::PricingModel::perUnit(Money(300, eur));
    auto storedAddOn = catalog().saveAddOn(addOn, {addOnPrice});
    if (!storedAddOn) {
        error = storedAddOn.error().message;
        return;
    }
    extra = storedAddOn->id;
    catalog::Plan plan;
    plan.code = QStringLiteral("BASIC");
    plan.name = QStringLiteral("Basic");
    plan.allowedAddOns = {extra};
    auto b = catalog().savePlan(plan, {monthly(1000), monthly(10000, QStringLiteral("1 year"))});
    plan.code = QStringLiteral("PRO");
    plan.name = QStringLiteral("Pro");
    auto p = catalog().savePlan(plan, {monthly(2000)});
    auto coupon = catalog::Coupon::percentOff(QStringLiteral("P25"), QStringLiteral("Quarter off"), 2500);
    coupon.duration = catalog::CouponDuration::Forever;
    auto c = catalog().saveCoupon(coupon);
    if (!b || !p || !c) {
        error = !b ? b.error().message : !p ? p.error().message : c.error().message;
        return;
    }
    basic = b->id;
    pro = p->id;
    auto a = company->customers().add(test::sampleCustomer(QStringLiteral("Alpha Oy")));
    auto bb = company->customers().add(test::sampleCustomer(QStringLiteral("Beta Oy")));
    if (!a || !bb) {
        error = !a ? a.error().message : bb.error().message;
        return;
    }
    customerA = a->id;
    customerB = bb->id;
}

QString CompanyFixture::setSeller(const QString& country, const QString& vatId, bool exempt)
{
    company::CompanyProfile profile;
    profile.name = QStringLiteral("Seller %1 Sp. z o.o.").arg(country);
    profile.address.streetLines = {QStringLiteral("ul. Prosta 1")};
    profile.address.postalCode = QStringLiteral("00-001");
    profile.address.city = QStringLiteral("Warszawa");
    profile.address.country = country;
    profile.vatId = vatId;
    profile.email = QStringLiteral("billing@seller.example");
    profile.vatExempt = exempt;
    if (exempt)
        profile.exemptionText = QStringLiteral("VAT exempt: small business");
    if (Status s = company->company().saveProfile(profile); !s)
        return s.error().message;
    company::BankAccount account;
    account.label = QStringLiteral("Main");
    account.bankName = QStringLiteral("Bank Polska");
    account.iban = QStringLiteral("PL61109010140000071219812874");
    account.bic = QStringLiteral("WBKPPLPP");
    account.isDefault = true;
    if (auto stored = company->company().saveBankAccount(account); !stored)
        return stored.error().message;
    return {};
}

CustomerId CompanyFixture::addCustomer(const QString& name, const QString& country, const QString& vatId,
                                       const QString& language)
{
    customers::Customer c = test::sampleCustomer(name);
    c.address.country = country;
    c.vatId = vatId;
    c.kind = vatId.isEmpty() ? customers::CustomerKind::Individual : customers::CustomerKind::Business;
    c.language = language;
    auto added = company->customers().add(c);
    if (!added) {
        error = added.error().message;
        return {};
    }
    return added->id;
}

void CompanyFixture::setToday(QDate today)
{
    clock.set(QDateTime(today, QTime(9, 0), Qt::UTC));
}

SubscriptionId CompanyFixture::subscribe(CustomerId customer, PlanId plan, QDate start, qint64 quantity)
{
    subscriptions::NewSubscription request;
    request.customerId = customer;
    request.planId = plan;
    request.startDate = start;
    request.quantity = quantity;
    request.trialDays = 0;
    auto outcome = subscriptions().create(request);
    if (!outcome) {
        error = outcome.error().message;
        return {};
    }
    return outcome->subscription.id;
}

QList<billing::Document> CompanyFixture::documents(CustomerId customer)
{
    auto found = subscriptions().forCustomer(customer);
    QList<billing::Document> all;
    if (!found)
        return all;
    QSet<qint64> seen;
    for (const subscriptions::Subscription& s : *found) {
        auto list = subscriptions().documents(s.id);
        if (!list)
            continue;
        for (const billing::Document& d : *list) {
            if (!seen.contains(d.id.value)) {
                seen.insert(d.id.value);
                all.append(d);
            }
        }
    }
    std::sort(all.begin(), all.end(),
              [](const billing::Document& a, const billing::Document& b) { return a.id < b.id; });
    return all;
}
