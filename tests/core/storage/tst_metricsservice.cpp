#include "TestSupport.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "metrics/MetricsService.h"
#include "metrics/MrrSchedule.h"
#include "storage/CompanyFile.h"
#include "storage/SqliteCatalogRepository.h"
#include "storage/SqliteMetricsRepository.h"
#include "storage/SqliteSubscriptionRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace subdesk;
using namespace subdesk::metrics;
using namespace subdesk::subscriptions;

namespace {

Currency eur()
{
    return *Currency::fromCode(QStringLiteral("EUR"));
}

template <typename T>
QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestMetricsService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<storage::SqliteSubscriptionRepository> m_subscriptions;
    std::unique_ptr<storage::SqliteCatalogRepository> m_catalog;
    std::unique_ptr<storage::SqliteMetricsRepository> m_repo;
    int m_counter = 0;
    CustomerId m_anna;
    CustomerId m_bert;
    PlanId m_basic;
    PlanId m_pro;
    PriceId m_basicPrice;
    PriceVersionId m_basicMonthly;
    PriceVersionId m_proMonthly;
    PriceVersionId m_proYearly;

    MetricsService& service() { return m_company->metrics(); }

    PriceId addPrice(PlanId plan, billing::IntervalUnit unit, qint64 cents)
    {
        catalog::Price price;
        price.owner = catalog::PriceOwner::Plan;
        price.ownerId = plan.value;
        price.currency = eur();
        price.interval = billing::BillingInterval {unit, 1};
        price.versions = {{PriceVersionId(), PriceId(), QDate(2024, 1, 1),
                           catalog::PricingModel::flat(Money(cents, eur())), Money(0, eur())}};
        auto saved = m_catalog->savePrice(price);
        return saved ? *saved : PriceId();
    }

    PriceVersionId versionOf(PriceId price)
    {
        const auto loaded = m_catalog->load();
        return loaded ? loaded->price(price)->versions.first().id : PriceVersionId();
    }

    void buildCatalog()
    {
        catalog::Plan basic;
        basic.code = QStringLiteral("BASIC");
        basic.name = QStringLiteral("Basic");
        m_basic = *m_catalog->savePlan(basic);
        catalog::Plan pro;
        pro.code = QStringLiteral("PRO");
        pro.name = QStringLiteral("Pro");
        m_pro = *m_catalog->savePlan(pro);
        m_basicPrice = addPrice(m_basic, billing::IntervalUnit::Month, 1000);
        m_basicMonthly = versionOf(m_basicPrice);
        m_proMonthly = versionOf(addPrice(m_pro, billing::IntervalUnit::Month, 4900));
        m_proYearly = versionOf(addPrice(m_pro, billing::IntervalUnit::Year, 49000));
        QVERIFY(m_basicMonthly.isValid() && m_proMonthly.isValid() && m_proYearly.isValid());
    }

    SubscriptionConfig config(PlanId plan, PriceVersionId version, billing::IntervalUnit unit, qint64 quantity) const
    {
        SubscriptionConfig c;
        c.planId = plan;
        c.planVersionId = version;
        c.interval = {unit, 1};
        c.quantity = quantity;
        return c;
    }

    SubscriptionEvent event(EventKind kind, QDate date, std::optional<SubscriptionConfig> c = std::nullopt) const
    {
        SubscriptionEvent e;
        e.kind = kind;
        e.effectiveDate = date;
        e.recordedAt = QDateTime(date, QTime(9, 0), Qt::UTC);
        e.config = std::move(c);
        return e;
    }

    Subscription store(CustomerId customer, QDate start, const QList<SubscriptionEvent>& events)
    {
        Subscription s;
        s.customerId = customer;
        s.currency = eur();
        s.startDate = start;
        s.events = events;
        auto stored = m_subscriptions->insert(s);
        if (!stored) {
            qWarning() << message(stored);
            return {};
        }
        return *stored;
    }

    /** Three subscriptions: an upgrade with a quantity change, a yearly one cancelled, a paused one. */
    QList<Subscription> storeHistories()
    {
        const auto basic = config(m_basic, m_basicMonthly, billing::IntervalUnit::Month, 2);
        const auto pro = config(m_pro, m_proMonthly, billing::IntervalUnit::Month, 3);
        const auto yearly = config(m_pro, m_proYearly, billing::IntervalUnit::Year, 1);
        QList<Subscription> out;
        out.append(store(m_anna, QDate(2025, 1, 10),
                         {event(EventKind::Created, QDate(2025, 1, 10), basic),
                          event(EventKind::Changed, QDate(2025, 4, 10), pro)}));
        out.append(store(
            m_bert, QDate(2025, 2, 1),
            {event(EventKind::Created, QDate(2025, 2, 1), yearly), event(EventKind::Cancelled, QDate(2026, 2, 1))}));
        out.append(store(m_anna, QDate(2025, 3, 1),
                         {event(EventKind::Created, QDate(2025, 3, 1), basic),
                          event(EventKind::Paused, QDate(2025, 6, 1)), event(EventKind::Resumed, QDate(2025, 9, 1))}));
        return out;
    }

