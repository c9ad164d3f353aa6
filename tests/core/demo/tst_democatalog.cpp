#include "TestSupport.h"
#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoCompany.h"
#include "demo/DemoSubscriptions.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace subdesk;
using subscriptions::EventKind;
using subscriptions::SubscriptionStatus;

namespace {

constexpr int kCustomers = 250;

/** A demo company built in a temporary company file, the way the first start builds it. */
struct DemoBuild
{
    DemoBuild(quint32 seed, QDate today)
        : clock(QDateTime(today, QTime(8, 0), Qt::UTC))
        , today(today)
    {
        auto opened = storage::CompanyFile::open(test::companyPath(dir), {}, clock);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        company = std::move(opened).value();
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto built = demo::DemoSubscriptions::populate(services(), kCustomers, seed, today);
        milliseconds = timer.elapsed();
        cpuMilliseconds = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        if (!built) {
            error = built.error().message;
            return;
        }
        summary = *built;
        auto rows = company->subscriptions().summaries(today);
        if (!rows) {
            error = rows.error().message;
            return;
        }
        summaries = *rows;
    }

    demo::DemoSubscriptions::Services services() { return demo::DemoSubscriptions::Services::of(*company, clock); }

    /** Every subscription with its events. */
    QList<subscriptions::Subscription> subscriptions() const
    {
        QList<subscriptions::Subscription> list;
        for (const subscriptions::SubscriptionSummary& row : summaries) {
            auto found = company->subscriptions().find(row.id);
            if (found)
                list.append(*found);
        }
        return list;
    }

    /** Every document once, by id. */
    QList<billing::Document> documents() const
    {
        QMap<qint64, billing::Document> byId;
        for (const subscriptions::SubscriptionSummary& row : summaries) {
            auto docs = company->subscriptions().documents(row.id);
            if (!docs)
                continue;
            for (const billing::Document& doc : *docs)
                byId.insert(doc.id.value, doc);
        }
        return byId.values();
    }

    FixedClock clock;
    QDate today;
    QTemporaryDir dir;
    std::unique_ptr<storage::CompanyFile> company;
    QString error;
    demo::DemoSummary summary;
    QList<subscriptions::SubscriptionSummary> summaries;
    qint64 milliseconds = 0;
    qint64 cpuMilliseconds = 0; ///< processor time of this process
};

QString describe(const demo::DemoSummary& s)
{
    QStringList statuses;
    for (auto it = s.statuses.cbegin(); it != s.statuses.cend(); ++it)
        statuses.append(QStringLiteral("%1 %2").arg(subscriptions::subscriptionStatusKey(it.key())).arg(it.value()));
    return QStringLiteral("%1 subscriptions (%2), %3 events, %4 migrated, %5 usage records, %6 runs, %7 invoices, "
                          "%8 credit notes, %9 lines")
        .arg(s.subscriptions)
        .arg(statuses.join(QStringLiteral(", ")))
        .arg(s.events)
        .arg(s.priceMigrations)
        .arg(s.usageRecords)
        .arg(s.billingRuns)
        .arg(s.invoices)
        .arg(s.creditNotes)
        .arg(s.documentLines);
}

} // namespace

class TestDemoCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsFiveYearsWithinTwelveSecondsOfProcessorTime();
    void everyPricingKindIsPresent_data();
    void everyPricingKindIsPresent();
    void everythingIsPricedInEveryCustomerCurrency();
    void yearlyPricesAreTenMonths();
    void catalogHasTheCommercialFeatures_data();
    void catalogHasTheCommercialFeatures();
    void subscriptionsInEveryStatusToday_data();
    void subscriptionsInEveryStatusToday();
    void historyHasEveryKindOfEvent_data();
    void historyHasEveryKindOfEvent();
    void historyTellsEveryStory_data();
    void historyTellsEveryStory();
    void documentsShowEveryKindOfLine_data();
    void documentsShowEveryKindOfLine();
    void priceRiseLeavesSomeGrandfathered();
    void everyDocumentTotalIsTheSumOfItsLines();
    void theBooksAreIssuedAndMostlyPaid();
    void billingAgainAsOfTodayBillsNothing();
    void sameSeedAndDayGiveTheSameHistory();
    void otherSeedAndDayGiveAnotherValidHistory();
    void catalogGoesOnlyIntoAnEmptyCompany();

