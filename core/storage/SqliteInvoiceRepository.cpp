#include "SqliteInvoiceRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteDocumentList.h"
#include "SqliteDocumentRows.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::billing;
using namespace subdesk::invoicing;

namespace {

Error noDocument(DocumentId id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Database", "There is no document number %1.").arg(id.value));
}

Error notADraft(DocumentId id)
{
    return Error(
        ErrorCode::Conflict,
        QCoreApplication::translate("Database", "Document %1 is issued already and cannot be changed.").arg(id.value));
}

/** The stored status key of a document, or NotFound. */
Result<QByteArray> storedStatus(sqlite3* db, DocumentId id)
{
    SqliteStatement q(db, "SELECT status FROM documents WHERE id = ?");
    q.bindInt(1, id.value);
    QByteArray status;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { status = row.columnUtf8(0).toByteArray(); });
        !read)
        return read.error();
    if (status.isNull())
        return noDocument(id);
    return status;
}

/** Ok when the document exists and is a draft; NotFound or Conflict otherwise. */
Status requireDraft(sqlite3* db, DocumentId id)
{
    const auto status = storedStatus(db, id);
    if (!status)
        return status.error();
    if (*status != "draft")
        return notADraft(id);
    return {};
}

/** Runs a read of several queries on one snapshot. */
template <typename T, typename Read>
Result<T> inSnapshot(sqlite3* db, Read&& read)
{
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    Result<T> result = read();
    if (!result)
        return result.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return result;
}

void bindOptionalId(SqliteStatement& q, int index, qint64 id)
{
    if (id > 0)
        q.bindInt(index, id);
    else
        q.bindNull(index);
}

/** Writes the tax class, category, rate, net and unit price issuing decided onto each line. */
Status writeIssuedLines(sqlite3* db, const Document& d)
{
    SqliteStatement q(db,
                      "UPDATE document_lines SET tax_class = ?, tax_category = ?, tax_rate_bp = ?, net_minor = ?, "
                      "unit_price_minor = ? WHERE id = ? AND document_id = ?");
    if (!q.ok())
        return q.error();
    for (const DocumentLine& line : d.lines) {
        q.bindText(1, tax::taxClassKey(line.taxClass));
        q.bindText(2, tax::taxCategoryCode(line.taxCategory));
        q.bindInt(3, line.taxRateBp);
        q.bindInt(4, line.net.minorUnits());
        if (line.unitPriceMinor)
            q.bindInt(5, *line.unitPriceMinor);
        else
            q.bindNull(5);
        q.bindInt(6, line.id);
        q.bindInt(7, d.id.value);
        if (Status done = q.stepDone(); !done)
            return done;
        if (sqlite3_changes(db) != 1)
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database", "Document %1 has no line number %2.")
                             .arg(d.id.value)
                             .arg(line.id));
    }
    return {};
}

Status writeTaxes(sqlite3* db, const Document& d)
{
    SqliteStatement clear(db, "DELETE FROM document_taxes WHERE document_id = ?");
    clear.bindInt(1, d.id.value);
    if (Status done = clear.stepDone(); !done)
        return done;
    SqliteStatement q(db,
                      "INSERT INTO document_taxes (document_id, position, category, rate_bp, taxable_minor, tax_minor, "
                      "exemption_code, exemption_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    for (qsizetype i = 0; i < d.taxes.size(); ++i) {
        const TaxGroup& group = d.taxes.at(i);
        q.bindInt(1, d.id.value);
        q.bindInt(2, i);
        q.bindText(3, tax::taxCategoryCode(group.category));
        q.bindInt(4, group.rateBp);
        q.bindInt(5, group.taxable.minorUnits());
        q.bindInt(6, group.tax.minorUnits());
        q.bindText(7, group.exemptionCode);
        q.bindText(8, group.exemptionText);
        if (Status done = q.stepDone(); !done)
            return done;
    }
    return {};
}

} // namespace

