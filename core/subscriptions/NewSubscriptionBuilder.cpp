#include "NewSubscriptionBuilder.h"

#include "ConfigResolver.h"
#include "billing/BillingCalendar.h"

namespace subdesk::subscriptions {

NewSubscriptionBuilder::NewSubscriptionBuilder(catalog::CatalogService& catalog,
                                               customers::CustomerRepository& customers, const Clock& clock)
    : m_catalog(catalog)
    , m_customers(customers)
    , m_clock(clock)
{ }

Result<PlannedEvents> NewSubscriptionBuilder::build(const NewSubscription& request) const
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
    return PlannedEvents {subscription, {event}};
}

} // namespace subdesk::subscriptions
