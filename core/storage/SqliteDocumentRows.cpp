#include "SqliteDocumentRows.h"

#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::billing;

namespace {

/** The stored key of every LineKind as UTF-8, indexed by the enum's value. */
const QList<QByteArray>& lineKindKeys()
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> list;
        for (int kind = 0; kind <= int(LineKind::CancelCredit); ++kind)
            list.append(lineKindKey(LineKind(kind)).toUtf8());
        return list;
    }();
    return keys;
}

LineKind lineKindFromRow(QByteArrayView key)
{
    const QList<QByteArray>& keys = lineKindKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (key == QByteArrayView(keys.at(i)))
            return LineKind(i);
    }
    return LineKind::OneTime;
}

Document documentFromRow(const SqliteStatement& row)
{
    Document d;
    d.id = DocumentId(row.columnInt(0));
    d.customerId = CustomerId(row.columnInt(1));
    d.kind = row.columnUtf8(2) == QByteArrayView("credit_note") ? DocumentKind::CreditNote : DocumentKind::Invoice;
    d.date = columnDate(row, 3);
    d.currency = currencyFromCode(row.columnUtf8(4));
    d.total = Money(row.columnInt(5), d.currency);
    d.creditApplied = Money(row.columnInt(6), d.currency);
    d.runId = BillingRunId(row.columnInt(7)); // NULL reads as 0: not written by a run
    d.createdAt = momentFromIso(row.columnUtf8(8));
    return d;
}

DocumentLine lineFromRow(const SqliteStatement& row, const Document& document)
{
    DocumentLine line;
    line.id = row.columnInt(0);
    line.position = int(row.columnInt(2));
    BillingItem& item = line.item;
    item.subscriptionId = SubscriptionId(row.columnInt(3));
    item.customerId = document.customerId;
    item.chargeKey = row.columnText(4);
    item.periodStart = columnDate(row, 5);
    item.periodEnd = columnDate(row, 6);
    item.dueDate = columnDate(row, 7);
    item.kind = lineKindFromRow(row.columnUtf8(8));
    item.description = row.columnText(9);
    item.derivation = row.columnText(10);
    item.quantity = row.columnInt(11);
    item.amount = Money(row.columnInt(12), document.currency);
    return line;
}

} // namespace

Result<QList<Document>> selectDocuments(sqlite3* db, const QByteArray& condition, std::optional<qint64> parameter,
                                        bool withLines, int limit)
{
    if (!db)
        return notOpenError();
    const QByteArray order = " ORDER BY date DESC, id DESC" + (limit > 0 ? " LIMIT " + QByteArray::number(limit) : "");
    SqliteStatement headers(db,
                            "SELECT id, customer_id, kind, date, currency, total_minor, credit_applied_minor, "
                            "run_id, created_at FROM documents WHERE "
                                + condition + order);
    if (parameter)
        headers.bindInt(1, *parameter);
    QList<Document> documents;
    QHash<qint64, qsizetype> index;
    Status read = forEachRow(headers, [&](const SqliteStatement& row) {
        index.insert(row.columnInt(0), documents.size());
        documents.append(documentFromRow(row));
    });
    if (!read)
        return read.error();
    if (!withLines || documents.isEmpty())
        return documents;

    SqliteStatement lines(db,
                          "SELECT id, document_id, position, subscription_id, charge_key, period_start, "
                          "period_end, due_date, kind, description, derivation, quantity, amount_minor "
                          "FROM document_lines WHERE document_id IN (SELECT id FROM documents WHERE "
                              + condition + order + ") ORDER BY document_id, position, id");
    if (parameter)
        lines.bindInt(1, *parameter);
    read = forEachRow(lines, [&](const SqliteStatement& row) {
        const auto it = index.constFind(row.columnInt(1));
        if (it == index.constEnd())
            return;
        Document& document = documents[*it];
        document.lines.append(lineFromRow(row, document));
    });
    if (!read)
        return read.error();
    return documents;
}

