#pragma once

#include "SubscriptionRepository.h"
#include "SubscriptionRequests.h"
#include "billing/DocumentRepository.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/UnitOfWork.h"

#include <QCoreApplication>

namespace subdesk::subscriptions {

/**
 * Records a subscription's new events and bills what they make due (a proration invoice or credit
 * note dated on the change), all in one unit of work (BILLING.md §2–5). A preview (dryRun) computes
 * the same outcome and writes nothing. It sends no signals: SubscriptionService does.
 *
 * An event may not take effect before the start of the latest period already billed: those
 * documents are final and corrections would need a credit note.
 */
class EventRecorder
{
    // The messages keep the translation context they had in SubscriptionService.
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::SubscriptionService)

public:
    EventRecorder(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                  billing::DocumentRepository& documents, UnitOfWorkFactory& units, const Clock& clock);

    /**
     * Validates and stores events, then bills what they make due: by today (billNow) or only by
     * the subscription's billedThrough date (a run already covered it, so nothing may wait for the
     * next run), all in one unit of work.
     */
    Result<Outcome> record(Subscription subscription, QList<SubscriptionEvent> events, bool dryRun,
                           bool billNow = true) const;

private:
    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    billing::DocumentRepository& m_documents;
    UnitOfWorkFactory& m_units;
    const Clock& m_clock;
};

} // namespace subdesk::subscriptions
