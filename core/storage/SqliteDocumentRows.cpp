#include "SqliteDocumentRows.h"

#include "SqlValues.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::billing;

namespace {

/** The stored keys of an enum's values 0..last as UTF-8, indexed by the value. */
template <typename Enum, typename KeyOf>
QList<QByteArray> keysOf(Enum last, KeyOf keyOf)
{
    QList<QByteArray> list;
    for (int value = 0; value <= int(last); ++value)
        list.append(keyOf(Enum(value)).toUtf8());
    return list;
}

const QList<QByteArray>& lineKindKeys()
{
    static const QList<QByteArray> keys = keysOf(LineKind::CancelCredit, lineKindKey);
    return keys;
}

const QList<QByteArray>& taxClassKeys()
{
    static const QList<QByteArray> keys = keysOf(tax::TaxClass::Zero, tax::taxClassKey);
    return keys;
}

const QList<QByteArray>& taxCategoryCodes()
{
    static const QList<QByteArray> keys = keysOf(tax::TaxCategory::OutOfScope, tax::taxCategoryCode);
    return keys;
}

/** The value whose key is `key`; `fallback` for a key this build does not know. */
template <typename Enum>
Enum enumFromRow(const QList<QByteArray>& keys, QByteArrayView key, Enum fallback)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (key == QByteArrayView(keys.at(i)))
            return Enum(i);
    }
    return fallback;
}

constexpr const char* kHeaderColumns =
    "id, customer_id, kind, date, currency, total_minor, credit_applied_minor, run_id, created_at, status, "
    "number, series_id, issue_date, due_date, supply_from, supply_to, corrects_id, prices_include_tax, "
    "net_total_minor, tax_total_minor, paid_minor, credited_minor, language, note, payment_reference, seller, "
    "buyer, issued_at, (SELECT c.number FROM documents c WHERE c.id = documents.corrects_id), "
    "(SELECT c.issue_date FROM documents c WHERE c.id = documents.corrects_id)";

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
    const QByteArrayView status = row.columnUtf8(9);
    d.state = status == QByteArrayView("draft")     ? DocumentState::Draft
        : status == QByteArrayView("uncollectible") ? DocumentState::Uncollectible
                                                    : DocumentState::Issued;
    d.number = row.columnText(10);
    d.seriesId = row.columnInt(11);
    d.issueDate = columnDate(row, 12);
    d.dueDate = columnDate(row, 13);
    d.supplyFrom = columnDate(row, 14);
    d.supplyTo = columnDate(row, 15);
    d.correctsId = DocumentId(row.columnInt(16));
    d.pricesIncludeTax = row.columnInt(17) != 0;
    d.netTotal = Money(row.columnInt(18), d.currency);
    d.taxTotal = Money(row.columnInt(19), d.currency);
    d.paid = Money(row.columnInt(20), d.currency);
    d.credited = Money(row.columnInt(21), d.currency);
    d.language = row.columnText(22);
    d.note = row.columnText(23);
    d.paymentReference = row.columnText(24);
    d.seller = partyFromJson(row.columnUtf8(25));
    d.buyer = partyFromJson(row.columnUtf8(26));
    d.issuedAt = momentFromIso(row.columnUtf8(27));
    d.correctsNumber = row.columnText(28);
    d.correctsIssueDate = columnDate(row, 29);
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
    item.kind = enumFromRow(lineKindKeys(), row.columnUtf8(8), LineKind::OneTime);
    item.description = row.columnText(9);
    item.derivation = row.columnText(10);
    item.quantity = row.columnInt(11);
    item.amount = Money(row.columnInt(12), document.currency);
    line.taxClass = enumFromRow(taxClassKeys(), row.columnUtf8(13), tax::TaxClass::Standard);
    line.taxCategory = enumFromRow(taxCategoryCodes(), row.columnUtf8(14), tax::TaxCategory::Standard);
    line.taxRateBp = int(row.columnInt(15));
    line.net = Money(row.columnInt(16), document.currency);
    if (!row.columnIsNull(17))
        line.unitPriceMinor = row.columnInt(17);
    return line;
}

TaxGroup taxFromRow(const SqliteStatement& row, const Document& document)
{
    TaxGroup group;
    group.category = enumFromRow(taxCategoryCodes(), row.columnUtf8(1), tax::TaxCategory::Standard);
    group.rateBp = int(row.columnInt(2));
    group.taxable = Money(row.columnInt(3), document.currency);
    group.tax = Money(row.columnInt(4), document.currency);
    group.exemptionCode = row.columnText(5);
    group.exemptionText = row.columnText(6);
    return group;
}

