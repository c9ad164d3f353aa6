#pragma once

#include "common/UnitOfWork.h"

#include <QByteArray>

struct sqlite3;

namespace subdesk::storage {

/**
 * A unit of work on the company's SQLite connection. The outermost unit is a transaction
 * (BEGIN IMMEDIATE for writes, so a writer waits for another program instead of failing half-way;
 * a deferred BEGIN for reads); a unit started inside another one is a SAVEPOINT, so units nest:
 * an inner commit is a RELEASE that becomes final only when the outer unit commits, an inner
 * rollback is a ROLLBACK TO that undoes the inner part only.
 *
 * Destroying a unit that was not committed rolls its part back. Units end in the reverse order of
 * their start (they live on the stack or in a caller's scope).
 *
 * The repositories of core/storage open a unit in every write that touches several rows, so each
 * such write is atomic on its own and joins the caller's unit when there is one.
 */
class SqliteUnitOfWork final : public UnitOfWork
{
public:
    enum class Purpose
    {
        Write, ///< outermost: BEGIN IMMEDIATE; nested: SAVEPOINT
        Read, ///< outermost: a deferred BEGIN (one consistent snapshot); nested: nothing to do
    };

    /** Starts a unit on db (nullptr: the company file is closed, begun() says so). */
    explicit SqliteUnitOfWork(sqlite3* db, Purpose purpose = Purpose::Write);
    ~SqliteUnitOfWork() override;
    SqliteUnitOfWork(const SqliteUnitOfWork&) = delete;
    SqliteUnitOfWork& operator=(const SqliteUnitOfWork&) = delete;

    /** Whether the unit started; check before doing work. */
    const Status& begun() const { return m_begin; }
    /** Makes this unit's changes part of the enclosing unit, or final when it is the outermost. */
    Status commit() override;
    /** Undoes this unit's changes now (the destructor does the same for an uncommitted unit). */
    void rollback();

    bool isOutermost() const { return m_outermost; }

private:
    Status exec(const QByteArray& sql) const;

    sqlite3* m_db = nullptr;
    Purpose m_purpose = Purpose::Write;
    QByteArray m_savepoint; ///< empty for the outermost unit and for nested read units
    Status m_begin;
    bool m_outermost = false;
    bool m_active = false;
};

} // namespace subdesk::storage
