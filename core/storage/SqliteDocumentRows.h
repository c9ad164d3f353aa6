#pragma once

#include "billing/Document.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

struct sqlite3;

namespace subdesk::storage {

// The row codec of SqliteDocumentRepository: reading documents with their lines, and writing them
// with statements prepared once for a whole batch.

/**
 * The documents that meet `condition` (an SQL expression on the columns of documents, with
 * parameter ?1 bound to `parameter` when given), newest first (by date, then id, descending), with
 * their lines in position order when withLines; at most limit of them when limit > 0. Call inside
 * a read unit.
 */
Result<QList<billing::Document>> selectDocuments(sqlite3* db, const QByteArray& condition,
                                                 std::optional<qint64> parameter, bool withLines, int limit = 0);

/**
 * Inserts documents and their lines (ids invalid) and assigns the ids. A line whose billed key is
 * taken fails with a Conflict naming it. Call inside a write unit: on failure earlier rows remain
 * until the unit rolls back.
 */
Status insertDocumentRows(sqlite3* db, QList<billing::Document>& documents);

} // namespace subdesk::storage
