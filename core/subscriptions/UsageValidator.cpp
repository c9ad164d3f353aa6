#include "UsageValidator.h"

#include "PeriodRules.h"
#include "SubscriptionTimeline.h"

namespace subdesk::subscriptions {

UsageValidator::UsageValidator(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                               billing::DocumentRepository& documents)
    : m_catalog(catalog)
    , m_repository(repository)
    , m_documents(documents)
{ }

Result<QList<UsageRecord>> UsageValidator::validated(const QList<UsageRecord>& records) const
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
            Result<QSet<billing::BilledKey>> keys = m_documents.billedKeys(record.subscriptionId);
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
    return clean;
}

} // namespace subdesk::subscriptions
