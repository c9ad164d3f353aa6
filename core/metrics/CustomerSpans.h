#pragma once

#include "MetricsEngine.h"
#include "RateGrid.h"

#include <QVarLengthArray>

#include <vector>

namespace subdesk::metrics {

/** A change of one currency's MRR on a day (Julian day number). */
struct DayDelta
{
    qint64 jd = 0;
    int currency = 0; ///< RateGrid index
    qint64 delta = 0;
};

/**
 * The movement of a customer's MRR changing from before to after (≠ before) from one day to the
 * next (BILLING.md §10): 0 → > 0 is New, or Reactivation when the customer paid before.
 */
inline MovementKind movementKind(qint64 before, qint64 after, bool paidBefore)
{
    if (before == 0)
        return paidBefore ? MovementKind::Reactivation : MovementKind::New;
    if (after == 0)
        return MovementKind::Churn;
    return after > before ? MovementKind::Expansion : MovementKind::Contraction;
}

/** A customer's MRR per currency on one day; usually one currency. */
class CurrencyAmounts
{
public:
    void clear() { m_amounts.clear(); }
    void add(int currency, qint64 delta)
    {
        for (auto& entry : m_amounts) {
            if (entry.first == currency) {
                entry.second += delta;
                return;
            }
        }
        m_amounts.append({currency, delta});
    }
    bool anyPositive() const
    {
        for (const auto& entry : m_amounts) {
            if (entry.second > 0)
                return true;
        }
        return false;
    }
    /** The sum in the reporting currency at month's rates, each currency converted once. */
    qint64 converted(RateGrid& rates, int month) const
    {
        qint64 sum = 0;
        for (const auto& entry : m_amounts)
            sum += rates.convert(entry.first, month, entry.second);
        return sum;
    }
    /** Applies the deltas of the day at deltas[at] (and the following ones of that day); returns the next index. */
    size_t applyDay(const std::vector<DayDelta>& deltas, size_t at)
    {
        const qint64 day = deltas[at].jd;
        for (; at < deltas.size() && deltas[at].jd == day; ++at)
            add(deltas[at].currency, deltas[at].delta);
        return at;
    }

private:
    QVarLengthArray<QPair<int, qint64>, 4> m_amounts;
};

/**
 * Walks the customers a filter selects (segment, country) with the spans it selects (plan,
 * currency), one customer at a time, in the order of MetricsData::spans (grouped by customer): no
 * sort, no per-day hash. Each customer's spans become day deltas sorted by day (an insertion sort
 * over a handful of entries that are almost always in order already).
 */
class CustomerSpans
{
public:
    CustomerSpans(const MetricsData& data, const MetricsFilter& filter, RateGrid& rates);

    /** Moves to the next selected customer with at least one selected span; false at the end. */
    bool next();

    CustomerId customer() const { return m_data.spans.at(m_first).customerId; }
    /** The customer's facts, nullptr when the snapshot has none. */
    const CustomerFacts* facts() const;
    /** The selected spans' deltas: +MRR on from, −MRR on to, by day. */
    const std::vector<DayDelta>& deltas() const { return m_deltas; }
    /** Whether every selected span is in the reporting currency (no conversion needed). */
    bool plain() const { return m_plain; }
    /** Whether the filter's segments and countries select customer id. */
    static bool selectsCustomer(const MetricsData& data, const MetricsFilter& filter, CustomerId id);
    /** Whether the span at index (of MetricsData::spans) is selected by the filter. */
    bool selects(qsizetype index);
    /** The customer's spans are MetricsData::spans [first, end). */
    qsizetype first() const { return m_first; }
    qsizetype end() const { return m_end; }

private:
    const MetricsData& m_data;
    const MetricsFilter& m_filter;
    RateGrid& m_rates;
    qsizetype m_pos = 0;
    qsizetype m_first = 0;
    qsizetype m_end = 0;
    std::vector<DayDelta> m_deltas;
    bool m_plain = true;
    /** Whether the filter selects spans by plan or currency at all. */
    bool m_filtersSpans = false;
    /** Per currency index: 1 selected, 0 not, −1 not decided yet. */
    std::vector<signed char> m_currencySelected;
};

} // namespace subdesk::metrics
