#include "SqliteStatement.h"

#include "SqlErrors.h"

#include <QSqlError>

#include <sqlite3.h>

namespace subdesk::storage {

SqliteStatement::SqliteStatement(sqlite3* db, const QByteArray& sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Error SqliteStatement::error() const
{
    // Route through the same wording as QSqlQuery errors (locked, read-only, full, constraint).
    return sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(m_db))));
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindText(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindVariant(int index, const QVariant& value)
{
    if (value.isNull())
        bindNull(index);
    else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        bindInt(index, value.toLongLong());
    else
        bindText(index, value.toString());
}

Status SqliteStatement::stepDone()
{
    const int rc = sqlite3_step(m_stmt);
    Status result;
    if (rc != SQLITE_DONE)
        result = error();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return result;
}

} // namespace subdesk::storage
