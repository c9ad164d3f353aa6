#include "CompanyFixture.h"
#include "io/UsageCsvImporter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace subdesk;
using namespace subdesk::io;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList messages(const QList<ImportProblem>& problems)
{
    QStringList out;
    for (const ImportProblem& p : problems)
        out.append(p.message());
    return out;
}

} // namespace

/**
 * The usage CSV import on a company with plan PRO (20.00 monthly, metered api_calls at 1.00 per
 * package of 100) and BASIC (no metered charge): subscription 1 is A on PRO from 2026-04-01,
 * subscription 2 is B on BASIC from the same day. "Today" is 2026-04-10.
 */
class TestUsageCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void guessColumn_data();
    void guessColumn();
    void columnsInAnyOrderAndOtherColumnsIgnored();
    void badRowsEveryOneReportedWithItsLine_data();
    void badRowsEveryOneReportedWithItsLine();
    void allReasonsOfARowInOneProblem();
    void lineNumbersCountPhysicalLines();
    void headerProblems_data();
    void headerProblems();
    void emptyFileIsRefused();
    void subscriptionIdsAreDistinctInFileOrder();

    void allOrNothingStoresNothing();
    void validRowsOnlyStoresTheValidRows();
    void dryRunRollsBack();
    void rowsBilledAfterPlanningAreRefusedWithTheirLine();
    void usageOfABilledPeriodIsRefusedWhenPlanning();

private:
    UsageImportPlan planOf(const QByteArray& csv);
    QList<subscriptions::Subscription> named(const UsageCsvImporter& importer);
    /** Rows in usage_records and their total quantity, read directly from the file. */
    std::pair<int, qint64> stored();

    std::unique_ptr<CompanyFixture> m_f;
    SubscriptionId m_pro;
    SubscriptionId m_basic;
};

void TestUsageCsvImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsageCsvImporter::init()
{
    m_f = std::make_unique<CompanyFixture>(d("2026-04-10"));
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
    catalog::MeteredCharge charge;
    charge.planId = m_f->pro;
    charge.metricCode = QStringLiteral("api_calls");
    charge.name = QStringLiteral("API calls");
    catalog::Price price;
    price.currency = eur;
    catalog::PriceVersion version;
    version.effectiveFrom = d("2020-01-01");
    version.model = catalog::PricingModel::package(Money(100, eur), 100);
    version.setupFee = Money::zero(eur);
    price.versions.append(version);
    const auto saved = m_f->catalog().saveMeteredCharge(charge, {price});
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    m_pro = m_f->subscribe(m_f->customerA, m_f->pro, d("2026-04-01"));
    m_basic = m_f->subscribe(m_f->customerB, m_f->basic, d("2026-04-01"));
    QVERIFY2(m_pro.isValid() && m_basic.isValid(), qPrintable(m_f->error));
    QCOMPARE(m_pro.value, 1);
    QCOMPARE(m_basic.value, 2);
}

void TestUsageCsvImporter::cleanup()
{
    m_f.reset();
}

QList<subscriptions::Subscription> TestUsageCsvImporter::named(const UsageCsvImporter& importer)
{
    QList<subscriptions::Subscription> found;
    for (SubscriptionId id : importer.subscriptionIds()) {
        if (const auto s = m_f->subscriptions().find(id))
            found.append(*s);
    }
    return found;
}

UsageImportPlan TestUsageCsvImporter::planOf(const QByteArray& csv)
{
    const auto importer = UsageCsvImporter::fromData(csv);
    if (!importer) {
        qWarning("not loaded: %s", qPrintable(importer.error().message));
        return {};
    }
    return importer->plan(named(*importer), m_f->catalog().catalog());
}

