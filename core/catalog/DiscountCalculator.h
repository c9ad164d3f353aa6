#pragma once

#include "Coupon.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QList>
#include <QString>

namespace subdesk::catalog {

/** A recurring invoice line a coupon targets, before tax and before the discount. */
struct DiscountableLine
{
    QString description;
    Money amount; ///< the line's net before the discount; must not be negative
};

/**
 * What a coupon takes off a set of lines. The invoice shows it as one negative line of total with
 * the derivation as its explanation (BILLING.md §7); perLine says which share of that line belongs
 * to which discounted line, so tax can later be computed per rate group (BILLING.md §8).
 */
struct DiscountResult
{
    /** The discount on each input line, in input order: ≤ 0, and never more than the line. */
    QList<Money> perLine;
    /** The sum of perLine, exactly: ≤ 0. */
    Money total;
    /** e.g. "Coupon SPRING25: 25% of 120.00 = -30.00"; empty when there were no lines. */
    QString derivation;

    /** Whether the invoice gets a discount line at all: only a non-zero total makes one. */
    bool producesLine() const { return !total.isZero(); }
};

/**
 * Applies a coupon to the recurring lines it targets (BILLING.md §7), exactly, in minor units.
 * Which lines a coupon targets (plan, period) is the caller's business: see Coupon::appliesToPlan()
 * and Coupon::appliesInPeriod().
 *
 * Percent: each line's discount is round_half_up(amount × basisPoints / 10000), rounded once per
 * line, and the total is the sum of the rounded line discounts. Rounding per line rather than
 * once on the sum keeps every line's discount attributable to that line, because tax is computed
 * later per group of lines sharing a rate (BILLING.md §8); the total may therefore differ by a
 * few cents from the percentage of the summed lines, and the derivation lists each line. At 100%
 * every line becomes exactly zero.
 *
 * FixedAmount: min(amount off, sum of the lines) is split over the lines in proportion to their
 * amounts with Money::allocate (largest remainder, ties to the earlier line), so the parts sum
 * exactly to it and no line ever goes below zero (BILLING.md §1 and §7).
 *
 * All lines must share one currency, and for a fixed amount the coupon's currency. No lines give
 * a zero discount and no invoice line: an empty perLine, a zero total (in the coupon's currency
 * for a fixed amount, without currency for a percentage) and an empty derivation.
 */
class DiscountCalculator
{
public:
    explicit DiscountCalculator(Coupon coupon)
        : m_coupon(std::move(coupon))
    { }

    const Coupon& coupon() const { return m_coupon; }

    /**
     * The discount on lines. Errors: Invalid when the coupon does not validate, a line is negative
     * or the currencies differ; Overflow when the lines sum beyond qint64.
     */
    Result<DiscountResult> apply(const QList<DiscountableLine>& lines) const;

private:
    Result<DiscountResult> applyPercent(const QList<DiscountableLine>& lines, const Money& linesTotal) const;
    Result<DiscountResult> applyFixedAmount(const QList<DiscountableLine>& lines, const Money& linesTotal) const;

    Coupon m_coupon;
};

} // namespace subdesk::catalog
