#include "SqliteCustomerRepository.h"

#include "Database.h"
#include "SqlErrors.h"
#include "SqlTransaction.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace subdesk::storage {

using customers::Customer;

namespace {

const QLatin1String kColumns("id, display_name, kind, contact_person, emails, phone, street_lines, postal_code, "
                             "city, region, country, vat_id, language, currency, payment_terms_days, "
                             "payment_method, iban, bic, mandate_reference, mandate_signed_on, "
                             "preferred_channel, einvoice_endpoint, segment, notes, status, created_at");

QStringList splitLines(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

Customer fromRow(const QSqlQuery& q)
{
    Customer c;
    c.id = CustomerId(q.value(0).toLongLong());
    c.displayName = q.value(1).toString();
    c.kind = customers::kindFromKey(q.value(2).toString()).value_or(customers::CustomerKind::Business);
    c.contactPerson = q.value(3).toString();
    c.emails = splitLines(q.value(4).toString());
    c.phone = q.value(5).toString();
    c.address.streetLines = splitLines(q.value(6).toString());
    c.address.postalCode = q.value(7).toString();
    c.address.city = q.value(8).toString();
    c.address.region = q.value(9).toString();
    c.address.country = q.value(10).toString();
    c.vatId = q.value(11).toString();
    c.language = q.value(12).toString();
    c.currency = q.value(13).toString();
    c.paymentTermsDays = q.value(14).toInt();
    c.paymentMethod = customers::paymentMethodFromKey(q.value(15).toString()).value_or(customers::PaymentMethod::Other);
    c.sepa.iban = q.value(16).toString();
    c.sepa.bic = q.value(17).toString();
    c.sepa.reference = q.value(18).toString();
    c.sepa.signedOn = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    c.preferredChannel = customers::channelFromKey(q.value(20).toString()).value_or(customers::DeliveryChannel::Email);
    c.eInvoiceEndpoint = q.value(21).toString();
    c.segment = q.value(22).toString();
    c.notes = q.value(23).toString();
    c.status = customers::statusFromKey(q.value(24).toString()).value_or(customers::CustomerStatus::Active);
    c.created = QDateTime::fromString(q.value(25).toString(), Qt::ISODate).toUTC();
    return c;
}

/** Every column except id, in kColumns order. */
QList<QVariant> fieldValues(const Customer& c)
{
    const auto text = [](const QString& s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s); };
    return {
        c.displayName,
        customers::toKey(c.kind),
        text(c.contactPerson),
        text(c.emails.join(QLatin1Char('\n'))),
        text(c.phone),
        text(c.address.streetLines.join(QLatin1Char('\n'))),
        text(c.address.postalCode),
        text(c.address.city),
        text(c.address.region),
        c.address.country,
        text(c.vatId),
        c.language,
        c.currency,
        c.paymentTermsDays,
        customers::toKey(c.paymentMethod),
        text(c.sepa.iban),
        text(c.sepa.bic),
        text(c.sepa.reference),
        c.sepa.signedOn.isValid() ? QVariant(c.sepa.signedOn.toString(Qt::ISODate))
                                  : QVariant(QMetaType::fromType<QString>()),
        customers::toKey(c.preferredChannel),
        text(c.eInvoiceEndpoint),
        text(c.segment),
        text(c.notes),
        customers::toKey(c.status),
        c.created.toUTC().toString(Qt::ISODateWithMs),
    };
}

void bindFields(QSqlQuery& q, const Customer& c)
{
    for (const QVariant& v : fieldValues(c))
        q.addBindValue(v);
}

Status writeTags(const QString& connection, const Customer& c, bool replace)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    Error error;
    if (replace) {
        QSqlQuery del(db);
        if (!prepareOrFail(del, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), &error))
            return error;
        del.addBindValue(c.id.value);
        if (!execOrFail(del, &error))
            return error;
    }
    if (c.tags.isEmpty())
        return {};
    QSqlQuery ins(db);
    if (!prepareOrFail(ins, QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)"),
                       &error))
        return error;
    for (const QString& tag : c.tags) {
        ins.addBindValue(c.id.value);
        ins.addBindValue(tag);
        if (!execOrFail(ins, &error))
            return error;
    }
    return {};
}

Error notFound(CustomerId id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Database", "There is no customer number %1.").arg(id.value));
}

} // namespace

SqliteCustomerRepository::SqliteCustomerRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

Result<QList<Customer>> SqliteCustomerRepository::select(const QString& where, qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Error error;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q, QStringLiteral("SELECT %1 FROM customers %2 ORDER BY id").arg(kColumns, where), &error))
        return error;
    if (id > 0)
        q.addBindValue(id);
    if (!execOrFail(q, &error))
        return error;
    QList<Customer> list;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        indexById.insert(q.value(0).toLongLong(), list.size());
        list.append(fromRow(q));
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError());

    QSqlQuery tags(db);
    tags.setForwardOnly(true);
    const QString tagWhere = id > 0 ? QStringLiteral("WHERE customer_id = ?") : QString();
    if (!prepareOrFail(
            tags,
            QStringLiteral("SELECT customer_id, tag FROM customer_tags %1 ORDER BY customer_id, rowid").arg(tagWhere),
            &error))
        return error;
    if (id > 0)
        tags.addBindValue(id);
    if (!execOrFail(tags, &error))
        return error;
    while (tags.next()) {
        const auto it = indexById.constFind(tags.value(0).toLongLong());
        if (it != indexById.constEnd())
            list[it.value()].tags.append(tags.value(1).toString());
    }
    return list;
}

