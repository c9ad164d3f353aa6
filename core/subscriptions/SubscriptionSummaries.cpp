#include "SubscriptionSummaries.h"

#include "SubscriptionTimeline.h"
#include "billing/BillingEngine.h"

namespace subdesk::subscriptions {

SubscriptionSummaries::SubscriptionSummaries(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                                             customers::CustomerRepository& customers)
    : m_catalog(catalog)
    , m_repository(repository)
    , m_customers(customers)
{ }

Result<QList<SubscriptionSummary>> SubscriptionSummaries::all(QDate on) const
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
    return rows(*all, on, [&](const Subscription& subscription) { return names.value(subscription.customerId); });
}

Result<QList<SubscriptionSummary>> SubscriptionSummaries::forCustomer(CustomerId customerId, QDate on) const
{
    Result<customers::Customer> customer = m_customers.find(customerId);
    if (!customer)
        return customer.error();
    Result<QList<Subscription>> subscriptions = m_repository.loadForCustomer(customerId);
    if (!subscriptions)
        return subscriptions.error();
    return rows(*subscriptions, on, [&](const Subscription&) { return customer->displayName; });
}

Result<SubscriptionSummary> SubscriptionSummaries::of(const Subscription& subscription, QDate on) const
{
    Result<customers::Customer> customer = m_customers.find(subscription.customerId);
    Result<SubscriptionSummary> summary = row(subscription, on);
    if (summary && customer)
        summary->customerName = customer->displayName;
    return summary;
}

Result<QList<SubscriptionSummary>>
SubscriptionSummaries::rows(const QList<Subscription>& subscriptions, QDate on,
                            const std::function<QString(const Subscription&)>& nameOf) const
{
    QList<SubscriptionSummary> summaries;
    summaries.reserve(subscriptions.size());
    for (const Subscription& subscription : subscriptions) {
        Result<SubscriptionSummary> summary = row(subscription, on);
        if (!summary)
            return Error(summary.error().code,
                         tr("Subscription %1: %2").arg(subscription.id.value).arg(summary.error().message));
        summary->customerName = nameOf(subscription);
        summaries.append(*summary);
    }
    return summaries;
}

Result<SubscriptionSummary> SubscriptionSummaries::row(const Subscription& subscription, QDate on) const
{
    Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(subscription);
    if (!timeline)
        return timeline.error();
    const catalog::Catalog& catalog = m_catalog.catalog();
    SubscriptionSummary summary;
    summary.id = subscription.id;
    summary.customerId = subscription.customerId;
    summary.status = timeline->statusOn(on);
    const SubscriptionConfig config = *timeline->configOn(on);
    summary.planId = config.planId;
    if (const catalog::Plan* plan = catalog.plan(config.planId)) {
        summary.planCode = plan->code;
        summary.planName = plan->name;
    }
    summary.interval = config.interval;
    summary.quantity = config.quantity;
    summary.couponCode = config.couponCode;
    summary.startDate = subscription.startDate;
    summary.nextBillingDate = timeline->nextBillingDate(on);
    summary.endDate = timeline->endDate();
    Result<Money> amount = billing::BillingEngine(catalog).periodAmount(config, subscription.currency);
    summary.periodAmount = amount ? *amount : Money::zero(subscription.currency);
    return summary;
}

} // namespace subdesk::subscriptions
