#include "SqliteUnitOfWorkFactory.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "SqliteUnitOfWork.h"

namespace subdesk::storage {

SqliteUnitOfWorkFactory::SqliteUnitOfWorkFactory(const Database& database)
    : m_connection(database.connectionName())
{ }

Result<std::unique_ptr<UnitOfWork>> SqliteUnitOfWorkFactory::begin()
{
    auto unit = std::make_unique<SqliteUnitOfWork>(sqliteHandle(m_connection));
    if (!unit->begun())
        return unit->begun().error();
    return std::unique_ptr<UnitOfWork>(std::move(unit));
}

} // namespace subdesk::storage
