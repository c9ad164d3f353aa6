#include "SubscriptionService.h"

#include "ConfigResolver.h"
#include "billing/BillingEngine.h"
#include "billing/DocumentAssembler.h"
#include "common/EnumKeys.h"

#include <QCoreApplication>
#include <QLocale>

namespace subdesk::subscriptions {

namespace {

const EnumKey<Timing> kTimings[] = {
    {Timing::Immediately, "now"},
    {Timing::OnDate, "date"},
    {Timing::AtPeriodEnd, "period_end"},
};

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

/**
 * The latest day anything of the subscription is billed for (the start of its latest billed
 * period or adjustment); invalid when nothing is billed. Billed documents are final, so no event
 * may take effect before it.
 */
QDate latestBilledPeriod(const QSet<billing::BilledKey>& keys)
{
    QDate latest;
    for (const billing::BilledKey& key : keys) {
        if (!latest.isValid() || key.periodStart > latest)
            latest = key.periodStart;
    }
    return latest;
}

/** Whether the regular period starting on start is billed (under any of the subscription's calendars). */
bool billedPeriod(const QSet<billing::BilledKey>& keys, SubscriptionId id, QDate start)
{
    for (const billing::BilledKey& key : keys) {
        if (key.subscriptionId == id && key.periodStart == start
            && (key.chargeKey == QLatin1String("plan") || key.chargeKey.startsWith(QLatin1String("plan#"))))
            return true;
    }
    return false;
}

/** A configuring event dated after `date` (a scheduled change or a temporary change's end), or nullptr. */
const SubscriptionEvent* laterConfiguration(const Subscription& subscription, QDate date)
{
    for (const SubscriptionEvent& event : subscription.events) {
        if (event.config && event.kind != EventKind::Created && event.effectiveDate > date)
            return &event;
    }
    return nullptr;
}

/** A pause or cancellation dated after `date` (scheduled), or nullptr. */
const SubscriptionEvent* laterStop(const Subscription& subscription, QDate date)
{
    const SubscriptionEvent* found = nullptr;
    for (const SubscriptionEvent& event : subscription.events) {
        if (event.effectiveDate <= date)
            continue;
        if (event.kind == EventKind::Cancelled || event.kind == EventKind::Paused)
            found = &event;
        else if (event.kind == EventKind::Reactivated || event.kind == EventKind::Resumed)
            found = nullptr;
    }
    return found;
}

} // namespace

QString timingKey(Timing timing)
{
    return enumkeys::key(kTimings, timing);
}

std::optional<Timing> timingFromKey(const QString& key)
{
    return enumkeys::fromKey(kTimings, key);
}

SubscriptionService::SubscriptionService(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                                         billing::DocumentRepository& documents,
                                         customers::CustomerRepository& customers, UnitOfWorkFactory& units,
                                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_repository(repository)
    , m_documents(documents)
    , m_customers(customers)
    , m_units(units)
    , m_clock(clock)
{ }

Result<Outcome> SubscriptionService::create(const NewSubscription& request, bool dryRun)
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    Result<customers::Customer> customer = m_customers.find(request.customerId);
    if (!customer)
        return Error(ErrorCode::NotFound, tr("The customer does not exist."));
    if (customer->status == customers::CustomerStatus::Archived)
        return Error(ErrorCode::Invalid, tr("The customer %1 is archived.").arg(customer->displayName));
    const std::optional<Currency> currency = Currency::fromCode(customer->currency);
    if (!currency)
        return Error(ErrorCode::Invalid, tr("The customer %1 has no valid currency.").arg(customer->displayName));
    if (!request.startDate.isValid())
        return Error(ErrorCode::Invalid, tr("The subscription needs a start date."));
    if (Status s = request.interval.validate(); !s)
        return s.error();
    if (request.quantity < 1)
        return Error(ErrorCode::Invalid, tr("The quantity must be at least 1."));
    const catalog::Plan* plan = catalog.plan(request.planId);
    if (!plan)
        return Error(ErrorCode::NotFound, tr("The plan does not exist."));
    const int trialDays = request.trialDays.value_or(plan->trialDays);
    if (trialDays < 0 || trialDays > catalog::Plan::kMaxTrialDays)
        return Error(ErrorCode::Invalid, tr("The trial must be 0 to %1 days.").arg(catalog::Plan::kMaxTrialDays));
    const int maxAnchor = request.interval.unit == billing::IntervalUnit::Week ? 7
        : request.interval.unit == billing::IntervalUnit::Day                  ? 0
                                                                               : 31;
    if (request.anchorDay < 0 || request.anchorDay > maxAnchor) {
        return Error(ErrorCode::Invalid,
                     maxAnchor == 0 ? tr("Daily billing has no anchor day.")
                                    : tr("The anchor day must be 1 to %1.").arg(maxAnchor));
    }

    // Versions in effect when billing starts (the trial's end), so a trial converts at that day's price.
    const QDate priceDate = billing::BillingCalendar::trialEnd(request.startDate, trialDays);
    const ConfigResolver resolver(catalog, *currency);
    SubscriptionConfig config;
    config.planId = plan->id;
    config.interval = request.interval;
    config.quantity = request.quantity;
    config.anchorDay = request.anchorDay;
    Result<PriceVersionId> planVersion = resolver.planVersion(plan->id, request.interval, priceDate);
    if (!planVersion)
        return planVersion.error();
    config.planVersionId = *planVersion;
    SubscriptionEvent event;
    event.kind = EventKind::Created;
    event.effectiveDate = request.startDate;
    event.recordedAt = m_clock.now();
    event.note = request.note.trimmed();
    if (Status s = resolver.addOns(plan->id, request.interval, request.addOns, priceDate, {}, config.addOns,
                                   event.oneTimeCharges);
        !s)
        return s.error();
    Result<QList<MeteredLine>> metered = resolver.metered(plan->id, priceDate, {});
    if (!metered)
        return metered.error();
    config.metered = *metered;
    config.couponCode = catalog::Coupon::normalizedCode(request.couponCode);
    if (!config.couponCode.isEmpty()) {
        Result<int> redemptions = m_catalog.couponRedemptions(config.couponCode);
        if (!redemptions)
            return redemptions.error();
        if (Status s = resolver.coupon(config.couponCode, plan->id, request.startDate, *redemptions); !s)
            return s.error();
    }
    event.config = config;

    Subscription subscription;
    subscription.customerId = customer->id;
    subscription.currency = *currency;
    subscription.startDate = request.startDate;
    subscription.trialDays = trialDays;
    subscription.term = plan->term;
    return record(subscription, {event}, dryRun);
}

Result<Outcome> SubscriptionService::record(Subscription subscription, QList<SubscriptionEvent> events, bool dryRun,
                                            bool billNow)
{
    const bool isNew = !subscription.id.isValid();
    for (SubscriptionEvent& event : events) {
        event.subscriptionId = subscription.id;
        if (!event.recordedAt.isValid())
            event.recordedAt = m_clock.now();
    }
    QSet<billing::BilledKey> billed;
    if (!isNew) {
        Result<QSet<billing::BilledKey>> keys = m_documents.billedKeys(subscription.id);
        if (!keys)
            return keys.error();
        billed = std::move(keys).value();
        // Billed documents are final: no event may reach back before the latest billed period.
        const QDate latest = latestBilledPeriod(billed);
        for (const SubscriptionEvent& event : events) {
            if (latest.isValid() && event.effectiveDate < latest) {
                return Error(ErrorCode::Conflict,
                             tr("Subscription %1 is already billed for the period from %2, so this can take effect "
                                "on %2 at the earliest.")
                                 .arg(subscription.id.value)
                                 .arg(shortDate(latest)));
            }
        }
    }
    Subscription updated = subscription;
    updated.events.append(events);
    if (Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(updated); !timeline)
        return timeline.error();

    std::unique_ptr<UnitOfWork> unit;
    if (!dryRun) {
        Result<std::unique_ptr<UnitOfWork>> begun = m_units.begin();
        if (!begun)
            return begun.error();
        unit = std::move(begun).value();
        if (isNew) {
            Result<Subscription> stored = m_repository.insert(updated);
            if (!stored)
                return stored.error();
            updated = std::move(stored).value();
            events = updated.events;
        } else {
            Result<QList<SubscriptionEvent>> stored = m_repository.appendEvents(events);
            if (!stored)
                return stored.error();
            events = std::move(stored).value();
            updated.events = subscription.events;
            updated.events.append(events);
        }
    }

    // Bill what is due by today (or by the last run's date, if it ran ahead) and not billed yet.
    const QDate today = m_clock.today();
    const QDate billedThrough = subscription.billedThrough;
    // Without billNow and before any run, nothing is billed here (billUntil stays invalid).
    const QDate billUntil = billNow ? std::max(today, billedThrough.isValid() ? billedThrough : today) : billedThrough;
    QDate horizon = billUntil.isValid() ? std::max(billUntil, today) : today;
    for (const SubscriptionEvent& event : events)
        horizon = std::max(horizon, event.effectiveDate);
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(updated);
    if (!timeline)
        return timeline.error();
    for (const SubscriptionEvent& event : events) {
        const QDate next = timeline->nextBillingDate(event.effectiveDate.addDays(-1));
        if (next.isValid())
            horizon = std::max(horizon, next);
    }
    QList<UsageRecord> usage;
    if (!isNew) {
        Result<QList<UsageRecord>> loaded = m_repository.usage(updated.id, updated.startDate, horizon.addDays(1));
        if (!loaded)
            return loaded.error();
        usage = std::move(loaded).value();
    }
    const billing::BillingEngine engine(m_catalog.catalog());
    Result<QList<billing::BillingItem>> items = engine.items(updated, usage, QDate(), horizon);
    if (!items)
        return items.error();
    Outcome outcome;
    QList<billing::BillingItem> now;
    QDate documentDate;
    for (const billing::BillingItem& item : *items) {
        if (billed.contains({item.subscriptionId, item.chargeKey, item.periodStart}))
            continue;
        if (billUntil.isValid() && item.dueDate <= billUntil) {
            now.append(item);
            documentDate = documentDate.isValid() ? std::max(documentDate, item.dueDate) : item.dueDate;
        } else {
            outcome.laterItems.append(item);
        }
    }
    if (!now.isEmpty()) {
        Result<QList<billing::Document>> assembled = billing::DocumentAssembler::assemble(now, documentDate);
        if (!assembled)
            return assembled.error();
        outcome.documents = std::move(assembled).value();
        for (billing::Document& doc : outcome.documents)
            doc.createdAt = m_clock.now();
        if (!dryRun) {
            Result<QList<billing::Document>> stored = m_documents.insertDocuments(outcome.documents);
            if (!stored)
                return stored.error();
            outcome.documents = std::move(stored).value();
        }
    }
    if (!dryRun) {
        if (billUntil.isValid() && (!updated.billedThrough.isValid() || updated.billedThrough < billUntil)) {
            if (Status s = m_repository.setBilledThrough({{updated.id, billUntil}}); !s)
                return s.error();
            updated.billedThrough = billUntil;
        }
        if (Status s = unit->commit(); !s)
            return s.error();
        if (!m_batch)
            Q_EMIT subscriptionChanged(updated.id);
    }
    outcome.subscription = updated;
    outcome.newEvents = events;
    return outcome;
}

namespace {

/** The first day of the period containing date is date itself (a change there needs no proration if unbilled). */
bool isPeriodStart(const SubscriptionTimeline& timeline, QDate date)
{
    const std::optional<billing::BillingPeriod> period = timeline.periodOn(date);
    return period && period->start == date;
}

} // namespace

Result<QDate> SubscriptionService::effectiveDate(const SubscriptionTimeline& timeline, Timing timing, QDate date,
                                                 const Subscription& subscription) const
{
    const QDate today = m_clock.today();
    QDate d;
    switch (timing) {
    case Timing::Immediately:
        d = today;
        break;
    case Timing::OnDate:
        if (!date.isValid())
            return Error(ErrorCode::Invalid, tr("Give the date the change takes effect."));
        d = date;
        break;
    case Timing::AtPeriodEnd:
        if (const std::optional<billing::BillingPeriod> period = timeline.periodOn(today))
            d = period->end;
        else if (const QDate next = timeline.nextBillingDate(today.addDays(-1)); next.isValid())
            d = next;
        else
            d = today;
        break;
    }
    return std::max(d, subscription.startDate);
}

Result<QSet<billing::BilledKey>> SubscriptionService::billedKeys(SubscriptionId id)
{
    return m_documents.billedKeys(id);
}

Result<Outcome> SubscriptionService::change(const ChangeRequest& request, bool dryRun)
{
    Result<Subscription> subscription = m_repository.find(request.subscriptionId);
    if (!subscription)
        return subscription.error();
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(*subscription);
    if (!timeline)
        return timeline.error();
    Result<QDate> date = effectiveDate(*timeline, request.timing, request.date, *subscription);
    if (!date)
        return date.error();
    const QDate d = *date;
    const SubscriptionStatus status = timeline->statusOn(d);
    if (status == SubscriptionStatus::Cancelled || status == SubscriptionStatus::Expired)
        return Error(ErrorCode::Invalid, tr("The subscription has ended; reactivate it before changing it."));
    if (const SubscriptionEvent* later = laterConfiguration(*subscription, d)) {
        return Error(ErrorCode::Conflict,
                     tr("A change (%1) is already scheduled for %2; this change can take effect on that day or later.")
                         .arg(eventKindName(later->kind), shortDate(later->effectiveDate)));
    }
    const SubscriptionConfig current = *timeline->configOn(d);
    const catalog::Catalog& catalog = m_catalog.catalog();
    const ConfigResolver resolver(catalog, subscription->currency);

    SubscriptionConfig config = current;
    config.planId = request.planId.value_or(current.planId);
    config.interval = request.interval.value_or(current.interval);
    config.quantity = request.quantity.value_or(current.quantity);
    if (config.quantity < 1)
        return Error(ErrorCode::Invalid, tr("The quantity must be at least 1."));
    if (Status s = config.interval.validate(); !s)
        return s.error();
    const bool planChanged = config.planId != current.planId;
    const bool intervalChanged = config.interval != current.interval;
    if (request.temporaryDays > 0 && intervalChanged)
        return Error(ErrorCode::Invalid, tr("A temporary change keeps the billing interval."));
    if (planChanged || intervalChanged) {
        Result<PriceVersionId> version = resolver.planVersion(config.planId, config.interval, d);
        if (!version)
            return version.error();
        config.planVersionId = *version;
    }
    if (intervalChanged)
        config.anchorDay = 0; // the new period starts on the change: a new anchor (BILLING.md §4)
    if (planChanged) {
        Result<QList<MeteredLine>> metered = resolver.metered(config.planId, d, {});
        if (!metered)
            return metered.error();
        config.metered = *metered;
    }
    QList<OneTimeCharge> oneTime;
    if (request.addOns || planChanged || intervalChanged) {
        QList<AddOnChoice> choices;
        if (request.addOns) {
            choices = *request.addOns;
        } else {
            for (const AddOnLine& line : current.addOns)
                choices.append({line.addOnId, line.quantity});
        }
        config.addOns.clear();
        if (Status s = resolver.addOns(config.planId, config.interval, choices, d,
                                       intervalChanged ? QList<AddOnLine>() : current.addOns, config.addOns, oneTime);
            !s)
            return s.error();
    }
    if (request.couponCode) {
        config.couponCode = catalog::Coupon::normalizedCode(*request.couponCode);
        if (!config.couponCode.isEmpty() && config.couponCode != current.couponCode) {
            Result<int> redemptions = m_catalog.couponRedemptions(config.couponCode);
            if (!redemptions)
                return redemptions.error();
            if (Status s = resolver.coupon(config.couponCode, config.planId, d, *redemptions); !s)
                return s.error();
        }
    }
    if (config == current && oneTime.isEmpty())
        return Error(ErrorCode::Invalid, tr("Nothing changes: the subscription already has these terms."));

    Result<QSet<billing::BilledKey>> billed = billedKeys(subscription->id);
    if (!billed)
        return billed.error();
    const bool active = status == SubscriptionStatus::Active;
    auto prorated = [&](QDate on, Timing timing) {
        if (!active)
            return false;
        if (timing == Timing::AtPeriodEnd)
            return billedPeriod(*billed, subscription->id, on);
        return !isPeriodStart(*timeline, on) || billedPeriod(*billed, subscription->id, on);
    };
    QList<SubscriptionEvent> events;
    SubscriptionEvent event;
    event.kind = request.temporaryDays > 0 ? EventKind::TemporaryChange : EventKind::Changed;
    event.effectiveDate = d;
    event.prorate = prorated(d, request.timing);
    event.config = config;
    event.oneTimeCharges = oneTime;
    event.note = request.note.trimmed();
    events.append(event);
    if (request.temporaryDays > 0) {
        SubscriptionEvent revert;
        revert.kind = EventKind::Reverted;
        revert.effectiveDate = d.addDays(request.temporaryDays);
        revert.prorate = prorated(revert.effectiveDate, Timing::OnDate);
        revert.config = current;
        revert.relatedEvent = EventId(-1); // the temporary change stored with it (the first event of the call)
        events.append(revert);
    }
    return record(*subscription, events, dryRun);
}

Result<Outcome> SubscriptionService::stop(const StopRequest& request, EventKind kind, bool dryRun)
{
    Result<Subscription> subscription = m_repository.find(request.subscriptionId);
    if (!subscription)
        return subscription.error();
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(*subscription);
    if (!timeline)
        return timeline.error();
    Result<QDate> date = effectiveDate(*timeline, request.timing, request.date, *subscription);
    if (!date)
        return date.error();
    const QDate d = *date;
    const SubscriptionStatus status = timeline->statusOn(d);
    if (kind == EventKind::Paused && status == SubscriptionStatus::Trialing)
        return Error(ErrorCode::Invalid, tr("A trial cannot be paused: cancel it or let it run."));
    if (kind == EventKind::Paused && status != SubscriptionStatus::Active)
        return Error(ErrorCode::Invalid, tr("Only an active subscription can be paused."));
    if (status == SubscriptionStatus::Cancelled || status == SubscriptionStatus::Expired)
        return Error(ErrorCode::Invalid, tr("The subscription has already ended."));
    if (const SubscriptionEvent* later = laterStop(*subscription, d)) {
        return Error(ErrorCode::Conflict,
                     tr("The subscription is already %1 from %2.")
                         .arg(eventKindName(later->kind).toLower(), shortDate(later->effectiveDate)));
    }
    Result<QSet<billing::BilledKey>> billed = billedKeys(subscription->id);
    if (!billed)
        return billed.error();
    SubscriptionEvent event;
    event.kind = kind;
    QDate effective = d;
    if (status == SubscriptionStatus::Active && !request.credit && request.timing != Timing::AtPeriodEnd
        && isPeriodStart(*timeline, d) && billedPeriod(*billed, subscription->id, d)) {
        // Stopping without credit on the first day of a period already billed: the customer paid
        // for that period, so the service runs to its end (docs/billing-rules.md rule 4).
        effective = timeline->periodOn(d)->end;
    }
    event.effectiveDate = effective;
    const bool periodBilled = billedPeriod(*billed, subscription->id, effective);
    if (status == SubscriptionStatus::Active) {
        event.prorate = request.timing == Timing::AtPeriodEnd
            ? periodBilled
            : request.credit && (!isPeriodStart(*timeline, effective) || periodBilled);
    }
    event.note = request.note.trimmed();
    return record(*subscription, {event}, dryRun);
}

Result<Outcome> SubscriptionService::pause(const StopRequest& request, bool dryRun)
{
    return stop(request, EventKind::Paused, dryRun);
}

Result<Outcome> SubscriptionService::cancel(const StopRequest& request, bool dryRun)
{
    return stop(request, EventKind::Cancelled, dryRun);
}

Result<Outcome> SubscriptionService::resume(SubscriptionId id, QDate date, bool dryRun)
{
    Result<Subscription> subscription = m_repository.find(id);
    if (!subscription)
        return subscription.error();
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(*subscription);
    if (!timeline)
        return timeline.error();
    const QDate d = date.isValid() ? date : m_clock.today();
    if (timeline->statusOn(d) != SubscriptionStatus::Paused)
        return Error(ErrorCode::Invalid, tr("Only a paused subscription can be resumed."));
    SubscriptionEvent event;
    event.kind = EventKind::Resumed;
    event.effectiveDate = d;
    return record(*subscription, {event}, dryRun);
}

Result<Outcome> SubscriptionService::reactivate(SubscriptionId id, QDate date, bool dryRun)
{
    Result<Subscription> subscription = m_repository.find(id);
    if (!subscription)
        return subscription.error();
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(*subscription);
    if (!timeline)
        return timeline.error();
    QDate d = date.isValid() ? date : m_clock.today();
    const SubscriptionStatus status = timeline->statusOn(d);
    const QDate end = timeline->endDate();
    if (status != SubscriptionStatus::Cancelled && status != SubscriptionStatus::Expired) {
        if (!end.isValid() || end <= d)
            return Error(ErrorCode::Invalid, tr("Only a cancelled or expired subscription can be reactivated."));
        d = end; // withdraws a scheduled cancellation: the subscription simply continues
    }
    SubscriptionEvent event;
    event.kind = EventKind::Reactivated;
    event.effectiveDate = d;
    return record(*subscription, {event}, dryRun);
}

Result<int> SubscriptionService::migratePrice(PriceVersionId to, QDate date, const QList<SubscriptionId>& only)
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    const catalog::Price* price = catalog.priceOfVersion(to);
    const catalog::PriceVersion* version = catalog.version(to);
    if (!price || !version)
        return Error(ErrorCode::NotFound, tr("The price version does not exist."));
    if (!date.isValid() || date < version->effectiveFrom) {
        return Error(ErrorCode::Invalid,
                     tr("The new prices take effect on %1: migrate from that day or later.")
                         .arg(shortDate(version->effectiveFrom)));
    }
    QList<Subscription> subscriptions;
    if (only.isEmpty()) {
        Result<QList<Subscription>> all = m_repository.loadAll();
        if (!all)
            return all.error();
        subscriptions = std::move(all).value();
    } else {
        for (SubscriptionId id : only) {
            Result<Subscription> one = m_repository.find(id);
            if (!one)
                return one.error();
            subscriptions.append(*one);
        }
    }
    auto samePrice = [&](PriceVersionId v) { return v != to && catalog.priceOfVersion(v) == price; };
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    m_batch = true;
    int migrated = 0;
    for (const Subscription& subscription : subscriptions) {
        Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(subscription);
        if (!timeline) {
            m_batch = false;
            return timeline.error();
        }
        // From the first period start on or after the date, and after any change already
        // scheduled: a period is never repriced half-way and a scheduled change keeps its terms.
        QDate effective = std::max(date, subscription.startDate);
        for (const SubscriptionEvent& event : subscription.events) {
            if (event.config && event.effectiveDate > effective)
                effective = event.effectiveDate;
        }
        if (const Segment* seg = timeline->segmentOn(effective);
            seg && seg->status == SubscriptionStatus::Active && !isPeriodStart(*timeline, effective))
            effective = seg->calendar.nextBoundaryAfter(effective);
        const SubscriptionStatus status = timeline->statusOn(effective);
        if (status == SubscriptionStatus::Cancelled || status == SubscriptionStatus::Expired)
            continue;
        SubscriptionConfig config = *timeline->configOn(effective);
        bool changed = false;
        if (samePrice(config.planVersionId)) {
            config.planVersionId = to;
            changed = true;
        }
        for (AddOnLine& line : config.addOns) {
            if (samePrice(line.versionId)) {
                line.versionId = to;
                changed = true;
            }
        }
        for (MeteredLine& line : config.metered) {
            if (samePrice(line.versionId)) {
                line.versionId = to;
                changed = true;
            }
        }
        if (!changed)
            continue;
        Result<QSet<billing::BilledKey>> billed = billedKeys(subscription.id);
        if (!billed) {
            m_batch = false;
            return billed.error();
        }
        SubscriptionEvent event;
        event.kind = EventKind::PriceMigrated;
        event.effectiveDate = effective;
        event.prorate = status == SubscriptionStatus::Active && billedPeriod(*billed, subscription.id, effective);
        event.config = config;
        Result<Outcome> outcome = record(subscription, {event}, false, false);
        if (!outcome) {
            m_batch = false;
            return Error(outcome.error().code,
                         tr("Subscription %1: %2").arg(subscription.id.value).arg(outcome.error().message));
        }
        ++migrated;
    }
    m_batch = false;
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    if (migrated > 0)
        Q_EMIT subscriptionsReset();
    return migrated;
}