SqliteInvoiceRepository::SqliteInvoiceRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteInvoiceRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<Document> SqliteInvoiceRepository::document(DocumentId id)
{
    return readDocument(handle(), id);
}

Result<int> SqliteInvoiceRepository::countDocuments(const DocumentFilter& filter)
{
    return countListed(handle(), filter);
}

Result<QList<DocumentRow>> SqliteInvoiceRepository::documentRows(const DocumentFilter& filter, const DocumentSort& sort,
                                                                 int offset, int limit)
{
    return listedRows(handle(), filter, sort, offset, limit);
}

Result<QList<DocumentTotals>> SqliteInvoiceRepository::totals(const DocumentFilter& filter)
{
    return listedTotals(handle(), filter);
}

Status SqliteInvoiceRepository::replaceDraft(const Document& draft)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    if (Status draftOk = requireDraft(db, draft.id); !draftOk)
        return draftOk;
    SqliteStatement header(db,
                           "UPDATE documents SET customer_id = ?, kind = ?, date = ?, currency = ?, total_minor = ?, "
                           "note = ?, corrects_id = ?, prices_include_tax = ?, supply_from = ?, supply_to = ?, "
                           "language = ? WHERE id = ?");
    header.bindInt(1, draft.customerId.value);
    header.bindText(2, documentKindKey(draft.kind));
    bindDate(header, 3, draft.date);
    header.bindText(4, draft.currency.code());
    header.bindInt(5, draft.total.minorUnits());
    header.bindText(6, draft.note);
    bindOptionalId(header, 7, draft.correctsId.value);
    header.bindInt(8, draft.pricesIncludeTax ? 1 : 0);
    bindDate(header, 9, draft.supplyFrom);
    bindDate(header, 10, draft.supplyTo);
    header.bindText(11, draft.language);
    header.bindInt(12, draft.id.value);
    if (Status done = header.stepDone(); !done) {
        if (isForeignKeyViolation(lastErrorCode(db)))
            return Error(
                ErrorCode::NotFound,
                QCoreApplication::translate("Database", "There is no customer number %1.").arg(draft.customerId.value));
        return done;
    }
    SqliteStatement clear(db, "DELETE FROM document_lines WHERE document_id = ?");
    clear.bindInt(1, draft.id.value);
    if (Status done = clear.stepDone(); !done)
        return done;
    QList<DocumentLine> lines = draft.lines;
    for (DocumentLine& line : lines)
        line.id = 0;
    if (Status inserted = insertLineRows(db, draft.id, lines); !inserted)
        return inserted;
    return unit.commit();
}

Status SqliteInvoiceRepository::deleteDraft(DocumentId id)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    if (Status draftOk = requireDraft(db, id); !draftOk)
        return draftOk;
    for (const char* sql : {"DELETE FROM credit_entries WHERE document_id = ?", "DELETE FROM documents WHERE id = ?"}) {
        SqliteStatement q(db, sql);
        q.bindInt(1, id.value);
        if (Status done = q.stepDone(); !done)
            return done;
    }
    return unit.commit();
}

Result<QList<DocumentId>> SqliteInvoiceRepository::draftIds(QDate upTo)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      upTo.isValid() ? "SELECT id FROM documents WHERE status = 'draft' AND date <= ? ORDER BY date, id"
                                     : "SELECT id FROM documents WHERE status = 'draft' ORDER BY date, id");
    if (upTo.isValid())
        bindDate(q, 1, upTo);
    QList<DocumentId> ids;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { ids.append(DocumentId(row.columnInt(0))); });
        !read)
        return read.error();
    return ids;
}

/*
 * The counter row is written in the caller's transaction. SqliteUnitOfWork begins the outermost
 * unit with BEGIN IMMEDIATE, so a second connection issuing at the same time waits (busy timeout)
 * for the first one's COMMIT before it reads the counter: numbers are never shared, and a unit
 * that rolls back gives its number back with everything else it wrote.
 */