private:
    const QDate m_today {2026, 3, 31};
    std::unique_ptr<DemoBuild> m_build;
};

void TestDemoCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_build = std::make_unique<DemoBuild>(1u, m_today);
    QVERIFY2(m_build->error.isEmpty(), qPrintable(m_build->error));
    qInfo("demo company of %d customers in %lld ms (%lld ms of processor time): %s", kCustomers, m_build->milliseconds,
          m_build->cpuMilliseconds, qPrintable(describe(m_build->summary)));
}

void TestDemoCatalog::buildsFiveYearsWithinTwelveSecondsOfProcessorTime()
{
    // The first start builds this company. Five years are 60 billing runs (18 months took 18 in
    // under 10 s); processor time, so that other jobs on a shared machine do not count.
    QCOMPARE(m_build->summary.billingRuns, demo::DemoCatalog::kHistoryMonths);
    QVERIFY2(m_build->cpuMilliseconds < 12000, qPrintable(QString::number(m_build->cpuMilliseconds)));
}

void TestDemoCatalog::everyPricingKindIsPresent_data()
{
    QTest::addColumn<catalog::PricingKind>("kind");
    for (catalog::PricingKind kind : catalog::allPricingKinds())
        QTest::newRow(qPrintable(QStringLiteral("the catalog sells at a %1 price").arg(catalog::pricingKindKey(kind))))
            << kind;
}

void TestDemoCatalog::everyPricingKindIsPresent()
{
    QFETCH(catalog::PricingKind, kind);
    const catalog::Catalog& c = m_build->company->catalog().catalog();
    bool found = false;
    for (const catalog::Price& price : c.prices) {
        for (const catalog::PriceVersion& version : price.versions)
            found = found || version.model.kind() == kind;
    }
    QVERIFY(found);
}

void TestDemoCatalog::everythingIsPricedInEveryCustomerCurrency()
{
    const catalog::Catalog& c = m_build->company->catalog().catalog();
    const billing::BillingInterval monthly {billing::IntervalUnit::Month, 1};
    QSet<QString> customerCurrencies;
    for (const customers::Customer& customer : demo::DemoCompany::customers(5000, 1, m_today))
        customerCurrencies.insert(customer.currency);
    QCOMPARE(customerCurrencies,
             QSet<QString>(demo::DemoCatalog::currencies().cbegin(), demo::DemoCatalog::currencies().cend()));
    for (const QString& code : customerCurrencies) {
        const Currency currency = *Currency::fromCode(code);
        for (const catalog::Plan& plan : c.plans)
            QVERIFY2(c.findPrice(catalog::PriceOwner::Plan, plan.id.value, currency, monthly),
                     qPrintable(plan.code + code));
        for (const catalog::AddOn& addOn : c.addOns) {
            const auto interval = addOn.kind == catalog::AddOnKind::Recurring
                ? std::optional<billing::BillingInterval>(monthly)
                : std::nullopt;
            QVERIFY2(c.findPrice(catalog::PriceOwner::AddOn, addOn.id.value, currency, interval),
                     qPrintable(addOn.code + code));
        }
        for (const catalog::MeteredCharge& charge : c.meteredCharges) {
            QVERIFY2(c.findPrice(catalog::PriceOwner::MeteredCharge, charge.id.value, currency, std::nullopt),
                     qPrintable(charge.metricCode + code));
        }
    }
}