Status insertDocumentRows(sqlite3* db, QList<Document>& documents)
{
    if (!db)
        return notOpenError();
    SqliteStatement insertDocument(db,
                                   "INSERT INTO documents (customer_id, kind, date, currency, total_minor, "
                                   "credit_applied_minor, run_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertLine(db,
                               "INSERT INTO document_lines (document_id, position, subscription_id, charge_key, "
                               "period_start, period_end, due_date, kind, description, derivation, quantity, "
                               "amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insertDocument.ok())
        return insertDocument.error();
    if (!insertLine.ok())
        return insertLine.error();
    const QList<QByteArray>& kinds = lineKindKeys();
    const QByteArray invoiceKey = documentKindKey(DocumentKind::Invoice).toUtf8();
    const QByteArray creditNoteKey = documentKindKey(DocumentKind::CreditNote).toUtf8();
    // A run writes every document with the same creation time: format it once.
    QDateTime lastCreated;
    QByteArray lastCreatedText;

    for (Document& d : documents) {
        SqliteStatement& q = insertDocument;
        q.bindInt(1, d.customerId.value);
        q.bindUtf8(2, d.kind == DocumentKind::CreditNote ? creditNoteKey : invoiceKey);
        bindDate(q, 3, d.date);
        q.bindText(4, d.currency.code());
        q.bindInt(5, d.total.minorUnits());
        q.bindInt(6, d.creditApplied.minorUnits());
        if (d.runId.isValid())
            q.bindInt(7, d.runId.value);
        else
            q.bindNull(7);
        if (d.createdAt != lastCreated || lastCreatedText.isNull()) {
            lastCreated = d.createdAt;
            lastCreatedText = isoMoment(d.createdAt);
        }
        q.bindUtf8(8, lastCreatedText);
        if (Status done = q.stepDone(); !done) {
            if (!isForeignKeyViolation(lastErrorCode(db)))
                return done;
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database",
                                                     "A document for customer %1 refers to a customer or billing run "
                                                     "that does not exist.")
                             .arg(d.customerId.value));
        }
        d.id = DocumentId(sqlite3_last_insert_rowid(db));

        for (DocumentLine& line : d.lines) {
            const BillingItem& item = line.item;
            SqliteStatement& l = insertLine;
            l.bindInt(1, d.id.value);
            l.bindInt(2, line.position);
            if (item.subscriptionId.isValid())
                l.bindInt(3, item.subscriptionId.value);
            else
                l.bindNull(3);
            l.bindText(4, item.chargeKey);
            bindDate(l, 5, item.periodStart);
            bindDate(l, 6, item.periodEnd);
            bindDate(l, 7, item.dueDate);
            l.bindUtf8(8, kinds.at(int(item.kind)));
            l.bindText(9, item.description);
            l.bindText(10, item.derivation);
            l.bindInt(11, item.quantity);
            l.bindInt(12, item.amount.minorUnits());
            if (Status done = l.stepDone(); !done) {
                const int code = lastErrorCode(db);
                if (isUniqueViolation(code)) {
                    const QString charge = item.description.isEmpty() ? item.chargeKey : item.description;
                    return Error(
                        ErrorCode::Conflict,
                        QCoreApplication::translate("Database",
                                                    "Subscription %1 is already billed for %2 (charge %3) "
                                                    "for the period starting %4; nothing was stored.")
                            .arg(item.subscriptionId.value)
                            .arg(charge, item.chargeKey, QLocale().toString(item.periodStart, QLocale::ShortFormat)));
                }
                if (isForeignKeyViolation(code)) {
                    return Error(ErrorCode::NotFound,
                                 QCoreApplication::translate("Database", "There is no subscription number %1.")
                                     .arg(item.subscriptionId.value));
                }
                return done;
            }
            line.id = sqlite3_last_insert_rowid(db);
        }
    }
    return {};
}

} // namespace subdesk::storage
