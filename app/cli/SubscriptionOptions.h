#pragma once

#include "CommandSupport.h"
#include "subscriptions/SubscriptionService.h"

namespace subdesk::cli {

/** One --addon CODE[:QTY] as written, before the catalog is consulted. */
struct AddOnRequest
{
    QString code;
    qint64 quantity = 1;
};

/** Every --addon value; a malformed one ("EXTRA:x") is a usage error. */
std::optional<QList<AddOnRequest>> addOnRequests(OptionReader& reader);

/** The requests as choices of the catalog's add-ons; an unknown code is reported (exit status 1). */
std::optional<QList<subscriptions::AddOnChoice>> resolveAddOns(const catalog::Catalog& catalog,
                                                               const QList<AddOnRequest>& requests);

/** When a change, pause or cancellation takes effect. */
struct TimingChoice
{
    subscriptions::Timing timing = subscriptions::Timing::Immediately;
    QDate date;
};

/** --now, --on DATE, --at-period-end. */
QList<OptionSpec> timingOptions(bool atPeriodEnd = true);
/** The timing the flags choose (default --now); more than one of them is a usage error. */
std::optional<TimingChoice> timingFromOptions(OptionReader& reader);

/**
 * The billing interval for a new subscription to plan: --interval when given, else the interval of
 * the plan's prices when they all share one. A plan without prices is refused (exit status 1); one
 * sold at several intervals needs --interval (usage error).
 */
std::variant<billing::BillingInterval, ExitCode> intervalForPlan(OptionReader& reader, const catalog::Catalog& catalog,
                                                                 const catalog::Plan& plan);

} // namespace subdesk::cli
