#include "InvoiceFixture.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

using namespace subdesk;
using namespace subdesk::billing;
using namespace subdesk::test;

namespace {

/** One connection issuing its drafts one unit each, as InvoiceService does; the numbers it got. */
struct Issuer
{
    QString path;
    qint64 series = 0;
    QList<DocumentId> drafts;
    QSemaphore* ready = nullptr;
    QSemaphore* go = nullptr;
    QList<qint64> numbers;
    QString failure;

    void run()
    {
        storage::Database::Options options;
        options.mode = storage::Database::OpenMode::OpenExisting;
        options.quickCheck = false;
        options.busyTimeoutMs = 20000;
        auto db = storage::Database::open(path, options);
        ready->release();
        if (!db) {
            failure = db.error().message;
            return;
        }
        storage::SqliteInvoiceRepository invoices(**db);
        storage::SqliteUnitOfWorkFactory units(**db);
        go->acquire();
        for (DocumentId id : std::as_const(drafts)) {
            auto unit = units.begin();
            if (!unit) {
                failure = unit.error().message;
                return;
            }
            const auto n = invoices.takeNextNumber(series, 2026);
            auto d = invoices.document(id);
            if (!n || !d) {
                failure = !n ? n.error().message : d.error().message;
                return;
            }
            makeIssued(*d, series, *n, QDate(2026, 3, 20), QDate(2026, 4, 3));
            if (Status written = invoices.writeIssued(*d); !written) {
                failure = written.error().message;
                return;
            }
            if (Status done = (*unit)->commit(); !done) {
                failure = done.error().message;
                return;
            }
            numbers.append(*n);
        }
    }
};

} // namespace

class TestNumbering : public QObject
{
    Q_OBJECT

    InvoiceFixture f;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.dir.isValid());
    }

    void init() { QVERIFY(f.open()); }

    void cleanupTestCase() { f.reset(); }

    void twoConnectionsIssuingAtOnceNeverShareOrSkipANumber()
    {
        constexpr int kEach = 200;
        const CustomerId customer = f.addCustomer(QStringLiteral("Virtanen Oy"));
        QList<Document> drafts;
        for (int i = 0; i < 2 * kEach; ++i)
            drafts.append(draftOf(customer, QDate(2026, 3, 1), {1000 + i}));
        auto stored = f.documents->insertDocuments(drafts);
        QVERIFY2(stored, qPrintable(message(stored)));

        QSemaphore ready;
        QSemaphore go;
        Issuer issuers[2];
        for (int t = 0; t < 2; ++t) {
            issuers[t].path = f.path();
            issuers[t].series = f.invoiceSeries;
            issuers[t].ready = &ready;
            issuers[t].go = &go;
            for (int i = t; i < stored->size(); i += 2) // interleaved: both write the same table pages
                issuers[t].drafts.append(stored->at(i).id);
        }
        std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create([&] { issuers[0].run(); })),
                                               std::unique_ptr<QThread>(QThread::create([&] { issuers[1].run(); }))};
        for (auto& thread : threads)
            thread->start();
        ready.acquire(2); // both connections open: start issuing together
        go.release(2);
        for (auto& thread : threads)
            QVERIFY(thread->wait(120000));

        QList<qint64> all;
        for (const Issuer& issuer : issuers) {
            QVERIFY2(issuer.failure.isEmpty(), qPrintable(issuer.failure));
            QCOMPARE(issuer.numbers.size(), kEach);
            for (qsizetype i = 1; i < issuer.numbers.size(); ++i)
                QVERIFY2(issuer.numbers.at(i - 1) < issuer.numbers.at(i), "numbers rise in each connection's order");
            all += issuer.numbers;
        }
        std::sort(all.begin(), all.end());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), qint64(i + 1)); // 1..400: none shared, none skipped
        QCOMPARE(*f.settings->lastNumber(f.invoiceSeries, 2026), 2 * kEach);
        QSqlQuery q(QSqlDatabase::database(f.company->database().connectionName()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(DISTINCT number), count(*) FROM documents WHERE status = 'issued'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2 * kEach);
        QCOMPARE(q.value(1).toInt(), 2 * kEach);
        // Both connections saw them all: the statuses moved with the numbers.
        QCOMPARE(f.invoices->draftIds(QDate())->size(), 0);
    }

    void aRolledBackIssueGivesItsNumberBack()
    {
        const CustomerId customer = f.addCustomer(QStringLiteral("Virtanen Oy"));
        const Document first = f.store(draftOf(customer, QDate(2026, 3, 1), {1000}));
        const Document second = f.store(draftOf(customer, QDate(2026, 3, 1), {2000}));
        QCOMPARE(f.issue(first.id, QDate(2026, 3, 2), QDate(2026, 3, 16))->number, QStringLiteral("INV-2026-00001"));
        {
            auto unit = f.units->begin();
            QVERIFY(unit);
            QCOMPARE(*f.invoices->takeNextNumber(f.invoiceSeries, 2026), 2);
            // Issuing fails after the number was taken (e.g. the customer's credit could not be
            // applied): the unit rolls back.
        }
        QCOMPARE(*f.settings->lastNumber(f.invoiceSeries, 2026), 1);
        QCOMPARE(f.issue(second.id, QDate(2026, 3, 3), QDate(2026, 3, 17))->number, QStringLiteral("INV-2026-00002"));
    }
};

QTEST_GUILESS_MAIN(TestNumbering)
#include "tst_numbering.moc"
