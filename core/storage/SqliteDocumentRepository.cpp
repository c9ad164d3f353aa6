#include "SqliteDocumentRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteDocumentRows.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::billing;

namespace {

/** Every line's key of one subscription with due_date in (after, upTo]; '' and 'A' are open bounds. */
Status addKeys(sqlite3* db, SubscriptionId subscription, const QByteArray& after, const QByteArray& upTo,
               QSet<BilledKey>& keys)
{
    SqliteStatement q(db,
                      "SELECT charge_key, period_start FROM document_lines "
                      "WHERE subscription_id = ? AND due_date > ? AND due_date <= ?");
    q.bindInt(1, subscription.value);
    q.bindUtf8(2, after);
    q.bindUtf8(3, upTo);
    return forEachRow(q, [&](const SqliteStatement& row) {
        keys.insert({subscription, row.columnText(0), columnDate(row, 1)});
    });
}

} // namespace

SqliteDocumentRepository::SqliteDocumentRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteDocumentRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<QList<Document>> SqliteDocumentRepository::insertDocuments(const QList<Document>& documents)
{
    sqlite3* db = handle();
    // All or nothing: a billed key that is taken rolls back the documents stored before it too.
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    QList<Document> stored = documents;
    if (Status inserted = insertDocumentRows(db, stored); !inserted)
        return inserted.error();
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<QList<CreditEntry>> SqliteDocumentRepository::insertCreditEntries(const QList<CreditEntry>& entries)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement q(db,
                      "INSERT INTO credit_entries (customer_id, date, currency, amount_minor, document_id, payment_id) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    QList<CreditEntry> stored = entries;
    for (CreditEntry& entry : stored) {
        q.bindInt(1, entry.customerId.value);
        bindDate(q, 2, entry.date);
        q.bindText(3, entry.amount.currency().code());
        q.bindInt(4, entry.amount.minorUnits());
        if (entry.documentId.isValid())
            q.bindInt(5, entry.documentId.value);
        else
            q.bindNull(5);
        if (entry.paymentId.isValid())
            q.bindInt(6, entry.paymentId.value);
        else
            q.bindNull(6);
        if (Status done = q.stepDone(); !done) {
            if (isForeignKeyViolation(lastErrorCode(db)))
                return Error(
                    ErrorCode::NotFound,
                    QCoreApplication::translate("Database",
                                                "A credit entry of customer %1 refers to a customer, document or "
                                                "payment that does not exist.")
                        .arg(entry.customerId.value));
            return done.error();
        }
        entry.id = sqlite3_last_insert_rowid(db);
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<BillingRun> SqliteDocumentRepository::insertRun(const BillingRun& run)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "INSERT INTO billing_runs (as_of, started_at, invoices, credit_notes, lines) "
                      "VALUES (?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    bindDate(q, 1, run.asOf);
    q.bindUtf8(2, isoMoment(run.startedAt));
    q.bindInt(3, run.invoices);
    q.bindInt(4, run.creditNotes);
    q.bindInt(5, run.lines);
    if (Status done = q.stepDone(); !done)
        return done.error();
    BillingRun stored = run;
    stored.id = BillingRunId(sqlite3_last_insert_rowid(db));
    return stored;
}

/*
 * billedKeysAfter() runs on every billing run over every subscription, while document_lines grows
 * with every run: it must not read every line. One query walks the subscriptions and, per
 * subscription, seeks index document_lines_due for the lines due after its stored billed_through
 * (usually none). The caller's dates normally equal the stored ones; where a caller's date is
 * later, the extra lines are filtered out here; where it is earlier or missing, the lines due
 * between the two dates are read with one more seek for that subscription.
 */
Result<QSet<BilledKey>> SqliteDocumentRepository::billedKeysAfter(const QHash<SubscriptionId, QDate>& after)
{
    sqlite3* db = handle();
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    SqliteStatement q(db,
                      "SELECT s.id, s.billed_through, l.due_date, l.charge_key, l.period_start "
                      "FROM subscriptions s LEFT JOIN document_lines l "
                      "ON l.subscription_id = s.id AND l.due_date > ifnull(s.billed_through, '') "
                      "ORDER BY s.id");
    struct Gap
    {
        SubscriptionId subscription;
        QByteArray from; ///< the caller's date ('' for none)
        QByteArray upTo; ///< the stored billed_through
    };
    QList<Gap> gaps;
    QSet<BilledKey> keys;
    SubscriptionId current;
    QDate callerDate;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        const SubscriptionId id(row.columnInt(0));
        if (id != current) {
            current = id;
            callerDate = after.value(id);
            const QDate stored = columnDate(row, 1);
            if (stored.isValid() && (!callerDate.isValid() || callerDate < stored))
                gaps.append({id, isoDate(callerDate), isoDate(stored)});
        }
        if (row.columnIsNull(2))
            return; // no line due after billed_through
        if (callerDate.isValid() && columnDate(row, 2) <= callerDate)
            return;
        keys.insert({id, row.columnText(3), columnDate(row, 4)});
    });
    if (!read)
        return read.error();
    for (const Gap& gap : gaps) {
        if (Status added = addKeys(db, gap.subscription, gap.from.isNull() ? QByteArray("") : gap.from, gap.upTo, keys);
            !added)
            return added.error();
    }
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return keys;
}

