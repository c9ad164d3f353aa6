#pragma once

#include "SubscriptionRequests.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"

#include <QCoreApplication>

namespace subdesk::subscriptions {

/**
 * Checks what the clerk filled in to subscribe a customer (the customer is active and has a
 * currency, the plan, quantity, trial and anchor day are valid) and builds the new subscription
 * with its Created event: the price versions in effect when billing starts (the trial's end)
 * pinned, the add-ons, metered charges and coupon resolved against the catalog (BILLING.md §2).
 */
class NewSubscriptionBuilder
{
    // The messages keep the translation context they had in SubscriptionService.
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::SubscriptionService)

public:
    NewSubscriptionBuilder(catalog::CatalogService& catalog, customers::CustomerRepository& customers,
                           const Clock& clock);

    /** The subscription to store (no id yet) and its Created event. */
    Result<PlannedEvents> build(const NewSubscription& request) const;

private:
    catalog::CatalogService& m_catalog;
    customers::CustomerRepository& m_customers;
    const Clock& m_clock;
};

} // namespace subdesk::subscriptions
