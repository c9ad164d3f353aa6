#pragma once

#include "billing/BillingInterval.h"
#include "catalog/Catalog.h"
#include "customers/Customer.h"
#include "subscriptions/SubscriptionService.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::demo::detail {

enum class StepKind
{
    Create,
    Change,
    Pause,
    Resume,
    Cancel,
    Reactivate,
};

/** One thing the clerk does to one demo subscription, recorded on `date` (the clock's today then). */
struct DemoStep
{
    QDate date;
    int story = 0; ///< index into DemoScript::stories
    StepKind kind = StepKind::Create;
    subscriptions::Timing timing = subscriptions::Timing::Immediately;
    QString note;

    // Create
    QDate startDate;
    QString planCode;
    billing::BillingInterval interval;
    qint64 quantity = 1;
    int anchorDay = 0;
    std::optional<int> trialDays;
    QString couponCode;
    /** Create and Change: add-ons to add (recurring) or buy (one-time), by code, with their quantity. */
    QList<QPair<QString, qint64>> addOns;

    // Change: unset fields stay as they are
    std::optional<QString> newPlan;
    std::optional<qint64> newQuantity;
    std::optional<billing::BillingInterval> newInterval;
    std::optional<QString> newCoupon;
    int temporaryDays = 0;

    // Pause and Cancel
    bool credit = true;
};

/** One demo subscription: whose it is and what its usage looks like. */
struct DemoStory
{
    CustomerId customerId;
    QString currency;
    /** Cloud Backup Start monthly, moved to the new price on the price rise; the others are grandfathered. */
    bool migrateOnPriceRise = false;
    /** Typical usage per reading (storage in GB, invoices or e-mails), for its metered charges. */
    qint64 usageBase = 0;
};

/**
 * A stretch of a customer's life as a subscriber: from the first subscription of the stretch to
 * the day the customer left (`to`; invalid: still a customer today). A churned customer who came
 * back has a second stretch. The surveys (DemoSurveys) ask customers during their stretches and
 * let those about to leave answer worse.
 */
struct DemoLife
{
    CustomerId customerId;
    QDate from;
    QDate to;
};

/**
 * The demo history as a script: a story per subscription (a steady customer, a trial, an upgrade,
 * a pause, a cancellation, a fixed-term contract that expired, ...) and the steps that tell it, all
 * drawn from the seed and dated between DemoCatalog::historyStart(today) and today. Customers sign
 * up shortly after they were created (DemoCompany: more every year, fewer in the holidays) and
 * leave with a monthly hazard of about 2 % (more in the first months, less for enterprises), with
 * an immediate cancellation or one at the end of the period; about a quarter of those who left
 * come back later with a new subscription. Writing the script touches no storage;
 * DemoSubscriptions plays it through the services.
 */
class DemoScript
{
public:
    QList<DemoStory> stories;
    /** Ordered by date, then by the order the clerk records them. */
    QList<DemoStep> steps;
    /** Every customer's stretches as a subscriber, in customer order. */
    QList<DemoLife> lives;

    /**
     * The script for the active customers of `customers` (stored, with ids) on the demo catalog.
     * Archived customers get no subscription.
     */
    static DemoScript write(const catalog::Catalog& catalog, const QList<customers::Customer>& customers, quint32 seed,
                            QDate today);
};

} // namespace subdesk::demo::detail
