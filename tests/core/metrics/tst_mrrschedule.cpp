#include "CompanyFixture.h"
#include "metrics/MrrSchedule.h"

#include <QTest>

using namespace subdesk;
using subscriptions::AddOnChoice;
using subscriptions::ChangeRequest;
using subscriptions::StopRequest;
using subscriptions::Timing;

namespace {

/** A QStringList of UTF-8 literals (QT_NO_CAST_FROM_ASCII). */
QStringList lines(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));

catalog::Price price(catalog::PricingModel model, const QString& interval, qint64 setupFee = 0)
{
    catalog::Price p;
    p.currency = eur;
    p.interval = *billing::BillingInterval::fromString(interval);
    catalog::PriceVersion version;
    version.effectiveFrom = QDate(2020, 1, 1);
    version.model = std::move(model);
    version.setupFee = Money(setupFee, eur);
    p.versions.append(version);
    return p;
}

catalog::Price flat(qint64 minor, const QString& interval = QStringLiteral("1 month"), qint64 setupFee = 0)
{
    return price(catalog::PricingModel::flat(Money(minor, eur)), interval, setupFee);
}

QList<catalog::PriceTier> tiers()
{
    return {catalog::PriceTier {10, 500, 1000}, catalog::PriceTier {std::nullopt, 400, 0}};
}

/** "2025-01-01..2025-03-01 12.34" per span ("…" for open-ended). */
QStringList describe(const QList<metrics::MrrSpan>& spans)
{
    QStringList out;
    for (const metrics::MrrSpan& s : spans) {
        out.append(QStringLiteral("%1..%2 %3")
                       .arg(s.from.toString(Qt::ISODate),
                            s.to.isValid() ? s.to.toString(Qt::ISODate) : QStringLiteral("…"),
                            Money(s.mrrMinor, eur).toPlainString()));
    }
    return out;
}

} // namespace

/**
 * BILLING.md §10 "MRR of a subscription" on subscriptions made through the real
 * SubscriptionService on a company file (docs/billing-rules.md M1–M2).
 */
class tst_MrrSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlyNormalisation_data();
    void monthlyNormalisation();
    void spans_data();
    void spans();
};

void tst_MrrSchedule::monthlyNormalisation_data()
{
    QTest::addColumn<qint64>("period");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<qint64>("mrr");
    QTest::newRow("M1 month ÷ 1: 10.00 → 10.00") << qint64(1000) << "1 month" << qint64(1000);
    QTest::newRow("M1 year ÷ 12: 1200.00 → 100.00") << qint64(120000) << "1 year" << qint64(10000);
    QTest::newRow("M1 year ÷ 12 rounded half up once: 200.00 → 16.67") << qint64(20000) << "1 year" << qint64(1667);
    QTest::newRow("M1 quarter ÷ 3: 100.00 → 33.33") << qint64(10000) << "3 months" << qint64(3333);
    QTest::newRow("M1 week × 52 ÷ 12: 5.00 → 21.67") << qint64(500) << "1 week" << qint64(2167);
    QTest::newRow("M1 day × 365 ÷ 12: 1.00 → 30.42") << qint64(100) << "1 day" << qint64(3042);
    QTest::newRow("M1 two weeks × 52 ÷ 24: 10.00 → 21.67") << qint64(1000) << "2 weeks" << qint64(2167);
}

void tst_MrrSchedule::monthlyNormalisation()
{
    QFETCH(qint64, period);
    QFETCH(QString, interval);
    QFETCH(qint64, mrr);
    Result<qint64> got = metrics::MrrSchedule::monthly(period, *billing::BillingInterval::fromString(interval));
    QVERIFY(got.ok());
    QCOMPARE(*got, mrr);
}

