#include "CompanyFile.h"

#include "SqliteCatalogRepository.h"
#include "SqliteCustomerRepository.h"
#include "SqliteDocumentRepository.h"
#include "SqliteSubscriptionRepository.h"
#include "SqliteUnitOfWorkFactory.h"
#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "subscriptions/SubscriptionService.h"

#include <QDir>
#include <QStandardPaths>

namespace subdesk::storage {

CompanyFile::CompanyFile(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_units(std::make_unique<SqliteUnitOfWorkFactory>(*m_database))
    , m_customerRepository(std::make_unique<SqliteCustomerRepository>(*m_database))
    , m_catalogRepository(std::make_unique<SqliteCatalogRepository>(*m_database))
    , m_subscriptionRepository(std::make_unique<SqliteSubscriptionRepository>(*m_database))
    , m_documentRepository(std::make_unique<SqliteDocumentRepository>(*m_database))
    , m_customerService(std::make_unique<customers::CustomerService>(*m_customerRepository, clock))
    , m_catalogService(std::make_unique<catalog::CatalogService>(*m_catalogRepository, *m_units, clock))
    , m_subscriptionService(std::make_unique<subscriptions::SubscriptionService>(
          *m_catalogService, *m_subscriptionRepository, *m_documentRepository, *m_customerRepository, *m_units, clock))
    , m_billingRunner(std::make_unique<billing::BillingRunner>(*m_catalogRepository, *m_subscriptionRepository,
                                                               *m_documentRepository, *m_units, clock))
    , m_clock(clock)
{ }

CompanyFile::~CompanyFile()
{
    // Services before repositories before the database they use; dependent services first.
    m_billingRunner.reset();
    m_subscriptionService.reset();
    m_catalogService.reset();
    m_customerService.reset();
    m_documentRepository.reset();
    m_subscriptionRepository.reset();
    m_catalogRepository.reset();
    m_customerRepository.reset();
    m_units.reset();
    m_database.reset();
}

Result<std::unique_ptr<CompanyFile>> CompanyFile::open(const QString& path, const Database::Options& options,
                                                       const Clock& clock)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<CompanyFile> company(new CompanyFile(std::move(*db), clock));
    if (Status loaded = company->m_catalogService->reload(); !loaded)
        return loaded.error();
    return company;
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