void TestDemoCatalog::yearlyPricesAreTenMonths()
{
    const catalog::Catalog& c = m_build->company->catalog().catalog();
    const billing::BillingInterval monthly {billing::IntervalUnit::Month, 1};
    const billing::BillingInterval yearly {billing::IntervalUnit::Year, 1};
    int compared = 0;
    for (const catalog::Plan& plan : c.plans) {
        for (const QString& code : demo::DemoCatalog::currencies()) {
            const Currency currency = *Currency::fromCode(code);
            const catalog::Price* m = c.findPrice(catalog::PriceOwner::Plan, plan.id.value, currency, monthly);
            const catalog::Price* y = c.findPrice(catalog::PriceOwner::Plan, plan.id.value, currency, yearly);
            if (!m || !y)
                continue;
            for (qint64 quantity : {1, 7, 60, 2500}) {
                const Money month = *m->latest()->model.priceFor(quantity);
                const Money year = *y->latest()->model.priceFor(quantity);
                QCOMPARE(year.minorUnits(), 10 * month.minorUnits());
                ++compared;
            }
        }
    }
    QVERIFY(compared > 100);
}

void TestDemoCatalog::catalogHasTheCommercialFeatures_data()
{
    QTest::addColumn<QString>("feature");
    for (const char* row :
         {"a plan with a setup fee", "a plan with a trial", "a fixed-term plan that expires", "a recurring add-on",
          "a one-time add-on", "a metered charge summing usage", "a metered charge taking the peak",
          "a package price with free units", "a percent coupon forever", "a percent coupon for 3 periods",
          "a fixed amount coupon once", "a coupon limited to plans", "a coupon limited in redemptions",
          "an expired coupon", "a price with a newer version", "features listed on every plan"})
        QTest::newRow(row) << QString::fromLatin1(row);
}

void TestDemoCatalog::catalogHasTheCommercialFeatures()
{
    QFETCH(QString, feature);
    const catalog::Catalog& c = m_build->company->catalog().catalog();
    auto anyPrice = [&](auto predicate) {
        for (const catalog::Price& p : c.prices) {
            for (const catalog::PriceVersion& v : p.versions) {
                if (predicate(p, v))
                    return true;
            }
        }
        return false;
    };
    auto anyCoupon = [&](auto predicate) { return std::any_of(c.coupons.cbegin(), c.coupons.cend(), predicate); };
    using catalog::Coupon;
    bool has = false;
    if (feature == QLatin1String("a plan with a setup fee"))
        has = anyPrice([](const catalog::Price& p, const catalog::PriceVersion& v) {
            return p.owner == catalog::PriceOwner::Plan && v.setupFee.minorUnits() > 0;
        });
    else if (feature == QLatin1String("a plan with a trial"))
        has = std::any_of(c.plans.cbegin(), c.plans.cend(), [](const catalog::Plan& p) { return p.trialDays > 0; });
    else if (feature == QLatin1String("a fixed-term plan that expires"))
        has = std::any_of(c.plans.cbegin(), c.plans.cend(), [](const catalog::Plan& p) {
            return p.term.periods > 0 && p.term.endAction == catalog::TermEndAction::Expire;
        });
    else if (feature == QLatin1String("a recurring add-on") || feature == QLatin1String("a one-time add-on")) {
        const auto kind =
            feature.contains(QLatin1String("recurring")) ? catalog::AddOnKind::Recurring : catalog::AddOnKind::OneTime;
        has = std::any_of(c.addOns.cbegin(), c.addOns.cend(), [&](const catalog::AddOn& a) { return a.kind == kind; });
    } else if (feature == QLatin1String("a metered charge summing usage")
               || feature == QLatin1String("a metered charge taking the peak")) {
        const auto aggregation = feature.contains(QLatin1String("summing")) ? catalog::UsageAggregation::Sum
                                                                            : catalog::UsageAggregation::Max;
        has = std::any_of(c.meteredCharges.cbegin(), c.meteredCharges.cend(),
                          [&](const catalog::MeteredCharge& m) { return m.aggregation == aggregation; });
    } else if (feature == QLatin1String("a package price with free units"))
        has = anyPrice([](const catalog::Price&, const catalog::PriceVersion& v) {
            return v.model.kind() == catalog::PricingKind::Package && v.model.freeUnits() > 0;
        });
    else if (feature == QLatin1String("a percent coupon forever"))
        has = anyCoupon([](const Coupon& k) {
            return k.kind == catalog::CouponKind::Percent && k.duration == catalog::CouponDuration::Forever;
        });
    else if (feature == QLatin1String("a percent coupon for 3 periods"))
        has = anyCoupon([](const Coupon& k) {
            return k.kind == catalog::CouponKind::Percent && k.duration == catalog::CouponDuration::Repeating
                && k.durationPeriods == 3;
        });
    else if (feature == QLatin1String("a fixed amount coupon once"))
        has = anyCoupon([](const Coupon& k) {
            return k.kind == catalog::CouponKind::FixedAmount && k.duration == catalog::CouponDuration::Once;
        });
    else if (feature == QLatin1String("a coupon limited to plans"))
        has = anyCoupon([](const Coupon& k) { return !k.planCodes.isEmpty(); });
    else if (feature == QLatin1String("a coupon limited in redemptions"))
        has = anyCoupon([](const Coupon& k) { return k.redemptionLimit.has_value(); });
    else if (feature == QLatin1String("an expired coupon"))
        has = anyCoupon([&](const Coupon& k) { return k.expiresOn && *k.expiresOn <= m_today; });
    else if (feature == QLatin1String("a price with a newer version"))
        has = std::any_of(c.prices.cbegin(), c.prices.cend(),
                          [](const catalog::Price& p) { return p.versions.size() > 1; });
    else if (feature == QLatin1String("features listed on every plan"))
        has = std::all_of(c.plans.cbegin(), c.plans.cend(),
                          [](const catalog::Plan& p) { return p.features.size() >= 3; });
    else
        QFAIL("unknown row");
    QVERIFY(has);
}