void tst_MrrSchedule::spans_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("M1 monthly flat 10.00 counts 10.00 from the start") << "flat" << lines({"2025-01-01..… 10.00"});
    QTest::newRow("M1 per seat × quantity: 4 × 5.00 = 20.00") << "seats" << lines({"2025-01-01..… 20.00"});
    QTest::newRow("M1 graduated 12 units: 10.00 + 10 × 5.00 + 2 × 4.00 = 68.00")
        << "graduated" << lines({"2025-01-01..… 68.00"});
    QTest::newRow("M1 volume 12 units: 12 × 4.00 = 48.00") << "volume" << lines({"2025-01-01..… 48.00"});
    QTest::newRow("M1 yearly 1200.00 → 100.00 a month") << "yearly1200" << lines({"2025-01-01..… 100.00"});
    QTest::newRow("M1 yearly 200.00 → 16.67 a month") << "yearly200" << lines({"2025-01-01..… 16.67"});
    QTest::newRow("M1 quarterly 90.00 ÷ 3 = 30.00") << "quarterly" << lines({"2025-01-01..… 30.00"});
    QTest::newRow("M1 weekly 5.00 × 52 ÷ 12 = 21.67") << "weekly" << lines({"2025-01-01..… 21.67"});
    QTest::newRow("M1 daily 1.00 × 365 ÷ 12 = 30.42") << "daily" << lines({"2025-01-01..… 30.42"});
    QTest::newRow("M1 a recurring add-on adds: 10.00 + 2 × 3.00 = 16.00") << "addon" << lines({"2025-01-01..… 16.00"});
    QTest::newRow("M1 setup fee and one-time add-on are not MRR") << "onetime" << lines({"2025-01-01..… 10.00"});
    QTest::newRow("M2 a 14-day trial is 0, then paying from its end") << "trial" << lines({"2025-01-15..… 10.00"});
    QTest::newRow("M2 paused Feb 10 – Apr 1 is 0, then paying again")
        << "pause" << lines({"2025-01-01..2025-02-10 10.00", "2025-04-01..… 10.00"});
    QTest::newRow("M2 cancelled immediately on Feb 10 stops on Feb 10")
        << "cancelNow" << lines({"2025-01-01..2025-02-10 10.00"});
    QTest::newRow("M2 cancelled at period end on Feb 10 counts until Mar 1")
        << "cancelAtEnd" << lines({"2025-01-01..2025-03-01 10.00"});
    QTest::newRow("M2 Repeating-3 50% coupon: 5.00 for 3 periods, then 10.00 (expansion)")
        << "repeating" << lines({"2025-01-01..2025-04-01 5.00", "2025-04-01..… 10.00"});
    QTest::newRow("M2 Forever 25% coupon: 7.50 for good") << "forever" << lines({"2025-01-01..… 7.50"});
    QTest::newRow("M2 a once-only coupon is never deducted") << "once" << lines({"2025-01-01..… 10.00"});
    QTest::newRow("M2 temporary upgrade to PRO Feb 10 for 10 days, then back to BASIC")
        << "temporary"
        << lines({"2025-01-01..2025-02-10 10.00", "2025-02-10..2025-02-20 20.00", "2025-02-20..… 10.00"});
    QTest::newRow("M2 price migration to 12.00 from the next period start (Mar 1)")
        << "migration" << lines({"2025-01-01..2025-03-01 10.00", "2025-03-01..… 12.00"});
}

