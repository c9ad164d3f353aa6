#pragma once

#include "SubscriptionRepository.h"
#include "SubscriptionRequests.h"
#include "SubscriptionTimeline.h"
#include "billing/DocumentRepository.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace subdesk::subscriptions {

/**
 * Works out the events for a change of terms (and a temporary change's return), a pause or
 * cancellation, a resumption and a reactivation (BILLING.md §3–5), after checking the request
 * against the subscription's timeline: the day it takes effect, that the subscription's status
 * allows it, that it does not cross a change or stop already scheduled, and whether it is
 * prorated (it falls inside a period, or on the start of one already billed).
 */
class ChangePlanner
{
    // The messages keep the translation context they had in SubscriptionService.
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::SubscriptionService)

public:
    ChangePlanner(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                  billing::DocumentRepository& documents, const Clock& clock);

    /** A Changed event, or a TemporaryChange with the Reverted event that ends it. */
    Result<PlannedEvents> change(const ChangeRequest& request) const;
    /** A Paused or Cancelled event (kind). */
    Result<PlannedEvents> stop(const StopRequest& request, EventKind kind) const;
    /** A Resumed event on date (invalid: today). */
    Result<PlannedEvents> resume(SubscriptionId id, QDate date) const;
    /** A Reactivated event on date (invalid: today), or on the end a scheduled cancellation withdrawn. */
    Result<PlannedEvents> reactivate(SubscriptionId id, QDate date) const;

private:
    /** A stored subscription with its timeline. */
    struct Loaded
    {
        Subscription subscription;
        SubscriptionTimeline timeline;
    };
    /** A stored subscription with its timeline, the day a request takes effect and the status then. */
    struct Scheduled
    {
        Subscription subscription;
        SubscriptionTimeline timeline;
        QDate date;
        SubscriptionStatus status = SubscriptionStatus::Active;
    };
    /** A change's new terms and the one-time add-ons it buys. */
    struct NewTerms
    {
        SubscriptionConfig config;
        QList<OneTimeCharge> oneTime;
    };

    Result<Loaded> load(SubscriptionId id) const;
    /** The subscription with the day a request timed so takes effect (effectiveDate) and its status then. */
    Result<Scheduled> schedule(SubscriptionId id, Timing timing, QDate date) const;
    /** Today, the date, or the end of the current period (or the next billing date), never before the start. */
    Result<QDate> effectiveDate(const SubscriptionTimeline& timeline, Timing timing, QDate date,
                                const Subscription& subscription) const;
    /** The terms request asks for from current on `on`, checked against the catalog. */
    Result<NewTerms> newTerms(const ChangeRequest& request, const SubscriptionConfig& current, const Currency& currency,
                              QDate on) const;

    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    billing::DocumentRepository& m_documents;
    const Clock& m_clock;
};

} // namespace subdesk::subscriptions
