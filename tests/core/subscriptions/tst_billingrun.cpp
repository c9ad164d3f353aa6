#include "CompanyFixture.h"
#include "invoicing/InvoiceService.h"

#include <QProcess>
#include <QTest>

using namespace subdesk;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 minor(const Money& m)
{
    return m.minorUnits();
}
} // namespace

class tst_BillingRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchUpBillsEveryMissedPeriodOnce();
    void runningTheSameRunTwiceChangesNothing();
    void oneDocumentPerCustomerGathersAllSubscriptions();
    void previewWritesNothing();
    void creditNoteBecomesCreditOnTheNextInvoice();
    void changeBeforeABilledPeriodIsRefused();
    void changePreviewWritesNothing();
    void temporaryUpgradeRevertsByItself();
    void priceMigrationEndsGrandfathering();
    void fixedTermRecordsRenewals();
    void interruptedRunLeavesNoPartialDocument();
    void intervalChangeOnABilledDayBillsTheYear();
    void pauseWithoutCreditOnABilledDayKeepsThePeriodPaid();
    void usageAfterItsPeriodWasBilledIsRefused();
    void expiringTermCanStillBeCancelled();
    void cancelDuringATemporaryUpgrade();
    void migrationSkipsEndedAndKeepsScheduledChanges();
};

