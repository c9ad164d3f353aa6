#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/SqliteCatalogRepository.h"
#include "storage/SqliteSubscriptionRepository.h"
#include "storage/SqliteUnitOfWorkFactory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
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

QString message(const Status& s)
{
    return s.ok() ? QString() : s.error().message;
}

} // namespace

class TestSubscriptionRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<storage::SqliteSubscriptionRepository> m_repo;
    int m_counter = 0;
    CustomerId m_customer;
    CustomerId m_otherCustomer;
    PlanId m_pro;
    PriceVersionId m_proMonthly;
    PriceVersionId m_proMonthly2027;
    AddOnId m_storage;
    PriceVersionId m_storageVersion;
    AddOnId m_onboarding;
    PriceVersionId m_onboardingVersion;
    MeteredChargeId m_calls;
    PriceVersionId m_callsVersion;

    int rows(const char* table)
    {
        QSqlQuery q(QSqlDatabase::database(m_company->database().connectionName()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    /** A plan with a monthly price (two versions), a recurring and a one-time add-on, a metered charge. */
    void buildCatalog()
    {
        storage::SqliteCatalogRepository catalog(m_company->database());
        catalog::Plan pro;
        pro.code = QStringLiteral("PRO");
        pro.name = QStringLiteral("Pro");
        m_pro = *catalog.savePlan(pro);
        m_storage = *catalog.saveAddOn({AddOnId(), QStringLiteral("STORAGE"), QStringLiteral("Storage"), QString(),
                                        catalog::AddOnKind::Recurring, false});
        m_onboarding = *catalog.saveAddOn({AddOnId(), QStringLiteral("ONBOARD"), QStringLiteral("Onboarding"),
                                           QString(), catalog::AddOnKind::OneTime, false});
        m_calls = *catalog.saveMeteredCharge({MeteredChargeId(), m_pro, QStringLiteral("api_calls"),
                                              QStringLiteral("API calls"), catalog::UsageAggregation::Sum});
        const auto addPrice = [&](catalog::PriceOwner owner, qint64 ownerId, bool recurring) {
            catalog::Price price;
            price.owner = owner;
            price.ownerId = ownerId;
            price.currency = eur();
            if (recurring)
                price.interval = billing::BillingInterval {billing::IntervalUnit::Month, 1};
            price.versions = {{PriceVersionId(), PriceId(), QDate(2026, 1, 1),
                               catalog::PricingModel::flat(Money(1000, eur())), Money(0, eur())}};
            QVERIFY(catalog.savePrice(price));
        };
        addPrice(catalog::PriceOwner::Plan, m_pro.value, true);
        addPrice(catalog::PriceOwner::AddOn, m_storage.value, true);
        addPrice(catalog::PriceOwner::AddOn, m_onboarding.value, false);
        addPrice(catalog::PriceOwner::MeteredCharge, m_calls.value, false);
        const auto loaded = catalog.load();
        QVERIFY(loaded);
        m_proMonthly = loaded->prices.at(0).versions.first().id;
        m_storageVersion = loaded->prices.at(1).versions.first().id;
        m_onboardingVersion = loaded->prices.at(2).versions.first().id;
        m_callsVersion = loaded->prices.at(3).versions.first().id;
        auto later = catalog.addPriceVersion({PriceVersionId(), loaded->prices.at(0).id, QDate(2027, 1, 1),
                                              catalog::PricingModel::flat(Money(1200, eur())), Money(0, eur())});
        QVERIFY(later);
        m_proMonthly2027 = *later;
    }

    SubscriptionConfig config(qint64 quantity = 1) const
    {
        SubscriptionConfig c;
        c.planId = m_pro;
        c.planVersionId = m_proMonthly;
        c.interval = {billing::IntervalUnit::Month, 1};
        c.quantity = quantity;
        c.anchorDay = 15;
        c.addOns = {{m_storage, m_storageVersion, 3}};
        c.metered = {{m_calls, m_callsVersion}};
        c.couponCode = QStringLiteral("SPRING25");
        return c;
    }

    SubscriptionEvent event(EventKind kind, QDate date, std::optional<SubscriptionConfig> c = std::nullopt) const
    {
        SubscriptionEvent e;
        e.kind = kind;
        e.effectiveDate = date;
        e.recordedAt = QDateTime(QDate(2026, 2, 20), QTime(10, 11, 12, 345), Qt::UTC);
        e.config = std::move(c);
        return e;
    }

    Subscription newSubscription(CustomerId customer, QDate start = QDate(2026, 1, 15)) const
    {
        Subscription s;
        s.customerId = customer;
        s.currency = eur();
        s.startDate = start;
        s.trialDays = 14;
        s.term = {12, catalog::TermEndAction::Expire};
        SubscriptionEvent created = event(EventKind::Created, start, config());
        created.oneTimeCharges = {{m_onboarding, m_onboardingVersion, 2}};
        created.note = QStringLiteral("Signed at the fair");
        s.events = {created};
        return s;
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
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("s%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        m_company = std::move(*company);
        m_repo = std::make_unique<storage::SqliteSubscriptionRepository>(m_company->database());
        auto customer = m_company->customers().add(test::sampleCustomer());
        auto other = m_company->customers().add(test::sampleCustomer(QStringLiteral("Korhonen Ky")));
        QVERIFY(customer && other);
        m_customer = customer->id;
        m_otherCustomer = other->id;
        buildCatalog();
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_company.reset();
    }

    void everyEventKindReadsBackWithItsConfiguration()
    {
        Subscription s = newSubscription(m_customer);
        s.billedThrough = QDate(2026, 2, 14);
        SubscriptionConfig upgraded = config(5);
        upgraded.addOns.append({m_storage, m_storageVersion, 1});
        upgraded.couponCode.clear();
        upgraded.interval = {billing::IntervalUnit::Year, 1};
        upgraded.anchorDay = 0;
        SubscriptionConfig migrated = config();
        migrated.planVersionId = m_proMonthly2027;
        migrated.addOns.clear();
        migrated.metered.clear();
        // One event of every kind, in date order; the Reverted names its temporary change by
        // position in the same call (−(index + 1)).
        QList<SubscriptionEvent> more {
            event(EventKind::Changed, QDate(2026, 2, 1), upgraded),
            event(EventKind::TemporaryChange, QDate(2026, 2, 10), config(9)),
            event(EventKind::Reverted, QDate(2026, 2, 20), upgraded),
            event(EventKind::PriceMigrated, QDate(2027, 1, 15), migrated),
            event(EventKind::Paused, QDate(2027, 2, 1)),
            event(EventKind::Resumed, QDate(2027, 3, 1)),
            event(EventKind::Cancelled, QDate(2027, 4, 1)),
            event(EventKind::Reactivated, QDate(2027, 5, 1)),
            event(EventKind::Renewed, QDate(2027, 6, 15)),
            event(EventKind::Expired, QDate(2028, 6, 15)),
        };
        more[0].prorate = true;
        more[0].oneTimeCharges = {{m_onboarding, m_onboardingVersion, 1}};
        more[4].prorate = true;
        more[6].note = QStringLiteral("Moved to a competitor");
        s.events.append(more);
        s.events[3].relatedEvent = EventId(-3); // index 2 of s.events (Created, Changed, TemporaryChange)

        auto stored = m_repo->insert(s);
        QVERIFY2(stored, qPrintable(message(stored)));
        QVERIFY(stored->id.isValid());
        QCOMPARE(stored->events.size(), 11);
        for (const SubscriptionEvent& e : stored->events) {
            QVERIFY(e.id.isValid());
            QCOMPARE(e.subscriptionId, stored->id);
        }
        QCOMPARE(stored->events.at(3).relatedEvent, stored->events.at(2).id);

        const auto found = m_repo->find(stored->id);
        QVERIFY2(found, qPrintable(message(found)));
        QCOMPARE(*found, *stored);
        QCOMPARE(found->events.at(0).config->couponCode, QStringLiteral("SPRING25"));
        QVERIFY(!found->events.at(5).config.has_value());
        QCOMPARE(found->events.at(0).recordedAt, QDateTime(QDate(2026, 2, 20), QTime(10, 11, 12, 345), Qt::UTC));
        const auto all = m_repo->loadAll();
        QVERIFY(all);
        QCOMPARE(*all, QList<Subscription> {*stored});
    }

    void eventsAreOrderedByDateThenRecordingOrder()
    {
        auto stored = m_repo->insert(newSubscription(m_customer));
        QVERIFY(stored);
        QList<SubscriptionEvent> later {event(EventKind::Cancelled, QDate(2026, 6, 1)),
                                        event(EventKind::Paused, QDate(2026, 3, 1)),
                                        event(EventKind::Resumed, QDate(2026, 3, 1))};
        for (SubscriptionEvent& e : later)
            e.subscriptionId = stored->id;
        auto appended = m_repo->appendEvents(later);
        QVERIFY2(appended, qPrintable(message(appended)));
        QCOMPARE(appended->size(), 3);
        QVERIFY(appended->at(0).id < appended->at(1).id && appended->at(1).id < appended->at(2).id);
        const auto found = m_repo->find(stored->id);
        QVERIFY(found);
        QList<EventKind> kinds;
        for (const SubscriptionEvent& e : found->events)
            kinds.append(e.kind);
        QCOMPARE(kinds,
                 (QList<EventKind> {EventKind::Created, EventKind::Paused, EventKind::Resumed, EventKind::Cancelled}));
    }

    void loadingSelectsByCustomerAndId()
    {
        auto a = m_repo->insert(newSubscription(m_customer));
        auto b = m_repo->insert(newSubscription(m_otherCustomer));
        auto c = m_repo->insert(newSubscription(m_customer, QDate(2026, 2, 1)));
        QVERIFY(a && b && c);
        const auto mine = m_repo->loadForCustomer(m_customer);
        QVERIFY(mine);
        QCOMPARE(*mine, (QList<Subscription> {*a, *c}));
        const auto all = m_repo->loadAll();
        QVERIFY(all);
        QCOMPARE(*all, (QList<Subscription> {*a, *b, *c}));
        QCOMPARE(*m_repo->find(b->id), *b);
        const auto missing = m_repo->find(SubscriptionId(999));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("999")));
        QVERIFY(m_repo->loadForCustomer(CustomerId(999))->isEmpty());
    }

    void failedWritesStoreNothing_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("a subscription of a missing customer") << QStringLiteral("customer");
        QTest::newRow("a subscription whose second event names a missing plan") << QStringLiteral("plan");
        QTest::newRow("appending to a missing subscription after a valid event") << QStringLiteral("append");
    }

    void failedWritesStoreNothing()
    {
        QFETCH(QString, rule);
        auto existing = m_repo->insert(newSubscription(m_customer));
        QVERIFY(existing);
        const int subscriptions = rows("subscriptions");
        const int events = rows("subscription_events");
        const int lines = rows("subscription_event_lines");
        Error error;
        if (rule == QLatin1String("customer")) {
            error = m_repo->insert(newSubscription(CustomerId(999))).error();
        } else if (rule == QLatin1String("plan")) {
            Subscription s = newSubscription(m_customer);
            SubscriptionConfig broken = config();
            broken.planId = PlanId(999);
            s.events.append(event(EventKind::Changed, QDate(2026, 2, 1), broken));
            error = m_repo->insert(s).error();
        } else {
            SubscriptionEvent ok = event(EventKind::Paused, QDate(2026, 3, 1));
            ok.subscriptionId = existing->id;
            SubscriptionEvent orphan = event(EventKind::Changed, QDate(2026, 3, 1), config());
            orphan.subscriptionId = SubscriptionId(999);
            error = m_repo->appendEvents({ok, orphan}).error();
        }
        QCOMPARE(error.code, ErrorCode::NotFound);
        QCOMPARE(rows("subscriptions"), subscriptions);
        QCOMPARE(rows("subscription_events"), events);
        QCOMPARE(rows("subscription_event_lines"), lines);
    }

    void billedThroughIsSetForManyAtOnce()
    {
        QList<SubscriptionId> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(m_repo->insert(newSubscription(m_customer))->id);
        QHash<SubscriptionId, QDate> dates;
        for (int i = 0; i < 4; ++i)
            dates.insert(ids.at(i), QDate(2026, 3, 1 + i));
        dates.insert(ids.at(3), QDate()); // an invalid date clears it
        const Status set = m_repo->setBilledThrough(dates);
        QVERIFY2(set.ok(), qPrintable(message(set)));
        QVERIFY(m_repo->setBilledThrough({{ids.at(4), QDate(2026, 4, 1)}}).ok());
        QVERIFY(m_repo->setBilledThrough({{ids.at(4), QDate(2026, 5, 1)}}).ok());
        const auto all = m_repo->loadAll();
        QVERIFY(all);
        QCOMPARE(all->at(0).billedThrough, QDate(2026, 3, 1));
        QCOMPARE(all->at(2).billedThrough, QDate(2026, 3, 3));
        QVERIFY(!all->at(3).billedThrough.isValid());
        QCOMPARE(all->at(4).billedThrough, QDate(2026, 5, 1));

        const Status missing = m_repo->setBilledThrough({{ids.at(0), QDate(2030, 1, 1)}, {SubscriptionId(999), {}}});
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(m_repo->find(ids.at(0))->billedThrough, QDate(2026, 3, 1)); // all or nothing
    }

    void usageRecordsAreStoredAllOrNone()
    {
        const SubscriptionId id = m_repo->insert(newSubscription(m_customer))->id;
        UsageRecord good {UsageId(), id, QStringLiteral("api_calls"), 1200, QDate(2026, 3, 14)};
        UsageRecord negative {UsageId(), id, QStringLiteral("api_calls"), -1, QDate(2026, 3, 15)};
        UsageRecord orphan {UsageId(), SubscriptionId(999), QStringLiteral("api_calls"), 5, QDate(2026, 3, 15)};
        QVERIFY(!m_repo->addUsage({good, negative}).ok());
        const auto noSubscription = m_repo->addUsage({good, orphan});
        QCOMPARE(noSubscription.error().code, ErrorCode::NotFound);
        QCOMPARE(rows("usage_records"), 0);
        const auto stored = m_repo->addUsage({good});
        QVERIFY(stored);
        QVERIFY(stored->first().id.isValid());
        QCOMPARE(rows("usage_records"), 1);
    }

    void usageIsReadByHalfOpenRangeInDateThenEntryOrder_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<qint64>>("quantities"); // the first subscription's, in order
        QTest::newRow("March: from ≤ date < to, by date then id")
            << QDate(2026, 3, 1) << QDate(2026, 4, 1) << QList<qint64> {10, 30, 20, 40};
        QTest::newRow("the end date is excluded")
            << QDate(2026, 3, 1) << QDate(2026, 3, 31) << QList<qint64> {10, 30, 20};
        QTest::newRow("the start date is included")
            << QDate(2026, 3, 31) << QDate(2026, 5, 1) << QList<qint64> {40, 50};
        QTest::newRow("invalid bounds are open") << QDate() << QDate() << QList<qint64> {5, 10, 30, 20, 40, 50};
    }

    void usageIsReadByHalfOpenRangeInDateThenEntryOrder()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<qint64>, quantities);
        const SubscriptionId a = m_repo->insert(newSubscription(m_customer))->id;
        const SubscriptionId b = m_repo->insert(newSubscription(m_otherCustomer))->id;
        const QString calls = QStringLiteral("api_calls");
        // Entered out of date order: 30 on the 20th is entered before 20 on the 20th.
        QVERIFY(m_repo->addUsage({{UsageId(), a, calls, 40, QDate(2026, 3, 31)},
                                  {UsageId(), a, calls, 10, QDate(2026, 3, 1)},
                                  {UsageId(), b, calls, 7, QDate(2026, 3, 20)},
                                  {UsageId(), a, calls, 30, QDate(2026, 3, 20)},
                                  {UsageId(), a, calls, 20, QDate(2026, 3, 20)},
                                  {UsageId(), a, calls, 50, QDate(2026, 4, 1)},
                                  {UsageId(), a, calls, 5, QDate(2026, 2, 28)}}));
        const auto one = m_repo->usage(a, from, to);
        QVERIFY(one);
        QList<qint64> got;
        for (const UsageRecord& r : *one) {
            QCOMPARE(r.subscriptionId, a);
            got.append(r.quantity);
        }
        QCOMPARE(got, quantities);

        const auto grouped = m_repo->usageBetween(from, to);
        QVERIFY(grouped);
        QCOMPARE(grouped->value(a), *one);
        const bool bInRange =
            (!from.isValid() || from <= QDate(2026, 3, 20)) && (!to.isValid() || QDate(2026, 3, 20) < to);
        QCOMPARE(grouped->contains(b), bInRange);
        if (bInRange)
            QCOMPARE(grouped->value(b).first().quantity, 7);
    }

    void couponRedemptionsCountSubscriptions()
    {
        storage::SqliteCatalogRepository catalog(m_company->database());
        QCOMPARE(*catalog.couponRedemptions(QStringLiteral("SPRING25")), 0);
        auto a = m_repo->insert(newSubscription(m_customer)); // Created with SPRING25
        QVERIFY(a);
        SubscriptionEvent again = event(EventKind::Changed, QDate(2026, 2, 1), config(2));
        again.subscriptionId = a->id;
        QVERIFY(m_repo->appendEvents({again})); // still the same subscription
        Subscription without = newSubscription(m_otherCustomer);
        without.events.first().config->couponCode.clear();
        QVERIFY(m_repo->insert(without));
        QVERIFY(m_repo->insert(newSubscription(m_otherCustomer)));
        QCOMPARE(*catalog.couponRedemptions(QStringLiteral("SPRING25")), 2);
        QCOMPARE(*catalog.couponRedemptions(QString()), 0);
    }

    void writesJoinAnOuterUnit()
    {
        storage::SqliteUnitOfWorkFactory units(m_company->database());
        {
            auto unit = units.begin();
            QVERIFY(unit);
            auto stored = m_repo->insert(newSubscription(m_customer));
            QVERIFY(stored);
            QVERIFY(m_repo->addUsage({{UsageId(), stored->id, QStringLiteral("api_calls"), 1, QDate(2026, 3, 1)}}));
            QVERIFY(m_repo->setBilledThrough({{stored->id, QDate(2026, 3, 1)}}).ok());
            QCOMPARE(m_repo->loadAll()->size(), 1); // reads inside the unit see its writes
            // no commit: everything goes
        }
        QCOMPARE(rows("subscriptions"), 0);
        QCOMPARE(rows("subscription_events"), 0);
        QCOMPARE(rows("usage_records"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionRepository)
#include "tst_subscriptionrepository.moc"
