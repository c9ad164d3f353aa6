#include "TestSupport.h"
#include "catalog/Coupon.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/MetricsReader.h"
#include "storage/Migrator.h"
#include "storage/SqliteCatalogRepository.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteMetricsRepository.h"
#include "storage/SqliteSubscriptionRepository.h"
#include "storage/SqliteSurveyRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

QString message(const Status& s)
{
    return s.ok() ? QString() : s.error().message;
}

QList<qint64> values(const QList<SubscriptionId>& ids)
{
    QList<qint64> out;
    for (SubscriptionId id : ids)
        out.append(id.value);
    return out;
}

} // namespace

class TestMetricsRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<storage::SqliteMetricsRepository> m_repo;
    std::unique_ptr<storage::SqliteSubscriptionRepository> m_subscriptions;
    std::unique_ptr<storage::SqliteCatalogRepository> m_catalog;
    int m_counter = 0;
    CustomerId m_anna; // FI, segment "smb", EUR
    CustomerId m_bert; // SE, segment "enterprise", SEK
    PlanId m_pro;
    PriceId m_proPrice;
    PriceVersionId m_proMonthly;

    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_company->database().connectionName()));
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text() << sql;
            return false;
        }
        return true;
    }

    void buildCatalog()
    {
        catalog::Plan pro;
        pro.code = QStringLiteral("PRO");
        pro.name = QStringLiteral("Pro");
        m_pro = *m_catalog->savePlan(pro);
        catalog::Price price;
        price.owner = catalog::PriceOwner::Plan;
        price.ownerId = m_pro.value;
        price.currency = eur();
        price.interval = billing::BillingInterval {billing::IntervalUnit::Month, 1};
        price.versions = {{PriceVersionId(), PriceId(), QDate(2025, 1, 1),
                           catalog::PricingModel::flat(Money(1000, eur())), Money(0, eur())}};
        auto saved = m_catalog->savePrice(price);
        QVERIFY2(saved, qPrintable(message(saved)));
        m_proPrice = *saved;
        const auto loaded = m_catalog->load();
        QVERIFY(loaded);
        m_proMonthly = loaded->prices.at(0).versions.first().id;
    }

    Subscription newSubscription(CustomerId customer, QDate start) const
    {
        Subscription s;
        s.customerId = customer;
        s.currency = eur();
        s.startDate = start;
        SubscriptionEvent created;
        created.kind = EventKind::Created;
        created.effectiveDate = start;
        created.recordedAt = QDateTime(start, QTime(9, 0), Qt::UTC);
        SubscriptionConfig c;
        c.planId = m_pro;
        c.planVersionId = m_proMonthly;
        c.interval = {billing::IntervalUnit::Month, 1};
        c.quantity = 1;
        created.config = c;
        s.events = {created};
        return s;
    }

    SubscriptionId store(CustomerId customer, QDate start = QDate(2025, 6, 1))
    {
        auto stored = m_subscriptions->insert(newSubscription(customer, start));
        if (!stored) {
            qWarning() << message(stored);
            return {};
        }
        return stored->id;
    }

    MrrSpan span(SubscriptionId s, CustomerId c, QDate from, QDate to, qint64 mrr,
                 const QString& currency = QStringLiteral("EUR")) const
    {
        return MrrSpan {s, c, m_pro, currency, from, to, mrr};
    }

    /** Marks are cleared for every subscription (as after a refresh that built no spans). */
    void clearMarks()
    {
        auto stale = m_repo->staleSubscriptions();
        QVERIFY(stale);
        const Status cleared = m_repo->replaceSpans(*stale, {});
        QVERIFY2(cleared, qPrintable(message(cleared)));
        QVERIFY(m_repo->staleSubscriptions()->isEmpty());
    }

    /** A document written as billing writes a draft, its lines, then issued as issuing does (raw SQL). */
    void document(CustomerId customer, const char* kind, const char* status, const char* issueDate,
                  const char* currency, const QList<QPair<const char*, qint64>>& lines, qint64 tax)
    {
        qint64 net = 0;
        for (const auto& l : lines)
            net += l.second;
        QVERIFY(
            exec(QStringLiteral("INSERT INTO documents (customer_id, kind, date, currency, total_minor, created_at) "
                                "VALUES (%1, '%2', '%3', '%4', %5, '2026-01-01T00:00:00.000Z')")
                     .arg(customer.value)
                     .arg(QLatin1String(kind), QLatin1String(issueDate), QLatin1String(currency))
                     .arg(net)));
        int position = 0;
        for (const auto& [lineKind, amount] : lines) {
            QVERIFY(exec(QStringLiteral("INSERT INTO document_lines (document_id, position, charge_key, period_start, "
                                        "due_date, kind, amount_minor, net_minor) VALUES ((SELECT max(id) FROM "
                                        "documents), %1, 'k%1', '%2', '%2', '%3', %4, %4)")
                             .arg(++position)
                             .arg(QLatin1String(issueDate), QLatin1String(lineKind))
                             .arg(amount)));
        }
        if (QByteArray(status) != "draft") {
            static int number = 0;
            QVERIFY(exec(QStringLiteral("UPDATE documents SET status = '%1', issue_date = '%2', number = 'N-%3', "
                                        "net_total_minor = %4, tax_total_minor = %5, total_minor = %6 "
                                        "WHERE id = (SELECT max(id) FROM documents)")
                             .arg(QLatin1String(status), QLatin1String(issueDate))
                             .arg(++number)
                             .arg(net)
                             .arg(tax)
                             .arg(net + tax)));
        }
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
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("m%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        m_company = std::move(*company);
        m_repo = std::make_unique<storage::SqliteMetricsRepository>(m_company->database());
        m_subscriptions = std::make_unique<storage::SqliteSubscriptionRepository>(m_company->database());
        m_catalog = std::make_unique<storage::SqliteCatalogRepository>(m_company->database());
        customers::Customer anna = test::sampleCustomer(QStringLiteral("Anna Oy"));
        anna.segment = QStringLiteral("smb");
        customers::Customer bert = test::sampleCustomer(QStringLiteral("Bert AB"));
        bert.address.country = QStringLiteral("SE");
        bert.currency = QStringLiteral("SEK");
        bert.vatId.clear();
        bert.segment = QStringLiteral("enterprise");
        auto a = m_company->customers().add(anna);
        QVERIFY2(a, qPrintable(message(a)));
        auto b = m_company->customers().add(bert);
        QVERIFY2(b, qPrintable(message(b)));
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

    void aNewSubscriptionIsStaleUntilItsSpansAreReplaced()
    {
        const SubscriptionId s = store(m_anna);
        QVERIFY(s.isValid());
        QCOMPARE(values(*m_repo->staleSubscriptions()), QList<qint64> {s.value});
        const Status replaced =
            m_repo->replaceSpans({s}, {span(s, m_anna, QDate(2025, 6, 1), QDate(2025, 9, 1), 1000)});
        QVERIFY2(replaced, qPrintable(message(replaced)));
        QVERIFY(m_repo->staleSubscriptions()->isEmpty());
        QCOMPARE(m_repo->snapshot()->spans.size(), 1);
    }

    void anAppendedEventMarksOnlyItsSubscriptionStale()
    {
        const SubscriptionId first = store(m_anna);
        const SubscriptionId second = store(m_bert);
        clearMarks();
        SubscriptionEvent cancelled;
        cancelled.subscriptionId = second;
        cancelled.kind = EventKind::Cancelled;
        cancelled.effectiveDate = QDate(2026, 1, 1);
        cancelled.recordedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(m_subscriptions->appendEvents({cancelled}));
        QCOMPARE(values(*m_repo->staleSubscriptions()), QList<qint64> {second.value});
        Q_UNUSED(first);
    }

    void changedEventLinesAndSubscriptionFactsMarkStale()
    {
        const SubscriptionId s = store(m_anna);
        clearMarks();
        QVERIFY(exec(QStringLiteral("INSERT INTO subscription_event_lines (event_id, position, kind, ref_id) "
                                    "VALUES ((SELECT min(id) FROM subscription_events), 1, 'metered', 1)")));
        QCOMPARE(values(*m_repo->staleSubscriptions()), QList<qint64> {s.value});
        clearMarks();
        QVERIFY(exec(QStringLiteral("UPDATE subscriptions SET trial_days = 14")));
        QCOMPARE(values(*m_repo->staleSubscriptions()), QList<qint64> {s.value});
    }

    void billingMovingBilledThroughMarksNothing()
    {
        const SubscriptionId s = store(m_anna);
        clearMarks();
        QVERIFY(m_subscriptions->setBilledThrough({{s, QDate(2026, 3, 1)}}));
        QVERIFY(m_repo->staleSubscriptions()->isEmpty());
    }

    void aPriceChangeMarksEverySubscriptionStale()
    {
        const SubscriptionId first = store(m_anna);
        const SubscriptionId second = store(m_bert);
        clearMarks();
        auto version = m_catalog->addPriceVersion({PriceVersionId(), m_proPrice, QDate(2026, 6, 1),
                                                   catalog::PricingModel::flat(Money(1200, eur())), Money(0, eur())});
        QVERIFY2(version, qPrintable(message(version)));
        QCOMPARE(values(*m_repo->staleSubscriptions()), (QList<qint64> {first.value, second.value}));
    }

    void aCouponOrPlanChangeMarksEverySubscriptionStale()
    {
        const SubscriptionId first = store(m_anna);
        const SubscriptionId second = store(m_bert);
        clearMarks();
        auto coupon = m_catalog->saveCoupon(
            catalog::Coupon::percentOff(QStringLiteral("SPRING"), QStringLiteral("Spring"), 1000));
        QVERIFY2(coupon, qPrintable(message(coupon)));
        QCOMPARE(values(*m_repo->staleSubscriptions()), (QList<qint64> {first.value, second.value}));
        clearMarks();
        QVERIFY(exec(QStringLiteral("UPDATE plans SET trial_days = 7")));
        QCOMPARE(values(*m_repo->staleSubscriptions()), (QList<qint64> {first.value, second.value}));
    }

    void replaceSpansReplacesOnlyTheListedSubscriptions()
    {
        const SubscriptionId first = store(m_anna);
        const SubscriptionId second = store(m_bert);
        QVERIFY(m_repo->replaceSpans({first, second},
                                     {span(first, m_anna, QDate(2025, 6, 1), QDate(), 1000),
                                      span(second, m_bert, QDate(2025, 6, 1), QDate(), 9000, QStringLiteral("SEK"))}));
        const QList<MrrSpan> next {span(first, m_anna, QDate(2025, 6, 1), QDate(2025, 8, 1), 1000),
                                   span(first, m_anna, QDate(2025, 8, 1), QDate(), 1500)};
        QVERIFY(m_repo->replaceSpans({first}, next));
        const auto data = m_repo->snapshot();
        QVERIFY2(data, qPrintable(message(data)));
        QCOMPARE(data->spans.size(), 3);
        QCOMPARE(data->spans.mid(0, 2), next);
        QCOMPARE(data->spans.at(2).mrrMinor, 9000);
    }

    void replaceSpansWithASpanOfAnotherSubscriptionChangesNothing()
    {
        const SubscriptionId first = store(m_anna);
        const SubscriptionId second = store(m_bert);
        QVERIFY(m_repo->replaceSpans({first}, {span(first, m_anna, QDate(2025, 6, 1), QDate(), 1000)}));
        const Status refused = m_repo->replaceSpans({first},
                                                    {span(first, m_anna, QDate(2025, 6, 1), QDate(), 2000),
                                                     span(second, m_bert, QDate(2025, 6, 1), QDate(), 5)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(QString::number(second.value)));
        const auto data = m_repo->snapshot();
        QCOMPARE(data->spans.size(), 1);
        QCOMPARE(data->spans.first().mrrMinor, 1000);
        QCOMPARE(values(*m_repo->staleSubscriptions()), QList<qint64> {second.value});
    }

    void snapshotOrdersSpansByCustomerSubscriptionAndStartWithTheirContent()
    {
        const SubscriptionId bertFirst = store(m_bert); // stored first: a lower id than Anna's
        const SubscriptionId annaLater = store(m_anna);
        const SubscriptionId annaEarlier = store(m_anna);
        const QList<MrrSpan> given {
            span(bertFirst, m_bert, QDate(2024, 2, 29), QDate(2025, 1, 1), 90000, QStringLiteral("SEK")),
            span(annaEarlier, m_anna, QDate(2025, 3, 1), QDate(), 2500),
            span(annaLater, m_anna, QDate(2025, 7, 1), QDate(2025, 8, 1), 700),
            span(annaLater, m_anna, QDate(2025, 1, 1), QDate(2025, 7, 1), 500),
        };
        QVERIFY(m_repo->replaceSpans({bertFirst, annaLater, annaEarlier}, given));
        const auto data = m_repo->snapshot();
        QVERIFY2(data, qPrintable(message(data)));
        const QList<MrrSpan> expected {given.at(3), given.at(2), given.at(1), given.at(0)};
        QCOMPARE(data->spans, expected);
        QCOMPARE(data->customers.size(), 2);
        QCOMPARE(data->customers.value(m_anna),
                 (CustomerFacts {m_anna, QStringLiteral("Anna Oy"), QStringLiteral("smb"), QStringLiteral("FI")}));
        QCOMPARE(data->customers.value(m_bert).segment, QStringLiteral("enterprise"));
        QCOMPARE(data->customers.value(m_bert).country, QStringLiteral("SE"));
        QCOMPARE(data->fx.reportingCurrency(), QStringLiteral("EUR")); // a tie of one each: the first code
        QVERIFY(!data->grossMarginBasisPoints);
    }

    void snapshotResolvesTheReportingCurrencyAndLeavesItsOwnRatesOut()
    {
        QVERIFY(m_repo->saveFxRates({{QDate(2025, 1, 1), QStringLiteral("SEK"), 8731200},
                                     {QDate(2025, 1, 1), QStringLiteral("EUR"), 1145300000}}));
        QVERIFY(m_repo->saveSettings({QStringLiteral("SEK"), 4000}));
        const auto data = m_repo->snapshot();
        QVERIFY2(data, qPrintable(message(data)));
        QCOMPARE(data->fx.reportingCurrency(), QStringLiteral("SEK"));
        QCOMPARE(data->grossMarginBasisPoints, std::optional<int>(4000));
        QCOMPARE(m_repo->fxRates()->size(), 2); // both stay stored
    }

    void mostUsedCurrencyIsTheCurrencyOfMostCustomers()
    {
        QCOMPARE(*m_repo->mostUsedCurrency(), QStringLiteral("EUR"));
        customers::Customer more = test::sampleCustomer(QStringLiteral("Cecilia AB"));
        more.address.country = QStringLiteral("SE");
        more.currency = QStringLiteral("SEK");
        more.vatId.clear();
        QVERIFY(m_company->customers().add(more));
        QCOMPARE(*m_repo->mostUsedCurrency(), QStringLiteral("SEK"));
    }

    void fxRatesAreAddedReplacedAndRemovedByMonthAndCurrency()
    {
        QVERIFY(m_repo->fxRates()->isEmpty());
        QVERIFY(m_repo->saveFxRates({{QDate(2026, 2, 1), QStringLiteral("SEK"), 8700000},
                                     {QDate(2026, 1, 1), QStringLiteral("SEK"), 8600000},
                                     {QDate(2026, 1, 1), QStringLiteral("USD"), 92000000}}));
        QVERIFY(m_repo->saveFxRates({{QDate(2026, 2, 1), QStringLiteral("SEK"), 8750000}}));
        const QList<FxRate> expected {{QDate(2026, 1, 1), QStringLiteral("SEK"), 8600000},
                                      {QDate(2026, 2, 1), QStringLiteral("SEK"), 8750000},
                                      {QDate(2026, 1, 1), QStringLiteral("USD"), 92000000}};
        QCOMPARE(*m_repo->fxRates(), expected);
        QVERIFY(m_repo->removeFxRate(QDate(2026, 1, 1), QStringLiteral("USD")));
        QCOMPARE(m_repo->fxRates()->size(), 2);
        const Status missing = m_repo->removeFxRate(QDate(2026, 1, 1), QStringLiteral("USD"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("2026-01")));
    }

    void fxRatesAreSavedAllOrNone()
    {
        const Status refused = m_repo->saveFxRates(
            {{QDate(2026, 1, 1), QStringLiteral("SEK"), 8600000}, {QDate(2026, 2, 1), QStringLiteral("SEK"), 0}});
        QVERIFY(!refused);
        QVERIFY(m_repo->fxRates()->isEmpty());
    }

    void settingsDefaultToUnsetAndRoundTrip()
    {
        QCOMPARE(*m_repo->settings(), MetricsSettings());
        const MetricsSettings set {QStringLiteral("SEK"), 6550};
        QVERIFY(m_repo->saveSettings(set));
        QCOMPARE(*m_repo->settings(), set);
        QVERIFY(m_repo->saveSettings({}));
        QCOMPARE(*m_repo->settings(), MetricsSettings());
    }

    void invoicedSumsIssuedDocumentsByMonthCurrencyKindAndLineKindWithoutDrafts()
    {
        document(m_anna, "invoice", "issued", "2026-01-05", "EUR", {{"plan", 1000}, {"usage", 250}, {"plan", 500}},
                 300);
        document(m_anna, "invoice", "uncollectible", "2026-01-20", "EUR", {{"plan", 2000}}, 480);
        document(m_anna, "credit_note", "issued", "2026-01-25", "EUR", {{"cancel_credit", 400}}, 96);
        document(m_bert, "invoice", "issued", "2026-01-07", "SEK", {{"setup", 10000}}, 2500);
        document(m_anna, "invoice", "draft", "2026-01-09", "EUR", {{"plan", 777777}}, 0);
        document(m_anna, "invoice", "issued", "2026-02-01", "EUR", {{"plan", 3000}}, 720);
        document(m_anna, "invoice", "issued", "2025-12-31", "EUR", {{"plan", 9999}}, 0);

        const auto rows = m_repo->invoiced(QDate(2026, 1, 1), QDate(2026, 2, 1));
        QVERIFY2(rows, qPrintable(message(rows)));
        QCOMPARE(rows->size(), 4);
        const QDate jan(2026, 1, 1);
        const auto find = [&](const QString& currency, bool credit, billing::LineKind kind) -> qint64 {
            for (const InvoicedRow& r : *rows) {
                if (r.month == jan && r.currency == currency && r.creditNote == credit && r.lineKind == kind)
                    return r.netMinor;
            }
            return -1;
        };
        QCOMPARE(find(QStringLiteral("EUR"), false, billing::LineKind::Plan), 3500);
        QCOMPARE(find(QStringLiteral("EUR"), false, billing::LineKind::Usage), 250);
        QCOMPARE(find(QStringLiteral("EUR"), true, billing::LineKind::CancelCredit), 400);
        QCOMPARE(find(QStringLiteral("SEK"), false, billing::LineKind::Setup), 10000);

        const auto taxes = m_repo->invoicedTax(QDate(2026, 1, 1), QDate(2026, 3, 1));
        QVERIFY2(taxes, qPrintable(message(taxes)));
        const QList<InvoicedTaxRow> expected {
            {QDate(2026, 1, 1), QStringLiteral("EUR"), true, 96}, // by month, currency and kind key
            {QDate(2026, 1, 1), QStringLiteral("EUR"), false, 780},
            {QDate(2026, 1, 1), QStringLiteral("SEK"), false, 2500},
            {QDate(2026, 2, 1), QStringLiteral("EUR"), false, 720},
        };
        QCOMPARE(taxes->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(taxes->at(i).month, expected.at(i).month);
            QCOMPARE(taxes->at(i).currency, expected.at(i).currency);
            QCOMPARE(taxes->at(i).creditNote, expected.at(i).creditNote);
            QCOMPARE(taxes->at(i).taxMinor, expected.at(i).taxMinor);
        }
    }

    void upgradingASchema3FileMarksItsSubscriptionsStale()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema3.subdesk"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema3"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            auto migrated = storage::Migrator::migrateTo(storage::sqliteHandle(QStringLiteral("schema3")), 3);
            QVERIFY2(migrated, qPrintable(message(migrated)));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO customers (display_name, kind, country, currency, payment_method, preferred_channel, "
                "created_at) VALUES ('Virtanen Oy', 'business', 'FI', 'EUR', 'bank_transfer', 'email', "
                "'2025-01-02T03:04:05.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO subscriptions (customer_id, currency, start_date) VALUES (1, 'EUR', '2025-02-01')")));
            // An invoice issued under schema 3 (draft, line, then issued), and a draft.
            for (const char* sql :
                 {"INSERT INTO documents (customer_id, kind, date, currency, total_minor, created_at) VALUES "
                  "(1, 'invoice', '2026-01-05', 'EUR', 1000, '2026-01-05T00:00:00.000Z')",
                  "INSERT INTO document_lines (document_id, position, charge_key, period_start, due_date, kind, "
                  "amount_minor, net_minor) VALUES (1, 1, 'plan', '2026-01-05', '2026-01-05', 'plan', 1000, 1000)",
                  "UPDATE documents SET status = 'issued', issue_date = '2026-01-05', number = 'INV-1', "
                  "net_total_minor = 1000, tax_total_minor = 240, total_minor = 1240 WHERE id = 1",
                  "INSERT INTO documents (customer_id, kind, date, currency, total_minor, created_at) VALUES "
                  "(1, 'invoice', '2026-01-06', 'EUR', 500, '2026-01-06T00:00:00.000Z')",
                  "INSERT INTO document_lines (document_id, position, charge_key, period_start, due_date, kind, "
                  "amount_minor, net_minor) VALUES (2, 1, 'plan', '2026-01-06', '2026-01-06', 'plan', 500, 500)"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema3"));
        auto company = storage::CompanyFile::open(path, {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        QCOMPARE((*company)->database().schemaVersion(), 4);
        storage::SqliteMetricsRepository repo((*company)->database());
        QCOMPARE(values(*repo.staleSubscriptions()), QList<qint64> {1});
        // The monthly sums start from what was issued before, drafts left out.
        const auto rows = repo.invoiced(QDate(2026, 1, 1), QDate(2026, 2, 1));
        QVERIFY2(rows, qPrintable(message(rows)));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().netMinor, 1000);
        QCOMPARE(repo.invoicedTax(QDate(2026, 1, 1), QDate(2026, 2, 1))->first().taxMinor, 240);
        QVERIFY((*(*company)->database().integrityProblems()).isEmpty());
    }

    void readerSeesWhatTheRepositoryStored()
    {
        const SubscriptionId s = store(m_bert);
        QVERIFY(m_repo->replaceSpans({s}, {span(s, m_bert, QDate(2025, 6, 1), QDate(), 90000, QStringLiteral("SEK"))}));
        QVERIFY(m_repo->saveFxRates({{QDate(2025, 1, 1), QStringLiteral("SEK"), 8731200}}));
        document(m_anna, "invoice", "issued", "2026-01-05", "EUR", {{"plan", 1000}}, 240);
        storage::SqliteSurveyRepository surveys(m_company->database());
        surveys::SurveyAnswer answer;
        answer.customerId = m_anna;
        answer.date = QDate(2026, 1, 3);
        answer.score = 9;
        answer.tags = {QStringLiteral("pricing")};
        QVERIFY(surveys.add({answer}));

        auto reader = storage::MetricsReader::open(m_company->path());
        QVERIFY2(reader, qPrintable(message(reader)));
        const auto fromReader = (*reader)->snapshot();
        const auto fromRepo = m_repo->snapshot();
        QVERIFY2(fromReader, qPrintable(message(fromReader)));
        QCOMPARE(fromReader->spans, fromRepo->spans);
        QCOMPARE(fromReader->customers, fromRepo->customers);
        QCOMPARE(fromReader->fx.rate(QStringLiteral("SEK"), QDate(2026, 1, 15)), std::optional<qint64>(8731200));
        QCOMPARE((*reader)->invoiced(QDate(2026, 1, 1), QDate(2026, 2, 1))->size(), 1);
        QCOMPARE((*reader)->invoicedTax(QDate(2026, 1, 1), QDate(2026, 2, 1))->first().taxMinor, 240);
        const auto answers = (*reader)->surveyAnswers({});
        QVERIFY2(answers, qPrintable(message(answers)));
        QCOMPARE(answers->size(), 1);
        QCOMPARE(answers->first().tags, QStringList {QStringLiteral("pricing")});
    }

    void readerRefusesAFileThatIsNotACompanyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const auto refused = storage::MetricsReader::open(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not a SubDesk company file")));
        const auto missing = storage::MetricsReader::open(m_dir.filePath(QStringLiteral("missing.subdesk")));
        QVERIFY(!missing);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.subdesk"))));
    }
};

QTEST_GUILESS_MAIN(TestMetricsRepository)
#include "tst_metricsrepository.moc"
