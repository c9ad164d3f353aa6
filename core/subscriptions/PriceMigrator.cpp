#include "PriceMigrator.h"

#include "PeriodRules.h"

namespace subdesk::subscriptions {

PriceMigrator::PriceMigrator(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                             billing::DocumentRepository& documents, UnitOfWorkFactory& units,
                             const EventRecorder& recorder)
    : m_catalog(catalog)
    , m_repository(repository)
    , m_documents(documents)
    , m_units(units)
    , m_recorder(recorder)
{ }

Result<int> PriceMigrator::migrate(PriceVersionId to, QDate date, const QList<SubscriptionId>& only) const
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
    Result<QList<Subscription>> subscriptions = load(only);
    if (!subscriptions)
        return subscriptions.error();
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    int migrated = 0;
    for (const Subscription& subscription : *subscriptions) {
        Result<std::optional<SubscriptionEvent>> event = migration(subscription, to, price, date);
        if (!event)
            return event.error();
        if (!*event)
            continue;
        Result<Outcome> outcome = m_recorder.record(subscription, {**event}, false, false);
        if (!outcome) {
            return Error(outcome.error().code,
                         tr("Subscription %1: %2").arg(subscription.id.value).arg(outcome.error().message));
        }
        ++migrated;
    }
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return migrated;
}

Result<QList<Subscription>> PriceMigrator::load(const QList<SubscriptionId>& only) const
{
    if (only.isEmpty())
        return m_repository.loadAll();
    QList<Subscription> subscriptions;
    for (SubscriptionId id : only) {
        Result<Subscription> one = m_repository.find(id);
        if (!one)
            return one.error();
        subscriptions.append(*one);
    }
    return subscriptions;
}

Result<std::optional<SubscriptionEvent>> PriceMigrator::migration(const Subscription& subscription, PriceVersionId to,
                                                                  const catalog::Price* price, QDate date) const
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    auto samePrice = [&](PriceVersionId v) { return v != to && catalog.priceOfVersion(v) == price; };
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(subscription);
    if (!timeline)
        return timeline.error();
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
        return std::optional<SubscriptionEvent>();
    SubscriptionConfig config = *timeline->configOn(effective);
    bool changed = false;
    auto repin = [&](PriceVersionId& version) {
        if (samePrice(version)) {
            version = to;
            changed = true;
        }
    };
    repin(config.planVersionId);
    for (AddOnLine& line : config.addOns)
        repin(line.versionId);
    for (MeteredLine& line : config.metered)
        repin(line.versionId);
    if (!changed)
        return std::optional<SubscriptionEvent>();
    Result<QSet<billing::BilledKey>> billed = m_documents.billedKeys(subscription.id);
    if (!billed)
        return billed.error();
    SubscriptionEvent event;
    event.kind = EventKind::PriceMigrated;
    event.effectiveDate = effective;
    event.prorate = status == SubscriptionStatus::Active && isBilledPeriod(*billed, subscription.id, effective);
    event.config = config;
    return std::optional<SubscriptionEvent>(event);
}

} // namespace subdesk::subscriptions