Result<QList<UsageRecord>> SubscriptionService::addUsage(const QList<UsageRecord>& records)
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    QHash<SubscriptionId, Subscription> subscriptions;
    QHash<SubscriptionId, QSet<billing::BilledKey>> billed;
    QList<UsageRecord> clean;
    for (qsizetype i = 0; i < records.size(); ++i) {
        UsageRecord record = records.at(i);
        auto fail = [&](const QString& why) {
            return Error(ErrorCode::Invalid, tr("Usage record %1: %2").arg(i + 1).arg(why));
        };
        record.metricCode = catalog::MeteredCharge::normalizedMetric(record.metricCode);
        if (!record.date.isValid())
            return fail(tr("the date is missing or not a valid date."));
        if (record.quantity < 0)
            return fail(tr("the quantity %1 is negative.").arg(record.quantity));
        if (!subscriptions.contains(record.subscriptionId)) {
            Result<Subscription> found = m_repository.find(record.subscriptionId);
            if (!found)
                return fail(tr("there is no subscription %1.").arg(record.subscriptionId.value));
            subscriptions.insert(record.subscriptionId, *found);
            Result<QSet<billing::BilledKey>> keys = billedKeys(record.subscriptionId);
            if (!keys)
                return keys.error();
            billed.insert(record.subscriptionId, *keys);
        }
        const Subscription& subscription = subscriptions.value(record.subscriptionId);
        Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(subscription);
        if (!timeline)
            return timeline.error();
        const std::optional<SubscriptionConfig> config = timeline->configOn(record.date);
        const MeteredLine* line = nullptr;
        if (config && record.date >= subscription.startDate) {
            for (const MeteredLine& m : config->metered) {
                const catalog::MeteredCharge* charge = catalog.meteredCharge(m.chargeId);
                if (charge && charge->metricCode == record.metricCode)
                    line = &m;
            }
        }
        if (!line) {
            return fail(tr("subscription %1 has no metered charge \"%2\" on %3.")
                            .arg(record.subscriptionId.value)
                            .arg(record.metricCode, shortDate(record.date)));
        }
        const Segment* segment = timeline->segmentOn(record.date);
        if (!segment || segment->status != SubscriptionStatus::Active
            || (record.date < segment->billFrom && segment->startsCalendar)) {
            return fail(tr("subscription %1 is not billed on %2 (trial, pause, or time already paid), so its "
                           "usage then is not charged.")
                            .arg(record.subscriptionId.value)
                            .arg(shortDate(record.date)));
        }
        const std::optional<billing::BillingPeriod> period = timeline->periodOn(record.date);
        if (period && subscription.billedThrough.isValid() && period->end <= subscription.billedThrough) {
            return fail(tr("the period %1 is already billed (billing ran through %2).")
                            .arg(period->toString(), shortDate(subscription.billedThrough)));
        }
        if (period
            && billed.value(record.subscriptionId)
                   .contains(
                       {record.subscriptionId, QStringLiteral("usage:%1").arg(line->chargeId.value), period->start})) {
            return fail(
                tr("the usage of %1 is already billed for the period %2.").arg(record.metricCode, period->toString()));
        }
        record.id = UsageId();
        clean.append(record);
    }
    return m_repository.addUsage(clean);
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
    Result<customers::Customer> customer = m_customers.find(subscription.customerId);
    Result<SubscriptionSummary> row = summaryRow(subscription, on);
    if (row && customer)
        row->customerName = customer->displayName;
    return row;
}