Result<qint64> SqliteInvoiceRepository::takeNextNumber(qint64 seriesId, int year)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement q(db,
                      "INSERT INTO series_counters (series_id, year, last_number) VALUES (?, ?, 1) "
                      "ON CONFLICT (series_id, year) DO UPDATE SET last_number = last_number + 1 "
                      "RETURNING last_number");
    q.bindInt(1, seriesId);
    q.bindInt(2, year);
    qint64 number = 0;
    if (Status done = forEachRow(q, [&](const SqliteStatement& row) { number = row.columnInt(0); }); !done) {
        if (isForeignKeyViolation(lastErrorCode(db)))
            return Error(
                ErrorCode::NotFound,
                QCoreApplication::translate("Database", "There is no numbering series number %1.").arg(seriesId));
        return done.error();
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return number;
}

Result<QDate> SqliteInvoiceRepository::lastIssueDate(qint64 seriesId)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db, "SELECT max(issue_date) FROM documents WHERE series_id = ?");
    q.bindInt(1, seriesId);
    QDate last;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { last = columnDate(row, 0); }); !read)
        return read.error();
    return last;
}

Status SqliteInvoiceRepository::writeIssued(const Document& d)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    if (Status draftOk = requireDraft(db, d.id); !draftOk)
        return draftOk;
    // Lines and taxes first: once the header says issued, the triggers refuse them.
    if (Status lines = writeIssuedLines(db, d); !lines)
        return lines;
    if (Status taxes = writeTaxes(db, d); !taxes)
        return taxes;
    SqliteStatement q(db,
                      "UPDATE documents SET status = ?, number = ?, series_id = ?, issue_date = ?, due_date = ?, "
                      "supply_from = ?, supply_to = ?, corrects_id = ?, prices_include_tax = ?, total_minor = ?, "
                      "net_total_minor = ?, tax_total_minor = ?, language = ?, note = ?, payment_reference = ?, "
                      "seller = ?, buyer = ?, issued_at = ? WHERE id = ? AND status = 'draft'");
    q.bindText(1, documentStateKey(d.state == DocumentState::Draft ? DocumentState::Issued : d.state));
    q.bindText(2, d.number);
    bindOptionalId(q, 3, d.seriesId);
    bindDate(q, 4, d.issueDate);
    bindDate(q, 5, d.dueDate);
    bindDate(q, 6, d.supplyFrom);
    bindDate(q, 7, d.supplyTo);
    bindOptionalId(q, 8, d.correctsId.value);
    q.bindInt(9, d.pricesIncludeTax ? 1 : 0);
    q.bindInt(10, d.total.minorUnits());
    q.bindInt(11, d.netTotal.minorUnits());
    q.bindInt(12, d.taxTotal.minorUnits());
    q.bindText(13, d.language);
    q.bindText(14, d.note);
    q.bindText(15, d.paymentReference);
    q.bindUtf8(16, partyToJson(d.seller));
    q.bindUtf8(17, partyToJson(d.buyer));
    q.bindUtf8(18, isoMoment(d.issuedAt));
    q.bindInt(19, d.id.value);
    if (Status done = q.stepDone(); !done) {
        if (isUniqueViolation(lastErrorCode(db)))
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "The number %1 is taken already.").arg(d.number));
        if (isForeignKeyViolation(lastErrorCode(db)))
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Database",
                                                     "Document %1 refers to a numbering series or corrected document "
                                                     "that does not exist.")
                             .arg(d.id.value));
        return done;
    }
    if (sqlite3_changes(db) != 1)
        return notADraft(d.id);
    return unit.commit();
}

Status SqliteInvoiceRepository::setState(DocumentId id, DocumentState state)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    const auto current = storedStatus(db, id);
    if (!current)
        return current.error();
    if (*current == "draft" || state == DocumentState::Draft)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("Database",
                                                 "Document %1 can move between issued and uncollectible only; "
                                                 "drafts are issued by issuing them.")
                         .arg(id.value));
    SqliteStatement q(db, "UPDATE documents SET status = ? WHERE id = ?");
    q.bindText(1, documentStateKey(state));
    q.bindInt(2, id.value);
    if (Status done = q.stepDone(); !done)
        return done;
    return unit.commit();
}