void TestDemoCatalog::subscriptionsInEveryStatusToday_data()
{
    QTest::addColumn<SubscriptionStatus>("status");
    for (SubscriptionStatus status : subscriptions::allSubscriptionStatuses())
        QTest::newRow(qPrintable(
            QStringLiteral("some subscriptions are %1 today").arg(subscriptions::subscriptionStatusKey(status))))
            << status;
}

void TestDemoCatalog::subscriptionsInEveryStatusToday()
{
    QFETCH(SubscriptionStatus, status);
    int count = 0;
    for (const subscriptions::SubscriptionSummary& row : m_build->summaries)
        count += row.status == status ? 1 : 0;
    QVERIFY2(count > 0, qPrintable(describe(m_build->summary)));
    QCOMPARE(m_build->summary.statuses.value(status), count);
    if (status == SubscriptionStatus::Active)
        QVERIFY2(count > m_build->summaries.size() / 2, "most subscriptions are active");
}

void TestDemoCatalog::historyHasEveryKindOfEvent_data()
{
    QTest::addColumn<EventKind>("kind");
    for (EventKind kind : {EventKind::Created, EventKind::Changed, EventKind::TemporaryChange, EventKind::Reverted,
                           EventKind::PriceMigrated, EventKind::Paused, EventKind::Resumed, EventKind::Cancelled,
                           EventKind::Reactivated, EventKind::Expired})
        QTest::newRow(qPrintable(QStringLiteral("the history has %1 events").arg(subscriptions::eventKindKey(kind))))
            << kind;
}

void TestDemoCatalog::historyHasEveryKindOfEvent()
{
    QFETCH(EventKind, kind);
    int count = 0;
    for (const subscriptions::Subscription& s : m_build->subscriptions()) {
        for (const subscriptions::SubscriptionEvent& e : s.events)
            count += e.kind == kind ? 1 : 0;
    }
    QVERIFY(count > 0);
}

