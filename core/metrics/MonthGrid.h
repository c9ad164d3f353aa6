#pragma once

#include <QDate>

#include <vector>

namespace subdesk::metrics {

/**
 * Consecutive calendar months [first, first + count) as Julian day numbers, with an O(1) day →
 * month look-up, so the metrics loops never do QDate arithmetic per day.
 */
class MonthGrid
{
public:
    /** firstMonth: the first day of the first month; count ≥ 1. */
    MonthGrid(QDate firstMonth, int count);

    int count() const { return m_count; }
    /** The first day of month i (0 ≤ i < count). */
    QDate month(int i) const { return m_first.addMonths(i); }
    /** The Julian day month i starts on; startJd(count) is the day after the last month. */
    qint64 startJd(int i) const { return m_starts[size_t(i)]; }
    /** The month containing day jd: −1 before the first month, count after the last. */
    int monthOf(qint64 jd) const
    {
        if (jd < m_starts.front())
            return -1;
        if (jd >= m_starts.back())
            return m_count;
        return m_dayMonth[size_t(jd - m_starts.front())];
    }

private:
    QDate m_first;
    int m_count = 0;
    std::vector<qint64> m_starts; ///< count + 1 entries
    std::vector<int> m_dayMonth; ///< per day of the grid, its month
};

} // namespace subdesk::metrics
