#pragma once

#include "common/Id.h"
#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace subdesk::billing {

/** What a document line charges or credits. */
enum class LineKind
{
    Plan, ///< a recurring plan fee for a period (or its prorated first part)
    AddOn, ///< a recurring add-on fee for a period
    OneTime, ///< a one-time add-on
    Setup, ///< a plan's setup fee
    Usage, ///< a metered charge, in arrears
    Discount, ///< a coupon (negative)
    ProrationCredit, ///< the unused part of what an immediate change replaced (negative)
    ProrationCharge, ///< the rest of the period on what an immediate change put in effect
    CancelCredit, ///< the unused part when cancelling or pausing with credit (negative)
};

QString lineKindKey(LineKind kind); ///< "plan", "add_on", "one_time", "setup", "usage", "discount", ...
std::optional<LineKind> lineKindFromKey(const QString& key);
QString lineKindName(LineKind kind); ///< translated

/**
 * One amount the engine says a subscription owes (or is owed). (subscription, chargeKey,
 * periodStart) identifies it for ever: the database bills each at most once (BILLING.md §3).
 */
struct BillingItem
{
    SubscriptionId subscriptionId;
    CustomerId customerId;
    /** Stable key of the charge: "plan", "addon:7", "usage:12", "setup", "coupon", "change:42:credit", ... */
    QString chargeKey;
    /** The period the line is for: [periodStart, periodEnd). */
    QDate periodStart;
    QDate periodEnd;
    /** The day it becomes billable: a run as of D bills it when dueDate ≤ D. */
    QDate dueDate;
    LineKind kind = LineKind::Plan;
    /** "Pro (monthly) × 3" */
    QString description;
    /** How the amount was computed, for the clerk: "Pro 24.95 × 22/30 days (2021-09-25 → 2021-10-17) = 18.30". */
    QString derivation;
    qint64 quantity = 1;
    Money amount;

    friend bool operator==(const BillingItem&, const BillingItem&) = default;
};

} // namespace subdesk::billing