    /** What MrrSchedule gives for the subscriptions, in the snapshot's order. */
    QList<MrrSpan> expectedSpans(const QList<Subscription>& subscriptions)
    {
        const auto catalog = m_catalog->load();
        const MrrSchedule schedule(*catalog);
        QList<MrrSpan> all;
        for (const Subscription& s : subscriptions) {
            auto spans = schedule.spans(s);
            if (!spans) {
                qWarning() << message(spans);
                return {};
            }
            all.append(*spans);
        }
        std::stable_sort(all.begin(), all.end(), [](const MrrSpan& a, const MrrSpan& b) {
            if (a.customerId != b.customerId)
                return a.customerId < b.customerId;
            if (a.subscriptionId != b.subscriptionId)
                return a.subscriptionId < b.subscriptionId;
            return a.from < b.from;
        });
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_repo.reset();
        m_subscriptions.reset();
        m_catalog.reset();
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("ms%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        m_company = std::move(*company);
        m_subscriptions = std::make_unique<storage::SqliteSubscriptionRepository>(m_company->database());
        m_catalog = std::make_unique<storage::SqliteCatalogRepository>(m_company->database());
        m_repo = std::make_unique<storage::SqliteMetricsRepository>(m_company->database());
        auto a = m_company->customers().add(test::sampleCustomer(QStringLiteral("Anna Oy")));
        auto b = m_company->customers().add(test::sampleCustomer(QStringLiteral("Bert Oy")));
        QVERIFY(a && b);
        m_anna = a->id;
        m_bert = b->id;
        buildCatalog();
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_subscriptions.reset();
        m_catalog.reset();
        m_company.reset();
    }

    void refreshBuildsTheSpansMrrScheduleDerives()
    {
        const QList<Subscription> subscriptions = storeHistories();
        QStringList warnings;
        const auto rebuilt = service().refreshSpans(&warnings);
        QVERIFY2(rebuilt, qPrintable(message(rebuilt)));
        QCOMPARE(*rebuilt, 3);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        const QList<MrrSpan> expected = expectedSpans(subscriptions);
        QVERIFY(!expected.isEmpty());
        const auto data = m_repo->snapshot();
        QVERIFY2(data, qPrintable(message(data)));
        QCOMPARE(data->spans, expected);
        QVERIFY(m_repo->staleSubscriptions()->isEmpty());
    }

    void refreshRebuildsOnlyWhatWentStale()
    {
        const QList<Subscription> subscriptions = storeHistories();
        QVERIFY(service().refreshSpans());
        QCOMPARE(*service().refreshSpans(), 0);
        QVERIFY(m_subscriptions->appendEvents({[&] {
            SubscriptionEvent e = event(EventKind::Cancelled, QDate(2026, 1, 10));
            e.subscriptionId = subscriptions.at(0).id;
            return e;
        }()}));
        QCOMPARE(*service().refreshSpans(), 1);
        const auto found = m_subscriptions->find(subscriptions.at(0).id);
        QVERIFY(found);
        const QList<MrrSpan> expected = expectedSpans({*found, subscriptions.at(1), subscriptions.at(2)});
        QCOMPARE(m_repo->snapshot()->spans, expected);
    }

    void aPriceChangeRebuildsEverySubscription()
    {
        storeHistories();
        QVERIFY(service().refreshSpans());
        QVERIFY(m_catalog->addPriceVersion({PriceVersionId(), m_basicPrice, QDate(2026, 1, 1),
                                            catalog::PricingModel::flat(Money(1100, eur())), Money(0, eur())}));
        QCOMPARE(*service().refreshSpans(), 3);
    }

    void aBrokenSubscriptionIsReportedKeptStaleAndDoesNotStopTheOthers()
    {
        const QList<Subscription> good = storeHistories();
        const Subscription broken = store(m_bert, QDate(2025, 5, 1), {event(EventKind::Cancelled, QDate(2025, 5, 1))});
        QVERIFY(broken.id.isValid());
        QStringList warnings;
        const auto rebuilt = service().refreshSpans(&warnings);
        QVERIFY2(rebuilt, qPrintable(message(rebuilt)));
        QCOMPARE(*rebuilt, 3);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QString::number(broken.id.value)), qPrintable(warnings.first()));
        QCOMPARE(m_repo->staleSubscriptions()->size(), 1);
        QCOMPARE(m_repo->staleSubscriptions()->first(), broken.id);
        QCOMPARE(m_repo->snapshot()->spans, expectedSpans(good));