std::pair<int, qint64> TestUsageCsvImporter::stored()
{
    const QString name = QStringLiteral("tst_usage_count");
    std::pair<int, qint64> result {-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_f->path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(quantity), 0) FROM usage_records")) && q.next())
                result = {q.value(0).toInt(), q.value(1).toLongLong()};
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestUsageCsvImporter::guessColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("column"); // -1: not recognised

    const int sub = int(UsageColumn::Subscription);
    const int metric = int(UsageColumn::Metric);
    const int quantity = int(UsageColumn::Quantity);
    const int date = int(UsageColumn::Date);
    QTest::newRow("\"subscription\" is the subscription") << QStringLiteral("subscription") << sub;
    QTest::newRow("\"subscription_id\" is the subscription") << QStringLiteral("subscription_id") << sub;
    QTest::newRow("\"Subscription ID\" ignores case and the space") << QStringLiteral("Subscription ID") << sub;
    QTest::newRow("\"SUBSCRIPTION\" ignores case") << QStringLiteral("SUBSCRIPTION") << sub;
    QTest::newRow("\"Metric\" is the metric") << QStringLiteral("Metric") << metric;
    QTest::newRow("\"metric_code\" is the metric") << QStringLiteral("metric_code") << metric;
    QTest::newRow("\"Quantity\" is the quantity") << QStringLiteral("Quantity") << quantity;
    QTest::newRow("\"Qty\" is the quantity") << QStringLiteral("Qty") << quantity;
    QTest::newRow("Polish \"Ilość\" is the quantity") << QStringLiteral("Ilość") << quantity;
    QTest::newRow("\"DATE\" is the date") << QStringLiteral("DATE") << date;
    QTest::newRow("Finnish \"Päivämäärä\" is the date") << QStringLiteral("Päivämäärä") << date;
    QTest::newRow("\"Amount\" is not recognised (money, not usage)") << QStringLiteral("Amount") << -1;
    QTest::newRow("an empty header is not recognised") << QString() << -1;
}

void TestUsageCsvImporter::guessColumn()
{
    QFETCH(QString, header);
    QFETCH(int, column);
    const auto guess = UsageCsvImporter::guessColumn(header);
    QCOMPARE(guess ? int(*guess) : -1, column);
}

void TestUsageCsvImporter::columnsInAnyOrderAndOtherColumnsIgnored()
{
    const UsageImportPlan plan = planOf("Date;Note;Quantity;Metric;Subscription ID\n"
                                        "2026-04-02;first;120;API_Calls;1\n"
                                        "2026-04-03;second;0;api_calls;1\n");
    QVERIFY2(plan.problems.isEmpty(), qPrintable(messages(plan.problems).join(u'\n')));
    QCOMPARE(plan.dataRows, 2);
    QCOMPARE(plan.records.size(), 2);
    QCOMPARE(plan.recordLines, (QList<int> {2, 3}));
    const subscriptions::UsageRecord& first = plan.records.first();
    QCOMPARE(first.subscriptionId, m_pro);
    QCOMPARE(first.metricCode, QStringLiteral("api_calls")); // normalised to lower case
    QCOMPARE(first.quantity, 120);
    QCOMPARE(first.date, d("2026-04-02"));
}

void TestUsageCsvImporter::badRowsEveryOneReportedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown subscription") << QByteArray("9,api_calls,5,2026-04-02")
                                          << QStringLiteral("Line 2: Subscription: there is no subscription 9.");
    QTest::newRow("subscription that is not a number")
        << QByteArray("abc,api_calls,5,2026-04-02")
        << QStringLiteral("Line 2: Subscription: \"abc\" is not a subscription number.");
    QTest::newRow("missing subscription")
        << QByteArray(",api_calls,5,2026-04-02")
        << QStringLiteral("Line 2: Subscription: the subscription number is missing.");
    QTest::newRow("metric the plan does not have")
        << QByteArray("1,storage_gb,5,2026-04-02")
        << QStringLiteral("Line 2: Metric: subscription 1 has no metered charge \"storage_gb\" on 2026-04-02 (it "
                          "has: api_calls).");
    QTest::newRow("subscription without metered charges")
        << QByteArray("2,api_calls,5,2026-04-02")
        << QStringLiteral("Line 2: Metric: subscription 2 has no metered charges on 2026-04-02, so no usage can be "
                          "recorded for \"api_calls\".");
    QTest::newRow("negative quantity") << QByteArray(
        "1,api_calls,-5,2026-04-02") << QStringLiteral("Line 2: Quantity: \"-5\" is not a whole number of 0 or more.");
    QTest::newRow("decimal quantity") << QByteArray("1,api_calls,1.5,2026-04-02")
                                      << QStringLiteral(
                                             "Line 2: Quantity: \"1.5\" is not a whole number of 0 or more.");
    QTest::newRow("missing quantity") << QByteArray("1,api_calls,,2026-04-02")
                                      << QStringLiteral("Line 2: Quantity: the quantity is missing.");
    QTest::newRow("date not YYYY-MM-DD") << QByteArray("1,api_calls,5,02.04.2026")
                                         << QStringLiteral("Line 2: Date: \"02.04.2026\" is not a date in the form "
                                                           "YYYY-MM-DD.");
    QTest::newRow("impossible date") << QByteArray("1,api_calls,5,2026-02-30")
                                     << QStringLiteral("Line 2: Date: \"2026-02-30\" is not a date in the form "
                                                       "YYYY-MM-DD.");
    QTest::newRow("date before the subscription started")
        << QByteArray("1,api_calls,5,2026-03-31")
        << QStringLiteral("Line 2: Date: 2026-03-31 is before subscription 1 started (2026-04-01).");
    QTest::newRow("more cells than columns")
        << QByteArray("1,api_calls,5,2026-04-02,extra")
        << QStringLiteral("Line 2: The row has 5 cells but the header names only 4 columns; a delimiter or a quote "
                          "may be misplaced.");
}