void TestDemoCatalog::historyTellsEveryStory_data()
{
    QTest::addColumn<QString>("story");
    for (const char* row :
         {"an active monthly subscription", "an active yearly subscription", "a cancellation scheduled after today",
          "a cancellation with immediate effect and a credit", "a cancellation at the end of a period, now over",
          "a reactivated subscription, active again", "an upgrade in the middle of a period",
          "a downgrade at the end of a period", "a change of seats", "a temporary upgrade and its return",
          "a subscription with a coupon", "a subscription that started with add-ons"})
        QTest::newRow(row) << QString::fromLatin1(row);
}

void TestDemoCatalog::historyTellsEveryStory()
{
    QFETCH(QString, story);
    QHash<SubscriptionId, subscriptions::SubscriptionSummary> rows;
    for (const subscriptions::SubscriptionSummary& row : m_build->summaries)
        rows.insert(row.id, row);
    auto has = [&](EventKind kind, auto predicate) {
        for (const subscriptions::Subscription& s : m_build->subscriptions()) {
            const subscriptions::SubscriptionConfig* previous = nullptr;
            for (const subscriptions::SubscriptionEvent& e : s.events) {
                if (e.kind == kind && predicate(s, e, previous, rows.value(s.id)))
                    return true;
                if (e.config)
                    previous = &*e.config;
            }
        }
        return false;
    };
    using Sub = subscriptions::Subscription;
    using Event = subscriptions::SubscriptionEvent;
    using Config = subscriptions::SubscriptionConfig;
    using Row = subscriptions::SubscriptionSummary;
    const QDate today = m_today;
    auto active = [&](billing::IntervalUnit unit) {
        return std::any_of(m_build->summaries.cbegin(), m_build->summaries.cend(), [&](const Row& r) {
            return r.status == SubscriptionStatus::Active && r.interval.unit == unit && !r.endDate.isValid();
        });
    };
    bool found = false;
    if (story == QLatin1String("an active monthly subscription"))
        found = active(billing::IntervalUnit::Month);
    else if (story == QLatin1String("an active yearly subscription"))
        found = active(billing::IntervalUnit::Year);
    else if (story == QLatin1String("a cancellation scheduled after today"))
        found = has(EventKind::Cancelled, [&](const Sub&, const Event& e, const Config*, const Row& r) {
            return e.effectiveDate > today && r.status == SubscriptionStatus::Active && r.endDate == e.effectiveDate;
        });
    else if (story == QLatin1String("a cancellation with immediate effect and a credit"))
        found = has(EventKind::Cancelled, [](const Sub&, const Event& e, const Config*, const Row& r) {
            return e.prorate && e.effectiveDate == e.recordedAt.date() && r.status == SubscriptionStatus::Cancelled;
        });
    else if (story == QLatin1String("a cancellation at the end of a period, now over"))
        found = has(EventKind::Cancelled, [&](const Sub&, const Event& e, const Config*, const Row& r) {
            return e.effectiveDate > e.recordedAt.date() && e.effectiveDate <= today
                && r.status == SubscriptionStatus::Cancelled;
        });
    else if (story == QLatin1String("a reactivated subscription, active again"))
        found = has(EventKind::Reactivated, [](const Sub&, const Event&, const Config*, const Row& r) {
            return r.status == SubscriptionStatus::Active;
        });
    else if (story == QLatin1String("an upgrade in the middle of a period"))
        found = has(EventKind::Changed, [](const Sub&, const Event& e, const Config* before, const Row&) {
            return e.prorate && before && before->planId != e.config->planId;
        });
    else if (story == QLatin1String("a downgrade at the end of a period"))
        found = has(EventKind::Changed, [](const Sub&, const Event& e, const Config* before, const Row&) {
            return !e.prorate && e.effectiveDate > e.recordedAt.date() && before && before->planId != e.config->planId;
        });
    else if (story == QLatin1String("a change of seats"))
        found = has(EventKind::Changed, [](const Sub&, const Event& e, const Config* before, const Row&) {
            return before && before->planId == e.config->planId && before->quantity != e.config->quantity;
        });
    else if (story == QLatin1String("a temporary upgrade and its return"))
        found = has(EventKind::Reverted, [](const Sub& s, const Event& e, const Config*, const Row&) {
            const Event* temporary = s.event(e.relatedEvent);
            return temporary && temporary->kind == EventKind::TemporaryChange
                && temporary->effectiveDate < e.effectiveDate;
        });
    else if (story == QLatin1String("a subscription with a coupon"))
        found = std::any_of(m_build->summaries.cbegin(), m_build->summaries.cend(),
                            [](const Row& r) { return !r.couponCode.isEmpty(); });
    else if (story == QLatin1String("a subscription that started with add-ons"))
        found = has(EventKind::Created, [](const Sub&, const Event& e, const Config*, const Row&) {
            return !e.config->addOns.isEmpty() || !e.oneTimeCharges.isEmpty();
        });
    else
        QFAIL("unknown row");
    QVERIFY(found);
}

