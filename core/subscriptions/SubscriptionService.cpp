#include "SubscriptionService.h"

namespace subdesk::subscriptions {

SubscriptionService::SubscriptionService(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                                         billing::DocumentRepository& documents,
                                         customers::CustomerRepository& customers, UnitOfWorkFactory& units,
                                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_repository(repository)
    , m_documents(documents)
    , m_clock(clock)
    , m_recorder(catalog, repository, documents, units, clock)
    , m_newSubscriptions(catalog, customers, clock)
    , m_changes(catalog, repository, documents, clock)
    , m_priceMigrator(catalog, repository, documents, units, m_recorder)
    , m_usage(catalog, repository, documents)
    , m_summaries(catalog, repository, customers)
{ }

Result<Outcome> SubscriptionService::record(Result<PlannedEvents> planned, bool dryRun)
{
    if (!planned)
        return planned.error();
    Result<Outcome> outcome = m_recorder.record(std::move(planned->subscription), std::move(planned->events), dryRun);
    if (outcome && !dryRun)
        Q_EMIT subscriptionChanged(outcome->subscription.id);
    return outcome;
}

Result<Outcome> SubscriptionService::create(const NewSubscription& request, bool dryRun)
{
    return record(m_newSubscriptions.build(request), dryRun);
}

Result<Outcome> SubscriptionService::change(const ChangeRequest& request, bool dryRun)
{
    return record(m_changes.change(request), dryRun);
}

Result<Outcome> SubscriptionService::pause(const StopRequest& request, bool dryRun)
{
    return record(m_changes.stop(request, EventKind::Paused), dryRun);
}

Result<Outcome> SubscriptionService::cancel(const StopRequest& request, bool dryRun)
{
    return record(m_changes.stop(request, EventKind::Cancelled), dryRun);
}

Result<Outcome> SubscriptionService::resume(SubscriptionId id, QDate date, bool dryRun)
{
    return record(m_changes.resume(id, date), dryRun);
}

Result<Outcome> SubscriptionService::reactivate(SubscriptionId id, QDate date, bool dryRun)
{
    return record(m_changes.reactivate(id, date), dryRun);
}

Result<int> SubscriptionService::migratePrice(PriceVersionId to, QDate date, const QList<SubscriptionId>& only)
{
    Result<int> migrated = m_priceMigrator.migrate(to, date, only);
    if (migrated && *migrated > 0)
        Q_EMIT subscriptionsReset();
    return migrated;
}

Result<QList<UsageRecord>> SubscriptionService::addUsage(const QList<UsageRecord>& records)
{
    Result<QList<UsageRecord>> clean = m_usage.validated(records);
    if (!clean)
        return clean.error();
    return m_repository.addUsage(*clean);
}

Result<Subscription> SubscriptionService::find(SubscriptionId id)
{
    return m_repository.find(id);
}

Result<QList<Subscription>> SubscriptionService::forCustomer(CustomerId customer)
{
    return m_repository.loadForCustomer(customer);
}

Result<QList<billing::Document>> SubscriptionService::documents(SubscriptionId id)
{
    return m_documents.documentsForSubscription(id);
}

Result<SubscriptionSummary> SubscriptionService::summary(const Subscription& subscription, QDate on)
{
    return m_summaries.of(subscription, on);
}

Result<QList<SubscriptionSummary>> SubscriptionService::summariesForCustomer(CustomerId customer, QDate on)
{
    return m_summaries.forCustomer(customer, on);
}

Result<QList<SubscriptionSummary>> SubscriptionService::summaries(QDate on)
{
    return m_summaries.all(on);
}

} // namespace subdesk::subscriptions
