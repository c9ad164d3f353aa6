#include "SqlitePaymentRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteDocumentRows.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::invoicing;

namespace {

/** Unicode case-insensitive containment, as the invoices list's text filter does it. */
void containsFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const auto* needle = reinterpret_cast<const char*>(sqlite3_value_text(values[1]));
    const bool found = text && needle
        && QString::fromUtf8(text, sqlite3_value_bytes(values[0]))
               .contains(QString::fromUtf8(needle, sqlite3_value_bytes(values[1])), Qt::CaseInsensitive);
    sqlite3_result_int(context, found ? 1 : 0);
}

QByteArray parameter(QList<SqlParameter>& parameters, SqlParameter value)
{
    parameters.append(std::move(value));
    return "?" + QByteArray::number(parameters.size());
}

Payment paymentFromRow(const SqliteStatement& row)
{
    Payment p;
    p.id = PaymentId(row.columnInt(0));
    p.customerId = CustomerId(row.columnInt(1));
    p.kind = paymentKindFromKey(row.columnText(2)).value_or(PaymentKind::Payment);
    p.date = columnDate(row, 3);
    const Currency currency = currencyFromCode(row.columnUtf8(4));
    p.amount = Money(row.columnInt(5), currency);
    p.method = paymentMethodFromKey(row.columnText(6)).value_or(PaymentMethod::Other);
    p.reference = row.columnText(7);
    p.note = row.columnText(8);
    p.createdAt = momentFromIso(row.columnUtf8(9));
    p.customerName = row.columnText(10);
    p.toCredit = p.amount; // less the allocations, once read
    return p;
}

/** The payments meeting `condition` (on payments' columns), newest first, with their allocations
 *  (by the invoices' due dates) and customer names. */
Result<QList<Payment>> selectPayments(sqlite3* db, const QByteArray& condition, const QList<SqlParameter>& parameters)
{
    if (!db)
        return notOpenError();
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    const QByteArray where = " FROM payments WHERE " + condition;
    SqliteStatement q(
        db,
        "SELECT id, customer_id, kind, date, currency, amount_minor, method, reference, note, created_at, "
        "(SELECT display_name FROM customers WHERE id = payments.customer_id)"
            + where + " ORDER BY date DESC, id DESC");
    bindParameters(q, parameters);
    QList<Payment> payments;
    QHash<qint64, qsizetype> index;
    Status read = forEachRow(q, [&](const SqliteStatement& row) {
        index.insert(row.columnInt(0), payments.size());
        payments.append(paymentFromRow(row));
    });
    if (!read)
        return read.error();
    if (payments.isEmpty())
        return payments;

    SqliteStatement a(db,
                      "SELECT a.payment_id, a.document_id, a.amount_minor, d.number FROM payment_allocations a "
                      "JOIN documents d ON d.id = a.document_id WHERE a.payment_id IN (SELECT id"
                          + where + ") ORDER BY a.payment_id, d.due_date, a.document_id");
    bindParameters(a, parameters);
    read = forEachRow(a, [&](const SqliteStatement& row) {
        const auto it = index.constFind(row.columnInt(0));
        if (it == index.constEnd())
            return;
        Payment& p = payments[*it];
        PaymentAllocation allocation;
        allocation.documentId = DocumentId(row.columnInt(1));
        allocation.amount = Money(row.columnInt(2), p.amount.currency());
        allocation.documentNumber = row.columnText(3);
        p.allocations.append(allocation);
    });
    if (!read)
        return read.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return payments;
}

/** A payment's credit part: what its allocations left over (a refund's is its whole amount). */
void deriveCredit(Payment& p)
{
    qint64 allocated = 0;
    if (p.kind == PaymentKind::Payment) {
        for (const PaymentAllocation& a : std::as_const(p.allocations))
            allocated += a.amount.minorUnits();
    }
    p.toCredit = Money(p.amount.minorUnits() - allocated, p.amount.currency());
}

} // namespace

