#pragma once

#include "SqliteDocumentRows.h"
#include "invoicing/DocumentQuery.h"

struct sqlite3;

namespace subdesk::storage {

// The list queries of SqliteInvoiceRepository: a DocumentFilter as an SQL condition on documents
// (derived statuses included), and the count, page and totals of what it matches, each in one
// query over the documents table.

/** SQL for a document's balance: total − paid − credited − credit applied; 0 for a credit note. */
extern const char* const kBalanceSql;

/** The filter as a condition on documents' columns (unqualified), appending its parameters. */
QByteArray filterCondition(sqlite3* db, const invoicing::DocumentFilter& filter, QList<SqlParameter>& parameters);

Result<int> countListed(sqlite3* db, const invoicing::DocumentFilter& filter);
Result<QList<invoicing::DocumentRow>> listedRows(sqlite3* db, const invoicing::DocumentFilter& filter,
                                                 const invoicing::DocumentSort& sort, int offset, int limit);
Result<QList<invoicing::DocumentTotals>> listedTotals(sqlite3* db, const invoicing::DocumentFilter& filter);
/** Issued (not uncollectible) invoices with a balance, oldest due date first. */
Result<QList<invoicing::OpenItem>> selectOpenItems(sqlite3* db, CustomerId customer, const QString& currency);

} // namespace subdesk::storage
