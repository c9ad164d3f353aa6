#include "SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace subdesk::storage {

Error sqlError(const QSqlError& error)
{
    // SQLite's primary result codes; QSQLITE reports the extended code, whose low byte is the primary.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "Database", "The company file is in use by another program. Close it there and try again."));
    case 8: // SQLITE_READONLY
        return Error(
            ErrorCode::Database,
            QCoreApplication::translate("Database", "The company file is read-only, so SubDesk cannot save changes."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error(
            ErrorCode::Database,
            QCoreApplication::translate("Database", "The company file is damaged (%1). Open a backup copy instead.")
                .arg(detail));
    case 13: // SQLITE_FULL
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("Database", "The disk is full: nothing was saved."));
    case 10: // SQLITE_IOERR
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "The company file could not be read or written (%1).").arg(detail));
    case 19: // SQLITE_CONSTRAINT
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("Database", "The database refused the change (%1).").arg(detail));
    default:
        return Error(ErrorCode::Database, QCoreApplication::translate("Database", "Database error: %1").arg(detail));
    }
}

bool prepareOrFail(QSqlQuery& query, const QString& sql, Error* error)
{
    if (query.prepare(sql))
        return true;
    *error = sqlError(query.lastError());
    return false;
}

bool execOrFail(QSqlQuery& query, Error* error)
{
    if (query.exec())
        return true;
    *error = sqlError(query.lastError());
    return false;
}

} // namespace subdesk::storage