void tst_BillingRun::catchUpBillsEveryMissedPeriodOnce()
{
    CompanyFixture f(d("2024-12-15"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QVERIFY(f.subscribe(f.customerA, f.basic, d("2025-01-01")).isValid());
    QVERIFY2(f.documents(f.customerA).isEmpty(), "a future start bills nothing at creation");
    f.setToday(d("2025-03-10"));
    auto run = f.billing().run(d("2025-03-10"));
    QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
    QCOMPARE(run->documents.size(), 1);
    QCOMPARE(run->lineCount(), 3); // Jan, Feb and Mar, 10.00 each
    QCOMPARE(minor(run->documents.first().total), 3000);
}

void tst_BillingRun::runningTheSameRunTwiceChangesNothing()
{
    CompanyFixture f(d("2024-12-15"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QVERIFY(f.subscribe(f.customerA, f.basic, d("2025-01-01")).isValid());
    QVERIFY(f.subscribe(f.customerB, f.pro, d("2025-01-01")).isValid());
    f.setToday(d("2025-02-01"));
    auto first = f.billing().run(d("2025-02-01"));
    QVERIFY(first.ok());
    QCOMPARE(first->documents.size(), 2);
    auto second = f.billing().run(d("2025-02-01"));
    QVERIFY(second.ok());
    QCOMPARE(second->documents.size(), 0);
    QCOMPARE(f.documents(f.customerA).size(), 1);
    QCOMPARE(f.documents(f.customerB).size(), 1);
    // An earlier as-of date after a later run bills nothing either.
    auto earlier = f.billing().run(d("2025-01-15"));
    QVERIFY(earlier.ok());
    QCOMPARE(earlier->documents.size(), 0);
}

void tst_BillingRun::oneDocumentPerCustomerGathersAllSubscriptions()
{
    CompanyFixture f(d("2024-12-15"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QVERIFY(f.subscribe(f.customerA, f.basic, d("2025-01-01")).isValid());
    QVERIFY(f.subscribe(f.customerA, f.pro, d("2025-01-01"), 2).isValid());
    f.setToday(d("2025-01-01"));
    auto run = f.billing().run(d("2025-01-01"));
    QVERIFY(run.ok());
    QCOMPARE(run->documents.size(), 1);
    QCOMPARE(run->documents.first().lines.size(), 2);
    QCOMPARE(minor(run->documents.first().total), 1000 + 2000); // PRO is flat: 20.00 whatever the quantity
}

void tst_BillingRun::previewWritesNothing()
{
    CompanyFixture f(d("2024-12-15"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QVERIFY(f.subscribe(f.customerA, f.basic, d("2025-01-01")).isValid());
    auto preview = f.billing().preview(d("2025-02-01"));
    QVERIFY(preview.ok());
    QCOMPARE(preview->documents.size(), 1);
    QCOMPARE(minor(preview->documents.first().total), 2000);
    QVERIFY(f.documents(f.customerA).isEmpty());
    auto onlyB = f.billing().preview(d("2025-02-01"), f.customerB);
    QVERIFY(onlyB.ok());
    QCOMPARE(onlyB->documents.size(), 0);
    auto early = f.billing().run(d("2025-02-01"));
    QVERIFY2(!early.ok(), "a run as of a later day than today is refused: its usage cannot be known");
    f.setToday(d("2025-02-01"));
    auto run = f.billing().run(d("2025-02-01"));
    QVERIFY(run.ok());
    QCOMPARE(minor(run->documents.first().total), 2000);
}

void tst_BillingRun::creditNoteBecomesCreditOnTheNextInvoice()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    // A German seller and Finnish business customers: reverse charge, so no tax moves the figures.
    const QString sellerError = f.setSeller(QStringLiteral("DE"), QStringLiteral("DE136695976"));
    QVERIFY2(sellerError.isEmpty(), qPrintable(sellerError));
    const SubscriptionId id = f.subscribe(f.customerA, f.pro, d("2025-01-01"));
    QVERIFY2(id.isValid(), qPrintable(f.error));
    QCOMPARE(f.documents(f.customerA).size(), 1); // starting today bills January at once
    auto january = f.company->invoices().issue(f.documents(f.customerA).first().id, d("2025-01-01"));
    QVERIFY2(january.ok(), january.ok() ? "" : qPrintable(january.error().message));
    f.setToday(d("2025-01-16"));
    subscriptions::ChangeRequest change;
    change.subscriptionId = id;
    change.planId = f.basic;
    auto outcome = f.subscriptions().change(change);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->documents.size(), 1);
    const billing::Document& note = outcome->documents.first();
    QCOMPARE(note.kind, billing::DocumentKind::CreditNote);
    QCOMPARE(note.date, d("2025-01-16"));
    QCOMPARE(minor(note.total), -1032 + 516); // −20.00 × 16/31 + 10.00 × 16/31
    // Credit moves when documents are issued (BILLING.md §9): the credit note grants 5.16 ...
    auto issuedNote = f.company->invoices().issue(note.id, d("2025-01-16"));
    QVERIFY2(issuedNote.ok(), issuedNote.ok() ? "" : qPrintable(issuedNote.error().message));
    f.setToday(d("2025-02-01"));
    auto run = f.billing().run(d("2025-02-01"));
    QVERIFY(run.ok());
    QCOMPARE(run->documents.size(), 1);
    QCOMPARE(minor(run->documents.first().total), 1000);
    QCOMPARE(minor(run->documents.first().creditApplied), 0); // a draft takes no credit yet
    // ... and the next invoice takes it when issued: 10.00 − 5.16 = 4.84 left to pay.
    auto drafts = f.company->invoices().draftIds();
    QVERIFY(drafts.ok());
    auto issued = f.company->invoices().issueAll(*drafts, d("2025-02-01"));
    QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().message));
    const billing::Document invoice = issued->last();
    QCOMPARE(minor(invoice.total), 1000);
    QCOMPARE(minor(invoice.creditApplied), 516);
    QCOMPARE(minor(invoice.balance()), 484);
}

void tst_BillingRun::changeBeforeABilledPeriodIsRefused()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    QVERIFY(id.isValid());
    f.setToday(d("2025-02-05"));
    QVERIFY(f.billing().run(d("2025-02-05")).ok());
    subscriptions::ChangeRequest change;
    change.subscriptionId = id;
    change.timing = subscriptions::Timing::OnDate;
    change.date = d("2025-01-20");
    change.quantity = 2;
    change.planId = f.pro;
    auto refused = f.subscriptions().change(change);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
}

void tst_BillingRun::changePreviewWritesNothing()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-01-16"));
    subscriptions::ChangeRequest change;
    change.subscriptionId = id;
    change.planId = f.pro;
    auto preview = f.subscriptions().change(change, true);
    QVERIFY(preview.ok());
    QCOMPARE(preview->documents.size(), 1);
    QCOMPARE(minor(preview->documents.first().total), -516 + 1032);
    auto stored = f.subscriptions().find(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->events.size(), 1);
    QCOMPARE(f.documents(f.customerA).size(), 1);
}

void tst_BillingRun::temporaryUpgradeRevertsByItself()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-01-11"));
    subscriptions::ChangeRequest change;
    change.subscriptionId = id;
    change.planId = f.pro;
    change.temporaryDays = 10;
    auto outcome = f.subscriptions().change(change);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->newEvents.size(), 2);
    QCOMPARE(outcome->newEvents.at(1).kind, subscriptions::EventKind::Reverted);
    QCOMPARE(outcome->newEvents.at(1).effectiveDate, d("2025-01-21"));
    f.setToday(d("2025-02-01"));
    auto run = f.billing().run(d("2025-02-01"));
    QVERIFY(run.ok());
    // Jan 21: −20.00 × 11/31 = −7.10, +10.00 × 11/31 = 3.55; Feb 1: Basic 10.00 again.
    QCOMPARE(minor(run->documents.first().total), -710 + 355 + 1000);
    auto summary = f.subscriptions().summaries(d("2025-02-01"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->first().planCode, QStringLiteral("BASIC"));
}

void tst_BillingRun::priceMigrationEndsGrandfathering()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    QVERIFY(id.isValid());
    const catalog::Price* price = f.catalog().catalog().findPrice(
        catalog::PriceOwner::Plan, f.basic.value, *Currency::fromCode(QStringLiteral("EUR")),
        *billing::BillingInterval::fromString(QStringLiteral("1 month")));
    QVERIFY(price);
    auto version = f.catalog().addPriceVersion(price->id, d("2025-03-01"),
                                               catalog::PricingModel::flat(Money(1200, price->currency)), Money());
    QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().message));
    f.setToday(d("2025-03-05"));
    auto grandfathered = f.billing().preview(d("2025-03-05"));
    QVERIFY(grandfathered.ok());
    QCOMPARE(minor(grandfathered->documents.first().total), 2000); // Feb and Mar at the old 10.00
    auto migrated = f.subscriptions().migratePrice(version->id, d("2025-03-10"));
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    QCOMPARE(*migrated, 1);
    f.setToday(d("2025-04-01"));
    auto run = f.billing().run(d("2025-04-01"));
    QVERIFY(run.ok());
    QCOMPARE(minor(run->documents.first().total), 1000 + 1000 + 1200); // from the next period start, Apr 1
}

