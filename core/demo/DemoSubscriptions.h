#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/UnitOfWork.h"
#include "customers/Customer.h"
#include "subscriptions/Subscription.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace subdesk::customers {
class CustomerService;
}
namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}
namespace subdesk::billing {
class BillingRunner;
}
namespace subdesk::company {
class CompanyService;
}
namespace subdesk::invoicing {
class InvoiceService;
class PaymentService;
} // namespace subdesk::invoicing
namespace subdesk::metrics {
class MetricsService;
}
namespace subdesk::surveys {
class SurveyService;
}
namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::demo {

/** What the demo history wrote. The same seed, day and customers always give an equal summary. */
struct DemoSummary
{
    int subscriptions = 0;
    /** Subscriptions per status as of today. */
    QMap<subscriptions::SubscriptionStatus, int> statuses;
    /** Events the clerk recorded (creations, changes, pauses, cancellations, ...), not the runs' term events. */
    int events = 0;
    /** Subscriptions moved to the new Cloud Backup Start price; the others kept theirs. */
    int priceMigrations = 0;
    int usageRecords = 0;
    int billingRuns = 0;
    /** Documents written by the runs and by immediate changes. */
    int invoices = 0;
    int creditNotes = 0;
    int documentLines = 0;
    /** Documents issued (numbered) and payments recorded by the demo's books (DemoInvoicing). */
    int issued = 0;
    int payments = 0;
    /** Sum of the documents' totals per currency code, in minor units (credit notes count negative). */
    QMap<QString, qint64> billedMinor;
    /** Monthly exchange rates stored (DemoFxRates) and survey answers stored (DemoSurveys). */
    int fxRates = 0;
    int surveyAnswers = 0;
    /** MRR spans built for the dashboards (subscriptions whose spans were refreshed). */
    int spansRefreshed = 0;

    friend bool operator==(const DemoSummary&, const DemoSummary&) = default;
};

/**
 * The demo company's subscription history: five years (DemoCatalog::kHistoryMonths) of a small
 * SaaS business that grows, played through the real services with the clock moved through time,
 * so that every event, proration document and billing run is what the application itself would
 * have written.
 *
 * For each active customer a story is drawn from the seed (DemoScript): steady monthly and yearly
 * subscriptions, trials (running, converted, abandoned), upgrades, downgrades at period end, seat
 * changes, temporary upgrades, pauses, cancellations (immediate, at period end, scheduled),
 * reactivations, fixed-term contracts (running and expired), interval switches, add-ons and
 * coupons added later, and subscriptions that start next month. Usage of metered charges is
 * recorded twice a month, a billing run is made on the first of every month, Cloud Backup
 * Start's price rise migrates most monthly subscribers (the rest stay grandfathered), and a last
 * run as of today leaves nothing due. Customers leave at a realistic monthly rate (about 2 %) and
 * some come back (DemoScript). Then the monthly exchange rates of every other currency
 * (DemoFxRates) and the NPS and CSAT answers (DemoSurveys) are stored, the metrics settings set
 * (euro reporting, 80 % gross margin) and the MRR spans built, so the dashboards open at once.
 */
class DemoSubscriptions
{
public:
    /** The services of one open company, all built on `clock` (which the history moves). */
    struct Services
    {
        customers::CustomerService& customers;
        catalog::CatalogService& catalog;
        subscriptions::SubscriptionService& subscriptions;
        billing::BillingRunner& billing;
        UnitOfWorkFactory& units;
        company::CompanyService& company;
        invoicing::InvoiceService& invoices;
        invoicing::PaymentService& payments;
        metrics::MetricsService& metrics;
        surveys::SurveyService& surveys;
        FixedClock& clock;

        /** The services of an open company file, all on the file's clock (which must be `clock`). */
        static Services of(storage::CompanyFile& file, FixedClock& clock);
    };

    /**
     * Installs DemoCatalog and plays the history for customers (stored ones, with ids), all in
     * one unit of work: on an error nothing of it is kept. The company must have no catalog yet.
     * The clock ends on today.
     */
    static Result<DemoSummary> generate(const Services& services, const QList<customers::Customer>& customers,
                                        quint32 seed, QDate today);

    /**
     * The whole demo company for an empty company file: `count` DemoCompany customers (stored in
     * their own transaction first), then generate() for them.
     */
    static Result<DemoSummary> populate(const Services& services, int count, quint32 seed, QDate today);
};

} // namespace subdesk::demo
