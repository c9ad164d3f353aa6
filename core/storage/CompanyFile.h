#pragma once

#include "Database.h"
#include "common/Clock.h"

#include <memory>

namespace subdesk {
class UnitOfWorkFactory;
} // namespace subdesk

namespace subdesk::customers {
class CustomerService;
class CustomerRepository;
} // namespace subdesk::customers

namespace subdesk::catalog {
class CatalogRepository;
class CatalogService;
} // namespace subdesk::catalog

namespace subdesk::subscriptions {
class SubscriptionRepository;
class SubscriptionService;
} // namespace subdesk::subscriptions

namespace subdesk::billing {
class BillingRunner;
class DocumentRepository;
} // namespace subdesk::billing

namespace subdesk::company {
class CompanyRepository;
class CompanyService;
} // namespace subdesk::company

namespace subdesk::invoicing {
class InvoiceRepository;
class InvoiceService;
class PaymentRepository;
class PaymentService;
} // namespace subdesk::invoicing

namespace subdesk::metrics {
class MetricsRepository;
class MetricsService;
} // namespace subdesk::metrics

namespace subdesk::surveys {
class SurveyRepository;
class SurveyService;
} // namespace subdesk::surveys

namespace subdesk::storage {

/**
 * An open company: the database plus the repositories and services built on it. Both the GUI and
 * the CLI open one; closing it (destroying it) closes the file. Opening loads the catalog, so a
 * file whose catalog cannot be read is refused with the reason.
 */
class CompanyFile
{
public:
    ~CompanyFile();

    static Result<std::unique_ptr<CompanyFile>> open(const QString& path, const Database::Options& options,
                                                     const Clock& clock);

    Database& database() const { return *m_database; }
    customers::CustomerService& customers() const { return *m_customerService; }
    catalog::CatalogService& catalog() const { return *m_catalogService; }
    subscriptions::SubscriptionService& subscriptions() const { return *m_subscriptionService; }
    billing::BillingRunner& billing() const { return *m_billingRunner; }
    /** Company profile, invoicing settings, bank accounts, tax rates, numbering series. */
    company::CompanyService& company() const { return *m_companyService; }
    invoicing::InvoiceService& invoices() const { return *m_invoiceService; }
    invoicing::PaymentService& payments() const { return *m_paymentService; }
    /** MRR span cache, exchange rates and metrics settings (the dashboard reads with MetricsReader on path()). */
    metrics::MetricsService& metrics() const { return *m_metricsService; }
    /** NPS and CSAT answers. */
    surveys::SurveyService& surveys() const { return *m_surveyService; }
    /** The company file's absolute path (for MetricsReader). */
    const QString& path() const { return m_database->path(); }
    /** Units of work spanning several repositories (the services use the same factory). */
    UnitOfWorkFactory& units() const { return *m_units; }
    const Clock& clock() const { return m_clock; }

private:
    CompanyFile(std::unique_ptr<Database> database, const Clock& clock);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<UnitOfWorkFactory> m_units;
    std::unique_ptr<customers::CustomerRepository> m_customerRepository;
    std::unique_ptr<catalog::CatalogRepository> m_catalogRepository;
    std::unique_ptr<subscriptions::SubscriptionRepository> m_subscriptionRepository;
    std::unique_ptr<billing::DocumentRepository> m_documentRepository;
    std::unique_ptr<customers::CustomerService> m_customerService;
    std::unique_ptr<catalog::CatalogService> m_catalogService;
    std::unique_ptr<subscriptions::SubscriptionService> m_subscriptionService;
    std::unique_ptr<billing::BillingRunner> m_billingRunner;
    std::unique_ptr<company::CompanyRepository> m_companyRepository;
    std::unique_ptr<invoicing::InvoiceRepository> m_invoiceRepository;
    std::unique_ptr<invoicing::PaymentRepository> m_paymentRepository;
    std::unique_ptr<company::CompanyService> m_companyService;
    std::unique_ptr<invoicing::InvoiceService> m_invoiceService;
    std::unique_ptr<invoicing::PaymentService> m_paymentService;
    std::unique_ptr<metrics::MetricsRepository> m_metricsRepository;
    std::unique_ptr<surveys::SurveyRepository> m_surveyRepository;
    std::unique_ptr<metrics::MetricsService> m_metricsService;
    std::unique_ptr<surveys::SurveyService> m_surveyService;
    const Clock& m_clock;
};

/**
 * Where the company file is: the --db argument if given, else $SUBDESK_DB, else company.subdesk in
 * the platform's application-data folder (QStandardPaths::AppDataLocation).
 */
QString resolveCompanyPath(const QString& commandLinePath);
QString defaultCompanyPath();

} // namespace subdesk::storage
