#include "EventRecorder.h"

#include "PeriodRules.h"
#include "billing/BillingEngine.h"
#include "billing/DocumentAssembler.h"

namespace subdesk::subscriptions {

EventRecorder::EventRecorder(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                             billing::DocumentRepository& documents, UnitOfWorkFactory& units, const Clock& clock)
    : m_catalog(catalog)
    , m_repository(repository)
    , m_documents(documents)
    , m_units(units)
    , m_clock(clock)
{ }

Result<Outcome> EventRecorder::record(Subscription subscription, QList<SubscriptionEvent> events, bool dryRun,
                                      bool billNow) const
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
    }
    outcome.subscription = updated;
    outcome.newEvents = events;
    return outcome;
}

} // namespace subdesk::subscriptions
