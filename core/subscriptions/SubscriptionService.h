#pragma once

#include "Subscription.h"
#include "SubscriptionRepository.h"
#include "SubscriptionTimeline.h"
#include "billing/Document.h"
#include "billing/DocumentRepository.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/UnitOfWork.h"
#include "customers/CustomerRepository.h"

#include <QObject>

#include <optional>

namespace subdesk::subscriptions {

/** An add-on chosen for a subscription (recurring or one-time, by the add-on's kind). */
struct AddOnChoice
{
    AddOnId addOnId;
    qint64 quantity = 1;
};

/** What the clerk fills in to subscribe a customer. */
struct NewSubscription
{
    CustomerId customerId;
    PlanId planId;
    billing::BillingInterval interval;
    qint64 quantity = 1;
    QDate startDate;
    /** 0: the start (or the trial's end) becomes the anchor; else the day periods start on (aligned start). */
    int anchorDay = 0;
    /** nullopt: the plan's trial days. */
    std::optional<int> trialDays;
    QString couponCode;
    QList<AddOnChoice> addOns;
    QString note;
};

/** When a change takes effect. */
enum class Timing
{
    Immediately, ///< today, prorated
    OnDate, ///< on `date`, prorated (today or later)
    AtPeriodEnd, ///< at the end of the current period, not prorated
};

QString timingKey(Timing timing); ///< "now", "date", "period_end"
std::optional<Timing> timingFromKey(const QString& key);

/** A change of plan, quantity, add-ons, interval or coupon; unset fields stay as they are. */
struct ChangeRequest
{
    SubscriptionId subscriptionId;
    Timing timing = Timing::Immediately;
    QDate date; ///< OnDate only
    std::optional<PlanId> planId;
    std::optional<qint64> quantity;
    std::optional<billing::BillingInterval> interval;
    /** The complete new set of recurring add-ons, plus one-time add-ons to buy now. */
    std::optional<QList<AddOnChoice>> addOns;
    std::optional<QString> couponCode;
    /** > 0: a temporary change for this many days, then back by itself (BILLING.md §5). */
    int temporaryDays = 0;
    QString note;
};

/** Pause or cancel. */
struct StopRequest
{
    SubscriptionId subscriptionId;
    Timing timing = Timing::Immediately;
    QDate date; ///< OnDate only
    /** Credit the unused part of the period (immediately or on a date only). */
    bool credit = true;
    QString note;
};

/** What an operation did, or would do in a preview. */
struct Outcome
{
    Subscription subscription; ///< with the new events
    QList<SubscriptionEvent> newEvents;
    /** The documents written now (or that would be): the items of this subscription due by today. */
    QList<billing::Document> documents;
    /** Items the operation makes due later (a change on a future date), for previews. */
    QList<billing::BillingItem> laterItems;
};

/** One row of the subscriptions list. */
struct SubscriptionSummary
{
    SubscriptionId id;
    CustomerId customerId;
    QString customerName;
    PlanId planId;
    QString planCode;
    QString planName;
    SubscriptionStatus status = SubscriptionStatus::Active;
    billing::BillingInterval interval;
    qint64 quantity = 1;
    /** Plan plus recurring add-ons for one period, before discounts. */
    Money periodAmount;
    QString couponCode;
    QDate startDate;
    QDate nextBillingDate; ///< invalid when nothing more is billed
    QDate endDate; ///< a known end (cancelled or expiring); invalid otherwise
};

/**
 * The one way subscriptions change (BILLING.md §2–5). Each operation validates the request,
 * records its events and, for what is due by today, writes the documents (a proration invoice or
 * credit note dated on the change), all in one transaction. Every operation has a preview
 * (dryRun) that computes the same outcome and writes nothing.
 *
 * An event may not take effect before the start of the latest period already billed: those
 * documents are final and corrections would need a credit note.
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
    /**
     * Validates and stores events, then bills what they make due: by today (billNow) or only by
     * the subscription's billedThrough date (a run already covered it, so nothing may wait for the
     * next run), all in one unit of work.
     */
    Result<Outcome> record(Subscription subscription, QList<SubscriptionEvent> events, bool dryRun,
                           bool billNow = true);
    Result<Outcome> stop(const StopRequest& request, EventKind kind, bool dryRun);
    Result<QDate> effectiveDate(const SubscriptionTimeline& timeline, Timing timing, QDate date,
                                const Subscription& subscription) const;
    Result<QSet<billing::BilledKey>> billedKeys(SubscriptionId id);
    /** summary() without the customer's name (summaries() reads all names in one go). */
    Result<SubscriptionSummary> summaryRow(const Subscription& subscription, QDate on);

    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    billing::DocumentRepository& m_documents;
    customers::CustomerRepository& m_customers;
    UnitOfWorkFactory& m_units;
    const Clock& m_clock;
    /** Inside a batch (a price migration) per-subscription signals wait for one reset. */
    bool m_batch = false;
};

} // namespace subdesk::subscriptions
