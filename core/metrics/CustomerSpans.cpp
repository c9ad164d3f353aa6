#include "CustomerSpans.h"

namespace subdesk::metrics {

CustomerSpans::CustomerSpans(const MetricsData& data, const MetricsFilter& filter, RateGrid& rates)
    : m_data(data)
    , m_filter(filter)
    , m_rates(rates)
{
    m_deltas.reserve(64);
    m_filtersSpans = !filter.plans.isEmpty() || !filter.currencies.isEmpty();
}

const CustomerFacts* CustomerSpans::facts() const
{
    const auto found = m_data.customers.constFind(customer());
    return found == m_data.customers.cend() ? nullptr : &*found;
}

bool CustomerSpans::selectsCustomer(const MetricsData& data, const MetricsFilter& filter, CustomerId id)
{
    if (filter.segments.isEmpty() && filter.countries.isEmpty())
        return true;
    // A customer the snapshot has no facts of has no segment and no country.
    const auto found = data.customers.constFind(id);
    const bool known = found != data.customers.cend();
    return (filter.segments.isEmpty() || filter.segments.contains(known ? found->segment : QString()))
        && (filter.countries.isEmpty() || filter.countries.contains(known ? found->country : QString()));
}

bool CustomerSpans::selects(qsizetype index)
{
    const MrrSpan& span = m_data.spans.at(index);
    if (!m_filter.plans.isEmpty() && !m_filter.plans.contains(span.planId))
        return false;
    if (m_filter.currencies.isEmpty())
        return true;
    const size_t currency = size_t(m_rates.currencyIndex(span.currency));
    if (currency >= m_currencySelected.size())
        m_currencySelected.resize(currency + 1, -1);
    if (m_currencySelected[currency] < 0)
        m_currencySelected[currency] = m_filter.currencies.contains(span.currency) ? 1 : 0;
    return m_currencySelected[currency] == 1;
}

bool CustomerSpans::next()
{
    const QList<MrrSpan>& spans = m_data.spans;
    const qsizetype count = spans.size();
    while (m_pos < count) {
        const qsizetype start = m_pos;
        const CustomerId id = spans.at(start).customerId;
        qsizetype end = start + 1;
        while (end < count && spans.at(end).customerId == id)
            ++end;
        m_pos = end;
        if (!selectsCustomer(m_data, m_filter, id))
            continue;
        m_deltas.clear();
        m_plain = true;
        for (qsizetype i = start; i < end; ++i) {
            if (m_filtersSpans && !selects(i))
                continue;
            const MrrSpan& span = spans.at(i);
            const int currency = m_rates.currencyIndex(span.currency);
            m_plain = m_plain && currency == 0;
            m_deltas.push_back({span.from.toJulianDay(), currency, span.mrrMinor});
            if (span.to.isValid())
                m_deltas.push_back({span.to.toJulianDay(), currency, -span.mrrMinor});
        }
        if (m_deltas.empty())
            continue;
        // Insertion sort by day: a subscription's spans come in order, so this is linear in practice.
        for (size_t i = 1; i < m_deltas.size(); ++i) {
            const DayDelta moving = m_deltas[i];
            size_t j = i;
            while (j > 0 && m_deltas[j - 1].jd > moving.jd) {
                m_deltas[j] = m_deltas[j - 1];
                --j;
            }
            m_deltas[j] = moving;
        }
        m_first = start;
        m_end = end;
        return true;
    }
    return false;
}

} // namespace subdesk::metrics
