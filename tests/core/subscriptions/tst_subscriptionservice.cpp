#include "CompanyFixture.h"

#include <QTest>

using namespace subdesk;
using subscriptions::SubscriptionStatus;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

subscriptions::NewSubscription request(const CompanyFixture& f, QDate start)
{
    subscriptions::NewSubscription r;
    r.customerId = f.customerA;
    r.planId = f.basic;
    r.startDate = start;
    r.trialDays = 0;
    return r;
}
} // namespace

class tst_SubscriptionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createRefusesBadRequests_data();
    void createRefusesBadRequests();
    void createPreviewShowsTheFirstInvoiceAndWritesNothing();
    void trialPreviewShowsTheFirstPaidPeriodAsLater();
    void statusesFollowTheEvents();
    void reactivatingWithdrawsAScheduledCancellation();
    void secondCancellationIsRefused();
    void trialCannotBePaused();
    void usageIsCheckedOnEntry();
    void summariesCarryAmountsAndDates();
};

void tst_SubscriptionService::createRefusesBadRequests_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("code");
    QTest::newRow("quantity 0 is refused: at least 1") << "quantity" << int(ErrorCode::Invalid);
    QTest::newRow("anchor day 32 is refused for months") << "anchor" << int(ErrorCode::Invalid);
    QTest::newRow("a weekly interval the plan has no price for") << "interval" << int(ErrorCode::NotFound);
    QTest::newRow("an unknown coupon code") << "coupon" << int(ErrorCode::NotFound);
    QTest::newRow("an unknown customer") << "customer" << int(ErrorCode::NotFound);
    QTest::newRow("no start date") << "start" << int(ErrorCode::Invalid);
    QTest::newRow("a trial longer than 730 days") << "trial" << int(ErrorCode::Invalid);
}

void tst_SubscriptionService::createRefusesBadRequests()
{
    QFETCH(QString, field);
    QFETCH(int, code);
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto r = request(f, d("2025-01-01"));
    if (field == QLatin1String("quantity"))
        r.quantity = 0;
    else if (field == QLatin1String("anchor"))
        r.anchorDay = 32;
    else if (field == QLatin1String("interval"))
        r.interval = *billing::BillingInterval::fromString(QStringLiteral("1 week"));
    else if (field == QLatin1String("coupon"))
        r.couponCode = QStringLiteral("NOSUCH");
    else if (field == QLatin1String("customer"))
        r.customerId = CustomerId(999);
    else if (field == QLatin1String("start"))
        r.startDate = QDate();
    else if (field == QLatin1String("trial"))
        r.trialDays = 731;
    auto outcome = f.subscriptions().create(r);
    QVERIFY(!outcome.ok());
    QCOMPARE(int(outcome.error().code), code);
    QVERIFY(!outcome.error().message.isEmpty());
    auto all = f.subscriptions().summaries(d("2025-01-01"));
    QVERIFY(all.ok());
    QVERIFY2(all->isEmpty(), "a refused request writes nothing");
}

void tst_SubscriptionService::createPreviewShowsTheFirstInvoiceAndWritesNothing()
{
    CompanyFixture f(d("2025-01-10"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto r = request(f, d("2025-01-10"));
    r.anchorDay = 1;
    r.couponCode = QStringLiteral("p25 ");
    auto preview = f.subscriptions().create(r, true);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->documents.size(), 1);
    // Jan 10–31 aligned to the 1st: 10.00 × 22/31 = 7.10; 25% off = −1.78 (1.775 rounds half up).
    QCOMPARE(preview->documents.first().total.minorUnits(), 710 - 178);
    QVERIFY(preview->documents.first().lines.first().item.derivation.contains(QStringLiteral("22/31")));
    auto all = f.subscriptions().summaries(d("2025-01-10"));
    QVERIFY(all.ok());
    QVERIFY(all->isEmpty());
}

void tst_SubscriptionService::trialPreviewShowsTheFirstPaidPeriodAsLater()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto r = request(f, d("2025-01-01"));
    r.trialDays = 14;
    auto preview = f.subscriptions().create(r, true);
    QVERIFY(preview.ok());
    QVERIFY2(preview->documents.isEmpty(), "nothing is charged during a trial");
    QCOMPARE(preview->laterItems.size(), 1);
    QCOMPARE(preview->laterItems.first().dueDate, d("2025-01-15"));
    QCOMPARE(preview->laterItems.first().amount.minorUnits(), 1000);
}

