#include "InvoiceFixture.h"
#include "storage/Migrator.h"
#include "storage/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace subdesk;
using namespace subdesk::billing;
using namespace subdesk::invoicing;
using namespace subdesk::test;

namespace {

const QDate kToday(2026, 3, 20);

/** Runs one statement on its own connection to the file (as another program would); the error text. */
QString rawExec(const QString& path, const QString& sql)
{
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        if (!raw.open())
            return raw.lastError().text();
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!q.exec(sql))
            error = q.lastError().databaseText();
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

QList<DocumentId> idsOf(const QList<DocumentRow>& rows)
{
    QList<DocumentId> ids;
    for (const DocumentRow& r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

namespace {

/** Fails the running test (without returning from the caller) when a write in a setup helper fails. */
void must(const Status& status)
{
    if (!status)
        QTest::qFail(qPrintable(status.error().message), __FILE__, __LINE__);
}

} // namespace

class TestInvoiceRepository : public QObject
{
    Q_OBJECT

    InvoiceFixture f;
    CustomerId m_customer;
    CustomerId m_other;

    /** Every derived status once, for m_customer (EUR) and m_other (SEK); id by status. */
    QHash<DocumentStatus, DocumentId> storeOneOfEachStatus()
    {
        QHash<DocumentStatus, DocumentId> ids;
        ids.insert(DocumentStatus::Draft, f.store(draftOf(m_customer, QDate(2026, 3, 18), {1000})).id);
        const auto open =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {1000}), QDate(2026, 3, 2), QDate(2026, 3, 30));
        ids.insert(DocumentStatus::Open, open->id);
        const auto overdue =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 2, 1), {2000}), QDate(2026, 2, 2), QDate(2026, 3, 1));
        ids.insert(DocumentStatus::Overdue, overdue->id);
        const auto partial =
            f.storeAndIssue(draftOf(m_other, QDate(2026, 3, 3), {3000}, "SEK"), QDate(2026, 3, 4), QDate(2026, 4, 4));
        must(f.invoices->addSettlement(partial->id, 100, 0, 0));
        ids.insert(DocumentStatus::PartiallyPaid, partial->id);
        const auto paid =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 5), {4000}), QDate(2026, 3, 6), QDate(2026, 3, 10));
        must(f.invoices->addSettlement(paid->id, 4960, 0, 0));
        ids.insert(DocumentStatus::Paid, paid->id);
        const auto credited =
            f.storeAndIssue(draftOf(m_other, QDate(2026, 3, 7), {5000}, "SEK"), QDate(2026, 3, 8), QDate(2026, 3, 9));
        Document note = draftOf(m_other, QDate(2026, 3, 9), {-5000}, "SEK");
        note.correctsId = credited->id;
        const auto creditNote = f.storeAndIssue(note, QDate(2026, 3, 9), QDate(2026, 3, 9));
        must(f.invoices->addSettlement(credited->id, 0, 6200, 0));
        ids.insert(DocumentStatus::Credited, credited->id);
        ids.insert(DocumentStatus::Issued, creditNote->id);
        const auto bad =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 1, 1), {6000}), QDate(2026, 1, 2), QDate(2026, 1, 16));
        must(f.invoices->setState(bad->id, DocumentState::Uncollectible));
        ids.insert(DocumentStatus::Uncollectible, bad->id);
        return ids;
    }

    QList<DocumentRow> rows(const DocumentFilter& filter, DocumentSort sort = {}, int offset = 0, int limit = 1000)
    {
        auto r = f.invoices->documentRows(filter, sort, offset, limit);
        if (!r)
            qWarning() << r.error().message;
        return r ? *r : QList<DocumentRow>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.dir.isValid());
    }

    void init()
    {
        QVERIFY(f.open());
        m_customer = f.addCustomer(QStringLiteral("Virtanen Oy"));
        m_other = f.addCustomer(QStringLiteral("Öljynen Åb"));
        QVERIFY(m_customer.isValid() && m_other.isValid());
    }

    void cleanupTestCase() { f.reset(); }

    void anIssuedDocumentReadsBackWithEveryColumnThroughBothRepositories()
    {
        Document invoice = draftOf(m_customer, QDate(2026, 3, 1), {1000, 2550});
        invoice.lines[1].taxClass = tax::TaxClass::Reduced;
        invoice.lines[1].unitPriceMinor.reset();
        invoice.note = QStringLiteral("Thank you");
        const Document stored = f.store(invoice);
        QVERIFY(stored.id.isValid());
        const auto draft = f.invoices->document(stored.id);
        QVERIFY2(draft, qPrintable(message(draft)));
        QCOMPARE(*draft, stored);
        QCOMPARE(draft->lines[1].taxClass, tax::TaxClass::Reduced);
        QVERIFY(!draft->lines[1].unitPriceMinor);
        QCOMPARE(draft->state, DocumentState::Draft);

        auto issued = f.issue(stored.id, QDate(2026, 3, 2), QDate(2026, 3, 16));
        QVERIFY2(issued, qPrintable(message(issued)));
        Document expected = *draft;
        makeIssued(expected, f.invoiceSeries, 1, QDate(2026, 3, 2), QDate(2026, 3, 16));
        QCOMPARE(issued->number, QStringLiteral("INV-2026-00001"));
        QCOMPARE(*issued, expected);
        QCOMPARE(issued->buyer.streetLines.size(), 2);
        QCOMPARE(issued->taxes.size(), 1);
        QCOMPARE(issued->total.minorUnits(), 3550 + 852);

        Document note = draftOf(m_customer, QDate(2026, 3, 5), {-1000});
        note.correctsId = stored.id;
        auto credit = f.storeAndIssue(note, QDate(2026, 3, 5), QDate(2026, 3, 5));
        QVERIFY2(credit, qPrintable(message(credit)));
        QCOMPARE(credit->correctsNumber, QStringLiteral("INV-2026-00001"));
        QCOMPARE(credit->correctsIssueDate, QDate(2026, 3, 2));
        QCOMPARE(credit->number, QStringLiteral("CN-2026-00001"));
        // The billing repository reads the very same document (one reader for both).
        QCOMPARE(*f.documents->document(credit->id), *credit);
        QCOMPARE(*f.documents->document(stored.id), *issued);
        const auto notes = f.invoices->creditNotesFor(stored.id);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->first(), *credit);
    }

    void creditEntriesKeepTheirPayment()
    {
        QSqlQuery q(QSqlDatabase::database(f.company->database().connectionName()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO payments (customer_id, date, currency, amount_minor, method, "
                                      "created_at) VALUES (%1, '2026-03-01', 'EUR', 500, 'cash', '2026-03-01')")
                           .arg(m_customer.value)));
        CreditEntry entry;
        entry.customerId = m_customer;
        entry.date = QDate(2026, 3, 1);
        entry.amount = Money(500, currency("EUR"));
        entry.paymentId = PaymentId(q.lastInsertId().toLongLong());
        QVERIFY(f.documents->insertCreditEntries({entry}));
        const auto entries = f.documents->creditEntries(m_customer);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().paymentId, entry.paymentId);
        entry.paymentId = PaymentId(999);
        const auto refused = f.documents->insertCreditEntries({entry});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
    }

    void theDatabaseRefusesChangesToAnIssuedDocument_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("§9 immutable: total_minor")
            << QStringLiteral("UPDATE documents SET total_minor = 1 WHERE id = %1");
        QTest::newRow("§9 immutable: number") << QStringLiteral("UPDATE documents SET number = 'X-1' WHERE id = %1");
        QTest::newRow("§9 immutable: back to draft")
            << QStringLiteral("UPDATE documents SET status = 'draft' WHERE id = %1");
        QTest::newRow("§9 immutable: buyer") << QStringLiteral("UPDATE documents SET buyer = '{}' WHERE id = %1");
        QTest::newRow("§9 immutable: line amount")
            << QStringLiteral("UPDATE document_lines SET amount_minor = 1 WHERE document_id = %1");
        QTest::newRow("§9 immutable: line added")
            << QStringLiteral("INSERT INTO document_lines (document_id, position, charge_key, period_start, due_date, "
                              "kind, amount_minor) VALUES (%1, 9, 'x', '2026-03-01', '2026-03-01', 'one_time', 1)");
        QTest::newRow("§9 immutable: line deleted")
            << QStringLiteral("DELETE FROM document_lines WHERE document_id = %1");
        QTest::newRow("§9 immutable: tax changed")
            << QStringLiteral("UPDATE document_taxes SET tax_minor = 0 WHERE document_id = %1");
        QTest::newRow("§9 immutable: tax deleted")
            << QStringLiteral("DELETE FROM document_taxes WHERE document_id = %1");
        QTest::newRow("§9 immutable: tax added")
            << QStringLiteral("INSERT INTO document_taxes (document_id, position, category, rate_bp, taxable_minor, "
                              "tax_minor) VALUES (%1, 5, 'Z', 0, 0, 0)");
        QTest::newRow("§9 undeletable: document") << QStringLiteral("DELETE FROM documents WHERE id = %1");
        QTest::newRow("§9 immutable: id changed") << QStringLiteral("UPDATE documents SET id = 9999 WHERE id = %1");
        QTest::newRow("§9 immutable: status other than issued or uncollectible")
            << QStringLiteral("UPDATE documents SET status = 'paid' WHERE id = %1");
        QTest::newRow("§9 settlement: paid, credited and applied beyond the total")
            << QStringLiteral("UPDATE documents SET paid_minor = total_minor, credit_applied_minor = 1 WHERE id = %1");
        // Without PRAGMA recursive_triggers (as here, like the sqlite3 shell), REPLACE deletes the row it
        // replaces without the delete triggers: the insert triggers refuse it.
        QTest::newRow("§9 immutable: INSERT OR REPLACE of the document by id")
            << QStringLiteral("INSERT OR REPLACE INTO documents (id, customer_id, kind, date, currency, total_minor, "
                              "created_at) SELECT id, customer_id, kind, date, currency, 1, created_at FROM documents "
                              "WHERE id = %1");
        QTest::newRow("§9 immutable: INSERT OR REPLACE of the document by number")
            << QStringLiteral("INSERT OR REPLACE INTO documents (customer_id, kind, date, currency, total_minor, "
                              "created_at, number) SELECT customer_id, kind, date, currency, 1, created_at, number "
                              "FROM documents WHERE id = %1");
        QTest::newRow("§9 immutable: INSERT OR REPLACE of a line by id, moving it onto a draft")
            << QStringLiteral("INSERT OR REPLACE INTO document_lines (id, document_id, position, charge_key, "
                              "period_start, due_date, kind, amount_minor) SELECT id, %2, 9, 'x', '2026-03-01', "
                              "'2026-03-01', 'one_time', 1 FROM document_lines WHERE document_id = %1 LIMIT 1");
    }

    void theDatabaseRefusesChangesToAnIssuedDocument()
    {
        QFETCH(QString, sql);
        const auto issued = f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {1000, 2000}), QDate(2026, 3, 2),
                                            QDate(2026, 3, 16));
        QVERIFY2(issued, qPrintable(message(issued)));
        const Document draft = f.store(draftOf(m_customer, QDate(2026, 3, 5), {500}));
        QVERIFY(draft.id.isValid());
        const QString error = rawExec(f.path(), sql.arg(issued->id.value).arg(draft.id.value));
        QVERIFY2(error.startsWith(QStringLiteral("an issued document cannot be")), qPrintable(error));
        QCOMPARE(*f.invoices->document(issued->id), *issued);
        QCOMPARE(*f.invoices->document(draft.id), draft);
    }

    void insertOrReplaceMeetsTheDeleteTriggersOnTheAppsConnection()
    {
        QSqlQuery q(QSqlDatabase::database(f.company->database().connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA recursive_triggers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A line replaced through the billing key (subscription, charge, period start) from a draft: the
        // insert triggers see only the draft; the delete trigger of the replaced issued line refuses.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO subscriptions (customer_id, currency, start_date) "
                                       "VALUES (%1, 'EUR', '2026-01-01')")
                            .arg(m_customer.value)),
                 qPrintable(q.lastError().text()));
        const qint64 subscription = q.lastInsertId().toLongLong();
        Document billed = draftOf(m_customer, QDate(2026, 3, 1), {1000});
        billed.lines[0].item.subscriptionId = SubscriptionId(subscription);
        const auto issued = f.storeAndIssue(billed, QDate(2026, 3, 2), QDate(2026, 3, 16));
        QVERIFY2(issued, qPrintable(message(issued)));
        const Document draft = f.store(draftOf(m_customer, QDate(2026, 3, 5), {500}));
        QVERIFY(!q.exec(QStringLiteral("INSERT OR REPLACE INTO document_lines (document_id, position, subscription_id, "
                                       "charge_key, period_start, due_date, kind, amount_minor) VALUES (%1, 9, %2, "
                                       "'manual', '2026-03-01', '2026-03-01', 'one_time', 1)")
                            .arg(draft.id.value)
                            .arg(subscription)));
        QVERIFY2(q.lastError().databaseText().startsWith(QStringLiteral("an issued document cannot be")),
                 qPrintable(q.lastError().databaseText()));
        QCOMPARE(*f.invoices->document(issued->id), *issued);
    }

    void twoSeriesOfOnePatternNeverGiveOneNumberTwice()
    {
        company::NumberSeries shop {
            0, DocumentKind::Invoice, QStringLiteral("Shop"), QStringLiteral("INV-{YYYY}-{#####}"), true, false, false};
        const auto saved = f.settings->saveNumberSeries(shop);
        QVERIFY2(saved, qPrintable(message(saved)));
        const auto first =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {1000}), QDate(2026, 3, 2), QDate(2026, 3, 16));
        QVERIFY2(first, qPrintable(message(first)));
        QCOMPARE(first->number, QStringLiteral("INV-2026-00001"));
        Document second = f.store(draftOf(m_customer, QDate(2026, 3, 1), {2000}));
        QCOMPARE(*f.invoices->takeNextNumber(saved->id, 2026), 1);
        makeIssued(second, saved->id, 1, QDate(2026, 3, 2), QDate(2026, 3, 16));
        const Status refused = f.invoices->writeIssued(second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(f.invoices->document(second.id)->state, DocumentState::Draft);
    }

    void settlementAndWriteOffStillMoveInTheDatabase()
    {
        const auto issued =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {1000}), QDate(2026, 3, 2), QDate(2026, 3, 16));
        QVERIFY(issued);
        const qint64 id = issued->id.value;
        QCOMPARE(rawExec(f.path(),
                         QStringLiteral("UPDATE documents SET paid_minor = 100, credited_minor = 50, "
                                        "credit_applied_minor = 25 WHERE id = %1")
                             .arg(id)),
                 QString());
        QCOMPARE(
            rawExec(f.path(), QStringLiteral("UPDATE documents SET status = 'uncollectible' WHERE id = %1").arg(id)),
            QString());
        const auto after = f.invoices->document(issued->id);
        QCOMPARE(after->paid.minorUnits(), 100);
        QCOMPARE(after->credited.minorUnits(), 50);
        QCOMPARE(after->creditApplied.minorUnits(), 25);
        QCOMPARE(after->state, DocumentState::Uncollectible);
        // A draft still changes freely.
        const Document draft = f.store(draftOf(m_customer, QDate(2026, 3, 1), {1000}));
        QCOMPARE(rawExec(f.path(),
                         QStringLiteral("UPDATE document_lines SET amount_minor = 5 WHERE document_id = %1")
                             .arg(draft.id.value)),
                 QString());
        QCOMPARE(rawExec(f.path(), QStringLiteral("DELETE FROM documents WHERE id = %1").arg(draft.id.value)),
                 QString());
    }

    void theRepositoryRefusesWritesToAnIssuedDocument()
    {
        const auto issued =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 3, 1), {1000}), QDate(2026, 3, 2), QDate(2026, 3, 16));
        QVERIFY(issued);
        Document again = *issued;
        again.number = QStringLiteral("INV-2026-00099");
        const Status rewrite = f.invoices->writeIssued(again);
        QVERIFY(!rewrite);
        QCOMPARE(rewrite.error().code, ErrorCode::Conflict);
        const Status replaced = f.invoices->replaceDraft(*issued);
        QVERIFY(!replaced);
        QCOMPARE(replaced.error().code, ErrorCode::Conflict);
        const Status deleted = f.invoices->deleteDraft(issued->id);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, ErrorCode::Conflict);
        const Status toDraft = f.invoices->setState(issued->id, DocumentState::Draft);
        QVERIFY(!toDraft);
        QCOMPARE(toDraft.error().code, ErrorCode::Conflict);
        const Status negative = f.invoices->addSettlement(issued->id, -1, 0, 0);
        QVERIFY(!negative);
        QCOMPARE(negative.error().code, ErrorCode::Invalid);
        QVERIFY2(negative.error().message.contains(QStringLiteral("below zero")), qPrintable(negative.error().message));
        // 1240 in all: paid 1000 and credited 240 fit, one cent more applied from credit does not.
        QVERIFY(f.invoices->addSettlement(issued->id, 1000, 240, 0));
        const Status beyond = f.invoices->addSettlement(issued->id, 0, 0, 1);
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().code, ErrorCode::Invalid);
        QVERIFY2(beyond.error().message.contains(QStringLiteral("exceed its total")),
                 qPrintable(beyond.error().message));
        QVERIFY(f.invoices->addSettlement(issued->id, -1000, -240, 0));
        QCOMPARE(*f.invoices->document(issued->id), *issued);
        QCOMPARE(f.invoices->writeIssued(Document {}).error().code, ErrorCode::NotFound);
        QCOMPARE(f.invoices->addSettlement(DocumentId(999), 1, 0, 0).error().code, ErrorCode::NotFound);
        // The insert path takes drafts only.
        Document notDraft = draftOf(m_customer, QDate(2026, 3, 1), {1});
        notDraft.state = DocumentState::Issued;
        QCOMPARE(f.documents->insertDocuments({notDraft}).error().code, ErrorCode::Invalid);
    }

    void aDraftIsReplacedAndDeleted()
    {
        const Document stored = f.store(draftOf(m_customer, QDate(2026, 3, 1), {1000, 2000}));
        CreditEntry entry {0, m_customer, QDate(2026, 3, 1), Money(-500, currency("EUR")), stored.id, {}};
        QVERIFY(f.documents->insertCreditEntries({entry}));
        Document changed = stored;
        changed.customerId = m_other;
        changed.currency = currency("SEK");
        changed.date = QDate(2026, 3, 4);
        changed.note = QStringLiteral("Corrected");
        changed.lines = {manualLine(QStringLiteral("Consulting"), 7000, "SEK")};
        changed.lines[0].position = 1;
        changed.lines[0].item.customerId = m_other;
        changed.lines[0].taxClass = tax::TaxClass::Zero;
        changed.total = Money(7000, changed.currency);
        changed.creditApplied = Money(0, changed.currency);
        changed.paid = changed.credited = changed.netTotal = changed.taxTotal = Money(0, changed.currency);
        QVERIFY(f.invoices->replaceDraft(changed));
        auto read = f.invoices->document(stored.id);
        QVERIFY(read);
        QCOMPARE(read->lines.size(), 1);
        changed.lines[0].id = read->lines[0].id;
        changed.lines[0].net = Money(0, changed.currency);
        QCOMPARE(*read, changed);

        QVERIFY(f.invoices->deleteDraft(stored.id));
        QCOMPARE(f.invoices->document(stored.id).error().code, ErrorCode::NotFound);
        QVERIFY(f.documents->creditEntries(m_customer)->isEmpty());
        QCOMPARE(f.invoices->deleteDraft(stored.id).error().code, ErrorCode::NotFound);
        QSqlQuery q(QSqlDatabase::database(f.company->database().connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM document_lines")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void draftIdsAndLastIssueDate()
    {
        const Document a = f.store(draftOf(m_customer, QDate(2026, 3, 5), {1}));
        const Document b = f.store(draftOf(m_customer, QDate(2026, 3, 1), {1}));
        const Document c = f.store(draftOf(m_customer, QDate(2026, 3, 9), {1}));
        QCOMPARE(*f.invoices->draftIds(QDate()), (QList<DocumentId> {b.id, a.id, c.id}));
        QCOMPARE(*f.invoices->draftIds(QDate(2026, 3, 5)), (QList<DocumentId> {b.id, a.id}));
        QVERIFY(!f.invoices->lastIssueDate(f.invoiceSeries)->isValid());
        QVERIFY(f.issue(a.id, QDate(2026, 3, 6), QDate(2026, 3, 20)));
        QVERIFY(f.issue(b.id, QDate(2026, 3, 8), QDate(2026, 3, 20)));
        QCOMPARE(*f.invoices->lastIssueDate(f.invoiceSeries), QDate(2026, 3, 8));
        QCOMPARE(*f.invoices->draftIds(QDate()), (QList<DocumentId> {c.id}));
    }

    void countersStartAtOneAndRestartPerYear()
    {
        QCOMPARE(*f.invoices->takeNextNumber(f.invoiceSeries, 2026), 1);
        QCOMPARE(*f.invoices->takeNextNumber(f.invoiceSeries, 2026), 2);
        QCOMPARE(*f.invoices->takeNextNumber(f.invoiceSeries, 2027), 1);
        QCOMPARE(*f.invoices->takeNextNumber(f.creditSeries, 2026), 1);
        QCOMPARE(*f.settings->lastNumber(f.invoiceSeries, 2026), 2);
        QCOMPARE(f.invoices->takeNextNumber(999, 2026).error().code, ErrorCode::NotFound);
    }

    void aRolledBackUnitGivesItsNumberBack()
    {
        const Document a = f.store(draftOf(m_customer, QDate(2026, 3, 1), {1000}));
        const Document b = f.store(draftOf(m_customer, QDate(2026, 3, 1), {1000}));
        {
            auto unit = f.units->begin();
            QVERIFY(unit);
            QCOMPARE(*f.invoices->takeNextNumber(f.invoiceSeries, 2026), 1);
            Document d = *f.invoices->document(a.id);
            makeIssued(d, f.invoiceSeries, 1, QDate(2026, 3, 2), QDate(2026, 3, 16));
            QVERIFY(f.invoices->writeIssued(d));
            // no commit: issuing failed later on
        }
        QCOMPARE(f.invoices->document(a.id)->state, DocumentState::Draft);
        QCOMPARE(*f.settings->lastNumber(f.invoiceSeries, 2026), 0);
        const auto issued = f.issue(b.id, QDate(2026, 3, 2), QDate(2026, 3, 16));
        QVERIFY(issued);
        QCOMPARE(issued->number, QStringLiteral("INV-2026-00001"));
    }

    void eachStatusFilterMatchesTheDocumentsStatus()
    {
        const QHash<DocumentStatus, DocumentId> ids = storeOneOfEachStatus();
        QCOMPARE(ids.size(), 8);
        DocumentFilter all;
        all.today = kToday;
        const QList<DocumentRow> everything = rows(all);
        QCOMPARE(everything.size(), 8);
        QCOMPARE(*f.invoices->countDocuments(all), 8);
        for (const DocumentRow& row : everything) {
            const Document d = *f.invoices->document(row.id);
            QCOMPARE(row.status, d.status(kToday));
            QCOMPARE(row.balanceMinor, d.balance().minorUnits());
            QCOMPARE(row.totalMinor, d.total.minorUnits());
            QCOMPARE(row.number, d.number);
            QCOMPARE(row.date, d.isIssued() ? d.issueDate : d.date);
        }
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            DocumentFilter one = all;
            one.statuses = {it.key()};
            const QList<DocumentRow> found = rows(one);
            QVERIFY2(found.size() == 1 && found.first().id == it.value(), qPrintable(documentStatusKey(it.key())));
            QCOMPARE(found.first().status, it.key());
            QCOMPARE(*f.invoices->countDocuments(one), 1);
        }
        // Overdue is judged on the filter's day: on 2026-02-15 the overdue invoice was open.
        DocumentFilter earlier = all;
        earlier.today = QDate(2026, 2, 15);
        earlier.statuses = {DocumentStatus::Open};
        QVERIFY(idsOf(rows(earlier)).contains(ids.value(DocumentStatus::Overdue)));
        DocumentFilter two = all;
        two.statuses = {DocumentStatus::Paid, DocumentStatus::Draft};
        QCOMPARE(*f.invoices->countDocuments(two), 2);
    }

    void aWrittenOffInvoiceIsUncollectibleOnlyWhileSomethingIsOwed_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("credited");
        QTest::addColumn<qint64>("applied");
        QTest::addColumn<DocumentStatus>("expected");
        // The invoice: 1000 + 24 % = 1240.
        QTest::newRow("I9 written off, nothing paid → uncollectible")
            << qint64(0) << qint64(0) << qint64(0) << DocumentStatus::Uncollectible;
        QTest::newRow("I9 written off, partly paid → uncollectible")
            << qint64(1000) << qint64(0) << qint64(0) << DocumentStatus::Uncollectible;
        QTest::newRow("I9 written off, then paid in full → paid")
            << qint64(1240) << qint64(0) << qint64(0) << DocumentStatus::Paid;
        QTest::newRow("I9 written off, then paid and credit applied → paid")
            << qint64(1000) << qint64(0) << qint64(240) << DocumentStatus::Paid;
        QTest::newRow("I9 written off, then credited in full → credited")
            << qint64(0) << qint64(1240) << qint64(0) << DocumentStatus::Credited;
    }

    void aWrittenOffInvoiceIsUncollectibleOnlyWhileSomethingIsOwed()
    {
        QFETCH(qint64, paid);
        QFETCH(qint64, credited);
        QFETCH(qint64, applied);
        QFETCH(DocumentStatus, expected);
        const auto issued =
            f.storeAndIssue(draftOf(m_customer, QDate(2026, 1, 1), {1000}), QDate(2026, 1, 2), QDate(2026, 1, 16));
        QVERIFY2(issued, qPrintable(message(issued)));
        QVERIFY(f.invoices->setState(issued->id, DocumentState::Uncollectible));
        QVERIFY(f.invoices->addSettlement(issued->id, paid, credited, applied));
        const Document d = *f.invoices->document(issued->id);
        QCOMPARE(d.state, DocumentState::Uncollectible);
        QCOMPARE(d.status(kToday), expected);
        DocumentFilter all;
        all.today = kToday;
        const QList<DocumentRow> listed = rows(all);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().status, expected);
        // Exactly one status filter finds it: the expected one.
        for (int s = int(DocumentStatus::Draft); s <= int(DocumentStatus::Uncollectible); ++s) {
            DocumentFilter one = all;
            one.statuses = {DocumentStatus(s)};
            QCOMPARE(*f.invoices->countDocuments(one), DocumentStatus(s) == expected ? 1 : 0);
        }
    }

    void listsFilterByCustomerSeriesKindCurrencyDatesAndText()
    {
        const QHash<DocumentStatus, DocumentId> ids = storeOneOfEachStatus();
        DocumentFilter filter;
        filter.today = kToday;
        filter.customerId = m_other;
        QCOMPARE(*f.invoices->countDocuments(filter), 3);
        filter = {};
        filter.seriesId = f.creditSeries;
        QCOMPARE(idsOf(rows(filter)), QList<DocumentId> {ids.value(DocumentStatus::Issued)});
        filter = {};
        filter.kind = DocumentKind::CreditNote;
        QCOMPARE(idsOf(rows(filter)), QList<DocumentId> {ids.value(DocumentStatus::Issued)});
        filter = {};
        filter.currency = QStringLiteral("SEK");
        QCOMPARE(*f.invoices->countDocuments(filter), 3);
        filter = {};
        filter.from = QDate(2026, 3, 4); // issue dates; the draft's own date 2026-03-18
        filter.to = QDate(2026, 3, 8);
        QCOMPARE(idsOf(rows(filter, {DocumentSortKey::Date, false})),
                 (QList<DocumentId> {ids.value(DocumentStatus::PartiallyPaid), ids.value(DocumentStatus::Paid),
                                     ids.value(DocumentStatus::Credited)}));
        filter.to = QDate(2026, 3, 18);
        QCOMPARE(*f.invoices->countDocuments(filter), 5);
        filter = {};
        filter.text = QStringLiteral("öLJY"); // the customer's name, case-insensitive beyond ASCII
        QCOMPARE(*f.invoices->countDocuments(filter), 3);
        filter.text = QStringLiteral("cn-2026");
        QCOMPARE(idsOf(rows(filter)), QList<DocumentId> {ids.value(DocumentStatus::Issued)});
        filter.text = QStringLiteral("%");
        QCOMPARE(*f.invoices->countDocuments(filter), 0);
        const QList<DocumentRow> named = rows(DocumentFilter {});
        for (const DocumentRow& r : named)
            QCOMPARE(r.customerName,
                     r.customerId == m_other ? QStringLiteral("Öljynen Åb") : QStringLiteral("Virtanen Oy"));
    }

    void listsSortAndPage_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        for (int key = 0; key <= int(DocumentSortKey::Balance); ++key) {
            for (bool descending : {false, true})
                QTest::addRow("sort key %d %s", key, descending ? "descending" : "ascending") << key << descending;
        }
    }

    void listsSortAndPage()
    {
        QFETCH(int, key);
        QFETCH(bool, descending);
        storeOneOfEachStatus();
        f.store(draftOf(m_other, QDate(2026, 3, 18), {1000}, "SEK")); // a second draft: ties on the date
        DocumentFilter all;
        all.today = kToday;
        const DocumentSort sort {DocumentSortKey(key), descending};
        const QList<DocumentRow> sorted = rows(all, sort);
        QCOMPARE(sorted.size(), 9);
        // Reference order computed here; ties broken by id in the same direction.
        QList<DocumentRow> expected = rows(all, {DocumentSortKey::Date, true});
        const auto value = [&](const DocumentRow& r) -> QVariant {
            switch (DocumentSortKey(key)) {
            case DocumentSortKey::Number: // series (invoices' is the first) then number
                return QStringLiteral("%1 %2").arg(r.kind == DocumentKind::CreditNote ? 2 : 1).arg(r.number);
            case DocumentSortKey::Date:
                return r.date;
            case DocumentSortKey::DueDate:
                return r.dueDate;
            case DocumentSortKey::Customer:
                return r.customerName;
            case DocumentSortKey::Total:
                return r.totalMinor;
            case DocumentSortKey::Balance:
                return r.balanceMinor;
            }
            return {};
        };
        std::sort(expected.begin(), expected.end(), [&](const DocumentRow& a, const DocumentRow& b) {
            if (DocumentSortKey(key) == DocumentSortKey::Number && a.number.isEmpty() != b.number.isEmpty())
                return b.number.isEmpty(); // drafts last either way
            const QVariant va = value(a), vb = value(b);
            const auto order = QVariant::compare(va, vb);
            if (order != QPartialOrdering::Equivalent)
                return descending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
            return descending ? b.id < a.id : a.id < b.id;
        });
        QCOMPARE(idsOf(sorted), idsOf(expected));
        // Pages put together give the whole list.
        QList<DocumentRow> paged;
        for (int offset = 0; offset < 9; offset += 4)
            paged += rows(all, sort, offset, 4);
        QCOMPARE(idsOf(paged), idsOf(sorted));
    }

    void totalsArePerCurrency()
    {
        storeOneOfEachStatus();
        DocumentFilter all;
        all.today = kToday;
        const auto totals = f.invoices->totals(all);
        QVERIFY(totals);
        QCOMPARE(totals->size(), 2);
        const DocumentTotals eur = totals->at(0);
        const DocumentTotals sek = totals->at(1);
        QCOMPARE(eur.currency, QStringLiteral("EUR"));
        QCOMPARE(eur.count, 5);
        // draft 1000; open 1240; overdue 2480; paid 4960 (all paid); uncollectible 7440
        QCOMPARE(eur.totalMinor, 1000 + 1240 + 2480 + 4960 + 7440);
        QCOMPARE(eur.balanceMinor, 1000 + 1240 + 2480 + 0 + 7440);
        QCOMPARE(sek.currency, QStringLiteral("SEK"));
        QCOMPARE(sek.count, 3);
        // partial 3720 − 100 paid; credited 6200 − 6200; credit note −6200 with no balance
        QCOMPARE(sek.totalMinor, 3720 + 6200 - 6200);
        QCOMPARE(sek.balanceMinor, 3620);
        all.statuses = {DocumentStatus::Overdue};
        QCOMPARE(f.invoices->totals(all)->size(), 1);
        QCOMPARE(f.invoices->totals(all)->first().balanceMinor, 2480);
    }

    void openItemsAreIssuedInvoicesWithABalanceByDueDate()
    {
        const QHash<DocumentStatus, DocumentId> ids = storeOneOfEachStatus();
        const auto all = f.invoices->openItems(CustomerId(), QString());
        QVERIFY(all);
        QList<DocumentId> found;
        for (const OpenItem& item : *all)
            found.append(item.id);
        QCOMPARE(found,
                 (QList<DocumentId> {ids.value(DocumentStatus::Overdue), ids.value(DocumentStatus::Open),
                                     ids.value(DocumentStatus::PartiallyPaid)}));
        QCOMPARE(all->at(2).balance, Money(3620, currency("SEK")));
        QCOMPARE(all->at(2).customerName, QStringLiteral("Öljynen Åb"));
        QCOMPARE(all->at(0).number, QStringLiteral("INV-2026-00002"));
        QCOMPARE(all->at(0).issueDate, QDate(2026, 2, 2));
        QCOMPARE(f.invoices->openItems(m_customer, QStringLiteral("EUR"))->size(), 2);
        QCOMPARE(f.invoices->openItems(m_customer, QStringLiteral("SEK"))->size(), 0);
    }

    void issuedDocumentsByCustomerAndIssueDate()
    {
        const QHash<DocumentStatus, DocumentId> ids = storeOneOfEachStatus();
        const auto all = f.invoices->issuedDocuments(CustomerId(), QDate(), QDate());
        QVERIFY(all);
        QCOMPARE(all->size(), 7); // every one but the draft, uncollectible included
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).issueDate <= all->at(i).issueDate);
        QCOMPARE(all->first().id, ids.value(DocumentStatus::Uncollectible));
        QCOMPARE(all->first().lines.size(), 1);
        QCOMPARE(all->first().taxes.size(), 1);
        const auto some = f.invoices->issuedDocuments(m_other, QDate(2026, 3, 5), QDate(2026, 3, 9));
        QVERIFY(some);
        QCOMPARE(some->size(), 2);
        QCOMPARE(some->at(0).id, ids.value(DocumentStatus::Credited));
        QCOMPARE(some->at(1).id, ids.value(DocumentStatus::Issued));
    }

    void aSchema2FileMigratesKeepingItsDocumentsAsDrafts()
    {
        f.reset();
        const QString path = f.dir.filePath(QStringLiteral("schema2.subdesk"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            auto migrated = storage::Migrator::migrateTo(storage::sqliteHandle(QStringLiteral("schema2")), 2);
            QVERIFY2(migrated, qPrintable(message(migrated)));
            QCOMPARE(*migrated, 2);
            QSqlQuery q(raw);
            for (const char* sql :
                 {"INSERT INTO customers (display_name, kind, country, currency, payment_method, preferred_channel, "
                  "created_at) VALUES ('Virtanen Oy', 'business', 'FI', 'EUR', 'bank_transfer', 'email', "
                  "'2025-01-02T03:04:05.000Z')",
                  "INSERT INTO documents (customer_id, kind, date, currency, total_minor, credit_applied_minor, "
                  "created_at) VALUES (1, 'invoice', '2026-02-01', 'EUR', 2495, 500, '2026-02-01T00:00:00.000Z')",
                  "INSERT INTO document_lines (document_id, position, charge_key, period_start, period_end, due_date, "
                  "kind, description, quantity, amount_minor) VALUES (1, 1, 'plan', '2026-02-01', '2026-03-01', "
                  "'2026-02-01', 'plan', 'Pro', 1, 2495)",
                  // Schema 2's billing credited drafts at once: 500 applied to the invoice, 300 granted by a
                  // credit note (both drafts); 700 of credit not tied to a document.
                  "INSERT INTO documents (customer_id, kind, date, currency, total_minor, created_at) VALUES (1, "
                  "'credit_note', '2026-02-01', 'EUR', -300, '2026-02-01T00:00:00.000Z')",
                  "INSERT INTO document_lines (document_id, position, charge_key, period_start, due_date, kind, "
                  "amount_minor) VALUES (2, 1, 'cancel', '2026-02-01', '2026-02-01', 'cancel_credit', -300)",
                  "INSERT INTO credit_entries (customer_id, date, currency, amount_minor, document_id) VALUES "
                  "(1, '2026-01-01', 'EUR', 1500, NULL), (1, '2026-02-01', 'EUR', -500, 1), "
                  "(1, '2026-02-01', 'EUR', 300, 2)"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema2"));

        auto company = storage::CompanyFile::open(path, {}, f.clock);
        QVERIFY2(company, qPrintable(message(company)));
        QCOMPARE((*company)->database().schemaVersion(), 4);
        storage::SqliteInvoiceRepository invoices((*company)->database());
        const auto d = invoices.document(DocumentId(1));
        QVERIFY2(d, qPrintable(message(d)));
        QCOMPARE(d->state, DocumentState::Draft);
        QVERIFY(d->number.isEmpty());
        QCOMPARE(d->total.minorUnits(), 2495);
        // The draft's credit is taken and given again when it is issued, not before.
        QCOMPARE(d->creditApplied.minorUnits(), 0);
        QCOMPARE(d->balance().minorUnits(), 2495);
        storage::SqliteDocumentRepository documents((*company)->database());
        const auto entries = documents.creditEntries(CustomerId(1));
        QVERIFY2(entries, qPrintable(message(entries)));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().amount.minorUnits(), 1500);
        QVERIFY(!entries->first().documentId.isValid());
        QCOMPARE(d->lines.size(), 1);
        QCOMPARE(d->lines.first().taxClass, tax::TaxClass::Standard);
        QVERIFY(!d->lines.first().unitPriceMinor);
        DocumentFilter drafts;
        drafts.statuses = {DocumentStatus::Draft};
        QCOMPARE(*invoices.countDocuments(drafts), 2);
        QVERIFY((*(*company)->database().integrityProblems()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceRepository)
#include "tst_invoicerepository.moc"
