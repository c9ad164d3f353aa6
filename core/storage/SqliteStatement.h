#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace subdesk::storage {

/**
 * A prepared statement on SQLite's C API, for bulk paths where QSqlQuery's per-value overhead
 * dominates. Finalised on destruction; stepDone() resets and clears bindings for the next row.
 * Bound text stays in the statement until that parameter is bound again, so SQLite reads it in
 * place instead of copying every value.
 */
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const QByteArray& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Error error() const;

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, const QString& value);
    /** Binds UTF-8 bytes as text; for values already encoded, such as ISO dates and stored keys. */
    void bindUtf8(int index, QByteArray value);
    /** Runs a statement that returns no rows, then makes it ready for the next one. */
    Status stepDone();

    /** Steps a query: true with a row ready, false at the end or on error (then error() says why). */
    bool nextRow();
    bool failed() const { return m_failed; }
    QString columnText(int column) const;
    /** The column's UTF-8 bytes, valid until the next step (no QString for values parsed at once). */
    QByteArrayView columnUtf8(int column) const;
    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    /** The UTF-8 text bound to each parameter (index − 1), kept alive for SQLite. */
    QList<QByteArray> m_texts;
    bool m_failed = false;
};

} // namespace subdesk::storage