        // load() goes on with the others and passes the warning on.
        QStringList again;
        const auto data = service().load(&again);
        QVERIFY2(data, qPrintable(message(data)));
        QCOMPARE(again.size(), 1);
        QCOMPARE(data->spans, expectedSpans(good));
    }

    void manyStaleSubscriptionsAreReadInOnePass()
    {
        // Above the threshold refreshSpans() reads every subscription at once; the result is the same.
        QList<Subscription> many;
        const auto basic = config(m_basic, m_basicMonthly, billing::IntervalUnit::Month, 1);
        for (int i = 0; i < MetricsService::kLoadAllThreshold + 5; ++i) {
            const QDate start = QDate(2025, 1, 1).addDays(i);
            many.append(store(i % 2 ? m_anna : m_bert, start, {event(EventKind::Created, start, basic)}));
        }
        const auto rebuilt = service().refreshSpans();
        QVERIFY2(rebuilt, qPrintable(message(rebuilt)));
        QCOMPARE(*rebuilt, int(many.size()));
        QCOMPARE(m_repo->snapshot()->spans, expectedSpans(many));
    }

    void fxRateValidation_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the reporting currency has no rate")
            << QStringLiteral("EUR") << qint64(100000000) << QStringLiteral("EUR is the reporting currency");
        QTest::newRow("a zero rate is refused")
            << QStringLiteral("SEK") << qint64(0) << QStringLiteral("must be greater than zero");
        QTest::newRow("a negative rate is refused")
            << QStringLiteral("SEK") << qint64(-5) << QStringLiteral("must be greater than zero");
        QTest::newRow("a rate above a million is refused")
            << QStringLiteral("SEK") << qint64(1000001) * FxRate::kScale << QStringLiteral("larger than 1,000,000");
        QTest::newRow("an unknown currency code is refused")
            << QStringLiteral("XYZ") << qint64(8700000) << QStringLiteral("not an ISO 4217 code");
        QTest::newRow("a lower-case code is refused")
            << QStringLiteral("sek") << qint64(8700000) << QStringLiteral("not an ISO 4217 code");
    }

    void fxRateValidation()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, rate);
        QFETCH(QString, expected);
        const Status refused = service().setFxRates(
            {{QDate(2026, 1, 1), QStringLiteral("USD"), 92000000}, {QDate(2026, 1, 1), currency, rate}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QVERIFY(service().fxRates()->isEmpty());
    }

    void fxRatesGivenTwiceOrWithoutMonthAreRefused()
    {
        const Status twice = service().setFxRates({{QDate(2026, 1, 1), QStringLiteral("SEK"), 8700000},
                                                   {QDate(2026, 1, 15), QStringLiteral("SEK"), 8800000}});
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QStringLiteral("given twice")), qPrintable(twice.error().message));
        const Status noMonth = service().setFxRates({{QDate(), QStringLiteral("SEK"), 8700000}});
        QVERIFY(!noMonth);
        QVERIFY(service().fxRates()->isEmpty());
    }

    void aRateHoldsForItsMonthWhateverDayWasGiven()
    {
        QVERIFY(service().setFxRates({{QDate(2026, 1, 17), QStringLiteral("SEK"), 8700000}}));
        QCOMPARE(*service().fxRates(), (QList<FxRate> {{QDate(2026, 1, 1), QStringLiteral("SEK"), 8700000}}));
        QVERIFY(service().removeFxRate(QDate(2026, 1, 31), QStringLiteral("SEK")));
        QVERIFY(service().fxRates()->isEmpty());
    }

    void theReportingCurrencySettingDecidesWhichRateIsRefused()
    {
        QCOMPARE(*service().reportingCurrency(), QStringLiteral("EUR")); // the customers' currency
        QVERIFY(service().setSettings({QStringLiteral(" sek "), std::nullopt}));
        QCOMPARE(service().settings()->reportingCurrency, QStringLiteral("SEK"));
        QVERIFY(service().setFxRates({{QDate(2026, 1, 1), QStringLiteral("EUR"), 1145000000}}));
        QVERIFY(!service().setFxRates({{QDate(2026, 1, 1), QStringLiteral("SEK"), 100000000}}));
    }

    void settingsValidation_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("margin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a margin below 0 % is refused") << QString() << -1 << QStringLiteral("Gross margin");
        QTest::newRow("a margin above 100 % is refused") << QString() << 10001 << QStringLiteral("Gross margin");
        QTest::newRow("an unknown reporting currency is refused")
            << QStringLiteral("EURO") << 5000 << QStringLiteral("Reporting currency");
    }

    void settingsValidation()
    {
        QFETCH(QString, currency);
        QFETCH(int, margin);
        QFETCH(QString, expected);
        const Status refused = service().setSettings({currency, margin});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QCOMPARE(*service().settings(), MetricsSettings());
    }

    void settingsAtTheLimitsAreStored()
    {
        QVERIFY(service().setSettings({QString(), 0}));
        QCOMPARE(service().settings()->grossMarginBasisPoints, std::optional<int>(0));
        QVERIFY(service().setSettings({QStringLiteral("USD"), 10000}));
        QCOMPARE(*service().settings(), (MetricsSettings {QStringLiteral("USD"), 10000}));
    }

    void reconcilingAnEmptyReportReadsNothing()
    {
        const auto months = service().reconcile(MetricsReport(), FxTable(QStringLiteral("EUR"), {}));
        QVERIFY2(months, qPrintable(message(months)));
        QVERIFY(months->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsService)
#include "tst_metricsservice.moc"
