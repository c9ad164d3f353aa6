#include "MetricsEngine.h"

#include "CustomerSpans.h"
#include "ReportBuilder.h"
#include "money/Currency.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <map>

namespace subdesk::metrics {

namespace {

/** More than a century of months is a typing error, not a report. */
constexpr int kMaxMonths = 1200;

/**
 * Every figure is a sum of span amounts converted at some month's rate, ARR twelve of them: when
 * all spans at once, each at its currency's highest rate, fit twelve times in a qint64, no sum
 * can overflow (BILLING.md §1: overflow is an error, never a wrap).
 */
Status checkMagnitude(const MetricsData& data)
{
    const Error tooLarge(ErrorCode::Overflow,
                         MetricsEngine::tr("The amounts are too large to add up into the figures."));
    __extension__ typedef __int128 i128;
    const i128 limit = std::numeric_limits<qint64>::max() / 12;
    QHash<QString, i128> perCurrency;
    QString lastCode;
    i128 lastSum = 0;
    for (const MrrSpan& span : data.spans) {
        if (span.currency != lastCode) {
            if (!lastCode.isNull())
                perCurrency[lastCode] += lastSum;
            lastCode = span.currency;
            lastSum = 0;
        }
        lastSum += span.mrrMinor < 0 ? -i128(span.mrrMinor) : i128(span.mrrMinor);
        if (lastSum > limit * 100000) // far beyond any rate's reach: stop adding before i128 could
            return tooLarge;
    }
    if (!lastCode.isNull())
        perCurrency[lastCode] += lastSum;
    const std::optional<Currency> reporting = Currency::fromCode(data.fx.reportingCurrency());
    i128 total = 0;
    for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it) {
        i128 converted = it.value();
        if (it.key() != data.fx.reportingCurrency()) {
            const std::optional<qint64> rate = data.fx.maxRate(it.key());
            const std::optional<Currency> currency = Currency::fromCode(it.key());
            if (!rate || !currency || !reporting)
                continue; // never converted: left out of every figure
            if (it.value() > std::numeric_limits<qint64>::max())
                return tooLarge;
            const std::optional<qint64> atRate =
                FxTable::convertAt(qint64(it.value()), *rate, currency->minorDigits(), reporting->minorDigits());
            if (!atRate)
                return tooLarge;
            converted = *atRate + 1; // each conversion rounds at most half a unit up
        }
        total += converted;
        if (total > limit)
            return tooLarge;
    }
    return {};
}

Status validate(const MetricsData& data, const MetricsFilter& filter)
{
    if (data.fx.reportingCurrency().isEmpty())
        return Error(ErrorCode::Invalid, MetricsEngine::tr("Choose the reporting currency first."));
    if (!filter.fromMonth.isValid() || !filter.toMonth.isValid())
        return Error(ErrorCode::Invalid, MetricsEngine::tr("Give the first and the last month of the report."));
    if (filter.fromMonth.day() != 1 || filter.toMonth.day() != 1)
        return Error(ErrorCode::Invalid, MetricsEngine::tr("A report month is given by its first day."));
    if (filter.toMonth < filter.fromMonth)
        return Error(ErrorCode::Invalid,
                     MetricsEngine::tr("The report ends (%1) before it starts (%2).")
                         .arg(filter.toMonth.toString(QStringLiteral("yyyy-MM")),
                              filter.fromMonth.toString(QStringLiteral("yyyy-MM"))));
    const int months =
        (filter.toMonth.year() - filter.fromMonth.year()) * 12 + filter.toMonth.month() - filter.fromMonth.month() + 1;
    if (months > kMaxMonths)
        return Error(ErrorCode::Invalid, MetricsEngine::tr("A report covers at most %1 months.").arg(kMaxMonths));
    return checkMagnitude(data);
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

/** The filter narrowed to the month of day, validated. */
Result<MetricsFilter> monthOf(const MetricsData& data, const MetricsFilter& filter, QDate day)
{
    MetricsFilter one = filter;
    one.fromMonth = firstOfMonth(day);
    one.toMonth = one.fromMonth;
    if (Status s = validate(data, one); !s)
        return s.error();
    return one;
}

} // namespace

Result<MetricsReport> MetricsEngine::report(const MetricsFilter& filter) const
{
    if (Status s = validate(m_data, filter); !s)
        return s.error();
    return ReportBuilder(m_data, filter).build();
}

Result<QList<QPair<QString, MetricsReport>>> MetricsEngine::reportBy(const MetricsFilter& filter,
                                                                     MetricsDimension by) const
{
    if (Status s = validate(m_data, filter); !s)
        return s.error();
    QList<QPair<QString, MetricsReport>> parts;
    if (by == MetricsDimension::None) {
        parts.append({QString(), ReportBuilder(m_data, filter).build()});
        return parts;
    }
    // One pass splits the spans into one part per key, so each part's report reads only its own
    // spans: the reports together cost about one report over all spans, not one per key.
    MetricsData empty;
    empty.customers = m_data.customers;
    empty.fx = m_data.fx;
    empty.grossMarginBasisPoints = m_data.grossMarginBasisPoints;
    if (by == MetricsDimension::Segment) {
        // The segment of every customer with spans the filter selects (no facts: no segment).
        std::map<QString, MetricsData> bySegment;
        CustomerId previous;
        MetricsData* part = nullptr;
        for (const MrrSpan& span : m_data.spans) {
            if (span.customerId != previous) {
                previous = span.customerId;
                part = nullptr;
                if (!CustomerSpans::selectsCustomer(m_data, filter, span.customerId))
                    continue;
                const auto facts = m_data.customers.constFind(span.customerId);
                const QString segment = facts == m_data.customers.cend() ? QString() : facts->segment;
                part = &bySegment.try_emplace(segment, empty).first->second;
            }
            if (part)
                part->spans.append(span);
        }
        for (const auto& [segment, data] : bySegment) {
            MetricsFilter one = filter;
            one.segments = {segment};
            parts.append({segment, ReportBuilder(data, one).build()});
        }
        return parts;
    }
    std::map<qint64, MetricsData> byPlan;
    for (const MrrSpan& span : m_data.spans) {
        if (filter.plans.isEmpty() || filter.plans.contains(span.planId))
            byPlan.try_emplace(span.planId.value, empty).first->second.spans.append(span);
    }
    for (const auto& [plan, data] : byPlan) {
        MetricsFilter one = filter;
        one.plans = {PlanId(plan)};
        parts.append({QString::number(plan), ReportBuilder(data, one).build()});
    }
    return parts;
}

Result<QList<MovementRow>> MetricsEngine::movements(const MetricsFilter& filter, QDate month,
                                                    std::optional<MovementKind> kind) const
{
    if (!month.isValid())
        return Error(ErrorCode::Invalid, tr("Give the month of the movements."));
    const Result<MetricsFilter> one = monthOf(m_data, filter, month);
    if (!one)
        return one.error();
    const MonthGrid grid(one->fromMonth, 1);
    RateGrid rates(m_data.fx, grid);
    CustomerSpans customers(m_data, *one, rates);
    CurrencyAmounts amounts;
    QList<MovementRow> rows;
    const qint64 monthStart = grid.startJd(0);
    const qint64 monthEnd = grid.startJd(1);
    while (customers.next()) {
        const std::vector<DayDelta>& deltas = customers.deltas();
        amounts.clear();
        bool paidBefore = false;
        size_t e = 0;
        while (e < deltas.size() && deltas[e].jd < monthStart) {
            e = amounts.applyDay(deltas, e);
            paidBefore = paidBefore || amounts.anyPositive();
        }
        qint64 value = amounts.converted(rates, 0);
        while (e < deltas.size() && deltas[e].jd < monthEnd) {
            const qint64 day = deltas[e].jd;
            e = amounts.applyDay(deltas, e);
            const qint64 before = value;
            value = amounts.converted(rates, 0);
            const bool paidBeforeNow = paidBefore;
            paidBefore = paidBefore || value > 0 || amounts.anyPositive();
            if (value == before)
                continue;
            const MovementKind k = movementKind(before, value, paidBeforeNow);
            if (kind && *kind != k)
                continue;
            MovementRow row;
            row.customerId = customers.customer();
            if (const CustomerFacts* facts = customers.facts())
                row.customerName = facts->name;
            row.day = QDate::fromJulianDay(day);
            row.kind = k;
            row.fromMinor = before;
            row.toMinor = value;
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const MovementRow& a, const MovementRow& b) {
        if (a.amount() != b.amount())
            return a.amount() > b.amount();
        if (a.day != b.day)
            return a.day < b.day;
        return a.customerId < b.customerId;
    });
    return rows;
}

Result<QList<CustomerMrrRow>> MetricsEngine::payingOn(const MetricsFilter& filter, QDate day) const
{
    if (!day.isValid())
        return Error(ErrorCode::Invalid, tr("Give the day to list the paying customers of."));
    const Result<MetricsFilter> one = monthOf(m_data, filter, day);
    if (!one)
        return one.error();
    const MonthGrid grid(one->fromMonth, 1);
    RateGrid rates(m_data.fx, grid);
    CustomerSpans customers(m_data, *one, rates);
    QList<CustomerMrrRow> rows;
    CurrencyAmounts amounts;
    while (customers.next()) {
        // The customer's MRR on day: its selected spans containing it, one conversion per currency.
        amounts.clear();
        CustomerMrrRow row;
        for (qsizetype i = customers.first(); i < customers.end(); ++i) {
            const MrrSpan& span = m_data.spans.at(i);
            if (!span.contains(day) || !customers.selects(i))
                continue;
            amounts.add(rates.currencyIndex(span.currency), span.mrrMinor);
            row.parts.append({span.subscriptionId, span.planId, span.currency, span.mrrMinor});
        }
        row.mrrMinor = amounts.converted(rates, 0);
        if (row.mrrMinor <= 0)
            continue;
        row.customerId = customers.customer();
        if (const CustomerFacts* facts = customers.facts()) {
            row.customerName = facts->name;
            row.segment = facts->segment;
            row.country = facts->country;
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const CustomerMrrRow& a, const CustomerMrrRow& b) {
        if (a.mrrMinor != b.mrrMinor)
            return a.mrrMinor > b.mrrMinor;
        return a.customerId < b.customerId;
    });
    return rows;
}

} // namespace subdesk::metrics
