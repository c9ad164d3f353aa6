#pragma once

#include "SubscriptionConfig.h"
#include "SubscriptionEvent.h"
#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace subdesk::subscriptions {

struct AddOnChoice;

/**
 * Turns what the clerk chose (plan, interval, add-ons, coupon) into a SubscriptionConfig with the
 * price versions in effect on a date pinned, checking everything against the catalog: the plan
 * has a price in the currency and interval, the add-ons are allowed and priced, the coupon exists,
 * applies to the plan, has not expired and has redemptions left.
 */
class ConfigResolver
{
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::ConfigResolver)
public:
    ConfigResolver(const catalog::Catalog& catalog, Currency currency)
        : m_catalog(catalog)
        , m_currency(std::move(currency))
    { }

    /** The plan's price version in effect on `on` for interval. */
    Result<PriceVersionId> planVersion(PlanId plan, const billing::BillingInterval& interval, QDate on) const;
    /**
     * Recurring add-on lines (keeping `keep`'s pinned versions for add-ons already on it) and
     * one-time charges from choices, for a subscription to plan billed every interval.
     */
    Status addOns(PlanId plan, const billing::BillingInterval& interval, const QList<AddOnChoice>& choices, QDate on,
                  const QList<AddOnLine>& keep, QList<AddOnLine>& recurring, QList<OneTimeCharge>& oneTime) const;
    /** The plan's metered charges with their versions on `on` (keeping `keep`'s pinned ones). */
    Result<QList<MeteredLine>> metered(PlanId plan, QDate on, const QList<MeteredLine>& keep) const;
    /** Checks that code (normalised, non-empty) may be redeemed on `on` for plan after `redemptions` redemptions. */
    Status coupon(const QString& code, PlanId plan, QDate on, int redemptions) const;

private:
    Result<PriceVersionId> versionOf(catalog::PriceOwner owner, qint64 ownerId,
                                     std::optional<billing::BillingInterval> interval, QDate on,
                                     const QString& what) const;

    const catalog::Catalog& m_catalog;
    Currency m_currency;
};

} // namespace subdesk::subscriptions