void tst_MrrSchedule::spans()
{
    QFETCH(QString, story);
    QFETCH(QStringList, expected);
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));

    catalog::Plan plan;
    auto addPlan = [&](const char* code, QList<catalog::Price> prices) {
        catalog::Plan p;
        p.code = QString::fromLatin1(code);
        p.name = p.code;
        auto saved = f.catalog().savePlan(p, prices);
        return saved ? saved->id : PlanId();
    };
    subscriptions::NewSubscription request;
    request.customerId = f.customerA;
    request.planId = f.basic;
    request.startDate = d("2025-01-01");
    request.trialDays = 0;
    auto coupon = [&](const char* code, catalog::CouponDuration duration, int periods, int basisPoints) {
        auto c = catalog::Coupon::percentOff(QString::fromLatin1(code), QStringLiteral("Test"), basisPoints);
        c.duration = duration;
        c.durationPeriods = periods;
        return f.catalog().saveCoupon(c).ok();
    };

    if (story == QLatin1String("seats")) {
        request.planId =
            addPlan("SEATS", {price(catalog::PricingModel::perUnit(Money(500, eur)), QStringLiteral("1 month"))});
        request.quantity = 4;
    } else if (story == QLatin1String("graduated")) {
        request.planId =
            addPlan("GRAD", {price(catalog::PricingModel::graduated(eur, tiers()), QStringLiteral("1 month"))});
        request.quantity = 12;
    } else if (story == QLatin1String("volume")) {
        QList<catalog::PriceTier> t = tiers();
        t[0].flatFeeMinor = 0;
        request.planId = addPlan("VOL", {price(catalog::PricingModel::volume(eur, t), QStringLiteral("1 month"))});
        request.quantity = 12;
    } else if (story == QLatin1String("yearly1200") || story == QLatin1String("yearly200")) {
        request.planId =
            addPlan("YEAR", {flat(story == QLatin1String("yearly1200") ? 120000 : 20000, QStringLiteral("1 year"))});
        request.interval = *billing::BillingInterval::fromString(QStringLiteral("1 year"));
    } else if (story == QLatin1String("quarterly") || story == QLatin1String("weekly")
               || story == QLatin1String("daily")) {
        const QString interval = story == QLatin1String("quarterly") ? QStringLiteral("3 months")
            : story == QLatin1String("weekly")                       ? QStringLiteral("1 week")
                                                                     : QStringLiteral("1 day");
        request.planId = addPlan("OTHER",
                                 {flat(story == QLatin1String("quarterly")    ? 9000
                                           : story == QLatin1String("weekly") ? 500
                                                                              : 100,
                                       interval)});
        request.interval = *billing::BillingInterval::fromString(interval);
    } else if (story == QLatin1String("addon")) {
        request.addOns = {AddOnChoice {f.extra, 2}};
    } else if (story == QLatin1String("onetime")) {
        catalog::AddOn onboarding;
        onboarding.code = QStringLiteral("ONBOARD");
        onboarding.name = QStringLiteral("Onboarding");
        onboarding.kind = catalog::AddOnKind::OneTime;
        catalog::Price once;
        once.currency = eur;
        catalog::PriceVersion version;
        version.effectiveFrom = QDate(2020, 1, 1);
        version.model = catalog::PricingModel::flat(Money(5000, eur));
        version.setupFee = Money::zero(eur);
        once.versions.append(version);
        auto stored = f.catalog().saveAddOn(onboarding, {once});
        QVERIFY2(stored.ok(), stored ? "" : qPrintable(stored.error().message));
        plan.code = QStringLiteral("SETUP");
        plan.name = plan.code;
        plan.allowedAddOns = {stored->id};
        auto saved = f.catalog().savePlan(plan, {flat(1000, QStringLiteral("1 month"), 2500)});
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        request.planId = saved->id;
        request.addOns = {AddOnChoice {stored->id, 1}};
    } else if (story == QLatin1String("trial")) {
        request.trialDays = 14;
    } else if (story == QLatin1String("repeating")) {
        QVERIFY(coupon("REP3", catalog::CouponDuration::Repeating, 3, 5000));
        request.couponCode = QStringLiteral("REP3");
    } else if (story == QLatin1String("forever")) {
        request.couponCode = QStringLiteral("P25");
    } else if (story == QLatin1String("once")) {
        QVERIFY(coupon("ONCE10", catalog::CouponDuration::Once, 0, 1000));
        request.couponCode = QStringLiteral("ONCE10");
    }
    QVERIFY(request.planId.isValid());
    auto created = f.subscriptions().create(request);
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
    const SubscriptionId id = created->subscription.id;

    auto ok = [](const Result<subscriptions::Outcome>& r) {
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r.ok();
    };
    if (story == QLatin1String("pause")) {
        f.setToday(d("2025-02-10"));
        QVERIFY(ok(f.subscriptions().pause(StopRequest {id, Timing::Immediately, {}, true, {}})));
        QVERIFY(ok(f.subscriptions().resume(id, d("2025-04-01"))));
    } else if (story == QLatin1String("cancelNow")) {
        f.setToday(d("2025-02-10"));
        QVERIFY(ok(f.subscriptions().cancel(StopRequest {id, Timing::Immediately, {}, false, {}})));
    } else if (story == QLatin1String("cancelAtEnd")) {
        f.setToday(d("2025-02-10"));
        QVERIFY(ok(f.subscriptions().cancel(StopRequest {id, Timing::AtPeriodEnd, {}, false, {}})));
    } else if (story == QLatin1String("temporary")) {
        f.setToday(d("2025-02-10"));
        ChangeRequest change;
        change.subscriptionId = id;
        change.planId = f.pro;
        change.temporaryDays = 10;
        QVERIFY(ok(f.subscriptions().change(change)));
    } else if (story == QLatin1String("migration")) {
        const catalog::Price* basicMonthly =
            f.catalog().catalog().findPrice(catalog::PriceOwner::Plan, f.basic.value, eur, billing::BillingInterval {});
        QVERIFY(basicMonthly);
        auto version = f.catalog().addPriceVersion(basicMonthly->id, d("2025-02-15"),
                                                   catalog::PricingModel::flat(Money(1200, eur)), Money::zero(eur));
        QVERIFY2(version.ok(), version ? "" : qPrintable(version.error().message));
        f.setToday(d("2025-02-15"));
        auto migrated = f.subscriptions().migratePrice(version->id, d("2025-02-15"));
        QVERIFY2(migrated.ok(), migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, 1);
    }

    auto subscription = f.subscriptions().find(id);
    QVERIFY(subscription.ok());
    const metrics::MrrSchedule schedule(f.catalog().catalog());
    Result<QList<metrics::MrrSpan>> spans = schedule.spans(*subscription);
    QVERIFY2(spans.ok(), spans ? "" : qPrintable(spans.error().message));
    QCOMPARE(describe(*spans), expected);
    for (const metrics::MrrSpan& span : *spans) {
        QCOMPARE(span.subscriptionId, id);
        QCOMPARE(span.customerId, f.customerA);
        QCOMPARE(span.currency, QStringLiteral("EUR"));
    }
}

QTEST_GUILESS_MAIN(tst_MrrSchedule)
#include "tst_mrrschedule.moc"
