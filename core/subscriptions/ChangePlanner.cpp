#include "ChangePlanner.h"

#include "ConfigResolver.h"
#include "PeriodRules.h"

namespace subdesk::subscriptions {

namespace {

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

ChangePlanner::ChangePlanner(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                             billing::DocumentRepository& documents, const Clock& clock)
    : m_catalog(catalog)
    , m_repository(repository)
    , m_documents(documents)
    , m_clock(clock)
{ }

Result<ChangePlanner::Loaded> ChangePlanner::load(SubscriptionId id) const
{
    Result<Subscription> subscription = m_repository.find(id);
    if (!subscription)
        return subscription.error();
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(*subscription);
    if (!timeline)
        return timeline.error();
    return Loaded {std::move(subscription).value(), std::move(timeline).value()};
}

Result<ChangePlanner::Scheduled> ChangePlanner::schedule(SubscriptionId id, Timing timing, QDate date) const
{
    Result<Loaded> loaded = load(id);
    if (!loaded)
        return loaded.error();
    Result<QDate> effective = effectiveDate(loaded->timeline, timing, date, loaded->subscription);
    if (!effective)
        return effective.error();
    const SubscriptionStatus status = loaded->timeline.statusOn(*effective);
    return Scheduled {std::move(loaded->subscription), std::move(loaded->timeline), *effective, status};
}

Result<QDate> ChangePlanner::effectiveDate(const SubscriptionTimeline& timeline, Timing timing, QDate date,
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

Result<ChangePlanner::NewTerms> ChangePlanner::newTerms(const ChangeRequest& request, const SubscriptionConfig& current,
                                                        const Currency& currency, QDate d) const
{
    const ConfigResolver resolver(m_catalog.catalog(), currency);
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
    return NewTerms {config, oneTime};
}

Result<PlannedEvents> ChangePlanner::change(const ChangeRequest& request) const
{
    Result<Scheduled> scheduled = schedule(request.subscriptionId, request.timing, request.date);
    if (!scheduled)
        return scheduled.error();
    const Scheduled& target = *scheduled;
    if (target.status == SubscriptionStatus::Cancelled || target.status == SubscriptionStatus::Expired)
        return Error(ErrorCode::Invalid, tr("The subscription has ended; reactivate it before changing it."));
    if (const SubscriptionEvent* later = laterConfiguration(target.subscription, target.date)) {
        return Error(ErrorCode::Conflict,
                     tr("A change (%1) is already scheduled for %2; this change can take effect on that day or later.")
                         .arg(eventKindName(later->kind), shortDate(later->effectiveDate)));
    }
    const SubscriptionConfig current = *target.timeline.configOn(target.date);
    Result<NewTerms> terms = newTerms(request, current, target.subscription.currency, target.date);
    if (!terms)
        return terms.error();
    if (terms->config == current && terms->oneTime.isEmpty())
        return Error(ErrorCode::Invalid, tr("Nothing changes: the subscription already has these terms."));

    Result<QSet<billing::BilledKey>> billed = m_documents.billedKeys(target.subscription.id);
    if (!billed)
        return billed.error();
    const bool active = target.status == SubscriptionStatus::Active;
    auto prorated = [&](QDate on, Timing timing) {
        if (!active)
            return false;
        if (timing == Timing::AtPeriodEnd)
            return isBilledPeriod(*billed, target.subscription.id, on);
        return !isPeriodStart(target.timeline, on) || isBilledPeriod(*billed, target.subscription.id, on);
    };
    QList<SubscriptionEvent> events;
    SubscriptionEvent event;
    event.kind = request.temporaryDays > 0 ? EventKind::TemporaryChange : EventKind::Changed;
    event.effectiveDate = target.date;
    event.prorate = prorated(target.date, request.timing);
    event.config = terms->config;
    event.oneTimeCharges = terms->oneTime;
    event.note = request.note.trimmed();
    events.append(event);
    if (request.temporaryDays > 0) {
        SubscriptionEvent revert;
        revert.kind = EventKind::Reverted;
        revert.effectiveDate = target.date.addDays(request.temporaryDays);
        revert.prorate = prorated(revert.effectiveDate, Timing::OnDate);
        revert.config = current;
        revert.relatedEvent = EventId(-1); // the temporary change stored with it (the first event of the call)
        events.append(revert);
    }
    return PlannedEvents {target.subscription, events};
}

Result<PlannedEvents> ChangePlanner::stop(const StopRequest& request, EventKind kind) const
{
    Result<Scheduled> scheduled = schedule(request.subscriptionId, request.timing, request.date);
    if (!scheduled)
        return scheduled.error();
    const Scheduled& target = *scheduled;
    if (kind == EventKind::Paused && target.status == SubscriptionStatus::Trialing)
        return Error(ErrorCode::Invalid, tr("A trial cannot be paused: cancel it or let it run."));
    if (kind == EventKind::Paused && target.status != SubscriptionStatus::Active)
        return Error(ErrorCode::Invalid, tr("Only an active subscription can be paused."));
    if (target.status == SubscriptionStatus::Cancelled || target.status == SubscriptionStatus::Expired)
        return Error(ErrorCode::Invalid, tr("The subscription has already ended."));
    if (const SubscriptionEvent* later = laterStop(target.subscription, target.date)) {
        return Error(ErrorCode::Conflict,
                     tr("The subscription is already %1 from %2.")
                         .arg(eventKindName(later->kind).toLower(), shortDate(later->effectiveDate)));
    }
    Result<QSet<billing::BilledKey>> billed = m_documents.billedKeys(target.subscription.id);
    if (!billed)
        return billed.error();
    SubscriptionEvent event;
    event.kind = kind;
    QDate effective = target.date;
    if (target.status == SubscriptionStatus::Active && !request.credit && request.timing != Timing::AtPeriodEnd
        && isPeriodStart(target.timeline, target.date)
        && isBilledPeriod(*billed, target.subscription.id, target.date)) {
        // Stopping without credit on the first day of a period already billed: the customer paid
        // for that period, so the service runs to its end (docs/billing-rules.md rule 4).
        effective = target.timeline.periodOn(target.date)->end;
    }
    event.effectiveDate = effective;
    const bool periodBilled = isBilledPeriod(*billed, target.subscription.id, effective);
    if (target.status == SubscriptionStatus::Active) {
        event.prorate = request.timing == Timing::AtPeriodEnd
            ? periodBilled
            : request.credit && (!isPeriodStart(target.timeline, effective) || periodBilled);
    }
    event.note = request.note.trimmed();
    return PlannedEvents {target.subscription, {event}};
}

Result<PlannedEvents> ChangePlanner::resume(SubscriptionId id, QDate date) const
{
    Result<Loaded> loaded = load(id);
    if (!loaded)
        return loaded.error();
    const QDate d = date.isValid() ? date : m_clock.today();
    if (loaded->timeline.statusOn(d) != SubscriptionStatus::Paused)
        return Error(ErrorCode::Invalid, tr("Only a paused subscription can be resumed."));
    SubscriptionEvent event;
    event.kind = EventKind::Resumed;
    event.effectiveDate = d;
    return PlannedEvents {loaded->subscription, {event}};
}

Result<PlannedEvents> ChangePlanner::reactivate(SubscriptionId id, QDate date) const
{
    Result<Loaded> loaded = load(id);
    if (!loaded)
        return loaded.error();
    QDate d = date.isValid() ? date : m_clock.today();
    const SubscriptionStatus status = loaded->timeline.statusOn(d);
    const QDate end = loaded->timeline.endDate();
    if (status != SubscriptionStatus::Cancelled && status != SubscriptionStatus::Expired) {
        if (!end.isValid() || end <= d)
            return Error(ErrorCode::Invalid, tr("Only a cancelled or expired subscription can be reactivated."));
        d = end; // withdraws a scheduled cancellation: the subscription simply continues
    }
    SubscriptionEvent event;
    event.kind = EventKind::Reactivated;
    event.effectiveDate = d;
    return PlannedEvents {loaded->subscription, {event}};
}

} // namespace subdesk::subscriptions