void tst_BillingRun::fixedTermRecordsRenewals()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    catalog::Plan plan = *f.catalog().catalog().plan(f.basic);
    plan.term = {2, catalog::TermEndAction::Renew};
    QVERIFY(f.catalog().savePlan(plan).ok());
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-05-01"));
    auto run = f.billing().run(d("2025-05-01"));
    QVERIFY(run.ok());
    QCOMPARE(run->termEvents.size(), 2); // Mar 1 and May 1
    auto stored = f.subscriptions().find(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->events.last().kind, subscriptions::EventKind::Renewed);
    auto again = f.billing().run(d("2025-05-01"));
    QVERIFY(again.ok());
    QCOMPARE(again->termEvents.size(), 0);
}

void tst_BillingRun::interruptedRunLeavesNoPartialDocument()
{
    CompanyFixture f(d("2024-12-15"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    for (int i = 0; i < 20; ++i)
        QVERIFY(f.subscribe(i % 2 ? f.customerA : f.customerB, f.basic, d("2025-01-01")).isValid());
    f.company.reset(); // the child process opens the file itself

    QProcess child;
    child.setProgram(QStringLiteral(SUBDESK_BILLING_RUN_CHILD));
    child.setArguments({f.path, QStringLiteral("2025-03-01")});
    child.start();
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains("WRITTEN") && child.waitForReadyRead(20000))
        output += child.readAllStandardOutput();
    QVERIFY2(output.contains("WRITTEN"), output.constData());
    child.kill(); // SIGKILL: no destructor, no rollback; the uncommitted transaction must vanish
    QVERIFY(child.waitForFinished());

    auto reopened = storage::CompanyFile::open(f.path, {}, f.clock);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    f.company = std::move(reopened).value();
    QVERIFY2(f.documents(f.customerA).isEmpty(), "a killed run must leave no document");
    QVERIFY(f.documents(f.customerB).isEmpty());
    f.setToday(d("2025-03-01"));
    auto run = f.billing().run(d("2025-03-01"));
    QVERIFY(run.ok());
    QCOMPARE(run->documents.size(), 2);
    QCOMPARE(run->lineCount(), 20 * 3);
}

void tst_BillingRun::intervalChangeOnABilledDayBillsTheYear()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-02-01"));
    QVERIFY(f.billing().run(d("2025-02-01")).ok());
    subscriptions::ChangeRequest change;
    change.subscriptionId = id;
    change.interval = *billing::BillingInterval::fromString(QStringLiteral("1 year"));
    auto outcome = f.subscriptions().change(change);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->documents.size(), 1);
    QCOMPARE(minor(outcome->documents.first().total), -1000 + 10000); // February credited, the year charged
}

void tst_BillingRun::pauseWithoutCreditOnABilledDayKeepsThePeriodPaid()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-02-01"));
    QVERIFY(f.billing().run(d("2025-02-01")).ok());
    subscriptions::StopRequest pause;
    pause.subscriptionId = id;
    pause.credit = false;
    auto paused = f.subscriptions().pause(pause);
    QVERIFY(paused.ok());
    QCOMPARE(paused->newEvents.first().effectiveDate, d("2025-03-01")); // February stays paid and served
    f.setToday(d("2025-02-10"));
    auto resumed = f.subscriptions().resume(id, d("2025-02-10"));
    QVERIFY2(!resumed.ok(), "not paused yet on Feb 10");
}

