#pragma once

#include "CustomerSpans.h"
#include "MetricsEngine.h"
#include "MonthGrid.h"
#include "RateGrid.h"

#include <array>
#include <optional>
#include <vector>

namespace subdesk::metrics {

/**
 * Computes MetricsEngine::report: one pass over the selected customers, each walked over its day
 * deltas, accumulating into flat per-month arrays. The grid starts 11 months before the first
 * month shown, so every shown month has its 12-month NRR/GRR window and its 6 months of logo
 * churn for CLV (docs/billing-rules.md M5–M8).
 */
class ReportBuilder
{
public:
    ReportBuilder(const MetricsData& data, const MetricsFilter& filter);

    MetricsReport build();

    /** Months the NRR window reaches back before a shown month (the cohort is paying on the day before). */
    static constexpr int kLookBack = 11;
    /** Months of logo churn CLV averages (the month itself included). */
    static constexpr int kClvMonths = 6;

    /**
     * CLV = arpa × margin ÷ the mean logo churn of the months with paying customers at their start
     * (docs/billing-rules.md M8), exactly in 128 bits, in long double only where the exact fraction
     * would overflow; nullopt when the mean is 0 ("not enough churn to estimate") or the result
     * leaves qint64. Oldest month first.
     */
    static std::optional<qint64> lifetimeValue(qint64 arpa, const std::array<int, kClvMonths>& payingStart,
                                               const std::array<int, kClvMonths>& churned,
                                               std::optional<int> marginBasisPoints);

private:
    static constexpr int kKindCount = 5; ///< MovementKind values

    /** A customer with amounts in other currencies: walked month by month, converting each month. */
    void addCustomer(const std::vector<DayDelta>& deltas);
    /**
     * A customer in the reporting currency only: walked change by change; constant stretches go
     * into difference arrays.
     */
    void addPlainCustomer(const std::vector<DayDelta>& deltas);
    void recordStarts(int from, int to, qint64 value);
    void recordEnds(int from, int to, qint64 value);
    /** Adds one change of a customer's MRR (before ≠ after) to month's movements and to the customer's retention net.
     */
    void addMovement(int month, qint64 before, qint64 after, bool paidBefore, int counted[3]);
    /**
     * Adds the current customer to the NRR/GRR cohort of every window starting in grid months
     * [first, last] at whose start it pays, from m_custStart and m_custNet, then clears those.
     */
    void addRetention(int first, int last);
    /** Adds the difference arrays of the plain customers into the per-month figures. */
    void finish();
    MonthFigures figures(int shown) const;

    const MetricsData& m_data;
    const MetricsFilter& m_filter;
    int m_shown = 0; ///< months shown
    MonthGrid m_grid;
    RateGrid m_rates;
    CurrencyAmounts m_amounts;

    // Company figures per grid month.
    std::vector<qint64> m_mrrStart, m_mrrEnd;
    std::vector<qint64> m_moves[kKindCount]; ///< per MovementKind
    std::vector<int> m_payingStart, m_payingEnd, m_newCount, m_reactivatedCount, m_churnedCount;
    // NRR/GRR per shown month: the cohort's MRR at the window start, and what each cohort
    // customer retained over the window, max(0, start + net), in full (NRR) and capped at its start (GRR).
    std::vector<qint64> m_cohortStart, m_cohortRetained, m_cohortGrossRetained;
    // The current customer per grid month (cleared after each customer): MRR at the month's start
    // (0 when not paying) and expansion − contraction − churn in the month.
    std::vector<qint64> m_custStart, m_custNet;
    // Plain customers: difference arrays (count + 1 entries) over grid months.
    std::vector<qint64> m_startDiff, m_endDiff, m_payingStartDiff, m_payingEndDiff;
};

} // namespace subdesk::metrics
