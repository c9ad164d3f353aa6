#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/SqliteCatalogRepository.h"
#include "storage/SqliteDocumentRepository.h"
#include "storage/SqliteSubscriptionRepository.h"
#include "storage/SqliteUnitOfWorkFactory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::billing;

namespace {

Currency currency(const char* code)
{
    return *Currency::fromCode(QLatin1String(code));
}

template <typename T>
QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestDocumentRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<storage::SqliteDocumentRepository> m_repo;
    std::unique_ptr<storage::SqliteSubscriptionRepository> m_subscriptions;
    int m_counter = 0;
    CustomerId m_customer;
    CustomerId m_otherCustomer;
    SubscriptionId m_sub;
    SubscriptionId m_otherSub;

    int rows(const char* table)
    {
        QSqlQuery q(QSqlDatabase::database(m_company->database().connectionName()));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    SubscriptionId storeSubscription(CustomerId customer)
    {
        storage::SqliteCatalogRepository catalog(m_company->database());
        PlanId plan;
        if (const auto loaded = catalog.load(); loaded && !loaded->plans.isEmpty()) {
            plan = loaded->plans.first().id;
        } else {
            catalog::Plan pro;
            pro.code = QStringLiteral("PRO");
            pro.name = QStringLiteral("Pro");
            plan = *catalog.savePlan(pro);
        }
        subscriptions::Subscription s;
        s.customerId = customer;
        s.currency = currency("EUR");
        s.startDate = QDate(2026, 1, 1);
        subscriptions::SubscriptionEvent created;
        created.kind = subscriptions::EventKind::Created;
        created.effectiveDate = s.startDate;
        created.recordedAt = m_clock.now();
        subscriptions::SubscriptionConfig config;
        config.planId = plan;
        created.config = config;
        s.events = {created};
        auto stored = m_subscriptions->insert(s);
        return stored ? stored->id : SubscriptionId();
    }

    /** A line of `subscription` for the month starting periodStart, due on its start. */
    DocumentLine line(SubscriptionId subscription, const QString& chargeKey, QDate periodStart, qint64 cents,
                      LineKind kind = LineKind::Plan, const char* code = "EUR") const
    {
        DocumentLine l;
        l.position = 1;
        l.item.subscriptionId = subscription;
        l.item.customerId = subscription == m_otherSub ? m_otherCustomer : m_customer;
        l.item.chargeKey = chargeKey;
        l.item.periodStart = periodStart;
        l.item.periodEnd = periodStart.addMonths(1);
        l.item.dueDate = periodStart;
        l.item.kind = kind;
        l.item.description = QStringLiteral("Pro (monthly)");
        l.item.derivation = QStringLiteral("Pro 24.95 × 22/30 days (2021-09-25 → 2021-10-17) = 18.30");
        l.item.quantity = 3;
        l.item.amount = Money(cents, currency(code));
        return l;
    }

    Document document(CustomerId customer, QDate date, QList<DocumentLine> lines, const char* code = "EUR") const
    {
        Document d;
        d.customerId = customer;
        d.date = date;
        d.currency = currency(code);
        qint64 total = 0;
        for (int i = 0; i < lines.size(); ++i) {
            lines[i].position = i + 1;
            total += lines.at(i).item.amount.minorUnits();
        }
        d.kind = total < 0 ? DocumentKind::CreditNote : DocumentKind::Invoice;
        d.total = Money(total, d.currency);
        d.creditApplied = Money(0, d.currency);
        d.createdAt = QDateTime(date, QTime(12, 0, 0, 7), Qt::UTC);
        d.lines = lines;
        return d;
    }

    QList<Document> store(const QList<Document>& documents)
    {
        auto stored = m_repo->insertDocuments(documents);
        if (!stored)
            qWarning() << stored.error().message;
        return stored ? *stored : QList<Document>();
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
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("d%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        m_company = std::move(*company);
        m_repo = std::make_unique<storage::SqliteDocumentRepository>(m_company->database());
        m_subscriptions = std::make_unique<storage::SqliteSubscriptionRepository>(m_company->database());
        m_customer = m_company->customers().add(test::sampleCustomer())->id;
        m_otherCustomer = m_company->customers().add(test::sampleCustomer(QStringLiteral("Korhonen Ky")))->id;
        m_sub = storeSubscription(m_customer);
        m_otherSub = storeSubscription(m_otherCustomer);
        QVERIFY(m_sub.isValid() && m_otherSub.isValid());
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_subscriptions.reset();
        m_company.reset();
    }

    void documentsReadBackWithEveryLineKind()
    {
        QList<DocumentLine> lines;
        for (auto kind :
             {LineKind::Plan, LineKind::AddOn, LineKind::OneTime, LineKind::Setup, LineKind::Usage, LineKind::Discount,
              LineKind::ProrationCredit, LineKind::ProrationCharge, LineKind::CancelCredit})
            lines.append(line(m_sub, lineKindKey(kind), QDate(2026, 3, 1), 100 + int(kind), kind));
        DocumentLine manual = line(SubscriptionId(), QStringLiteral("manual"), QDate(2026, 3, 1), 50);
        manual.item.periodEnd = QDate(); // a line without a period end
        lines.append(manual);
        Document invoice = document(m_customer, QDate(2026, 3, 1), lines);
        invoice.creditApplied = Money(25, invoice.currency);

        auto run = m_repo->insertRun({BillingRunId(), QDate(2026, 3, 1), m_clock.now(), 1, 1, 11});
        QVERIFY2(run, qPrintable(message(run)));
        QVERIFY(run->id.isValid());
        invoice.runId = run->id;
        Document credit = document(
            m_customer, QDate(2026, 3, 5),
            {line(m_sub, QStringLiteral("change:1:credit"), QDate(2026, 3, 5), -999, LineKind::ProrationCredit)});
        QCOMPARE(credit.kind, DocumentKind::CreditNote);

        const QList<Document> stored = store({invoice, credit});
        QCOMPARE(stored.size(), 2);
        for (const Document& d : stored) {
            QVERIFY(d.id.isValid());
            for (const DocumentLine& l : d.lines)
                QVERIFY(l.id > 0);
        }
        QCOMPARE(rows("document_lines"), 11);

        const auto one = m_repo->document(stored.first().id);
        QVERIFY2(one, qPrintable(message(one)));
        QCOMPARE(*one, stored.first());
        QCOMPARE(one->lines.last().item.subscriptionId, SubscriptionId());
        QVERIFY(!one->lines.last().item.periodEnd.isValid());

        // Newest first.
        QCOMPARE(*m_repo->documentsForCustomer(m_customer), (QList<Document> {stored.at(1), stored.at(0)}));
        QCOMPARE(*m_repo->documentsForSubscription(m_sub), (QList<Document> {stored.at(1), stored.at(0)}));
        QVERIFY(m_repo->documentsForCustomer(m_otherCustomer)->isEmpty());
        QVERIFY(m_repo->documentsForSubscription(m_otherSub)->isEmpty());

        const auto recent = m_repo->recentDocuments(1);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().id, stored.at(1).id);
        QVERIFY2(recent->first().lines.isEmpty(), "headers only");
        QCOMPARE(m_repo->recentDocuments(0)->size(), 2);

        const auto missing = m_repo->document(DocumentId(999));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void aBilledKeyIsBilledOnce_data()
    {
        QTest::addColumn<bool>("alreadyStored");
        QTest::newRow("a key billed by an earlier call fails the whole call, earlier documents too") << true;
        QTest::newRow("the same key twice within one call fails the whole call") << false;
    }

    void aBilledKeyIsBilledOnce()
    {
        QFETCH(bool, alreadyStored);
        const QDate march(2026, 3, 1);
        if (alreadyStored)
            QCOMPARE(store({document(m_customer, march, {line(m_sub, QStringLiteral("plan"), march, 2495)})}).size(),
                     1);
        const int documents = rows("documents");
        const int lines = rows("document_lines");
        QList<Document> batch {
            document(m_otherCustomer, march, {line(m_otherSub, QStringLiteral("plan"), march, 2495)}),
            document(
                m_customer, march,
                {line(m_sub, QStringLiteral("addon:7"), march, 500), line(m_sub, QStringLiteral("plan"), march, 2495)}),
        };
        if (!alreadyStored)
            batch.append(document(m_customer, march.addDays(3), {line(m_sub, QStringLiteral("plan"), march, 2495)}));
        const auto result = m_repo->insertDocuments(batch);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Conflict);
        const QString text = result.error().message;
        QVERIFY2(text.contains(QString::number(m_sub.value)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("plan")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(march, QLocale::ShortFormat)), qPrintable(text));
        QCOMPARE(rows("documents"), documents);
        QCOMPARE(rows("document_lines"), lines);
    }

    void insertingInsideAnOuterUnitRollsBackWithIt()
    {
        storage::SqliteUnitOfWorkFactory units(m_company->database());
        {
            auto unit = units.begin();
            QVERIFY(unit);
            QCOMPARE(store({document(m_customer, QDate(2026, 3, 1),
                                     {line(m_sub, QStringLiteral("plan"), QDate(2026, 3, 1), 1)})})
                         .size(),
                     1);
            QVERIFY(
                m_repo->insertCreditEntries({{0, m_customer, QDate(2026, 3, 1), Money(5, currency("EUR")), {}, {}}}));
        }
        QCOMPARE(rows("documents"), 0);
        QCOMPARE(rows("document_lines"), 0);
        QCOMPARE(rows("credit_entries"), 0);
    }

    void billedKeysAfterHonoursBilledThrough_data()
    {
        // m_sub has lines due on Jan 1, Feb 1 and Mar 1; its stored billed_through is Feb 1.
        QTest::addColumn<QDate>("storedThrough");
        QTest::addColumn<bool>("inMap");
        QTest::addColumn<QDate>("callerThrough");
        QTest::addColumn<QList<int>>("months"); // period-start months of the keys returned for m_sub
        QTest::newRow("caller date = stored date: only lines due after it")
            << QDate(2026, 2, 1) << true << QDate(2026, 2, 1) << QList<int> {3};
        QTest::newRow("absent from the map: every line")
            << QDate(2026, 2, 1) << false << QDate() << QList<int> {1, 2, 3};
        QTest::newRow("invalid date in the map: every line")
            << QDate(2026, 2, 1) << true << QDate() << QList<int> {1, 2, 3};
        QTest::newRow("caller date before the stored one: lines due after the caller's date")
            << QDate(2026, 2, 1) << true << QDate(2026, 1, 15) << QList<int> {2, 3};
        QTest::newRow("caller date after the stored one: lines due after the caller's date")
            << QDate(2026, 1, 1) << true << QDate(2026, 2, 1) << QList<int> {3};
        QTest::newRow("never billed (stored NULL), caller date given")
            << QDate() << true << QDate(2026, 1, 1) << QList<int> {2, 3};
        QTest::newRow("everything billed through the last due date: nothing")
            << QDate(2026, 3, 1) << true << QDate(2026, 3, 1) << QList<int> {};
    }

    void billedKeysAfterHonoursBilledThrough()
    {
        QFETCH(QDate, storedThrough);
        QFETCH(bool, inMap);
        QFETCH(QDate, callerThrough);
        QFETCH(QList<int>, months);
        QList<Document> documents;
        for (int month = 1; month <= 3; ++month) {
            const QDate start(2026, month, 1);
            documents.append(document(m_customer, start, {line(m_sub, QStringLiteral("plan"), start, 2495)}));
            documents.append(document(m_otherCustomer, start, {line(m_otherSub, QStringLiteral("plan"), start, 2495)}));
        }
        QCOMPARE(store(documents).size(), 6);
        QVERIFY(m_subscriptions->setBilledThrough({{m_sub, storedThrough}, {m_otherSub, QDate(2026, 3, 1)}}).ok());

        QHash<SubscriptionId, QDate> after {{m_otherSub, QDate(2026, 3, 1)}};
        if (inMap)
            after.insert(m_sub, callerThrough);
        const auto keys = m_repo->billedKeysAfter(after);
        QVERIFY2(keys, qPrintable(message(keys)));
        QSet<BilledKey> expected;
        for (int month : months)
            expected.insert({m_sub, QStringLiteral("plan"), QDate(2026, month, 1)});
        QCOMPARE(*keys, expected);
        QCOMPARE(m_repo->billedKeys(m_sub)->size(), 3);
        QCOMPARE(m_repo->billedKeys(m_otherSub)->size(), 3);
    }

    void creditBalancesSumPerCurrency()
    {
        const Currency eur = currency("EUR");
        const Currency sek = currency("SEK");
        const auto stored = store({document(
            m_customer, QDate(2026, 3, 1),
            {line(m_sub, QStringLiteral("change:1:credit"), QDate(2026, 3, 1), -1500, LineKind::ProrationCredit)})});
        QCOMPARE(stored.size(), 1);
        const auto entries = m_repo->insertCreditEntries({
            {0, m_customer, QDate(2026, 3, 1), Money(1500, eur), stored.first().id, PaymentId()},
            {0, m_customer, QDate(2026, 3, 2), Money(-400, eur), DocumentId(), PaymentId()},
            {0, m_customer, QDate(2026, 3, 3), Money(700, sek), DocumentId(), PaymentId()},
            {0, m_customer, QDate(2026, 3, 4), Money(-700, sek), DocumentId(), PaymentId()},
            {0, m_otherCustomer, QDate(2026, 3, 1), Money(300, eur), DocumentId(), PaymentId()},
        });
        QVERIFY2(entries, qPrintable(message(entries)));
        QVERIFY(entries->first().id > 0);

        const auto mine = m_repo->creditBalances(m_customer);
        QVERIFY(mine);
        QCOMPARE(*mine, (QHash<QString, Money> {{QStringLiteral("EUR"), Money(1100, eur)}})); // SEK nets to zero
        const auto all = m_repo->allCreditBalances();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->value(m_customer), *mine);
        QCOMPARE(all->value(m_otherCustomer).value(QStringLiteral("EUR")), Money(300, eur));
        QVERIFY(m_repo->creditBalances(CustomerId(999))->isEmpty());

        const auto list = m_repo->creditEntries(m_customer);
        QVERIFY(list);
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->first().documentId, stored.first().id);
        QCOMPARE(list->at(1).amount, Money(-400, eur));
        QCOMPARE(list->at(3).date, QDate(2026, 3, 4));

        const auto orphan =
            m_repo->insertCreditEntries({{0, CustomerId(999), QDate(2026, 3, 1), Money(1, eur), {}, {}}});
        QCOMPARE(orphan.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