SqlitePaymentRepository::SqlitePaymentRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqlitePaymentRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<Payment> SqlitePaymentRepository::insertPayment(const Payment& payment)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement q(db,
                      "INSERT INTO payments (customer_id, kind, date, currency, amount_minor, method, reference, note, "
                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindInt(1, payment.customerId.value);
    q.bindText(2, paymentKindKey(payment.kind));
    bindDate(q, 3, payment.date);
    q.bindText(4, payment.amount.currency().code());
    q.bindInt(5, payment.amount.minorUnits());
    q.bindText(6, paymentMethodKey(payment.method));
    q.bindText(7, payment.reference);
    q.bindText(8, payment.note);
    q.bindUtf8(9, isoMoment(payment.createdAt));
    if (Status done = q.stepDone(); !done) {
        if (isForeignKeyViolation(lastErrorCode(db)))
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database", "There is no customer number %1.")
                             .arg(payment.customerId.value));
        return done.error();
    }
    Payment stored = payment;
    stored.id = PaymentId(sqlite3_last_insert_rowid(db));
    SqliteStatement a(db, "INSERT INTO payment_allocations (payment_id, document_id, amount_minor) VALUES (?, ?, ?)");
    for (const PaymentAllocation& allocation : payment.allocations) {
        a.bindInt(1, stored.id.value);
        a.bindInt(2, allocation.documentId.value);
        a.bindInt(3, allocation.amount.minorUnits());
        if (Status done = a.stepDone(); !done) {
            const int code = lastErrorCode(db);
            if (isForeignKeyViolation(code))
                return Error(ErrorCode::NotFound,
                             QCoreApplication::translate("Database", "There is no document number %1.")
                                 .arg(allocation.documentId.value));
            if (isUniqueViolation(code))
                return Error(
                    ErrorCode::Invalid,
                    QCoreApplication::translate("Database", "A payment allocates to document %1 more than once.")
                        .arg(allocation.documentId.value));
            return done.error();
        }
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<QList<Payment>> SqlitePaymentRepository::payments(const PaymentFilter& filter)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    QList<SqlParameter> parameters;
    QList<QByteArray> terms;
    if (filter.customerId.isValid())
        terms.append("customer_id = " + parameter(parameters, filter.customerId.value));
    if (filter.kind)
        terms.append("kind = " + parameter(parameters, paymentKindKey(*filter.kind).toUtf8()));
    if (filter.method)
        terms.append("method = " + parameter(parameters, paymentMethodKey(*filter.method).toUtf8()));
    if (!filter.currency.isEmpty())
        terms.append("currency = " + parameter(parameters, filter.currency.toUtf8()));
    if (filter.from.isValid())
        terms.append("date >= " + parameter(parameters, isoDate(filter.from)));
    if (filter.to.isValid())
        terms.append("date <= " + parameter(parameters, isoDate(filter.to)));
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        sqlite3_create_function_v2(db, "subdesk_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   containsFunction, nullptr, nullptr, nullptr);
        const QByteArray needle = parameter(parameters, text.toUtf8());
        terms.append("(subdesk_contains(reference, " + needle + ") OR subdesk_contains(note, " + needle
                     + ") OR customer_id IN (SELECT id FROM customers WHERE subdesk_contains(display_name, " + needle
                     + ")))");
    }
    auto found = selectPayments(db, terms.isEmpty() ? QByteArray("1") : terms.join(" AND "), parameters);
    if (!found)
        return found.error();
    for (Payment& p : *found)
        deriveCredit(p);
    return found;
}

Result<QList<Payment>> SqlitePaymentRepository::paymentsForDocument(DocumentId document)
{
    // Each payment carries only its allocation to the document; its credit part is still that of
    // the whole payment, so it is derived before the other allocations are left out.
    auto found = selectPayments(handle(), "id IN (SELECT payment_id FROM payment_allocations WHERE document_id = ?1)",
                                {document.value});
    if (!found)
        return found.error();
    for (Payment& p : *found) {
        deriveCredit(p);
        QList<PaymentAllocation> only;
        for (const PaymentAllocation& a : std::as_const(p.allocations)) {
            if (a.documentId == document)
                only.append(a);
        }
        p.allocations = only;
    }
    return found;
}

Result<Payment> SqlitePaymentRepository::payment(PaymentId id)
{
    auto found = selectPayments(handle(), "id = ?1", {id.value});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Database", "There is no payment number %1.").arg(id.value));
    Payment p = found->first();
    deriveCredit(p);
    return p;
}

} // namespace subdesk::storage
