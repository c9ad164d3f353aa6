#include "MonthGrid.h"

namespace subdesk::metrics {

MonthGrid::MonthGrid(QDate firstMonth, int count)
    : m_first(firstMonth)
    , m_count(count)
{
    Q_ASSERT(firstMonth.isValid() && firstMonth.day() == 1 && count >= 1);
    m_starts.reserve(size_t(count) + 1);
    for (int i = 0; i <= count; ++i)
        m_starts.push_back(firstMonth.addMonths(i).toJulianDay());
    m_dayMonth.resize(size_t(m_starts.back() - m_starts.front()));
    for (int i = 0; i < count; ++i) {
        for (qint64 jd = m_starts[size_t(i)]; jd < m_starts[size_t(i) + 1]; ++jd)
            m_dayMonth[size_t(jd - m_starts.front())] = i;
    }
}

} // namespace subdesk::metrics