Status SqliteInvoiceRepository::addSettlement(DocumentId id, qint64 paidDelta, qint64 creditedDelta,
                                              qint64 appliedDelta)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    // Checked here first, with a clear message; the schema's trigger and CHECKs refuse it as well.
    SqliteStatement current(db,
                            "SELECT kind, total_minor, paid_minor + ?2, credited_minor + ?3, credit_applied_minor + ?4 "
                            "FROM documents WHERE id = ?1");
    current.bindInt(1, id.value);
    current.bindInt(2, paidDelta);
    current.bindInt(3, creditedDelta);
    current.bindInt(4, appliedDelta);
    bool found = false;
    bool negative = false;
    bool beyondTotal = false;
    const Status read = forEachRow(current, [&](const SqliteStatement& row) {
        found = true;
        const qint64 paid = row.columnInt(2), credited = row.columnInt(3), applied = row.columnInt(4);
        negative = paid < 0 || credited < 0 || applied < 0;
        beyondTotal = row.columnUtf8(0) == QByteArrayView("invoice") && paid + credited + applied > row.columnInt(1);
    });
    if (!read)
        return read;
    if (!found)
        return noDocument(id);
    if (negative)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Database", "The settlement of document %1 would fall below zero.")
                         .arg(id.value));
    if (beyondTotal)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Database", "The settlement of invoice %1 would exceed its total.")
                         .arg(id.value));
    SqliteStatement q(db,
                      "UPDATE documents SET paid_minor = paid_minor + ?, credited_minor = credited_minor + ?, "
                      "credit_applied_minor = credit_applied_minor + ? WHERE id = ?");
    q.bindInt(1, paidDelta);
    q.bindInt(2, creditedDelta);
    q.bindInt(3, appliedDelta);
    q.bindInt(4, id.value);
    if (Status done = q.stepDone(); !done) {
        if (lastErrorCode(db) == SQLITE_CONSTRAINT_CHECK)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "The settlement of document %1 would fall below zero.")
                             .arg(id.value));
        return done;
    }
    if (sqlite3_changes(db) != 1)
        return noDocument(id);
    return unit.commit();
}

Result<QList<Document>> SqliteInvoiceRepository::creditNotesFor(DocumentId invoice)
{
    sqlite3* db = handle();
    return inSnapshot<QList<Document>>(db, [&] {
        DocumentSelection selection;
        selection.condition = "corrects_id = ?1 AND status <> 'draft'";
        selection.parameters = {invoice.value};
        selection.order = "issue_date, id";
        return selectDocuments(db, selection);
    });
}

Result<QList<OpenItem>> SqliteInvoiceRepository::openItems(CustomerId customer, const QString& currency)
{
    return selectOpenItems(handle(), customer, currency);
}

Result<QList<Document>> SqliteInvoiceRepository::issuedDocuments(CustomerId customer, QDate from, QDate to)
{
    sqlite3* db = handle();
    return inSnapshot<QList<Document>>(db, [&] {
        DocumentSelection selection;
        selection.condition = "status <> 'draft'";
        if (customer.isValid()) {
            selection.parameters.append(customer.value);
            selection.condition += " AND customer_id = ?" + QByteArray::number(selection.parameters.size());
        }
        if (from.isValid()) {
            selection.parameters.append(isoDate(from));
            selection.condition += " AND issue_date >= ?" + QByteArray::number(selection.parameters.size());
        }
        if (to.isValid()) {
            selection.parameters.append(isoDate(to));
            selection.condition += " AND issue_date <= ?" + QByteArray::number(selection.parameters.size());
        }
        selection.order = "issue_date, series_id, number, id";
        return selectDocuments(db, selection);
    });
}

} // namespace subdesk::storage
