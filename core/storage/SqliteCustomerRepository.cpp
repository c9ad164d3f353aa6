#include "SqliteCustomerRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <sqlite3.h>

// This repository talks to SQLite's C API (through SqliteStatement) rather than QSqlQuery: at
// 100,000 customers QSqlQuery's per-value QVariant and placeholder handling costs more than SQLite's
// own work, and both the import and the opening of the customers view have a time budget.

namespace subdesk::storage {

using customers::Customer;

namespace {

const QLatin1String kColumns("id, display_name, kind, contact_person, emails, phone, street_lines, postal_code, "
                             "city, region, country, vat_id, language, currency, payment_terms_days, "
                             "payment_method, iban, bic, mandate_reference, mandate_signed_on, "
                             "preferred_channel, einvoice_endpoint, segment, notes, status, created_at");
constexpr int kFieldColumns = 25; // every column but id

QStringList splitLines(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

Customer fromRow(const SqliteStatement& q)
{
    Customer c;
    c.id = CustomerId(q.columnInt(0));
    c.displayName = q.columnText(1);
    c.kind = customers::kindFromKey(q.columnText(2)).value_or(customers::CustomerKind::Business);
    c.contactPerson = q.columnText(3);
    c.emails = splitLines(q.columnText(4));
    c.phone = q.columnText(5);
    c.address.streetLines = splitLines(q.columnText(6));
    c.address.postalCode = q.columnText(7);
    c.address.city = q.columnText(8);
    c.address.region = q.columnText(9);
    c.address.country = q.columnText(10);
    c.vatId = q.columnText(11);
    c.language = q.columnText(12);
    c.currency = q.columnText(13);
    c.paymentTermsDays = int(q.columnInt(14));
    c.paymentMethod = customers::paymentMethodFromKey(q.columnText(15)).value_or(customers::PaymentMethod::Other);
    c.sepa.iban = q.columnText(16);
    c.sepa.bic = q.columnText(17);
    c.sepa.reference = q.columnText(18);
    if (!q.columnIsNull(19))
        c.sepa.signedOn = QDate::fromString(q.columnText(19), Qt::ISODate);
    c.preferredChannel = customers::channelFromKey(q.columnText(20)).value_or(customers::DeliveryChannel::Email);
    c.eInvoiceEndpoint = q.columnText(21);
    c.segment = q.columnText(22);
    c.notes = q.columnText(23);
    c.status = customers::statusFromKey(q.columnText(24)).value_or(customers::CustomerStatus::Active);
    c.created = QDateTime::fromString(q.columnText(25), Qt::ISODateWithMs).toUTC();
    return c;
}

/**
 * Binds every column except id, in kColumns order, starting at parameter first. Text columns are
 * never NULL (the schema says ''); the mandate date is NULL when there is none.
 */
void bindFields(SqliteStatement& q, int first, const Customer& c)
{
    int i = first;
    q.bindText(i++, c.displayName);
    q.bindText(i++, customers::toKey(c.kind));
    q.bindText(i++, c.contactPerson);
    q.bindText(i++, c.emails.join(QLatin1Char('\n')));
    q.bindText(i++, c.phone);
    q.bindText(i++, c.address.streetLines.join(QLatin1Char('\n')));
    q.bindText(i++, c.address.postalCode);
    q.bindText(i++, c.address.city);
    q.bindText(i++, c.address.region);
    q.bindText(i++, c.address.country);
    q.bindText(i++, c.vatId);
    q.bindText(i++, c.language);
    q.bindText(i++, c.currency);
    q.bindInt(i++, c.paymentTermsDays);
    q.bindText(i++, customers::toKey(c.paymentMethod));
    q.bindText(i++, c.sepa.iban);
    q.bindText(i++, c.sepa.bic);
    q.bindText(i++, c.sepa.reference);
    if (c.sepa.signedOn.isValid())
        q.bindText(i++, c.sepa.signedOn.toString(Qt::ISODate));
    else
        q.bindNull(i++);
    q.bindText(i++, customers::toKey(c.preferredChannel));
    q.bindText(i++, c.eInvoiceEndpoint);
    q.bindText(i++, c.segment);
    q.bindText(i++, c.notes);
    q.bindText(i++, customers::toKey(c.status));
    q.bindText(i++, c.created.toUTC().toString(Qt::ISODateWithMs));
    Q_ASSERT(i == first + kFieldColumns);
}

Error notOpen()
{
    return Error(ErrorCode::Database, QCoreApplication::translate("Database", "The company file is not open."));
}

Error notFound(CustomerId id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Database", "There is no customer number %1.").arg(id.value));
}

/** Prepared inserts for customers and their tags, reused for every row of a batch. */
class CustomerInserter
{
public:
    explicit CustomerInserter(sqlite3* db)
        : m_db(db)
        , m_customer(db,
                     QStringLiteral("INSERT INTO customers (%1) VALUES (?%2)")
                         .arg(kColumns, QStringLiteral(", ?").repeated(kFieldColumns))
                         .toUtf8())
        , m_tag(db, "INSERT INTO customer_tags (customer_id, position, tag) VALUES (?, ?, ?)")
    { }

    Status ready() const
    {
        if (!m_customer.ok())
            return m_customer.error();
        if (!m_tag.ok())
            return m_tag.error();
        return {};
    }

    /** Inserts one customer (keeping c.id when valid) and its tags; returns the id. */
    Result<CustomerId> insert(const Customer& c)
    {
        if (c.id.isValid())
            m_customer.bindInt(1, c.id.value);
        else
            m_customer.bindNull(1);
        bindFields(m_customer, 2, c);
        if (auto done = m_customer.stepDone(); !done.ok())
            return done.error();
        const CustomerId id(sqlite3_last_insert_rowid(m_db));
        if (auto tags = insertTags(id, c.tags); !tags.ok())
            return tags.error();
        return id;
    }

    Status insertTags(CustomerId id, const QStringList& tags)
    {
        for (int position = 0; position < tags.size(); ++position) {
            m_tag.bindInt(1, id.value);
            m_tag.bindInt(2, position);
            m_tag.bindText(3, tags[position]);
            if (auto done = m_tag.stepDone(); !done.ok())
                return done;
        }
        return {};
    }

private:
    sqlite3* m_db;
    SqliteStatement m_customer;
    SqliteStatement m_tag;
};

} // namespace

SqliteCustomerRepository::SqliteCustomerRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

Result<QList<Customer>> SqliteCustomerRepository::select(const QString& where, qint64 id)
{
    sqlite3* db = sqliteHandle(m_connection);
    if (!db)
        return notOpen();
    // Customers and their tags come from one snapshot, even while another program writes.
    std::optional<SqlTransaction> snapshot;
    if (sqlite3_get_autocommit(db)) {
        snapshot.emplace(m_connection);
        if (!snapshot->begun())
            return snapshot->begun().error();
    }
    SqliteStatement rows(db, QStringLiteral("SELECT %1 FROM customers %2 ORDER BY id").arg(kColumns, where).toUtf8());
    if (!rows.ok())
        return rows.error();
    if (id > 0)
        rows.bindInt(1, id);
    QList<Customer> list;
    QHash<qint64, qsizetype> indexById;
    while (rows.nextRow()) {
        indexById.insert(rows.columnInt(0), list.size());
        list.append(fromRow(rows));
    }
    if (rows.failed())
        return rows.error();

    const QString tagWhere = id > 0 ? QStringLiteral("WHERE customer_id = ?") : QString();
    SqliteStatement tags(db,
                         QStringLiteral("SELECT customer_id, tag FROM customer_tags %1 ORDER BY customer_id, position")
                             .arg(tagWhere)
                             .toUtf8());
    if (!tags.ok())
        return tags.error();
    if (id > 0)
        tags.bindInt(1, id);
    while (tags.nextRow()) {
        const auto it = indexById.constFind(tags.columnInt(0));
        if (it != indexById.constEnd())
            list[it.value()].tags.append(tags.columnText(1));
    }
    if (tags.failed())
        return tags.error();
    if (snapshot) {
        if (auto done = snapshot->commit(); !done)
            return done.error();
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

Result<CustomerId> SqliteCustomerRepository::insert(const Customer& c)
{
    auto ids = insertAll({c});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<CustomerId>> SqliteCustomerRepository::insertAll(const QList<Customer>& list)
{
    sqlite3* db = sqliteHandle(m_connection);
    if (!db)
        return notOpen();
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun().error();
    CustomerInserter inserter(db);
    if (auto ready = inserter.ready(); !ready)
        return ready.error();
    QList<CustomerId> ids;
    ids.reserve(list.size());
    for (const Customer& c : list) {
        auto id = inserter.insert(c);
        if (!id)
            return Error(
                id.error().code,
                QCoreApplication::translate("Database", "Customer \"%1\": %2").arg(c.displayName, id.error().message));
        ids.append(*id);
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return ids;
}

Status SqliteCustomerRepository::update(const Customer& c)
{
    sqlite3* db = sqliteHandle(m_connection);
    if (!db)
        return notOpen();
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun();
    const QString assignments =
        QString(kColumns).section(QStringLiteral(", "), 1).replace(QStringLiteral(", "), QStringLiteral(" = ?, "))
        + QStringLiteral(" = ?");
    SqliteStatement update(db, QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments).toUtf8());
    SqliteStatement clearTags(db, "DELETE FROM customer_tags WHERE customer_id = ?");
    if (!update.ok() || !clearTags.ok())
        return update.ok() ? clearTags.error() : update.error();
    bindFields(update, 1, c);
    update.bindInt(kFieldColumns + 1, c.id.value);
    if (auto done = update.stepDone(); !done)
        return done;
    if (sqlite3_changes(db) != 1)
        return notFound(c.id);
    clearTags.bindInt(1, c.id.value);
    if (auto done = clearTags.stepDone(); !done)
        return done;
    CustomerInserter inserter(db);
    if (auto ready = inserter.ready(); !ready)
        return ready;
    if (auto tags = inserter.insertTags(c.id, c.tags); !tags)
        return tags;
    return tx.commit();
}

Status SqliteCustomerRepository::remove(CustomerId id)
{
    sqlite3* db = sqliteHandle(m_connection);
    if (!db)
        return notOpen();
    SqlTransaction tx(m_connection);
    if (!tx.begun())
        return tx.begun();
    SqliteStatement del(db, "DELETE FROM customers WHERE id = ?");
    if (!del.ok())
        return del.error();
    del.bindInt(1, id.value);
    if (auto done = del.stepDone(); !done)
        return done;
    if (sqlite3_changes(db) != 1)
        return notFound(id);
    return tx.commit();
}

Result<int> SqliteCustomerRepository::count()
{
    sqlite3* db = sqliteHandle(m_connection);
    if (!db)
        return notOpen();
    SqliteStatement q(db, "SELECT count(*) FROM customers");
    if (!q.ok())
        return q.error();
    if (!q.nextRow())
        return q.error();
    return int(q.columnInt(0));
}

} // namespace subdesk::storage
