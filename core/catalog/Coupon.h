#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace subdesk::catalog {

/** What a coupon takes off (BILLING.md §7). */
enum class CouponKind
{
    Percent, ///< a share of each targeted line, in basis points (2500 = 25%)
    FixedAmount, ///< an amount off the targeted lines together, never more than they total
};

/** For how many billing periods a redeemed coupon keeps applying (BILLING.md §7). */
enum class CouponDuration
{
    Once, ///< the first billed period after redemption only
    Repeating, ///< the first N billed periods after redemption
    Forever,
};

const QList<CouponKind>& allCouponKinds();
/** Stable snake_case key used by the database, files and the CLI ("fixed_amount"). Never translated. */
QString couponKindKey(CouponKind kind);
std::optional<CouponKind> couponKindFromKey(const QString& key);
/** Translated name ("Fixed amount"). */
QString couponKindName(CouponKind kind);

const QList<CouponDuration>& allCouponDurations();
/** Stable key: "once", "repeating" or "forever". Never translated. */
QString couponDurationKey(CouponDuration duration);
std::optional<CouponDuration> couponDurationFromKey(const QString& key);
/** Translated name ("Repeating"). */
QString couponDurationName(CouponDuration duration);

/** Basis points as a percentage without trailing zeros: 2500 → "25%", 1250 → "12.5%", 1 → "0.01%". */
QString formatBasisPoints(int basisPoints);

/**
 * A coupon of the catalog: a plain value that storage, views and the CLI pass around as copies.
 * Nothing is checked on assignment; validate() names the first broken rule.
 *
 * Only the field of the coupon's kind counts: percentBasisPoints for Percent, amountOff for
 * FixedAmount (the other one is ignored, but still compared by ==). Likewise durationPeriods only
 * counts for Repeating.
 */
struct Coupon
{
    static constexpr int kMinCodeLength = 3;
    static constexpr int kMaxCodeLength = 32;
    static constexpr int kMaxBasisPoints = 10000; ///< 100%

    /** The stored coupon's id; invalid until stored. */
    CouponId id;
    /** Upper-case ASCII letters, digits, '-' and '_', 3 to 32 characters ("SPRING25"). */
    QString code;
    /** What the clerk and the customer read ("Spring sale 2026"); must not be blank. */
    QString name;
    CouponKind kind = CouponKind::Percent;
    /** Percent: 1..10000 (0.01% to 100%). */
    int percentBasisPoints = 0;
    /** FixedAmount: more than zero; the targeted lines must be in its currency. */
    Money amountOff;
    CouponDuration duration = CouponDuration::Once;
    /** Repeating: how many billed periods, at least 1. */
    int durationPeriods = 0;
    /** The plan codes the coupon is limited to; empty means every plan. */
    QSet<QString> planCodes;
    /** How many times the coupon may be redeemed in total (at least 1); nullopt = no limit. */
    std::optional<int> redemptionLimit;
    /** Redemptions on or after this date are refused; nullopt = never expires. */
    std::optional<QDate> expiresOn;

    /** A percentage coupon that applies once to every plan. */
    static Coupon percentOff(QString code, QString name, int basisPoints);
    /** A fixed-amount coupon that applies once to every plan. */
    static Coupon fixedAmountOff(QString code, QString name, Money amount);

    /** The code as a clerk may have typed it, trimmed and upper-cased, for look-ups. */
    static QString normalizedCode(const QString& typed);

    /** Ok, or an Invalid error whose translated message names the first broken rule. */
    Status validate() const;

    /** Whether the coupon may discount a subscription to planCode (exact match; no limit = all plans). */
    bool appliesToPlan(const QString& planCode) const;

    /**
     * Whether the coupon discounts the billed period periodIndex, counted from the redemption:
     * 0 is the first period billed after it. Once applies to period 0 only, Repeating N to
     * periods 0..N−1, Forever to all. A negative index is never discounted.
     */
    bool appliesInPeriod(int periodIndex) const;

    /**
     * Whether the coupon discounts recurring revenue beyond its first period: true for Repeating
     * and Forever. MRR deducts only these (BILLING.md §10: once-only coupons are not deducted).
     */
    bool isRecurring() const { return duration != CouponDuration::Once; }

    /**
     * Whether the coupon may be redeemed on date `on` after redemptionsSoFar (≥ 0) earlier
     * redemptions. Errors: Invalid when the coupon does not validate or `on` is not a valid date;
     * Conflict when it has expired (on ≥ expiresOn) or reached its redemption limit.
     */
    Status canRedeem(QDate on, int redemptionsSoFar) const;

    friend bool operator==(const Coupon&, const Coupon&) = default;
};

} // namespace subdesk::catalog
