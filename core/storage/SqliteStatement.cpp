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
    else
        m_texts.resize(sqlite3_bind_parameter_count(m_stmt));
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

// Company files store UTF-8. Qt's UTF-8 codec is faster than SQLite's own UTF-16 translation, so
// text crosses the boundary as UTF-8 in both directions.
void SqliteStatement::bindText(int index, const QString& value)
{
    bindUtf8(index, value.toUtf8());
}

void SqliteStatement::bindUtf8(int index, QByteArray value)
{
    // A null value binds as '' (never NULL): text columns are NOT NULL DEFAULT ''.
    if (index < 1 || index > m_texts.size()) {
        sqlite3_bind_text(m_stmt, index, value.isNull() ? "" : value.constData(), int(value.size()), SQLITE_TRANSIENT);
        return;
    }
    // Kept until the parameter is bound again: SQLite may read it in place (SQLITE_STATIC) for
    // every step in between, which saves a copy per value on the bulk paths.
    QByteArray& kept = m_texts[index - 1];
    kept = std::move(value);
    sqlite3_bind_text(m_stmt, index, kept.isNull() ? "" : kept.constData(), int(kept.size()), SQLITE_STATIC);
}

bool SqliteStatement::nextRow()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

QString SqliteStatement::columnText(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = data ? sqlite3_column_bytes(m_stmt, column) : 0;
    if (size == 0)
        return {};
    return QString::fromUtf8(data, size);
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
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
