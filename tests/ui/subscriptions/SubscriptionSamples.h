#pragma once

#include "billing/BillingInterval.h"
#include "subscriptions/SubscriptionService.h"

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::test {

/** What addSubscriptionSamples() stored. */
struct SubscriptionSamples
{
    PlanId basic; ///< BASIC: 10.00 flat monthly, 100.00 flat yearly; add-ons STORAGE and ONBOARD
    PlanId pro; ///< PRO: 8.00 per seat monthly, 14 trial days by default; add-on STORAGE
    AddOnId storage; ///< STORAGE: recurring, 5.00 monthly
    AddOnId onboarding; ///< ONBOARD: one-time, 50.00
    CustomerId virtanen; ///< "Virtanen Oy", EUR
    CustomerId aalto; ///< "Aalto Tmi", EUR
    CustomerId rossi; ///< "Rossi Srl", EUR
};

/**
 * Fills a fresh company with a small catalog (product "Cloud backup", plans BASIC and PRO, add-ons
 * STORAGE and ONBOARD, coupon WELCOME10 = 10% once, all prices in EUR from 2026-01-01) and three
 * customers, through the services as a clerk would.
 */
Result<SubscriptionSamples> addSubscriptionSamples(storage::CompanyFile& company);

/** A request for customer on plan from start: monthly, no anchor day, no trial. */
subscriptions::NewSubscription monthly(CustomerId customer, PlanId plan, qint64 quantity, QDate start);

} // namespace subdesk::test
