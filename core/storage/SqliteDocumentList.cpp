#include "SqliteDocumentList.h"

#include "SqlValues.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QHash>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::billing;
using namespace subdesk::invoicing;

const char* const kBalanceSql = "(CASE WHEN kind = 'credit_note' THEN 0 "
                                "ELSE total_minor - paid_minor - credited_minor - credit_applied_minor END)";

namespace {

constexpr const char* kIssuedInvoice = "status = 'issued' AND kind = 'invoice'";
// Issued or written off: a written-off invoice with nothing owed any more is paid or credited.
constexpr const char* kAnyIssuedInvoice = "status <> 'draft' AND kind = 'invoice'";
constexpr const char* kOwing = "total_minor - paid_minor - credited_minor - credit_applied_minor > 0";
constexpr const char* kSettled = "(paid_minor > 0 OR credited_minor > 0 OR credit_applied_minor > 0)";
constexpr const char* kWhollyCredited = "(credited_minor > 0 AND credited_minor >= total_minor)";

/** SQL function subdesk_contains(text, needle): Unicode case-insensitive containment (SQLite's
 *  LIKE folds ASCII only, and customers are named in every European alphabet). */
void containsFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const auto* needle = reinterpret_cast<const char*>(sqlite3_value_text(values[1]));
    if (!text || !needle) {
        sqlite3_result_int(context, 0);
        return;
    }
    const QString haystack = QString::fromUtf8(text, sqlite3_value_bytes(values[0]));
    const QString wanted = QString::fromUtf8(needle, sqlite3_value_bytes(values[1]));
    sqlite3_result_int(context, haystack.contains(wanted, Qt::CaseInsensitive) ? 1 : 0);
}

/** The condition one derived status stands for; ?today is the parameter holding filter.today. */
QByteArray statusCondition(DocumentStatus status, const QByteArray& today)
{
    const QByteArray issuedInvoice(kIssuedInvoice);
    const QByteArray owing = QByteArray(" AND ") + kOwing;
    const QByteArray notOwing = QByteArray(" AND NOT (") + kOwing + ")";
    const QByteArray overdue = " AND due_date < " + today;
    const QByteArray notOverdue = " AND NOT ifnull(due_date < " + today + ", 0)";
    switch (status) {
    case DocumentStatus::Draft:
        return "status = 'draft'";
    case DocumentStatus::Issued:
        return "status <> 'draft' AND kind = 'credit_note'";
    case DocumentStatus::Open:
        return issuedInvoice + owing + notOverdue + " AND NOT " + kSettled;
    case DocumentStatus::Overdue:
        return issuedInvoice + owing + overdue;
    case DocumentStatus::PartiallyPaid:
        return issuedInvoice + owing + notOverdue + " AND " + kSettled;
    case DocumentStatus::Paid:
        return kAnyIssuedInvoice + notOwing + " AND NOT " + kWhollyCredited;
    case DocumentStatus::Credited:
        return kAnyIssuedInvoice + notOwing + " AND " + kWhollyCredited;
    case DocumentStatus::Uncollectible:
        return "status = 'uncollectible' AND kind = 'invoice'" + owing;
    }
    return "0";
}

QByteArray parameter(QList<SqlParameter>& parameters, SqlParameter value)
{
    parameters.append(std::move(value));
    return "?" + QByteArray::number(parameters.size());
}

/** LIKE pattern for "contains", with % _ and \ escaped. */
QByteArray containsPattern(const QString& text)
{
    QByteArray escaped;
    for (const char c : text.toUtf8()) {
        if (c == '%' || c == '_' || c == '\\')
            escaped.append('\\');
        escaped.append(c);
    }
    return "%" + escaped + "%";
}

QByteArray orderBy(const DocumentSort& sort)
{
    const QByteArray dir = sort.descending ? " DESC" : " ASC";
    QByteArray key;
    switch (sort.key) {
    case DocumentSortKey::Number:
        // Drafts last either way: (number IS NOT NULL) DESC puts them after every number.
        return sort.descending ? "(number IS NOT NULL) DESC, series_id DESC, number DESC, id DESC"
                               : "(number IS NULL) ASC, series_id ASC, number ASC, id ASC";
    case DocumentSortKey::Date:
        key = "ifnull(issue_date, date)";
        break;
    case DocumentSortKey::DueDate:
        key = "due_date";
        break;
    case DocumentSortKey::Customer:
        key = "(SELECT display_name FROM customers WHERE id = documents.customer_id) COLLATE NOCASE";
        break;
    case DocumentSortKey::Total:
        key = "total_minor";
        break;
    case DocumentSortKey::Balance:
        key = kBalanceSql;
        break;
    }
    return key + dir + ", id" + dir;
}

} // namespace