void tst_SubscriptionService::statusesFollowTheEvents()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-01-10"));
    subscriptions::StopRequest pause;
    pause.subscriptionId = id;
    QVERIFY(f.subscriptions().pause(pause).ok());
    auto s = f.subscriptions().find(id);
    QVERIFY(s.ok());
    auto summary = f.subscriptions().summary(*s, d("2025-01-10"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->status, SubscriptionStatus::Paused);
    QVERIFY(f.subscriptions().resume(id, d("2025-01-20")).ok());
    s = f.subscriptions().find(id);
    QCOMPARE(f.subscriptions().summary(*s, d("2025-01-20"))->status, SubscriptionStatus::Active);
    QCOMPARE(f.subscriptions().summary(*s, d("2025-01-15"))->status, SubscriptionStatus::Paused);
}

void tst_SubscriptionService::reactivatingWithdrawsAScheduledCancellation()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-01-10"));
    subscriptions::StopRequest cancel;
    cancel.subscriptionId = id;
    cancel.timing = subscriptions::Timing::AtPeriodEnd;
    auto cancelled = f.subscriptions().cancel(cancel);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->newEvents.first().effectiveDate, d("2025-02-01"));
    QVERIFY(cancelled->documents.isEmpty()); // no credit at period end
    auto s = f.subscriptions().find(id);
    QCOMPARE(f.subscriptions().summary(*s, d("2025-01-10"))->endDate, d("2025-02-01"));
    auto back = f.subscriptions().reactivate(id, QDate());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->newEvents.first().effectiveDate, d("2025-02-01"));
    s = f.subscriptions().find(id);
    QCOMPARE(f.subscriptions().summary(*s, d("2025-02-01"))->status, SubscriptionStatus::Active);
    QVERIFY(!f.subscriptions().summary(*s, d("2025-02-01"))->endDate.isValid());
    f.setToday(d("2025-02-01"));
    auto run = f.billing().run(d("2025-02-01"));
    QVERIFY(run.ok());
    QCOMPARE(run->documents.first().total.minorUnits(), 1000); // February billed as if nothing happened
}

void tst_SubscriptionService::secondCancellationIsRefused()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    subscriptions::StopRequest cancel;
    cancel.subscriptionId = id;
    cancel.timing = subscriptions::Timing::AtPeriodEnd;
    QVERIFY(f.subscriptions().cancel(cancel).ok());
    cancel.timing = subscriptions::Timing::Immediately;
    auto again = f.subscriptions().cancel(cancel);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void tst_SubscriptionService::trialCannotBePaused()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto r = request(f, d("2025-01-01"));
    r.trialDays = 14;
    auto created = f.subscriptions().create(r);
    QVERIFY(created.ok());
    subscriptions::StopRequest pause;
    pause.subscriptionId = created->subscription.id;
    auto refused = f.subscriptions().pause(pause);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("trial")));
}

void tst_SubscriptionService::usageIsCheckedOnEntry()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    auto unknownMetric = f.subscriptions().addUsage({{UsageId(), id, QStringLiteral("api_calls"), 5, d("2025-01-05")}});
    QVERIFY(!unknownMetric.ok());
    QVERIFY2(unknownMetric.error().message.contains(QStringLiteral("api_calls")),
             qPrintable(unknownMetric.error().message));
    auto unknownSubscription =
        f.subscriptions().addUsage({{UsageId(), SubscriptionId(999), QStringLiteral("x"), 5, d("2025-01-05")}});
    QVERIFY(!unknownSubscription.ok());
    QVERIFY(unknownSubscription.error().message.startsWith(QStringLiteral("Usage record 1")));
    auto negative = f.subscriptions().addUsage({{UsageId(), id, QStringLiteral("x"), -1, d("2025-01-05")}});
    QVERIFY(!negative.ok());
}

void tst_SubscriptionService::summariesCarryAmountsAndDates()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto r = request(f, d("2025-01-01"));
    r.addOns = {{f.extra, 2}};
    auto created = f.subscriptions().create(r);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    auto rows = f.subscriptions().summaries(d("2025-01-15"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const subscriptions::SubscriptionSummary& row = rows->first();
    QCOMPARE(row.periodAmount.minorUnits(), 1000 + 2 * 300);
    QCOMPARE(row.nextBillingDate, d("2025-02-01"));
    QCOMPARE(row.customerName, QStringLiteral("Alpha Oy"));
    QCOMPARE(row.planCode, QStringLiteral("BASIC"));
    QCOMPARE(row.status, SubscriptionStatus::Active);
}

QTEST_GUILESS_MAIN(tst_SubscriptionService)
#include "tst_subscriptionservice.moc"