Result<QSet<BilledKey>> SqliteDocumentRepository::billedKeys(SubscriptionId subscription)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    QSet<BilledKey> keys;
    if (Status read = addKeys(db, subscription, "", "A", keys); !read)
        return read.error();
    return keys;
}

Result<QList<Document>> SqliteDocumentRepository::documentsForCustomer(CustomerId customer)
{
    sqlite3* db = handle();
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    DocumentSelection selection;
    selection.condition = "customer_id = ?1";
    selection.parameters = {customer.value};
    auto documents = selectDocuments(db, selection);
    if (!documents)
        return documents.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return documents;
}

Result<QList<Document>> SqliteDocumentRepository::documentsForSubscription(SubscriptionId subscription)
{
    sqlite3* db = handle();
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    DocumentSelection selection;
    selection.condition = "id IN (SELECT document_id FROM document_lines WHERE subscription_id = ?1)";
    selection.parameters = {subscription.value};
    auto documents = selectDocuments(db, selection);
    if (!documents)
        return documents.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return documents;
}

Result<Document> SqliteDocumentRepository::document(DocumentId id)
{
    return readDocument(handle(), id);
}

Result<QList<Document>> SqliteDocumentRepository::recentDocuments(int limit)
{
    DocumentSelection selection;
    selection.limit = limit;
    selection.withLines = false;
    return selectDocuments(handle(), selection);
}

Result<QHash<QString, Money>> SqliteDocumentRepository::creditBalances(CustomerId customer)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "SELECT currency, sum(amount_minor) FROM credit_entries WHERE customer_id = ? "
                      "GROUP BY currency HAVING sum(amount_minor) <> 0");
    q.bindInt(1, customer.value);
    QHash<QString, Money> balances;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        const QString code = row.columnText(0);
        balances.insert(code, Money(row.columnInt(1), currencyFromCode(row.columnUtf8(0))));
    });
    if (!read)
        return read.error();
    return balances;
}

Result<QHash<CustomerId, QHash<QString, Money>>> SqliteDocumentRepository::allCreditBalances()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "SELECT customer_id, currency, sum(amount_minor) FROM credit_entries "
                      "GROUP BY customer_id, currency HAVING sum(amount_minor) <> 0");
    QHash<CustomerId, QHash<QString, Money>> balances;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        balances[CustomerId(row.columnInt(0))].insert(row.columnText(1),
                                                      Money(row.columnInt(2), currencyFromCode(row.columnUtf8(1))));
    });
    if (!read)
        return read.error();
    return balances;
}

Result<QList<CreditEntry>> SqliteDocumentRepository::creditEntries(CustomerId customer)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(
        db,
        "SELECT id, customer_id, date, currency, amount_minor, document_id, payment_id FROM credit_entries "
        "WHERE customer_id = ? ORDER BY date, id");
    q.bindInt(1, customer.value);
    QList<CreditEntry> entries;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        CreditEntry entry;
        entry.id = row.columnInt(0);
        entry.customerId = CustomerId(row.columnInt(1));
        entry.date = columnDate(row, 2);
        entry.amount = Money(row.columnInt(4), currencyFromCode(row.columnUtf8(3)));
        entry.documentId = DocumentId(row.columnInt(5));
        entry.paymentId = PaymentId(row.columnInt(6));
        entries.append(entry);
    });
    if (!read)
        return read.error();
    return entries;
}

} // namespace subdesk::storage