void TestDemoCatalog::documentsShowEveryKindOfLine_data()
{
    QTest::addColumn<billing::LineKind>("kind");
    for (billing::LineKind kind :
         {billing::LineKind::Plan, billing::LineKind::AddOn, billing::LineKind::OneTime, billing::LineKind::Setup,
          billing::LineKind::Usage, billing::LineKind::Discount, billing::LineKind::ProrationCredit,
          billing::LineKind::ProrationCharge, billing::LineKind::CancelCredit})
        QTest::newRow(qPrintable(QStringLiteral("documents have %1 lines").arg(billing::lineKindKey(kind)))) << kind;
}

void TestDemoCatalog::documentsShowEveryKindOfLine()
{
    QFETCH(billing::LineKind, kind);
    int count = 0;
    for (const billing::Document& doc : m_build->documents()) {
        for (const billing::DocumentLine& line : doc.lines)
            count += line.item.kind == kind ? 1 : 0;
    }
    QVERIFY(count > 0);
}

void TestDemoCatalog::priceRiseLeavesSomeGrandfathered()
{
    const catalog::Catalog& c = m_build->company->catalog().catalog();
    const catalog::Plan* plan = c.planByCode(demo::democodes::backupStart);
    QVERIFY(plan);
    int onOld = 0;
    int onNew = 0;
    for (const subscriptions::Subscription& s : m_build->subscriptions()) {
        auto timeline = subscriptions::SubscriptionTimeline::build(s);
        QVERIFY(timeline);
        if (timeline->statusOn(m_today) != SubscriptionStatus::Active)
            continue;
        const auto config = timeline->configOn(m_today);
        if (config->planId != plan->id)
            continue;
        const catalog::Price* price = c.priceOfVersion(config->planVersionId);
        QVERIFY(price);
        if (price->versions.size() < 2)
            continue;
        (price->latest()->id == config->planVersionId ? onNew : onOld) += 1;
    }
    QVERIFY2(onOld > 0, "some keep the old price");
    QVERIFY2(onNew > 0, "some pay the new price");
    QVERIFY(m_build->summary.priceMigrations > 0);
}