/** Inserts lines with one prepared statement, for a batch of documents. */
class LineWriter
{
public:
    explicit LineWriter(sqlite3* db)
        : m_db(db)
        , m_insert(db,
                   "INSERT INTO document_lines (document_id, position, subscription_id, charge_key, period_start, "
                   "period_end, due_date, kind, description, derivation, quantity, amount_minor, tax_class, "
                   "tax_category, tax_rate_bp, net_minor, unit_price_minor) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    { }

    Status ok() const { return m_insert.ok() ? Status() : Status(m_insert.error()); }

    Status insert(DocumentId document, const Currency& currency, DocumentLine& line)
    {
        const BillingItem& item = line.item;
        SqliteStatement& l = m_insert;
        l.bindInt(1, document.value);
        l.bindInt(2, line.position);
        if (item.subscriptionId.isValid())
            l.bindInt(3, item.subscriptionId.value);
        else
            l.bindNull(3);
        l.bindText(4, item.chargeKey);
        bindDate(l, 5, item.periodStart);
        bindDate(l, 6, item.periodEnd);
        bindDate(l, 7, item.dueDate);
        l.bindUtf8(8, lineKindKeys().at(int(item.kind)));
        l.bindText(9, item.description);
        l.bindText(10, item.derivation);
        l.bindInt(11, item.quantity);
        l.bindInt(12, item.amount.minorUnits());
        l.bindUtf8(13, taxClassKeys().at(int(line.taxClass)));
        l.bindUtf8(14, taxCategoryCodes().at(int(line.taxCategory)));
        l.bindInt(15, line.taxRateBp);
        l.bindInt(16, line.net.minorUnits());
        if (line.unitPriceMinor)
            l.bindInt(17, *line.unitPriceMinor);
        else
            l.bindNull(17);
        if (Status done = l.stepDone(); !done) {
            const int code = lastErrorCode(m_db);
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
        line.id = sqlite3_last_insert_rowid(m_db);
        if (line.net.currency() != currency)
            line.net = Money(line.net.minorUnits(), currency);
        return {};
    }

private:
    sqlite3* m_db;
    SqliteStatement m_insert;
};

void putText(QJsonObject& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

} // namespace

void bindParameters(SqliteStatement& statement, const QList<SqlParameter>& parameters)
{
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const SqlParameter& p = parameters.at(i);
        if (const qint64* number = std::get_if<qint64>(&p))
            statement.bindInt(int(i + 1), *number);
        else
            statement.bindUtf8(int(i + 1), std::get<QByteArray>(p));
    }
}

Result<QList<Document>> selectDocuments(sqlite3* db, const DocumentSelection& selection)
{
    if (!db)
        return notOpenError();
    const QByteArray limit = selection.limit > 0 ? " LIMIT " + QByteArray::number(selection.limit) : QByteArray();
    const QByteArray where = " FROM documents WHERE " + selection.condition + " ORDER BY " + selection.order + limit;
    SqliteStatement headers(db, QByteArray("SELECT ") + kHeaderColumns + where);
    bindParameters(headers, selection.parameters);
    QList<Document> documents;
    QHash<qint64, qsizetype> index;
    Status read = forEachRow(headers, [&](const SqliteStatement& row) {
        index.insert(row.columnInt(0), documents.size());
        documents.append(documentFromRow(row));
    });
    if (!read)
        return read.error();
    if (!selection.withLines || documents.isEmpty())
        return documents;

    // One query for the lines and one for the taxes of all the documents: the same selection as a
    // sub-query, so its parameters bind the same way.
    const QByteArray ids = "document_id IN (SELECT id" + where + ")";
    SqliteStatement lines(db,
                          "SELECT id, document_id, position, subscription_id, charge_key, period_start, period_end, "
                          "due_date, kind, description, derivation, quantity, amount_minor, tax_class, tax_category, "
                          "tax_rate_bp, net_minor, unit_price_minor FROM document_lines WHERE "
                              + ids + " ORDER BY document_id, position, id");
    bindParameters(lines, selection.parameters);
    read = forEachRow(lines, [&](const SqliteStatement& row) {
        const auto it = index.constFind(row.columnInt(1));
        if (it == index.constEnd())
            return;
        Document& document = documents[*it];
        document.lines.append(lineFromRow(row, document));
    });
    if (!read)
        return read.error();

    SqliteStatement taxes(db,
                          "SELECT document_id, category, rate_bp, taxable_minor, tax_minor, exemption_code, "
                          "exemption_text FROM document_taxes WHERE "
                              + ids + " ORDER BY document_id, position");
    bindParameters(taxes, selection.parameters);
    read = forEachRow(taxes, [&](const SqliteStatement& row) {
        const auto it = index.constFind(row.columnInt(0));
        if (it == index.constEnd())
            return;
        Document& document = documents[*it];
        document.taxes.append(taxFromRow(row, document));
    });
    if (!read)
        return read.error();
    return documents;
}

Result<Document> readDocument(sqlite3* db, DocumentId id)
{
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    DocumentSelection selection;
    selection.condition = "id = ?1";
    selection.parameters = {id.value};
    auto documents = selectDocuments(db, selection);
    if (!documents)
        return documents.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    if (documents->isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Database", "There is no document number %1.").arg(id.value));
    return documents->first();
}

Status insertDocumentRows(sqlite3* db, QList<Document>& documents)
{
    if (!db)
        return notOpenError();
    SqliteStatement insertDocument(db,
                                   "INSERT INTO documents (customer_id, kind, date, currency, total_minor, "
                                   "credit_applied_minor, run_id, created_at, paid_minor, credited_minor, "
                                   "prices_include_tax, corrects_id, supply_from, supply_to, language, note) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insertDocument.ok())
        return insertDocument.error();
    LineWriter lines(db);
    if (Status ready = lines.ok(); !ready)
        return ready;
    const QByteArray invoiceKey = documentKindKey(DocumentKind::Invoice).toUtf8();
    const QByteArray creditNoteKey = documentKindKey(DocumentKind::CreditNote).toUtf8();
    // A run writes every document with the same creation time and language: format them once.
    QDateTime lastCreated;
    QByteArray lastCreatedText;
    QString lastLanguage;
    QByteArray lastLanguageText;

    for (Document& d : documents) {
        if (d.state != DocumentState::Draft)
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("Database",
                                                     "Only drafts can be stored as new documents (document of "
                                                     "customer %1 is %2).")
                             .arg(d.customerId.value)
                             .arg(documentStateKey(d.state)));
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
        q.bindInt(9, d.paid.minorUnits());
        q.bindInt(10, d.credited.minorUnits());
        q.bindInt(11, d.pricesIncludeTax ? 1 : 0);
        if (d.correctsId.isValid())
            q.bindInt(12, d.correctsId.value);
        else
            q.bindNull(12);
        bindDate(q, 13, d.supplyFrom);
        bindDate(q, 14, d.supplyTo);
        if (d.language != lastLanguage || lastLanguageText.isNull()) {
            lastLanguage = d.language;
            lastLanguageText = d.language.toUtf8();
        }
        q.bindUtf8(15, lastLanguageText);
        q.bindText(16, d.note);
        if (Status done = q.stepDone(); !done) {
            if (!isForeignKeyViolation(lastErrorCode(db)))
                return done;
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database",
                                                     "A document for customer %1 refers to a customer, billing run "
                                                     "or corrected document that does not exist.")
                             .arg(d.customerId.value));
        }
        d.id = DocumentId(sqlite3_last_insert_rowid(db));
        // Amounts stored without a currency read back in the document's.
        for (Money* amount : {&d.netTotal, &d.taxTotal, &d.paid, &d.credited, &d.creditApplied}) {
            if (amount->currency() != d.currency)
                *amount = Money(amount->minorUnits(), d.currency);
        }
        for (DocumentLine& line : d.lines) {
            if (Status done = lines.insert(d.id, d.currency, line); !done)
                return done;
        }
    }
    return {};
}

