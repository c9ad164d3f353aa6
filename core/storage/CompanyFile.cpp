#include "CompanyFile.h"

#include "SqliteCustomerRepository.h"
#include "customers/CustomerService.h"

#include <QDir>
#include <QStandardPaths>

namespace subdesk::storage {

CompanyFile::CompanyFile(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_customerRepository(std::make_unique<SqliteCustomerRepository>(*m_database))
    , m_customerService(std::make_unique<customers::CustomerService>(*m_customerRepository, clock))
    , m_clock(clock)
{ }

CompanyFile::~CompanyFile()
{
    // Services before repositories before the database they use.
    m_customerService.reset();
    m_customerRepository.reset();
    m_database.reset();
}

Result<std::unique_ptr<CompanyFile>> CompanyFile::open(const QString& path, const Database::Options& options,
                                                       const Clock& clock)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::unique_ptr<CompanyFile>(new CompanyFile(std::move(*db), clock));
}

QString defaultCompanyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("company.subdesk"));
}

QString resolveCompanyPath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("SUBDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultCompanyPath();
}

} // namespace subdesk::storage
