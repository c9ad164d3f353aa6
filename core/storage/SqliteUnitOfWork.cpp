#include "SqliteUnitOfWork.h"

#include "SqlErrors.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace subdesk::storage {

namespace {

QByteArray nextSavepointName()
{
    static QAtomicInteger<quint64> counter;
    return "subdesk_unit_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
}

Error closedFile()
{
    return Error(ErrorCode::Database, QCoreApplication::translate("Database", "The company file is not open."));
}

Error rolledBackBySqlite()
{
    return Error(ErrorCode::Database,
                 QCoreApplication::translate(
                     "Database", "The company file cancelled the change after an error; nothing was saved."));
}

} // namespace

SqliteUnitOfWork::SqliteUnitOfWork(sqlite3* db, Purpose purpose)
    : m_db(db)
    , m_purpose(purpose)
{
    if (!m_db) {
        m_begin = closedFile();
        return;
    }
    m_outermost = sqlite3_get_autocommit(m_db) != 0;
    if (!m_outermost && m_purpose == Purpose::Read)
        return; // the enclosing transaction already reads one snapshot
    QByteArray sql;
    if (m_outermost) {
        sql = m_purpose == Purpose::Write ? "BEGIN IMMEDIATE" : "BEGIN";
    } else {
        m_savepoint = nextSavepointName();
        sql = "SAVEPOINT " + m_savepoint;
    }
    m_begin = exec(sql);
    m_active = m_begin.ok();
}

SqliteUnitOfWork::~SqliteUnitOfWork()
{
    rollback();
}

Status SqliteUnitOfWork::exec(const QByteArray& sql) const
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return sqlError(
        QSqlError(QString(), text, QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db))));
}

Status SqliteUnitOfWork::commit()
{
    if (!m_begin.ok())
        return m_begin;
    if (!m_active)
        return {}; // a nested read unit has nothing of its own to finish
    m_active = false;
    // Some errors (a full disk, an I/O error) make SQLite roll the whole transaction back by itself;
    // then there is nothing left to commit and the caller must know the change is gone.
    if (sqlite3_get_autocommit(m_db))
        return rolledBackBySqlite();
    if (m_outermost) {
        const Status committed = exec("COMMIT");
        if (!committed.ok() && !sqlite3_get_autocommit(m_db))
            static_cast<void>(exec("ROLLBACK")); // the commit's error is the one to report
        return committed;
    }
    return exec("RELEASE " + m_savepoint);
}

void SqliteUnitOfWork::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (sqlite3_get_autocommit(m_db))
        return; // SQLite already rolled everything back
    // A rollback that fails leaves nothing to report to: SQLite then keeps the transaction, and the
    // enclosing unit (or the connection's close) rolls it back.
    if (m_outermost) {
        static_cast<void>(exec("ROLLBACK"));
    } else {
        // ROLLBACK TO undoes the inner part but keeps the savepoint open; RELEASE then closes it.
        static_cast<void>(exec("ROLLBACK TO " + m_savepoint));
        static_cast<void>(exec("RELEASE " + m_savepoint));
    }
}

} // namespace subdesk::storage