QByteArray filterCondition(sqlite3* db, const DocumentFilter& filter, QList<SqlParameter>& parameters)
{
    QList<QByteArray> terms;
    if (filter.kind)
        terms.append("kind = " + parameter(parameters, documentKindKey(*filter.kind).toUtf8()));
    if (filter.customerId.isValid())
        terms.append("customer_id = " + parameter(parameters, filter.customerId.value));
    if (filter.seriesId > 0)
        terms.append("series_id = " + parameter(parameters, filter.seriesId));
    if (!filter.currency.isEmpty())
        terms.append("currency = " + parameter(parameters, filter.currency.toUtf8()));
    if (filter.from.isValid())
        terms.append("ifnull(issue_date, date) >= " + parameter(parameters, isoDate(filter.from)));
    if (filter.to.isValid())
        terms.append("ifnull(issue_date, date) <= " + parameter(parameters, isoDate(filter.to)));
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        sqlite3_create_function_v2(db, "subdesk_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   containsFunction, nullptr, nullptr, nullptr);
        const QByteArray pattern = parameter(parameters, containsPattern(text));
        const QByteArray needle = parameter(parameters, text.toUtf8());
        terms.append("(number LIKE " + pattern
                     + " ESCAPE '\\' OR customer_id IN "
                       "(SELECT id FROM customers WHERE subdesk_contains(display_name, "
                     + needle + ")))");
    }
    if (!filter.statuses.isEmpty()) {
        QByteArray today = isoDate(filter.today);
        const QByteArray todayParameter = parameter(parameters, today.isNull() ? QByteArray("") : today);
        QList<QByteArray> any;
        for (DocumentStatus status : filter.statuses)
            any.append("(" + statusCondition(status, todayParameter) + ")");
        terms.append("(" + any.join(" OR ") + ")");
    }
    return terms.isEmpty() ? QByteArray("1") : terms.join(" AND ");
}

Result<int> countListed(sqlite3* db, const DocumentFilter& filter)
{
    if (!db)
        return notOpenError();
    QList<SqlParameter> parameters;
    SqliteStatement q(db, "SELECT count(*) FROM documents WHERE " + filterCondition(db, filter, parameters));
    bindParameters(q, parameters);
    int count = 0;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { count = int(row.columnInt(0)); }); !read)
        return read.error();
    return count;
}

