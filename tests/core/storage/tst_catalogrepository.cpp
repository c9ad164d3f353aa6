#include "TestSupport.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqliteCatalogRepository.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteUnitOfWorkFactory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(subdesk::catalog::PricingModel)
Q_DECLARE_METATYPE(subdesk::Money)

using namespace subdesk;
using namespace subdesk::catalog;

namespace {

Currency eur()
{
    return *Currency::fromCode(QStringLiteral("EUR"));
}

Money euros(qint64 cents)
{
    return Money(cents, eur());
}

template <typename T>
QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestCatalogRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<storage::SqliteCatalogRepository> m_repo;
    int m_counter = 0;

    /** Rows of a table, counted through the company's own connection. */
    int rows(const char* table)
    {
        QSqlQuery q(QSqlDatabase::database(m_company->database().connectionName()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Catalog load()
    {
        auto catalog = m_repo->load();
        if (!catalog)
            qWarning() << catalog.error().message;
        return catalog ? *catalog : Catalog();
    }

    PlanId storePlan(const QString& code)
    {
        Plan plan;
        plan.code = code;
        plan.name = QStringLiteral("Plan ") + code;
        auto id = m_repo->savePlan(plan);
        return id ? *id : PlanId();
    }

    Price monthlyPlanPrice(PlanId plan, PricingModel model, QDate from = QDate(2026, 1, 1))
    {
        Price price;
        price.owner = PriceOwner::Plan;
        price.ownerId = plan.value;
        price.currency = eur();
        price.interval = billing::BillingInterval {billing::IntervalUnit::Month, 1};
        PriceVersion version;
        version.effectiveFrom = from;
        version.model = std::move(model);
        version.setupFee = euros(0);
        price.versions = {version};
        return price;
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
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("c%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company.ok(), qPrintable(message(company)));
        m_company = std::move(*company);
        m_repo = std::make_unique<storage::SqliteCatalogRepository>(m_company->database());
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_company.reset();
    }

    void everyEntityReadsBackFieldForField()
    {
        Product cloud {ProductId(), QStringLiteral("Cloud backup"), QStringLiteral("Off-site copies"), false};
        Product legacy {ProductId(), QStringLiteral("Tape archive"), QString(), true};
        auto cloudId = m_repo->saveProduct(cloud);
        auto legacyId = m_repo->saveProduct(legacy);
        QVERIFY(cloudId && legacyId);
        cloud.id = *cloudId;
        legacy.id = *legacyId;

        AddOn storage {AddOnId(),
                       QStringLiteral("STORAGE-100"),
                       QStringLiteral("Extra storage 100 GB"),
                       QStringLiteral("Per 100 GB"),
                       AddOnKind::Recurring,
                       false};
        AddOn onboarding {AddOnId(), QStringLiteral("ONBOARDING"), QStringLiteral("Onboarding session"),
                          QString(), AddOnKind::OneTime,           true};
        auto storageId = m_repo->saveAddOn(storage);
        auto onboardingId = m_repo->saveAddOn(onboarding);
        QVERIFY(storageId && onboardingId);
        storage.id = *storageId;
        onboarding.id = *onboardingId;

        Plan pro;
        pro.productId = cloud.id;
        pro.code = QStringLiteral("PRO");
        pro.name = QStringLiteral("Pro");
        pro.description = QStringLiteral("For teams");
        pro.features = {QStringLiteral("5 users"), QStringLiteral("Phone support"), QStringLiteral("1 TB")};
        pro.trialDays = 14;
        pro.term = {12, TermEndAction::Expire};
        pro.allowedAddOns = {onboarding.id, storage.id}; // order kept as given
        Plan basic;
        basic.code = QStringLiteral("BASIC_M");
        basic.name = QStringLiteral("Basic");
        basic.archived = true; // and no product
        auto proId = m_repo->savePlan(pro);
        auto basicId = m_repo->savePlan(basic);
        QVERIFY2(proId && basicId, qPrintable(message(proId) + message(basicId)));
        pro.id = *proId;
        basic.id = *basicId;

        QList<MeteredCharge> charges;
        for (auto aggregation : {UsageAggregation::Sum, UsageAggregation::Max, UsageAggregation::Last}) {
            MeteredCharge charge;
            charge.planId = pro.id;
            charge.metricCode = QStringLiteral("metric_%1").arg(usageAggregationKey(aggregation));
            charge.name = QStringLiteral("Metric ") + usageAggregationKey(aggregation);
            charge.aggregation = aggregation;
            auto id = m_repo->saveMeteredCharge(charge);
            QVERIFY2(id, qPrintable(message(id)));
            charge.id = *id;
            charges.append(charge);
        }

        Coupon spring = Coupon::percentOff(QStringLiteral("SPRING25"), QStringLiteral("Spring sale"), 2500);
        spring.duration = CouponDuration::Repeating;
        spring.durationPeriods = 3;
        spring.planCodes = {QStringLiteral("PRO"), QStringLiteral("BASIC_M")};
        spring.redemptionLimit = 100;
        spring.expiresOn = QDate(2026, 6, 1);
        Coupon welcome = Coupon::fixedAmountOff(QStringLiteral("WELCOME"), QStringLiteral("Welcome"), euros(1000));
        welcome.duration = CouponDuration::Forever;
        auto springId = m_repo->saveCoupon(spring);
        auto welcomeId = m_repo->saveCoupon(welcome);
        QVERIFY(springId && welcomeId);
        spring.id = *springId;
        welcome.id = *welcomeId;

        const Catalog catalog = load();
        QCOMPARE(catalog.products, (QList<Product> {cloud, legacy}));
        QCOMPARE(catalog.addOns, (QList<AddOn> {storage, onboarding}));
        QCOMPARE(catalog.plans, (QList<Plan> {pro, basic}));
        QCOMPARE(catalog.meteredCharges, charges);
        QCOMPARE(catalog.coupons, (QList<Coupon> {spring, welcome}));
        QVERIFY2(catalog.planByCode(QStringLiteral("PRO")), "the loaded catalog is indexed");
        QCOMPARE(catalog.couponByCode(QStringLiteral("WELCOME"))->amountOff, euros(1000));
        QVERIFY(!catalog.coupons.last().redemptionLimit.has_value());
        QVERIFY(!catalog.coupons.last().expiresOn.has_value());
    }

    void everyPricingModelReadsBack_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<Money>("setupFee");
        const QList<PriceTier> tiers {{10, 500, 1000}, {100, 400, 0}, {std::nullopt, 300, 50}};
        QTest::newRow("flat 24.95 with a 49.00 setup fee") << PricingModel::flat(euros(2495)) << euros(4900);
        QTest::newRow("per unit 5.00 a seat") << PricingModel::perUnit(euros(500)) << euros(0);
        QTest::newRow("graduated: 3 tiers, last unbounded (NULL up_to), flat fees kept")
            << PricingModel::graduated(eur(), tiers) << euros(0);
        QTest::newRow("volume: 3 tiers, last unbounded") << PricingModel::volume(eur(), tiers) << euros(0);
        QTest::newRow("graduated: one unbounded tier")
            << PricingModel::graduated(eur(), {{std::nullopt, 1, 0}}) << euros(0);
        QTest::newRow("package: 10.00 per 100 after 50 free")
            << PricingModel::package(euros(1000), 100, 50) << euros(0);
    }

    void everyPricingModelReadsBack()
    {
        QFETCH(PricingModel, model);
        QFETCH(Money, setupFee);
        const PlanId plan = storePlan(QStringLiteral("PRO"));
        Price price = monthlyPlanPrice(plan, model);
        price.versions.first().setupFee = setupFee;
        auto id = m_repo->savePrice(price);
        QVERIFY2(id, qPrintable(message(id)));
        const Catalog catalog = load();
        QCOMPARE(catalog.prices.size(), 1);
        const Price& loaded = catalog.prices.first();
        QCOMPARE(loaded.id, *id);
        QCOMPARE(loaded.owner, PriceOwner::Plan);
        QCOMPARE(loaded.ownerId, plan.value);
        QCOMPARE(loaded.currency, eur());
        QCOMPARE(loaded.interval, price.interval);
        QCOMPARE(loaded.versions.size(), 1);
        QCOMPARE(loaded.versions.first().model, model);
        QCOMPARE(loaded.versions.first().setupFee, setupFee);
        QCOMPARE(loaded.versions.first().effectiveFrom, QDate(2026, 1, 1));
        QCOMPARE(loaded.versions.first().priceId, *id);
        QVERIFY(catalog.version(loaded.versions.first().id));
    }

    void pricesWithoutIntervalAndVersionsOrderedByDate()
    {
        const PlanId plan = storePlan(QStringLiteral("PRO"));
        MeteredCharge calls {MeteredChargeId(), plan, QStringLiteral("api_calls"), QStringLiteral("API calls"),
                             UsageAggregation::Sum};
        auto callsId = m_repo->saveMeteredCharge(calls);
        QVERIFY(callsId);
        Price price;
        price.owner = PriceOwner::MeteredCharge;
        price.ownerId = callsId->value;
        price.currency = eur();
        price.versions = {{PriceVersionId(), PriceId(), QDate(2026, 5, 1), PricingModel::perUnit(euros(2)), euros(0)}};
        auto priceId = m_repo->savePrice(price);
        QVERIFY2(priceId, qPrintable(message(priceId)));
        // Added out of order on purpose: loading orders the versions by effective date.
        auto older = m_repo->addPriceVersion(
            {PriceVersionId(), *priceId, QDate(2026, 1, 1), PricingModel::perUnit(euros(3)), euros(0)});
        QVERIFY2(older, qPrintable(message(older)));
        const Catalog catalog = load();
        const Price* loaded = catalog.price(*priceId);
        QVERIFY(loaded);
        QVERIFY(!loaded->interval.has_value());
        QCOMPARE(loaded->versions.size(), 2);
        QCOMPARE(loaded->versions.at(0).effectiveFrom, QDate(2026, 1, 1));
        QCOMPARE(loaded->versions.at(0).id, *older);
        QCOMPARE(loaded->versions.at(1).effectiveFrom, QDate(2026, 5, 1));
        QCOMPARE(catalog.findPrice(PriceOwner::MeteredCharge, callsId->value, eur(), std::nullopt), loaded);
    }

    void conflictsAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("a second plan with the code PRO")
            << QStringLiteral("plan") << QStringLiteral("A plan with the code PRO already exists.");
        QTest::newRow("renaming a plan to a taken code")
            << QStringLiteral("plan rename") << QStringLiteral("A plan with the code PRO already exists.");
        QTest::newRow("a second add-on with the code EXTRA")
            << QStringLiteral("add-on") << QStringLiteral("An add-on with the code EXTRA already exists.");
        QTest::newRow("a second coupon with the code SPRING25")
            << QStringLiteral("coupon") << QStringLiteral("A coupon with the code SPRING25 already exists.");
        QTest::newRow("a second metered charge for api_calls on one plan")
            << QStringLiteral("metric") << QStringLiteral("api_calls");
        QTest::newRow("a second unarchived EUR monthly price of PRO")
            << QStringLiteral("price") << QStringLiteral("The plan PRO already has a price in EUR (Monthly).");
        QTest::newRow("unarchiving a price while another is active")
            << QStringLiteral("unarchive") << QStringLiteral("The plan PRO already has a price in EUR (Monthly).");
        QTest::newRow("a second version on the same date") << QStringLiteral("version") << QStringLiteral("version");
    }

    void conflictsAreRefusedAndWriteNothing()
    {
        QFETCH(QString, rule);
        QFETCH(QString, phrase);
        Plan pro;
        pro.code = QStringLiteral("PRO");
        pro.name = QStringLiteral("Pro");
        pro.features = {QStringLiteral("5 users")};
        auto proId = m_repo->savePlan(pro);
        QVERIFY(proId);
        auto extra = m_repo->saveAddOn(
            {AddOnId(), QStringLiteral("EXTRA"), QStringLiteral("Extra"), QString(), AddOnKind::Recurring, false});
        QVERIFY(extra);
        QVERIFY(m_repo->saveCoupon(Coupon::percentOff(QStringLiteral("SPRING25"), QStringLiteral("Spring"), 2500)));
        QVERIFY(m_repo->saveMeteredCharge(
            {MeteredChargeId(), *proId, QStringLiteral("api_calls"), QStringLiteral("Calls"), UsageAggregation::Sum}));
        Price archived = monthlyPlanPrice(*proId, PricingModel::flat(euros(1000)));
        archived.archived = true;
        auto archivedId = m_repo->savePrice(archived);
        QVERIFY2(archivedId, "an archived price does not block a new one");
        auto activeId = m_repo->savePrice(monthlyPlanPrice(*proId, PricingModel::flat(euros(2000))));
        QVERIFY2(activeId, qPrintable(message(activeId)));
        const Catalog before = load();
        const QStringList tables {
            QStringLiteral("plans"),   QStringLiteral("plan_features"),  QStringLiteral("add_ons"),
            QStringLiteral("coupons"), QStringLiteral("coupon_plans"),   QStringLiteral("metered_charges"),
            QStringLiteral("prices"),  QStringLiteral("price_versions"), QStringLiteral("price_tiers")};
        QList<int> counts;
        for (const QString& table : tables)
            counts.append(rows(table.toLatin1().constData()));

        Error error;
        if (rule == QLatin1String("plan")) {
            Plan again = pro;
            again.features = {QStringLiteral("must not be stored")};
            error = m_repo->savePlan(again).error();
        } else if (rule == QLatin1String("plan rename")) {
            Plan other;
            other.code = QStringLiteral("OTHER");
            other.name = QStringLiteral("Other");
            auto otherId = m_repo->savePlan(other);
            QVERIFY(otherId);
            counts[0] += 1;
            other.id = *otherId;
            other.code = QStringLiteral("PRO");
            other.features = {QStringLiteral("must not be stored")};
            error = m_repo->savePlan(other).error();
        } else if (rule == QLatin1String("add-on")) {
            error = m_repo
                        ->saveAddOn({AddOnId(), QStringLiteral("EXTRA"), QStringLiteral("Again"), QString(),
                                     AddOnKind::OneTime, false})
                        .error();
        } else if (rule == QLatin1String("coupon")) {
            Coupon again = Coupon::percentOff(QStringLiteral("SPRING25"), QStringLiteral("Again"), 1000);
            again.planCodes = {QStringLiteral("PRO")};
            error = m_repo->saveCoupon(again).error();
        } else if (rule == QLatin1String("metric")) {
            error = m_repo
                        ->saveMeteredCharge({MeteredChargeId(), *proId, QStringLiteral("api_calls"),
                                             QStringLiteral("Again"), UsageAggregation::Max})
                        .error();
        } else if (rule == QLatin1String("price")) {
            Price again = monthlyPlanPrice(*proId, PricingModel::graduated(eur(), {{std::nullopt, 100, 0}}));
            error = m_repo->savePrice(again).error();
        } else if (rule == QLatin1String("unarchive")) {
            archived.id = *archivedId;
            archived.archived = false;
            error = m_repo->savePrice(archived).error();
        } else if (rule == QLatin1String("version")) {
            const PriceVersion taken {PriceVersionId(), *activeId, QDate(2026, 1, 1),
                                      PricingModel::graduated(eur(), {{std::nullopt, 100, 0}}), euros(0)};
            error = m_repo->addPriceVersion(taken).error();
        }
        QCOMPARE(error.code, ErrorCode::Conflict);
        QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
        for (qsizetype i = 0; i < tables.size(); ++i)
            QVERIFY2(rows(tables.at(i).toLatin1().constData()) == counts.at(i), qPrintable(tables.at(i)));
        const Catalog after = load();
        QCOMPARE(after.plans.first(), before.plans.first());
        QCOMPARE(after.prices, before.prices);
        QCOMPARE(after.coupons, before.coupons);
    }

    void savingAPlanReplacesItsFeaturesAndAddOns()
    {
        auto a = m_repo->saveAddOn(
            {AddOnId(), QStringLiteral("A1"), QStringLiteral("A"), QString(), AddOnKind::Recurring, false});
        auto b = m_repo->saveAddOn(
            {AddOnId(), QStringLiteral("B1"), QStringLiteral("B"), QString(), AddOnKind::Recurring, false});
        QVERIFY(a && b);
        Plan plan;
        plan.code = QStringLiteral("PRO");
        plan.name = QStringLiteral("Pro");
        plan.features = {QStringLiteral("one"), QStringLiteral("two")};
        plan.allowedAddOns = {*a, *b};
        auto id = m_repo->savePlan(plan);
        QVERIFY(id);
        plan.id = *id;
        plan.name = QStringLiteral("Pro 2");
        plan.features = {QStringLiteral("three")};
        plan.allowedAddOns = {*b};
        QCOMPARE(*m_repo->savePlan(plan), *id);
        QCOMPARE(load().plans, QList<Plan> {plan});
    }

    void writesToMissingRowsAreNotFound()
    {
        Plan ghost;
        ghost.id = PlanId(99);
        ghost.code = QStringLiteral("GHOST");
        ghost.name = QStringLiteral("Ghost");
        QCOMPARE(m_repo->savePlan(ghost).error().code, ErrorCode::NotFound);
        Plan orphan;
        orphan.code = QStringLiteral("ORPHAN");
        orphan.name = QStringLiteral("Orphan");
        orphan.productId = ProductId(42);
        QCOMPARE(m_repo->savePlan(orphan).error().code, ErrorCode::NotFound);
        orphan.productId = ProductId();
        orphan.allowedAddOns = {AddOnId(7)};
        const auto noAddOn = m_repo->savePlan(orphan);
        QCOMPARE(noAddOn.error().code, ErrorCode::NotFound);
        QVERIFY2(noAddOn.error().message.contains(QStringLiteral("7")), qPrintable(noAddOn.error().message));
        QCOMPARE(rows("plans"), 0); // the plan row of the failed save went with it
        QCOMPARE(m_repo->savePrice(monthlyPlanPrice(PlanId(5), PricingModel::flat(euros(1)))).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_repo
                     ->addPriceVersion(
                         {PriceVersionId(), PriceId(3), QDate(2026, 1, 1), PricingModel::flat(euros(1)), euros(0)})
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(rows("prices"), 0);
    }

    void nestedUnits_data()
    {
        QTest::addColumn<bool>("innerCommits");
        QTest::addColumn<bool>("outerCommits");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("inner commit + outer rollback leaves nothing") << true << false << QStringList();
        QTest::newRow("inner rollback + outer commit keeps the outer part only")
            << false << true << QStringList {QStringLiteral("Outer")};
        QTest::newRow("both commit keeps both")
            << true << true << QStringList {QStringLiteral("Outer"), QStringLiteral("Inner")};
        QTest::newRow("neither commits leaves nothing") << false << false << QStringList();
    }

    void nestedUnits()
    {
        QFETCH(bool, innerCommits);
        QFETCH(bool, outerCommits);
        QFETCH(QStringList, expected);
        storage::SqliteUnitOfWorkFactory units(m_company->database());
        {
            auto outer = units.begin();
            QVERIFY2(outer, qPrintable(message(outer)));
            QVERIFY(m_repo->saveProduct({ProductId(), QStringLiteral("Outer"), QString(), false}));
            {
                auto inner = units.begin();
                QVERIFY2(inner, qPrintable(message(inner)));
                QVERIFY(m_repo->saveProduct({ProductId(), QStringLiteral("Inner"), QString(), false}));
                if (innerCommits)
                    QVERIFY((*inner)->commit().ok());
            }
            if (outerCommits)
                QVERIFY((*outer)->commit().ok());
        }
        QStringList names;
        for (const Product& p : load().products)
            names.append(p.name);
        QCOMPARE(names, expected);
    }

    void aFailedWriteInsideAUnitUndoesOnlyItsOwnPart()
    {
        storage::SqliteUnitOfWorkFactory units(m_company->database());
        QVERIFY(storePlan(QStringLiteral("PRO")).isValid());
        {
            auto outer = units.begin();
            QVERIFY(outer);
            QVERIFY(m_repo->saveProduct({ProductId(), QStringLiteral("Kept"), QString(), false}));
            Plan duplicate;
            duplicate.code = QStringLiteral("PRO");
            duplicate.name = QStringLiteral("Duplicate");
            duplicate.features = {QStringLiteral("not stored")};
            QCOMPARE(m_repo->savePlan(duplicate).error().code, ErrorCode::Conflict);
            QVERIFY((*outer)->commit().ok());
        }
        QCOMPARE(load().products.size(), 1);
        QCOMPARE(rows("plan_features"), 0);
        QCOMPARE(rows("plans"), 1);
    }

    void companyFileServesTheCatalog()
    {
        CatalogService& service = m_company->catalog();
        QVERIFY(service.catalog().plans.isEmpty());
        QVERIFY(storePlan(QStringLiteral("PRO")).isValid());
        QVERIFY(service.reload().ok());
        QVERIFY(service.catalog().planByCode(QStringLiteral("PRO")));
    }

    void aCustomersOnlyFileOfSchema1IsMigratedAndKeepsItsCustomers()
    {
        m_repo.reset();
        m_company.reset();
        const QString path = m_dir.filePath(QStringLiteral("schema1.subdesk"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            auto migrated = storage::Migrator::migrateTo(storage::sqliteHandle(QStringLiteral("schema1")), 1);
            QVERIFY2(migrated, qPrintable(message(migrated)));
            QCOMPARE(*migrated, 1);
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO customers (display_name, kind, country, currency, payment_method, preferred_channel, "
                "created_at) VALUES ('Virtanen Oy', 'business', 'FI', 'EUR', 'bank_transfer', 'email', "
                "'2025-01-02T03:04:05.000Z')")));
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

        auto company = storage::CompanyFile::open(path, {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        QCOMPARE((*company)->database().schemaVersion(), 4);
        QCOMPARE((*company)->database().schemaVersion(), storage::Database::latestSchemaVersion());
        auto customers = (*company)->customers().loadAll();
        QVERIFY(customers);
        QCOMPARE(customers->size(), 1);
        QCOMPARE(customers->first().displayName, QStringLiteral("Virtanen Oy"));
        QVERIFY((*company)->catalog().catalog().plans.isEmpty());
        QVERIFY((*(*company)->database().integrityProblems()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