void TestUsageCsvImporter::badRowsEveryOneReportedWithItsLine()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    // A good row after the bad one: it stays valid, and only the bad row is reported.
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date\n" + row + "\n1,api_calls,7,2026-04-05\n");
    QCOMPARE(messages(plan.problems), QStringList {message});
    QCOMPARE(plan.records.size(), 1);
    QCOMPARE(plan.recordLines, QList<int> {3});
}

void TestUsageCsvImporter::allReasonsOfARowInOneProblem()
{
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date\n1,api_calls,many,someday\n");
    QCOMPARE(messages(plan.problems),
             QStringList {QStringLiteral("Line 2: Quantity: \"many\" is not a whole number of 0 or more. Date: "
                                         "\"someday\" is not a date in the form YYYY-MM-DD.")});
}

void TestUsageCsvImporter::lineNumbersCountPhysicalLines()
{
    // A quoted line break in an ignored column makes the next record start two lines further down.
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date,note\n"
                                        "1,api_calls,5,2026-04-02,\"two\nlines\"\n"
                                        "\n"
                                        "1,api_calls,x,2026-04-02,\n");
    QCOMPARE(messages(plan.problems),
             QStringList {QStringLiteral("Line 5: Quantity: \"x\" is not a whole number of 0 or more.")});
    QCOMPARE(plan.dataRows, 2);
}

void TestUsageCsvImporter::headerProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("a header without the date column names what is missing")
        << QByteArray("subscription,metric,quantity\n1,api_calls,5\n")
        << QStringLiteral("Line 1: The first line must name the columns subscription, metric, quantity and date; no "
                          "column is named for: Date.");
    QTest::newRow("a file without header names every column")
        << QByteArray("1,api_calls,5,2026-04-02\n")
        << QStringLiteral("Line 1: The first line must name the columns subscription, metric, quantity and date; no "
                          "column is named for: Subscription, Metric, Quantity, Date.");
    QTest::newRow("a header without rows") << QByteArray("subscription,metric,quantity,date\n")
                                           << QStringLiteral("Line 1: The file has a header line but no usage rows.");
}

void TestUsageCsvImporter::headerProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const UsageImportPlan plan = planOf(csv);
    QCOMPARE(messages(plan.problems), QStringList {message});
    QVERIFY(plan.records.isEmpty());
}

void TestUsageCsvImporter::emptyFileIsRefused()
{
    const auto importer = UsageCsvImporter::fromData(QByteArray());
    QVERIFY(!importer);
    QVERIFY2(importer.error().message.contains(QStringLiteral("empty")), qPrintable(importer.error().message));
}

void TestUsageCsvImporter::subscriptionIdsAreDistinctInFileOrder()
{
    const auto importer = UsageCsvImporter::fromData("metric,subscription,quantity,date\n"
                                                     "api_calls,2,1,2026-04-02\n"
                                                     "api_calls,1,1,2026-04-02\n"
                                                     "api_calls,2,1,2026-04-03\n"
                                                     "api_calls,x,1,2026-04-03\n");
    QVERIFY(importer);
    QCOMPARE(importer->subscriptionIds(), (QList<SubscriptionId> {SubscriptionId(2), SubscriptionId(1)}));
}

