#pragma once

#include "SubscriptionRepository.h"
#include "UsageRecord.h"
#include "billing/DocumentRepository.h"
#include "catalog/CatalogService.h"

#include <QCoreApplication>

namespace subdesk::subscriptions {

/**
 * Checks usage records before they are stored: each has a date and a quantity of
 * at least 0, names a subscription that has a metered charge for the metric on that date and is
 * billed then (not in a trial, a pause or time already paid), and its period is not billed yet,
 * neither by a billing run nor by a document.
 */
class UsageValidator
{
    // The messages keep the translation context they had in SubscriptionService.
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::SubscriptionService)

public:
    UsageValidator(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                   billing::DocumentRepository& documents);

    /** The records ready to store (metric codes normalised, ids cleared), or the first one's fault. */
    Result<QList<UsageRecord>> validated(const QList<UsageRecord>& records) const;

private:
    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    billing::DocumentRepository& m_documents;
};

} // namespace subdesk::subscriptions
