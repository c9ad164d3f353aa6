#pragma once

#include "common/UnitOfWork.h"

#include <QString>

namespace subdesk::storage {

class Database;

/** Starts SqliteUnitOfWork units (write purpose) on the company file's connection. */
class SqliteUnitOfWorkFactory final : public UnitOfWorkFactory
{
public:
    explicit SqliteUnitOfWorkFactory(const Database& database);

    Result<std::unique_ptr<UnitOfWork>> begin() override;

private:
    QString m_connection;
};

} // namespace subdesk::storage