void tst_BillingRun::usageAfterItsPeriodWasBilledIsRefused()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    catalog::MeteredCharge charge;
    charge.planId = f.basic;
    charge.metricCode = QStringLiteral("api_calls");
    charge.name = QStringLiteral("API calls");
    catalog::Price price;
    price.currency = *Currency::fromCode(QStringLiteral("EUR"));
    catalog::PriceVersion version;
    version.effectiveFrom = d("2020-01-01");
    version.model = catalog::PricingModel::perUnit(Money(1, price.currency));
    price.versions = {version};
    QVERIFY(f.catalog().saveMeteredCharge(charge, {price}).ok());
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-02-01"));
    QVERIFY(f.billing().run(d("2025-02-01")).ok());
    auto late = f.subscriptions().addUsage({{UsageId(), id, QStringLiteral("api_calls"), 1000, d("2025-01-20")}});
    QVERIFY2(!late.ok(), "January is billed: its usage can no longer be charged");
    QVERIFY2(late.error().message.contains(QStringLiteral("already billed")), qPrintable(late.error().message));
    auto current = f.subscriptions().addUsage({{UsageId(), id, QStringLiteral("api_calls"), 1000, d("2025-02-01")}});
    QVERIFY2(current.ok(), current.ok() ? "" : qPrintable(current.error().message));
    f.setToday(d("2025-03-01"));
    auto run = f.billing().run(d("2025-03-01"));
    QVERIFY(run.ok());
    QCOMPARE(minor(run->documents.first().total), 1000 + 1000); // March 10.00 + February's 1000 calls × 0.01
}

void tst_BillingRun::expiringTermCanStillBeCancelled()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    catalog::Plan plan = *f.catalog().catalog().plan(f.basic);
    plan.term = {12, catalog::TermEndAction::Expire};
    QVERIFY(f.catalog().savePlan(plan).ok());
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-01-21"));
    subscriptions::StopRequest cancel;
    cancel.subscriptionId = id;
    auto cancelled = f.subscriptions().cancel(cancel);
    QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : qPrintable(cancelled.error().message));
    QCOMPARE(minor(cancelled->documents.first().total), -355); // −10.00 × 11/31
}

void tst_BillingRun::cancelDuringATemporaryUpgrade()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId id = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    f.setToday(d("2025-01-11"));
    subscriptions::ChangeRequest change;
    change.subscriptionId = id;
    change.planId = f.pro;
    change.temporaryDays = 10;
    QVERIFY(f.subscriptions().change(change).ok());
    f.setToday(d("2025-01-16"));
    subscriptions::StopRequest cancel;
    cancel.subscriptionId = id;
    auto cancelled = f.subscriptions().cancel(cancel);
    QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : qPrintable(cancelled.error().message));
    QCOMPARE(minor(cancelled->documents.first().total), -1032); // PRO −20.00 × 16/31
    subscriptions::ChangeRequest during;
    during.subscriptionId = id;
    during.quantity = 3;
    QVERIFY2(!f.subscriptions().change(during).ok(), "an ended subscription is not changed");
}

void tst_BillingRun::migrationSkipsEndedAndKeepsScheduledChanges()
{
    CompanyFixture f(d("2025-01-01"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const SubscriptionId cancelling = f.subscribe(f.customerA, f.basic, d("2025-01-01"));
    const SubscriptionId plain = f.subscribe(f.customerB, f.basic, d("2025-01-01"));
    subscriptions::StopRequest cancel;
    cancel.subscriptionId = cancelling;
    cancel.timing = subscriptions::Timing::OnDate;
    cancel.date = d("2025-04-01");
    QVERIFY(f.subscriptions().cancel(cancel).ok());
    const catalog::Price* price = f.catalog().catalog().findPrice(
        catalog::PriceOwner::Plan, f.basic.value, *Currency::fromCode(QStringLiteral("EUR")),
        *billing::BillingInterval::fromString(QStringLiteral("1 month")));
    auto version = f.catalog().addPriceVersion(price->id, d("2025-04-01"),
                                               catalog::PricingModel::flat(Money(1200, price->currency)), Money());
    QVERIFY(version.ok());
    auto migrated = f.subscriptions().migratePrice(version->id, d("2025-04-01"));
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    QCOMPARE(*migrated, 1);
    auto s = f.subscriptions().find(plain);
    QCOMPARE(s->events.last().kind, subscriptions::EventKind::PriceMigrated);
}

QTEST_GUILESS_MAIN(tst_BillingRun)
#include "tst_billingrun.moc"
