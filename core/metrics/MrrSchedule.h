#pragma once

#include "MrrSpan.h"
#include "billing/BillingInterval.h"
#include "common/Result.h"
#include "subscriptions/Subscription.h"

#include <QList>

namespace subdesk::catalog {
class Catalog;
}

namespace subdesk::metrics {

/**
 * A subscription's MRR over time (BILLING.md §10), pure: from its event log (SubscriptionTimeline)
 * and the catalog. On each day the MRR is the recurring price in effect (plan + recurring add-ons,
 * for the quantity and pricing model, at the pinned price versions) minus the discount of a
 * recurring coupon (Repeating or Forever) while it applies, normalised to a month and rounded half
 * up once: month ÷ count, year ÷ (12 × count), week × 52 ÷ (12 × count), day × 365 ÷ (12 × count).
 * Tax, setup fees, one-time add-ons, usage and once-only coupons are not in MRR. Trialing, paused,
 * scheduled, cancelled and expired days are 0; a cancellation at period end counts until the
 * service ends. Adjacent spans with equal plan and amount are merged; zero spans are left out.
 */
class MrrSchedule
{
public:
    explicit MrrSchedule(const catalog::Catalog& catalog)
        : m_catalog(catalog)
    { }

    /** The positive-MRR spans of subscription, ordered by date. Errors: invalid event log, missing price. */
    Result<QList<MrrSpan>> spans(const subscriptions::Subscription& subscription) const;

    /** periodMinor per interval normalised to one month, rounded half up (see above). */
    static Result<qint64> monthly(qint64 periodMinor, const billing::BillingInterval& interval);

private:
    const catalog::Catalog& m_catalog;
};

} // namespace subdesk::metrics
