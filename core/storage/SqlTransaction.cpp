#include "SqlTransaction.h"

#include "SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace subdesk::storage {

SqlTransaction::SqlTransaction(const QString& connectionName)
    : m_connection(connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.transaction())
        m_active = true;
    else
        m_begin = sqlError(db.lastError());
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        QSqlDatabase::database(m_connection, false).rollback();
}

Status SqlTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status() : m_begin;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        const Status failed = sqlError(db.lastError());
        db.rollback();
        m_active = false;
        return failed;
    }
    m_active = false;
    return {};
}

} // namespace subdesk::storage
