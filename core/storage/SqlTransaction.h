#pragma once

#include "common/Result.h"

#include <QString>

namespace subdesk::storage {

/**
 * RAII transaction on a connection: rolls back on destruction unless commit() succeeded, so an
 * early return or a failed statement never leaves half a change in the file.
 */
class SqlTransaction
{
public:
    explicit SqlTransaction(const QString& connectionName);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /** Whether BEGIN succeeded; check before doing work. */
    Status begun() const { return m_begin; }
    Status commit();

private:
    QString m_connection;
    Status m_begin;
    bool m_active = false;
};

} // namespace subdesk::storage