Result<QList<Customer>> SqliteCustomerRepository::loadAll()
{
    return select(QString(), 0);
}

Result<Customer> SqliteCustomerRepository::find(CustomerId id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), id.value);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound(id);
    return rows->first();
}

Result<CustomerId> SqliteCustomerRepository::insertOne(const Customer& c)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Error error;
    QSqlQuery q(db);
    if (!prepareOrFail(
            q,
            QStringLiteral("INSERT INTO customers (%1) VALUES (?%2)").arg(kColumns, QStringLiteral(", ?").repeated(25)),
            &error))
        return error;
    q.addBindValue(c.id.isValid() ? QVariant(c.id.value) : QVariant(QMetaType::fromType<qlonglong>()));
    bindFields(q, c);
    if (!execOrFail(q, &error))
        return error;
    Customer stored = c;
    stored.id = CustomerId(q.lastInsertId().toLongLong());
    if (auto tags = writeTags(m_connection, stored, false); !tags)
        return tags.error();
    return stored.id;
}

Result<CustomerId> SqliteCustomerRepository::insert(const Customer& c)
{
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun().error();
    auto id = insertOne(c);
    if (!id)
        return id;
    if (auto done = tx.commit(); !done)
        return done.error();
    return id;
}

Result<QList<CustomerId>> SqliteCustomerRepository::insertAll(const QList<Customer>& list)
{
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun().error();
    // Bulk path straight on SQLite's C API: QSqlQuery's per-value binding costs more than SQLite's
    // own work at 100,000 rows. Same columns and order as bindFields().
    sqlite3* db = sqliteHandle(m_connection);
    if (!db)
        return Error(ErrorCode::Database, QCoreApplication::translate("Database", "The company file is not open."));
    const QByteArray insertSql = QStringLiteral("INSERT INTO customers (%1) VALUES (?%2)")
                                     .arg(kColumns, QStringLiteral(", ?").repeated(25))
                                     .toUtf8();
    SqliteStatement customerInsert(db, insertSql);
    SqliteStatement tagInsert(db, "INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)");
    if (!customerInsert.ok() || !tagInsert.ok())
        return customerInsert.ok() ? tagInsert.error() : customerInsert.error();

    QList<CustomerId> ids;
    ids.reserve(list.size());
    for (const Customer& c : list) {
        if (c.id.isValid())
            customerInsert.bindInt(1, c.id.value);
        else
            customerInsert.bindNull(1);
        const QList<QVariant> values = fieldValues(c);
        for (int i = 0; i < values.size(); ++i)
            customerInsert.bindVariant(i + 2, values[i]);
        if (auto stepped = customerInsert.stepDone(); !stepped.ok())
            return Error(stepped.error().code,
                         QCoreApplication::translate("Database", "Customer \"%1\": %2")
                             .arg(c.displayName, stepped.error().message));
        const CustomerId id(sqlite3_last_insert_rowid(db));
        for (const QString& tag : c.tags) {
            tagInsert.bindInt(1, id.value);
            tagInsert.bindText(2, tag);
            if (auto stepped = tagInsert.stepDone(); !stepped.ok())
                return stepped.error();
        }
        ids.append(id);
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return ids;
}

Status SqliteCustomerRepository::update(const Customer& c)
{
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Error error;
    QSqlQuery q(db);
    QString assignments =
        QString(kColumns).section(QStringLiteral(", "), 1).replace(QStringLiteral(", "), QStringLiteral(" = ?, "))
        + QStringLiteral(" = ?");
    if (!prepareOrFail(q, QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments), &error))
        return error;
    bindFields(q, c);
    q.addBindValue(c.id.value);
    if (!execOrFail(q, &error))
        return error;
    if (q.numRowsAffected() != 1)
        return notFound(c.id);
    if (auto tags = writeTags(m_connection, c, true); !tags)
        return tags;
    return tx.commit();
}

Status SqliteCustomerRepository::remove(CustomerId id)
{
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Error error;
    QSqlQuery q(db);
    if (!prepareOrFail(q, QStringLiteral("DELETE FROM customers WHERE id = ?"), &error))
        return error;
    q.addBindValue(id.value);
    if (!execOrFail(q, &error))
        return error;
    if (q.numRowsAffected() != 1)
        return notFound(id);
    return tx.commit();
}

Result<int> SqliteCustomerRepository::count()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
        return sqlError(q.lastError());
    return q.value(0).toInt();
}

} // namespace subdesk::storage