Result<QList<DocumentRow>> listedRows(sqlite3* db, const DocumentFilter& filter, const DocumentSort& sort, int offset,
                                      int limit)
{
    if (!db)
        return notOpenError();
    QList<SqlParameter> parameters;
    const QByteArray condition = filterCondition(db, filter, parameters);
    const QByteArray page = " LIMIT " + parameter(parameters, qint64(limit > 0 ? limit : -1)) + " OFFSET "
        + parameter(parameters, qint64(qMax(0, offset)));
    SqliteStatement q(db,
                      "SELECT id, kind, status, number, customer_id, ifnull(issue_date, date), due_date, currency, "
                      "total_minor, paid_minor, credited_minor, "
                      "credit_applied_minor FROM documents WHERE "
                          + condition + " ORDER BY " + orderBy(sort) + page);
    bindParameters(q, parameters);
    QList<DocumentRow> rows;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        // The status comes from Document::status itself, so a list never disagrees with the detail.
        Document d;
        d.kind = row.columnUtf8(1) == QByteArrayView("credit_note") ? DocumentKind::CreditNote : DocumentKind::Invoice;
        const QByteArrayView state = row.columnUtf8(2);
        d.state = state == QByteArrayView("draft")     ? DocumentState::Draft
            : state == QByteArrayView("uncollectible") ? DocumentState::Uncollectible
                                                       : DocumentState::Issued;
        d.dueDate = columnDate(row, 6);
        d.currency = currencyFromCode(row.columnUtf8(7));
        d.total = Money(row.columnInt(8), d.currency);
        d.paid = Money(row.columnInt(9), d.currency);
        d.credited = Money(row.columnInt(10), d.currency);
        d.creditApplied = Money(row.columnInt(11), d.currency);

        DocumentRow r;
        r.id = DocumentId(row.columnInt(0));
        r.kind = d.kind;
        r.status = d.status(filter.today);
        r.number = row.columnText(3);
        r.customerId = CustomerId(row.columnInt(4));
        r.date = columnDate(row, 5);
        r.dueDate = d.dueDate;
        r.currency = d.currency.code();
        r.totalMinor = d.total.minorUnits();
        r.balanceMinor = d.balance().minorUnits();
        rows.append(r);
    });
    if (!read)
        return read.error();
    // The customers' names in one more query for the page: looked up in the list query itself, a
    // sort over 1,000,000 documents would look up every document's customer before sorting.
    QList<qint64> customers;
    for (const DocumentRow& r : std::as_const(rows)) {
        if (!customers.contains(r.customerId.value))
            customers.append(r.customerId.value);
    }
    if (customers.isEmpty())
        return rows;
    QByteArray ids;
    for (qint64 id : std::as_const(customers))
        ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(id);
    SqliteStatement names(db, "SELECT id, display_name FROM customers WHERE id IN (" + ids + ")");
    QHash<qint64, QString> nameOf;
    if (Status named =
            forEachRow(names, [&](const SqliteStatement& row) { nameOf.insert(row.columnInt(0), row.columnText(1)); });
        !named)
        return named.error();
    for (DocumentRow& r : rows)
        r.customerName = nameOf.value(r.customerId.value);
    return rows;
}

Result<QList<DocumentTotals>> listedTotals(sqlite3* db, const DocumentFilter& filter)
{
    if (!db)
        return notOpenError();
    QList<SqlParameter> parameters;
    SqliteStatement q(db,
                      QByteArray("SELECT currency, count(*), sum(total_minor), sum(") + kBalanceSql
                          + ") FROM documents WHERE " + filterCondition(db, filter, parameters)
                          + " GROUP BY currency ORDER BY currency");
    bindParameters(q, parameters);
    QList<DocumentTotals> totals;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        DocumentTotals t;
        t.currency = row.columnText(0);
        t.count = int(row.columnInt(1));
        t.totalMinor = row.columnInt(2);
        t.balanceMinor = row.columnInt(3);
        totals.append(t);
    });
    if (!read)
        return read.error();
    return totals;
}

Result<QList<OpenItem>> selectOpenItems(sqlite3* db, CustomerId customer, const QString& currency)
{
    if (!db)
        return notOpenError();
    QList<SqlParameter> parameters;
    QByteArray condition = QByteArray(kIssuedInvoice) + " AND " + kOwing;
    if (customer.isValid())
        condition += " AND customer_id = " + parameter(parameters, customer.value);
    // Unary + keeps the planner on documents_customer (a customer's few documents) rather than a
    // range of documents_list over every document in the currency.
    if (!currency.isEmpty())
        condition += QByteArray(customer.isValid() ? " AND +currency = " : " AND currency = ")
            + parameter(parameters, currency.toUtf8());
    SqliteStatement q(db,
                      "SELECT id, number, customer_id, "
                      "(SELECT display_name FROM customers WHERE id = documents.customer_id), issue_date, due_date, "
                      "currency, total_minor - paid_minor - credited_minor - credit_applied_minor "
                      "FROM documents WHERE "
                          + condition + " ORDER BY due_date, id");
    bindParameters(q, parameters);
    QList<OpenItem> items;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        OpenItem item;
        item.id = DocumentId(row.columnInt(0));
        item.number = row.columnText(1);
        item.customerId = CustomerId(row.columnInt(2));
        item.customerName = row.columnText(3);
        item.issueDate = columnDate(row, 4);
        item.dueDate = columnDate(row, 5);
        item.balance = Money(row.columnInt(7), currencyFromCode(row.columnUtf8(6)));
        items.append(item);
    });
    if (!read)
        return read.error();
    return items;
}

} // namespace subdesk::storage
