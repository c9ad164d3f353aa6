#include "ReportBuilder.h"

#include <cmath>
#include <limits>

namespace subdesk::metrics {

namespace {

__extension__ typedef __int128 i128;

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

/** round_half_up(num ÷ den) for den > 0. */
i128 roundedQuotient(i128 num, i128 den)
{
    const bool negative = num < 0;
    const i128 magnitude = negative ? -num : num;
    i128 q = magnitude / den;
    if ((magnitude % den) * 2 >= den)
        ++q;
    return negative ? -q : q;
}

i128 gcd128(i128 a, i128 b)
{
    if (a < 0)
        a = -a;
    while (b != 0) {
        const i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

std::optional<Ratio> ratio(qint64 num, qint64 den)
{
    if (den <= 0)
        return std::nullopt;
    return Ratio {num, den};
}

} // namespace

ReportBuilder::ReportBuilder(const MetricsData& data, const MetricsFilter& filter)
    : m_data(data)
    , m_filter(filter)
    , m_shown(monthsBetween(filter.fromMonth, filter.toMonth) + 1)
    , m_grid(filter.fromMonth.addMonths(-kLookBack), m_shown + kLookBack)
    , m_rates(data.fx, m_grid)
{
    const size_t n = size_t(m_grid.count());
    for (std::vector<qint64>* v : {&m_mrrStart, &m_mrrEnd, &m_custStart, &m_custNet})
        v->assign(n, 0);
    for (std::vector<qint64>& v : m_moves)
        v.assign(n, 0);
    for (std::vector<int>* v : {&m_payingStart, &m_payingEnd, &m_newCount, &m_reactivatedCount, &m_churnedCount})
        v->assign(n, 0);
    for (std::vector<qint64>* v : {&m_cohortStart, &m_cohortRetained, &m_cohortGrossRetained})
        v->assign(size_t(m_shown), 0);
    for (std::vector<qint64>* v : {&m_startDiff, &m_endDiff, &m_payingStartDiff, &m_payingEndDiff})
        v->assign(n + 1, 0);
}

MetricsReport ReportBuilder::build()
{
    CustomerSpans customers(m_data, m_filter, m_rates);
    while (customers.next()) {
        if (customers.plain())
            addPlainCustomer(customers.deltas());
        else
            addCustomer(customers.deltas());
    }
    finish();
    MetricsReport report;
    report.currency = m_data.fx.reportingCurrency();
    report.months.reserve(m_shown);
    for (int shown = 0; shown < m_shown; ++shown)
        report.months.append(figures(shown));
    report.warnings = m_rates.warnings();
    return report;
}

void ReportBuilder::addCustomer(const std::vector<DayDelta>& deltas)
{
    const int months = m_grid.count();
    const size_t n = deltas.size();
    size_t e = 0;
    m_amounts.clear();
    // History before the grid only tells whether the customer paid before (New vs Reactivation).
    bool paidBefore = false;
    const qint64 gridStart = m_grid.startJd(0);
    while (e < n && deltas[e].jd < gridStart) {
        e = m_amounts.applyDay(deltas, e);
        paidBefore = paidBefore || m_amounts.anyPositive();
    }
    int first = -1;
    int last = -1;
    int counted[3] = {-1, -1, -1};
    for (int i = 0; i < months; ++i) {
        if (!m_amounts.anyPositive()) {
            // Nothing to count until the next change.
            if (e >= n)
                break;
            i = std::max(i, m_grid.monthOf(deltas[e].jd));
            if (i >= months)
                break;
        }
        if (first < 0)
            first = i;
        last = i;
        qint64 value = m_amounts.converted(m_rates, i);
        if (value > 0) {
            m_mrrStart[size_t(i)] += value;
            ++m_payingStart[size_t(i)];
            m_custStart[size_t(i)] = value;
        }
        const qint64 monthEnd = m_grid.startJd(i + 1);
        while (e < n && deltas[e].jd < monthEnd) {
            e = m_amounts.applyDay(deltas, e);
            const qint64 before = value;
            value = m_amounts.converted(m_rates, i);
            const bool paidBeforeNow = paidBefore;
            paidBefore = paidBefore || value > 0 || m_amounts.anyPositive();
            if (value == before)
                continue;
            addMovement(i, before, value, paidBeforeNow, counted);
        }
        if (value > 0) {
            m_mrrEnd[size_t(i)] += value;
            ++m_payingEnd[size_t(i)];
        }
    }
    if (first >= 0)
        addRetention(first, last);
}

void ReportBuilder::addMovement(int month, qint64 before, qint64 after, bool paidBefore, int counted[3])
{
    const MovementKind kind = movementKind(before, after, paidBefore);
    const qint64 amount = after > before ? after - before : before - after;
    m_moves[int(kind)][size_t(month)] += amount;
    if (kind == MovementKind::Expansion)
        m_custNet[size_t(month)] += amount;
    else if (kind == MovementKind::Contraction || kind == MovementKind::Churn)
        m_custNet[size_t(month)] -= amount; // new customers and reactivations stay out of NRR/GRR (M6)
    // Customers are counted once per month and kind.
    const int slot = kind == MovementKind::New ? 0
        : kind == MovementKind::Reactivation   ? 1
        : kind == MovementKind::Churn          ? 2
                                               : -1;
    if (slot >= 0 && counted[slot] != month) {
        counted[slot] = month;
        std::vector<int>& count = slot == 0 ? m_newCount : slot == 1 ? m_reactivatedCount : m_churnedCount;
        ++count[size_t(month)];
    }
}

void ReportBuilder::addPlainCustomer(const std::vector<DayDelta>& deltas)
{
    const int months = m_grid.count();
    const size_t n = deltas.size();
    size_t e = 0;
    qint64 value = 0;
    bool paidBefore = false;
    const qint64 gridStart = m_grid.startJd(0);
    while (e < n && deltas[e].jd < gridStart) {
        const qint64 day = deltas[e].jd;
        for (; e < n && deltas[e].jd == day; ++e)
            value += deltas[e].delta;
        paidBefore = paidBefore || value > 0;
    }
    int startsFrom = 0; // the first month whose start is not recorded yet
    int endsFrom = 0;
    int counted[3] = {-1, -1, -1};
    int first = -1; // the grid months with a movement or MRR at their start: [first, last]
    int last = -1;
    while (e < n) {
        const int month = m_grid.monthOf(deltas[e].jd);
        if (month >= months)
            break;
        // Constant up to this month's first change.
        recordStarts(startsFrom, month, value);
        recordEnds(endsFrom, month - 1, value);
        if (value > 0 && first < 0)
            first = startsFrom;
        startsFrom = month + 1;
        first = first < 0 ? month : first;
        last = month;
        const qint64 monthEnd = m_grid.startJd(month + 1);
        while (e < n && deltas[e].jd < monthEnd) {
            const qint64 day = deltas[e].jd;
            const qint64 before = value;
            for (; e < n && deltas[e].jd == day; ++e)
                value += deltas[e].delta;
            const bool paidBeforeNow = paidBefore;
            paidBefore = paidBefore || value > 0;
            if (value != before)
                addMovement(month, before, value, paidBeforeNow, counted);
        }
        recordEnds(month, month, value);
        endsFrom = month + 1;
    }
    recordStarts(startsFrom, months - 1, value);
    recordEnds(endsFrom, months - 1, value);
    if (value > 0 && startsFrom < months) {
        first = first < 0 ? startsFrom : first;
        last = months - 1;
    }
    if (first >= 0)
        addRetention(first, last);
}

void ReportBuilder::recordStarts(int from, int to, qint64 value)
{
    if (value <= 0 || from > to)
        return;
    m_startDiff[size_t(from)] += value;
    m_startDiff[size_t(to) + 1] -= value;
    ++m_payingStartDiff[size_t(from)];
    --m_payingStartDiff[size_t(to) + 1];
    // Only windows of shown months start here (addRetention).
    for (int i = from; i <= std::min(to, m_shown - 1); ++i)
        m_custStart[size_t(i)] = value;
}

void ReportBuilder::recordEnds(int from, int to, qint64 value)
{
    if (value <= 0 || from > to)
        return;
    m_endDiff[size_t(from)] += value;
    m_endDiff[size_t(to) + 1] -= value;
    ++m_payingEndDiff[size_t(from)];
    --m_payingEndDiff[size_t(to) + 1];
}

void ReportBuilder::finish()
{
    qint64 start = 0, end = 0, payingStart = 0, payingEnd = 0;
    for (size_t i = 0; i < size_t(m_grid.count()); ++i) {
        start += m_startDiff[i];
        end += m_endDiff[i];
        payingStart += m_payingStartDiff[i];
        payingEnd += m_payingEndDiff[i];
        m_mrrStart[i] += start;
        m_mrrEnd[i] += end;
        m_payingStart[i] += int(payingStart);
        m_payingEnd[i] += int(payingEnd);
    }
}

void ReportBuilder::addRetention(int first, int last)
{
    // The window of shown month s is grid months s..s+11; its cohort pays at the start of grid month s.
    // What a cohort customer retains is max(0, start + expansion − contraction − churn): a customer
    // who churns, returns (a reactivation, left out) and churns again has lost its start, not more;
    // GRR caps it at the start, so one that expanded and then churned also loses only its start.
    const int lastStart = std::min(last, m_shown - 1);
    qint64 net = 0; // over grid months [s, windowEnd)
    int windowEnd = first;
    for (int s = first; s <= lastStart; ++s) {
        const int end = std::min(s + kLookBack + 1, last + 1);
        for (; windowEnd < end; ++windowEnd)
            net += m_custNet[size_t(windowEnd)];
        const qint64 start = m_custStart[size_t(s)];
        if (start > 0) {
            const qint64 retained = std::max<qint64>(0, start + net);
            m_cohortStart[size_t(s)] += start;
            m_cohortRetained[size_t(s)] += retained;
            m_cohortGrossRetained[size_t(s)] += std::min(start, retained);
        }
        net -= m_custNet[size_t(s)];
    }
    for (int i = first; i <= last; ++i) {
        m_custStart[size_t(i)] = 0;
        m_custNet[size_t(i)] = 0;
    }
}

MonthFigures ReportBuilder::figures(int shown) const
{
    const size_t i = size_t(shown + kLookBack);
    MonthFigures f;
    f.month = m_grid.month(int(i));
    f.mrrStart = m_mrrStart[i];
    f.fxEffect = m_mrrStart[i] - m_mrrEnd[i - 1];
    f.movements.newMrr = m_moves[int(MovementKind::New)][i];
    f.movements.reactivation = m_moves[int(MovementKind::Reactivation)][i];
    f.movements.expansion = m_moves[int(MovementKind::Expansion)][i];
    f.movements.contraction = m_moves[int(MovementKind::Contraction)][i];
    f.movements.churn = m_moves[int(MovementKind::Churn)][i];
    f.mrrEnd = m_mrrEnd[i];
    Q_ASSERT(f.mrrEnd == f.mrrStart + f.movements.net());
    f.payingStart = m_payingStart[i];
    f.payingEnd = m_payingEnd[i];
    f.newCustomers = m_newCount[i];
    f.reactivatedCustomers = m_reactivatedCount[i];
    f.churnedCustomers = m_churnedCount[i];
    const Movements& m = f.movements;
    f.logoChurn = ratio(f.churnedCustomers, f.payingStart);
    f.grossMrrChurn = ratio(m.churn + m.contraction, f.mrrStart);
    f.netMrrChurn = ratio(m.churn + m.contraction - m.expansion - m.reactivation, f.mrrStart);
    const size_t s = size_t(shown);
    f.nrr = ratio(m_cohortRetained[s], m_cohortStart[s]);
    f.grr = ratio(m_cohortGrossRetained[s], m_cohortStart[s]);
    if (f.payingEnd > 0) {
        f.arpa = qint64(roundedQuotient(f.mrrEnd, f.payingEnd));
        std::array<int, kClvMonths> paying {};
        std::array<int, kClvMonths> churned {};
        for (int k = 0; k < kClvMonths; ++k) {
            paying[size_t(k)] = m_payingStart[i - size_t(kClvMonths - 1 - k)];
            churned[size_t(k)] = m_churnedCount[i - size_t(kClvMonths - 1 - k)];
        }
        f.clv = lifetimeValue(*f.arpa, paying, churned, m_data.grossMarginBasisPoints);
    }
    return f;
}

std::optional<qint64> ReportBuilder::lifetimeValue(qint64 arpa, const std::array<int, kClvMonths>& payingStart,
                                                   const std::array<int, kClvMonths>& churned,
                                                   std::optional<int> marginBasisPoints)
{
    // The mean logo churn of the months with paying customers at their start, as the exact
    // fraction p/q = Σ churned/paying (reduced at each step), and as long double beside it.
    i128 p = 0, q = 1;
    bool exact = true;
    int counted = 0;
    long double approx = 0;
    for (size_t j = 0; j < payingStart.size(); ++j) {
        const int paying = payingStart[j];
        if (paying <= 0)
            continue;
        ++counted;
        approx += static_cast<long double>(churned[j]) / paying;
        i128 scaledP = 0, added = 0, nextP = 0, nextQ = 0;
        exact = exact && !__builtin_mul_overflow(p, i128(paying), &scaledP)
            && !__builtin_mul_overflow(i128(churned[j]), q, &added) && !__builtin_add_overflow(scaledP, added, &nextP)
            && !__builtin_mul_overflow(q, i128(paying), &nextQ);
        if (!exact)
            continue;
        const i128 g = gcd128(nextP, nextQ);
        p = g > 1 ? nextP / g : nextP;
        q = g > 1 ? nextQ / g : nextQ;
    }
    if (counted == 0 || (exact ? p == 0 : approx <= 0))
        return std::nullopt; // not enough churn to estimate
    // CLV = ARPA × margin ÷ mean = ARPA × margin × counted × q ÷ (10000 × p), rounded half up once.
    const qint64 margin = marginBasisPoints.value_or(10000);
    i128 num = 0;
    if (exact && !__builtin_mul_overflow(i128(arpa) * margin * counted, q, &num)) {
        const i128 value = roundedQuotient(num, i128(10000) * p);
        if (value > std::numeric_limits<qint64>::max())
            return std::nullopt;
        return qint64(value);
    }
    // Six months of very large, coprime customer counts: long double keeps 64 bits of precision.
    const long double value =
        std::floor(static_cast<long double>(arpa) * margin * counted / (10000.0L * approx) + 0.5L);
    if (!(value < 9.2e18L))
        return std::nullopt;
    return qint64(value);
}

} // namespace subdesk::metrics