Result<QList<SubscriptionSummary>> SubscriptionService::summariesForCustomer(CustomerId customerId, QDate on)
{
    Result<customers::Customer> customer = m_customers.find(customerId);
    if (!customer)
        return customer.error();
    Result<QList<Subscription>> subscriptions = m_repository.loadForCustomer(customerId);
    if (!subscriptions)
        return subscriptions.error();
    QList<SubscriptionSummary> rows;
    for (const Subscription& subscription : *subscriptions) {
        Result<SubscriptionSummary> row = summaryRow(subscription, on);
        if (!row)
            return Error(row.error().code,
                         tr("Subscription %1: %2").arg(subscription.id.value).arg(row.error().message));
        row->customerName = customer->displayName;
        rows.append(*row);
    }
    return rows;
}

Result<SubscriptionSummary> SubscriptionService::summaryRow(const Subscription& subscription, QDate on)
{
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(subscription);
    if (!timeline)
        return timeline.error();
    const catalog::Catalog& catalog = m_catalog.catalog();
    SubscriptionSummary row;
    row.id = subscription.id;
    row.customerId = subscription.customerId;
    row.status = timeline->statusOn(on);
    const SubscriptionConfig config = *timeline->configOn(on);
    row.planId = config.planId;
    if (const catalog::Plan* plan = catalog.plan(config.planId)) {
        row.planCode = plan->code;
        row.planName = plan->name;
    }
    row.interval = config.interval;
    row.quantity = config.quantity;
    row.couponCode = config.couponCode;
    row.startDate = subscription.startDate;
    row.nextBillingDate = timeline->nextBillingDate(on);
    row.endDate = timeline->endDate();
    Result<Money> amount = billing::BillingEngine(catalog).periodAmount(config, subscription.currency);
    row.periodAmount = amount ? *amount : Money::zero(subscription.currency);
    return row;
}

Result<QList<SubscriptionSummary>> SubscriptionService::summaries(QDate on)
{
    Result<QList<Subscription>> all = m_repository.loadAll();
    if (!all)
        return all.error();
    Result<QList<customers::Customer>> customers = m_customers.loadAll();
    if (!customers)
        return customers.error();
    QHash<CustomerId, QString> names;
    names.reserve(customers->size());
    for (const customers::Customer& c : *customers)
        names.insert(c.id, c.displayName);
    QList<SubscriptionSummary> rows;
    rows.reserve(all->size());
    for (const Subscription& subscription : *all) {
        Result<SubscriptionSummary> row = summaryRow(subscription, on);
        if (!row)
            return Error(row.error().code,
                         tr("Subscription %1: %2").arg(subscription.id.value).arg(row.error().message));
        row->customerName = names.value(subscription.customerId);
        rows.append(*row);
    }
    return rows;
}

} // namespace subdesk::subscriptions