Status insertLineRows(sqlite3* db, DocumentId document, QList<DocumentLine>& lines)
{
    if (!db)
        return notOpenError();
    SqliteStatement currency(db, "SELECT currency FROM documents WHERE id = ?");
    currency.bindInt(1, document.value);
    Currency code;
    if (Status read =
            forEachRow(currency, [&](const SqliteStatement& row) { code = currencyFromCode(row.columnUtf8(0)); });
        !read)
        return read;
    LineWriter writer(db);
    if (Status ready = writer.ok(); !ready)
        return ready;
    for (DocumentLine& line : lines) {
        if (Status done = writer.insert(document, code, line); !done)
            return done;
    }
    return {};
}

QByteArray partyToJson(const Party& party)
{
    QJsonObject o;
    putText(o, "name", party.name);
    if (!party.streetLines.isEmpty())
        o.insert(QLatin1String("streetLines"), QJsonArray::fromStringList(party.streetLines));
    putText(o, "postalCode", party.postalCode);
    putText(o, "city", party.city);
    putText(o, "region", party.region);
    putText(o, "country", party.country);
    putText(o, "vatId", party.vatId);
    putText(o, "registrationId", party.registrationId);
    putText(o, "contact", party.contact);
    putText(o, "email", party.email);
    putText(o, "phone", party.phone);
    putText(o, "eInvoiceEndpoint", party.eInvoiceEndpoint);
    putText(o, "iban", party.iban);
    putText(o, "bic", party.bic);
    putText(o, "bankName", party.bankName);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Party partyFromJson(QByteArrayView json)
{
    Party party;
    if (json.size() <= 2) // "{}" of a draft
        return party;
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    const auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    party.name = text("name");
    const QJsonArray street = o.value(QLatin1String("streetLines")).toArray();
    for (const QJsonValue& line : street)
        party.streetLines.append(line.toString());
    party.postalCode = text("postalCode");
    party.city = text("city");
    party.region = text("region");
    party.country = text("country");
    party.vatId = text("vatId");
    party.registrationId = text("registrationId");
    party.contact = text("contact");
    party.email = text("email");
    party.phone = text("phone");
    party.eInvoiceEndpoint = text("eInvoiceEndpoint");
    party.iban = text("iban");
    party.bic = text("bic");
    party.bankName = text("bankName");
    return party;
}

} // namespace subdesk::storage
