#pragma once

#include "billing/Document.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <variant>

struct sqlite3;

namespace subdesk::storage {

class SqliteStatement;

// The row codec of the document repositories (SqliteDocumentRepository, SqliteInvoiceRepository):
// reading documents with their lines and taxes, and writing drafts with statements prepared once
// for a whole batch.

/** A value bound to a numbered parameter: an integer, or UTF-8 text. */
using SqlParameter = std::variant<qint64, QByteArray>;

/** Binds parameters in order to ?1, ?2, ... */
void bindParameters(SqliteStatement& statement, const QList<SqlParameter>& parameters);

/** Which documents selectDocuments() reads, in what order. */
struct DocumentSelection
{
    /** An SQL expression on the columns of documents (unqualified), with parameters ?1, ?2, ... */
    QByteArray condition = "1";
    QList<SqlParameter> parameters;
    /** An ORDER BY list on the columns of documents. */
    QByteArray order = "date DESC, id DESC";
    int limit = 0; ///< > 0: at most this many
    /** Read lines and tax groups too (else headers only). */
    bool withLines = true;
};

/**
 * The documents of the selection with every stored column: header, settlement, issuing fields,
 * both parties, the corrected invoice's number and issue date, and (withLines) lines in position
 * order and tax groups. Three queries whatever the count. Call inside a read unit.
 */
Result<QList<billing::Document>> selectDocuments(sqlite3* db, const DocumentSelection& selection);

/** One whole document (NotFound naming its id when there is none), in its own read unit. */
Result<billing::Document> readDocument(sqlite3* db, DocumentId id);

/**
 * Inserts drafts and their lines (ids invalid) and assigns the ids; amounts without a currency
 * (settlement, line nets) take the document's. A line whose billed key is taken fails with a
 * Conflict naming it; a document that is not a draft is Invalid (issuing is writeIssued()'s).
 * Call inside a write unit: on failure earlier rows remain until the unit rolls back.
 */
Status insertDocumentRows(sqlite3* db, QList<billing::Document>& documents);

/** Inserts the lines of a stored draft (replacing a draft's lines after deleting the old ones). */
Status insertLineRows(sqlite3* db, DocumentId document, QList<billing::DocumentLine>& lines);

/** A party as the compact JSON object stored in documents.seller/buyer (empty fields left out). */
QByteArray partyToJson(const billing::Party& party);
billing::Party partyFromJson(QByteArrayView json);

} // namespace subdesk::storage
