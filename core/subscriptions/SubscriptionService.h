#pragma once

#include "ChangePlanner.h"
#include "EventRecorder.h"
#include "NewSubscriptionBuilder.h"
#include "PriceMigrator.h"
#include "Subscription.h"
#include "SubscriptionRepository.h"
#include "SubscriptionRequests.h"
#include "SubscriptionSummaries.h"
#include "SubscriptionTimeline.h"
#include "UsageValidator.h"
#include "billing/Document.h"
#include "billing/DocumentRepository.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/UnitOfWork.h"
#include "customers/CustomerRepository.h"

#include <QObject>

#include <optional>

namespace subdesk::subscriptions {

/**
 * The one way subscriptions change (BILLING.md §2–5). Each operation validates the request,
 * records its events and, for what is due by today, writes the documents (a proration invoice or
 * credit note dated on the change), all in one transaction. Every operation has a preview
 * (dryRun) that computes the same outcome and writes nothing.
 *
 * An event may not take effect before the start of the latest period already billed: those
 * documents are final and corrections would need a credit note.
 *
 * The work is done by collaborators: NewSubscriptionBuilder and ChangePlanner check requests and
 * work out their events, EventRecorder stores them and bills what they make due, PriceMigrator,
 * UsageValidator and SubscriptionSummaries serve the rest. The service sends the signals.
 */
class SubscriptionService final : public QObject
{
    Q_OBJECT

public:
    SubscriptionService(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                        billing::DocumentRepository& documents, customers::CustomerRepository& customers,
                        UnitOfWorkFactory& units, const Clock& clock, QObject* parent = nullptr);

    Result<Outcome> create(const NewSubscription& request, bool dryRun = false);
    Result<Outcome> change(const ChangeRequest& request, bool dryRun = false);
    Result<Outcome> pause(const StopRequest& request, bool dryRun = false);
    /** Billing starts again on date (today or later), aligned to the anchor day. */
    Result<Outcome> resume(SubscriptionId id, QDate date, bool dryRun = false);
    Result<Outcome> cancel(const StopRequest& request, bool dryRun = false);
    /** A cancelled (or cancelling) subscription continues; billing restarts on date aligned to the anchor day. */
    Result<Outcome> reactivate(SubscriptionId id, QDate date, bool dryRun = false);
    /**
     * Moves subscriptions on price version `from`'s price to version `to` from the first period
     * start on or after `date` (grandfathering ends): only `only` when given, else every one on an
     * older version of that price. Returns how many were migrated. One transaction.
     */
    Result<int> migratePrice(PriceVersionId to, QDate date, const QList<SubscriptionId>& only = {});

    /** Stores usage records (all or none) after checking the subscription and metric exist. */
    Result<QList<UsageRecord>> addUsage(const QList<UsageRecord>& records);

    Result<Subscription> find(SubscriptionId id);
    Result<QList<Subscription>> forCustomer(CustomerId customer);
    /** Summaries of all subscriptions as of `on` (the views and `subscriptions list`). */
    Result<QList<SubscriptionSummary>> summaries(QDate on);
    /** One customer's subscriptions as of `on` (the customer's subscriptions panel). */
    Result<QList<SubscriptionSummary>> summariesForCustomer(CustomerId customer, QDate on);
    /** One subscription's summary as of `on`, with its customer's name. */
    Result<SubscriptionSummary> summary(const Subscription& subscription, QDate on);
    Result<QList<billing::Document>> documents(SubscriptionId id);

    catalog::CatalogService& catalogService() const { return m_catalog; }
    const Clock& clock() const { return m_clock; }

Q_SIGNALS:
    /** One subscription changed (new events, maybe new documents). */
    void subscriptionChanged(subdesk::SubscriptionId id);
    /** Many changed at once (a migration, a billing run, an import): reload. */
    void subscriptionsReset();

private:
    /** Records what a collaborator planned (or passes on why it refused) and signals the change. */
    Result<Outcome> record(Result<PlannedEvents> planned, bool dryRun);

    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    billing::DocumentRepository& m_documents;
    const Clock& m_clock;
    EventRecorder m_recorder;
    NewSubscriptionBuilder m_newSubscriptions;
    ChangePlanner m_changes;
    PriceMigrator m_priceMigrator;
    UsageValidator m_usage;
    SubscriptionSummaries m_summaries;
};

} // namespace subdesk::subscriptions