void TestDemoCatalog::everyDocumentTotalIsTheSumOfItsLines()
{
    const QList<billing::Document> documents = m_build->documents();
    QCOMPARE(documents.size(), m_build->summary.invoices + m_build->summary.creditNotes);
    for (const billing::Document& doc : documents) {
        qint64 sum = 0;
        for (const billing::DocumentLine& line : doc.lines) {
            QCOMPARE(line.item.amount.currency(), doc.currency);
            sum += line.item.amount.minorUnits();
        }
        const QString which = QStringLiteral("document %1").arg(doc.id.value);
        // Issued documents carry tax: their lines' nets make the net total, net + tax the total.
        if (doc.isIssued()) {
            qint64 nets = 0;
            for (const billing::DocumentLine& line : doc.lines)
                nets += line.net.minorUnits();
            QVERIFY2(doc.netTotal.minorUnits() == nets, qPrintable(which));
            QVERIFY2(doc.netTotal.minorUnits() + doc.taxTotal.minorUnits() == doc.total.minorUnits(),
                     qPrintable(which));
            QVERIFY2(!doc.number.isEmpty(), qPrintable(which));
        } else {
            QVERIFY2(doc.total.minorUnits() == sum, qPrintable(which));
        }
        QCOMPARE(doc.kind == billing::DocumentKind::CreditNote, sum < 0);
        QVERIFY(doc.creditApplied.minorUnits() >= 0);
        QVERIFY(doc.creditApplied.minorUnits() + doc.paid.minorUnits() + doc.credited.minorUnits()
                <= std::max<qint64>(0, doc.total.minorUnits()));
        QVERIFY(doc.date <= m_today);
    }
}

void TestDemoCatalog::theBooksAreIssuedAndMostlyPaid()
{
    // Everything billed up to today is issued; most of it is paid, some is overdue.
    QCOMPARE(m_build->summary.issued, m_build->summary.invoices + m_build->summary.creditNotes);
    QVERIFY(m_build->summary.payments > m_build->summary.invoices / 2);
    int overdue = 0, paid = 0;
    for (const billing::Document& doc : m_build->documents()) {
        const billing::DocumentStatus status = doc.status(m_today);
        overdue += status == billing::DocumentStatus::Overdue;
        paid += status == billing::DocumentStatus::Paid;
    }
    QVERIFY2(overdue > 0, "a few customers never pay");
    QVERIFY2(paid > m_build->summary.invoices / 2, qPrintable(QString::number(paid)));
}

void TestDemoCatalog::billingAgainAsOfTodayBillsNothing()
{
    auto preview = m_build->company->billing().preview(m_today);
    QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->documents.size(), 0);
    QCOMPARE(preview->termEvents.size(), 0);
    auto run = m_build->company->billing().run(m_today);
    QVERIFY(run);
    QCOMPARE(run->documents.size(), 0);
}

void TestDemoCatalog::sameSeedAndDayGiveTheSameHistory()
{
    DemoBuild again(1u, m_today);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(describe(again.summary), describe(m_build->summary));
    QVERIFY(again.summary == m_build->summary);
    QCOMPARE(again.summaries.size(), m_build->summaries.size());
    for (qsizetype i = 0; i < again.summaries.size(); ++i) {
        const auto& a = again.summaries.at(i);
        const auto& b = m_build->summaries.at(i);
        QCOMPARE(a.planCode, b.planCode);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.quantity, b.quantity);
        QCOMPARE(a.periodAmount, b.periodAmount);
        QCOMPARE(a.nextBillingDate, b.nextBillingDate);
        QCOMPARE(a.customerName, b.customerName);
    }
}

void TestDemoCatalog::otherSeedAndDayGiveAnotherValidHistory()
{
    const QDate leapDay(2028, 2, 29);
    DemoBuild other(42u, leapDay);
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
    QVERIFY(!(other.summary == m_build->summary));
    for (SubscriptionStatus status : subscriptions::allSubscriptionStatuses())
        QVERIFY2(other.summary.statuses.value(status) > 0, qPrintable(describe(other.summary)));
    auto preview = other.company->billing().preview(leapDay);
    QVERIFY(preview);
    QCOMPARE(preview->documents.size(), 0);
}

void TestDemoCatalog::catalogGoesOnlyIntoAnEmptyCompany()
{
    const Status again = demo::DemoCatalog::install(m_build->company->catalog(), m_today);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestDemoCatalog)
#include "tst_democatalog.moc"