void TestUsageCsvImporter::allOrNothingStoresNothing()
{
    const UsageImportPlan plan =
        planOf("subscription,metric,quantity,date\n1,api_calls,5,2026-04-02\n1,api_calls,x,2026-04-03\n");
    QCOMPARE(plan.problems.size(), 1);
    const auto result = UsageCsvImporter::commit(plan, m_f->subscriptions(), m_f->company->units(),
                                                 UsageCsvImporter::Mode::AllOrNothing);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("nothing was imported")),
             qPrintable(result.error().message));
    QCOMPARE(stored(), (std::pair<int, qint64> {0, 0}));
}

void TestUsageCsvImporter::validRowsOnlyStoresTheValidRows()
{
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date\n"
                                        "1,api_calls,5,2026-04-02\n"
                                        "1,api_calls,x,2026-04-03\n"
                                        "1,api_calls,7,2026-04-04\n");
    const auto result = UsageCsvImporter::commit(plan, m_f->subscriptions(), m_f->company->units(),
                                                 UsageCsvImporter::Mode::ValidRowsOnly);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->stored.size(), 2);
    QVERIFY(result->stored.first().id.isValid());
    QVERIFY(result->refused.isEmpty());
    QCOMPARE(stored(), (std::pair<int, qint64> {2, 12}));
}

void TestUsageCsvImporter::dryRunRollsBack()
{
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date\n1,api_calls,5,2026-04-02\n");
    const auto result = UsageCsvImporter::commit(plan, m_f->subscriptions(), m_f->company->units(),
                                                 UsageCsvImporter::Mode::AllOrNothing, true);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QVERIFY(result->dryRun);
    QCOMPARE(result->stored.size(), 1);
    QVERIFY(!result->stored.first().id.isValid());
    QCOMPARE(stored(), (std::pair<int, qint64> {0, 0}));
}

void TestUsageCsvImporter::rowsBilledAfterPlanningAreRefusedWithTheirLine()
{
    // Planned while April was open; a billing run as of May 1 bills April's usage before the commit.
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date\n"
                                        "1,api_calls,5,2026-04-02\n"
                                        "1,api_calls,9,2026-05-02\n");
    QVERIFY(plan.problems.isEmpty());
    // April has usage already, so the run writes April's usage line and closes the period.
    subscriptions::UsageRecord earlier;
    earlier.subscriptionId = m_pro;
    earlier.metricCode = QStringLiteral("api_calls");
    earlier.quantity = 1;
    earlier.date = d("2026-04-01");
    QVERIFY(m_f->subscriptions().addUsage({earlier}).ok());
    m_f->setToday(d("2026-05-01"));
    const auto run = m_f->billing().run(d("2026-05-01"));
    QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));

    const auto all = UsageCsvImporter::commit(plan, m_f->subscriptions(), m_f->company->units(),
                                              UsageCsvImporter::Mode::AllOrNothing);
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().message));
    QCOMPARE(all->refused.size(), 1);
    QCOMPARE(all->refused.first().line, 2);
    QVERIFY(all->stored.isEmpty());
    QCOMPARE(stored(), (std::pair<int, qint64> {1, 1}));

    const auto valid = UsageCsvImporter::commit(plan, m_f->subscriptions(), m_f->company->units(),
                                                UsageCsvImporter::Mode::ValidRowsOnly);
    QVERIFY(valid.ok());
    QCOMPARE(valid->refused.size(), 1);
    QCOMPARE(valid->stored.size(), 1);
    QCOMPARE(stored(), (std::pair<int, qint64> {2, 10}));
}

void TestUsageCsvImporter::usageOfABilledPeriodIsRefusedWhenPlanning()
{
    m_f->setToday(d("2026-05-01"));
    const auto run = m_f->billing().run(d("2026-05-01"));
    QVERIFY(run.ok());
    const UsageImportPlan plan = planOf("subscription,metric,quantity,date\n1,api_calls,5,2026-04-30\n");
    QCOMPARE(messages(plan.problems),
             QStringList {QStringLiteral("Line 2: Date: the usage of api_calls for 2026-04-01 → 2026-05-01 is "
                                         "already billed.")});
}

QTEST_GUILESS_MAIN(TestUsageCsvImporter)
#include "tst_usagecsvimporter.moc"
