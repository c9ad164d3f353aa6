#pragma once

#include "EventRecorder.h"
#include "SubscriptionRepository.h"
#include "SubscriptionTimeline.h"
#include "billing/DocumentRepository.h"
#include "catalog/CatalogService.h"
#include "common/UnitOfWork.h"

#include <QCoreApplication>

#include <optional>

namespace subdesk::subscriptions {

/**
 * Moves subscriptions from older versions of a price to a new version (grandfathering ends), each
 * by a PriceMigrated event from the first period start on or after the chosen date and after any
 * change already scheduled: a period is never repriced half-way and a scheduled change keeps its
 * terms. Cancelled and expired subscriptions stay as they are.
 */
class PriceMigrator
{
    // The messages keep the translation context they had in SubscriptionService.
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::SubscriptionService)

public:
    PriceMigrator(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                  billing::DocumentRepository& documents, UnitOfWorkFactory& units, const EventRecorder& recorder);

    /**
     * Migrates `only` when given, else every subscription on an older version of `to`'s price,
     * from `date` (not before `to` takes effect), in one transaction. Returns how many were
     * migrated. Sends no signals: SubscriptionService sends one reset.
     */
    Result<int> migrate(PriceVersionId to, QDate date, const QList<SubscriptionId>& only) const;

private:
    Result<QList<Subscription>> load(const QList<SubscriptionId>& only) const;
    /**
     * The PriceMigrated event moving subscription's lines on another version of `price` to
     * version `to` from `date` on, or nullopt when it has none (or has ended by then).
     */
    Result<std::optional<SubscriptionEvent>> migration(const Subscription& subscription, PriceVersionId to,
                                                       const catalog::Price* price, QDate date) const;

    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    billing::DocumentRepository& m_documents;
    UnitOfWorkFactory& m_units;
    const EventRecorder& m_recorder;
};

} // namespace subdesk::subscriptions
