#include "CompanyFile.h"

#include "SqliteCatalogRepository.h"
#include "SqliteCompanyRepository.h"
#include "SqliteCustomerRepository.h"
#include "SqliteDocumentRepository.h"
#include "SqliteInvoiceRepository.h"
#include "SqliteMetricsRepository.h"
#include "SqlitePaymentRepository.h"
#include "SqliteSubscriptionRepository.h"
#include "SqliteSurveyRepository.h"
#include "SqliteUnitOfWorkFactory.h"
#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "invoicing/InvoiceRepository.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentRepository.h"
#include "invoicing/PaymentService.h"
#include "metrics/MetricsService.h"
#include "subscriptions/SubscriptionService.h"
#include "surveys/SurveyService.h"

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
    , m_companyRepository(std::make_unique<SqliteCompanyRepository>(*m_database))
    , m_invoiceRepository(std::make_unique<SqliteInvoiceRepository>(*m_database))
    , m_paymentRepository(std::make_unique<SqlitePaymentRepository>(*m_database))
    , m_companyService(std::make_unique<company::CompanyService>(*m_companyRepository))
    , m_invoiceService(std::make_unique<invoicing::InvoiceService>(
          *m_units, *m_invoiceRepository, *m_documentRepository, *m_companyRepository, *m_customerRepository, clock))
    , m_paymentService(std::make_unique<invoicing::PaymentService>(*m_units, *m_paymentRepository, *m_invoiceRepository,
                                                                   *m_documentRepository, clock))
    , m_metricsRepository(std::make_unique<SqliteMetricsRepository>(*m_database))
    , m_surveyRepository(std::make_unique<SqliteSurveyRepository>(*m_database))
    , m_metricsService(std::make_unique<metrics::MetricsService>(*m_metricsRepository, *m_subscriptionRepository,
                                                                 *m_catalogRepository, *m_units))
    , m_surveyService(std::make_unique<surveys::SurveyService>(*m_surveyRepository, *m_customerRepository, clock))
    , m_clock(clock)
{ }

CompanyFile::~CompanyFile()
{
    // Services before repositories before the database they use; dependent services first.
    m_surveyService.reset();
    m_metricsService.reset();
    m_surveyRepository.reset();
    m_metricsRepository.reset();
    m_paymentService.reset();
    m_invoiceService.reset();
    m_companyService.reset();
    m_paymentRepository.reset();
    m_invoiceRepository.reset();
    m_companyRepository.reset();
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
