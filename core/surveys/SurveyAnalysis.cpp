#include "SurveyAnalysis.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace subdesk::surveys {

using metrics::MetricsData;
using metrics::MetricsFilter;
using metrics::MrrSpan;

namespace {

QList<TagCount> sortedTags(const QHash<QString, int>& counts)
{
    QList<TagCount> list;
    list.reserve(counts.size());
    for (auto tag = counts.cbegin(); tag != counts.cend(); ++tag)
        list.append({tag.key(), tag.value()});
    // Most frequent first, then by name.
    std::sort(list.begin(), list.end(), [](const TagCount& a, const TagCount& b) {
        return a.count != b.count ? a.count > b.count : a.tag < b.tag;
    });
    return list;
}

/** Days in the trailing NPS window, the month's last day included (BILLING.md §10 "trailing 90 days"). */
constexpr qint64 kTrailingDays = 90;

int monthIndex(QDate day)
{
    return day.year() * 12 + day.month() - 1;
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

/** The months of a filter as Julian days of their first and last days. */
struct MonthGrid
{
    int firstIndex = 0; ///< monthIndex of the first month
    std::vector<qint64> lastDays; ///< Julian day of each month's last day
    qint64 startDay = 0; ///< Julian day of the first month's first day
    qint64 trailingStart = 0; ///< the first day any month's trailing window covers

    explicit MonthGrid(const MetricsFilter& filter)
    {
        if (!filter.fromMonth.isValid() || !filter.toMonth.isValid() || filter.toMonth < filter.fromMonth)
            return;
        const QDate from = firstOfMonth(filter.fromMonth);
        firstIndex = monthIndex(from);
        startDay = from.toJulianDay();
        for (QDate month = from; month <= filter.toMonth; month = month.addMonths(1))
            lastDays.push_back(month.addDays(month.daysInMonth() - 1).toJulianDay());
        trailingStart = lastDays.empty() ? 0 : lastDays.front() - (kTrailingDays - 1);
    }

    bool isEmpty() const { return lastDays.empty(); }
    qint64 endDay() const { return lastDays.back(); }
    QDate month(size_t i) const { return QDate::fromJulianDay(startDay).addMonths(int(i)); }
};

/** The spans of one customer: [begin, end) of MetricsData::spans. */
struct CustomerSpans
{
    const MrrSpan* begin = nullptr;
    const MrrSpan* end = nullptr;
};

/**
 * The answers keep() accepts that the filter's segment, country and plan select, each with its
 * customer's spans (empty unless withSpans or a plan filter needs them). The answers are visited
 * in customer order, so the spans (ordered by customer) are walked once, in step: no index over a
 * million spans is built and no customer is looked up twice. visit(answer, spans) sees each
 * answer once, in no particular date order.
 */
template <typename Keep, typename Visit>
void forEachSelected(const QList<SurveyAnswer>& answers, const MetricsData& data, const MetricsFilter& filter,
                     bool withSpans, Keep keep, Visit visit)
{
    const bool byFacts = !filter.segments.isEmpty() || !filter.countries.isEmpty();
    const bool needSpans = withSpans || !filter.plans.isEmpty();
    if (!byFacts && !needSpans) {
        for (const SurveyAnswer& answer : answers) {
            if (keep(answer))
                visit(answer, CustomerSpans());
        }
        return;
    }
    std::vector<std::pair<qint64, qsizetype>> order; // (customer, answer index)
    order.reserve(size_t(answers.size()));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (keep(answers.at(i)))
            order.emplace_back(answers.at(i).customerId.value, i);
    }
    std::sort(order.begin(), order.end());
    Q_ASSERT(std::is_sorted(data.spans.cbegin(), data.spans.cend(),
                            [](const MrrSpan& a, const MrrSpan& b) { return a.customerId < b.customerId; }));

    const MrrSpan* cursor = data.spans.constData();
    const MrrSpan* const spansEnd = cursor + data.spans.size();
    qint64 customer = 0;
    bool selected = false;
    CustomerSpans spans;
    for (const auto& [customerValue, index] : order) {
        if (customerValue != customer || !spans.begin) {
            customer = customerValue;
            while (needSpans && cursor != spansEnd && cursor->customerId.value < customer)
                ++cursor;
            spans.begin = cursor;
            while (needSpans && cursor != spansEnd && cursor->customerId.value == customer)
                ++cursor;
            spans.end = cursor;
            selected = true;
            if (byFacts) {
                const auto facts = data.customers.constFind(CustomerId(customer));
                const QString segment = facts != data.customers.constEnd() ? facts->segment : QString();
                const QString country = facts != data.customers.constEnd() ? facts->country : QString();
                selected = (filter.segments.isEmpty() || filter.segments.contains(segment))
                    && (filter.countries.isEmpty() || filter.countries.contains(country));
            }
        }
        if (!selected)
            continue;
        const SurveyAnswer& answer = answers.at(index);
        if (!filter.plans.isEmpty()) {
            // A plan selects the answers whose customer paid for it on the answer's date.
            const bool paid = std::any_of(spans.begin, spans.end, [&](const MrrSpan& span) {
                return span.contains(answer.date) && filter.plans.contains(span.planId);
            });
            if (!paid)
                continue;
        }
        visit(answer, spans);
    }
}

/** The plan of the span with the highest MRR on day (converted to the reporting currency); none: invalid. */
PlanId planOn(const CustomerSpans& spans, QDate day, const metrics::FxTable& fx)
{
    const MrrSpan* best = nullptr;
    qint64 bestValue = 0;
    for (const MrrSpan* span = spans.begin; span != spans.end; ++span) {
        if (!span->contains(day))
            continue;
        const qint64 value = span->currency == fx.reportingCurrency()
            ? span->mrrMinor
            : fx.convert(span->mrrMinor, span->currency, day).value_or(span->mrrMinor);
        if (!best || value > bestValue) {
            best = span;
            bestValue = value;
        }
    }
    return best ? best->planId : PlanId();
}

bool validNpsScore(int score)
{
    return score >= 0 && score <= 10;
}

bool newestFirst(const SurveyAnswer& a, const SurveyAnswer& b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return b.id < a.id;
}

} // namespace

void NpsTally::add(int score)
{
    switch (npsGroupOf(score)) {
    case NpsGroup::Promoter:
        ++promoters;
        break;
    case NpsGroup::Passive:
        ++passives;
        break;
    case NpsGroup::Detractor:
        ++detractors;
        break;
    }
}

std::optional<metrics::Ratio> NpsTally::nps() const
{
    if (answers() == 0)
        return std::nullopt;
    return metrics::Ratio {100 * qint64(promoters - detractors), qint64(answers())};
}

void CsatTally::add(int score)
{
    ++answers;
    if (score >= 4)
        ++satisfied;
}

std::optional<metrics::Ratio> CsatTally::csat() const
{
    if (answers == 0)
        return std::nullopt;
    return metrics::Ratio {100 * qint64(satisfied), qint64(answers)};
}

SurveyReport SurveyAnalysis::report(const MetricsFilter& filter) const
{
    SurveyReport report;
    const MonthGrid grid(filter);
    if (grid.isEmpty())
        return report;
    report.months.reserve(qsizetype(grid.lastDays.size()));
    for (size_t i = 0; i < grid.lastDays.size(); ++i)
        report.months.append(SurveyMonth {grid.month(i), {}, {}, {}});

    QHash<NpsGroup, QHash<QString, int>> tagCounts;
    QHash<QString, int> csatTagCounts;
    QHash<qint64, NpsTally> byCustomer; // folded into segments at the end: one facts lookup per customer
    const size_t monthCount = grid.lastDays.size();
    const auto inWindow = [&grid](const SurveyAnswer& answer) {
        const qint64 day = answer.date.toJulianDay();
        return day >= grid.trailingStart && day <= grid.endDay();
    };
    forEachSelected(m_answers, m_data, filter, true, inWindow,
                    [&](const SurveyAnswer& answer, const CustomerSpans& spans) {
                        const qint64 day = answer.date.toJulianDay();
                        const int offset = monthIndex(answer.date) - grid.firstIndex; // < 0: before the range
                        const bool inRange = day >= grid.startDay;
                        if (answer.kind == SurveyKind::Csat) {
                            if (inRange && answer.score >= 1 && answer.score <= 5) {
                                report.months[offset].csat.add(answer.score);
                                ++report.csatDistribution[size_t(answer.score)];
                                for (const QString& tag : answer.tags)
                                    ++csatTagCounts[tag];
                            }
                            return;
                        }
                        if (!validNpsScore(answer.score))
                            return;
                        // The trailing windows holding the answer: every month from its own whose window starts by
                        // then.
                        for (size_t m = size_t(std::max(offset, 0));
                             m < monthCount && grid.lastDays[m] - (kTrailingDays - 1) <= day; ++m)
                            report.months[qsizetype(m)].npsTrailing90.add(answer.score);
                        if (!inRange)
                            return;
                        report.months[offset].nps.add(answer.score);
                        ++report.npsDistribution[size_t(answer.score)];
                        byCustomer[answer.customerId.value].add(answer.score);
                        report.byPlan[planOn(spans, answer.date, m_data.fx)].add(answer.score);
                        if (!answer.tags.isEmpty()) {
                            QHash<QString, int>& counts = tagCounts[npsGroupOf(answer.score)];
                            for (const QString& tag : answer.tags)
                                ++counts[tag];
                        }
                    });

    for (auto c = byCustomer.cbegin(); c != byCustomer.cend(); ++c) {
        const auto facts = m_data.customers.constFind(CustomerId(c.key()));
        NpsTally& segment = report.bySegment[facts != m_data.customers.constEnd() ? facts->segment : QString()];
        segment.promoters += c->promoters;
        segment.passives += c->passives;
        segment.detractors += c->detractors;
    }
    for (auto group = tagCounts.cbegin(); group != tagCounts.cend(); ++group)
        report.tags.insert(group.key(), sortedTags(*group));
    report.csatTags = sortedTags(csatTagCounts);
    return report;
}

QList<SurveyAnswer> SurveyAnalysis::answersIn(const MetricsFilter& filter, QDate month, bool trailing90,
                                              std::optional<NpsGroup> group) const
{
    QList<SurveyAnswer> result;
    if (!month.isValid())
        return result;
    const QDate first = firstOfMonth(month);
    const qint64 last = first.addDays(first.daysInMonth() - 1).toJulianDay();
    const qint64 start = trailing90 ? last - (kTrailingDays - 1) : first.toJulianDay();
    const auto keep = [&](const SurveyAnswer& answer) {
        const qint64 day = answer.date.toJulianDay();
        return answer.kind == SurveyKind::Nps && day >= start && day <= last && validNpsScore(answer.score)
            && (!group || npsGroupOf(answer.score) == *group);
    };
    forEachSelected(m_answers, m_data, filter, false, keep,
                    [&result](const SurveyAnswer& answer, const CustomerSpans&) { result.append(answer); });
    std::sort(result.begin(), result.end(), newestFirst);
    return result;
}

QList<SurveyAnswer> SurveyAnalysis::comments(const MetricsFilter& filter, std::optional<NpsGroup> group,
                                             const QString& tag) const
{
    QList<SurveyAnswer> result;
    const MonthGrid grid(filter);
    if (grid.isEmpty())
        return result;
    const auto keep = [&](const SurveyAnswer& answer) {
        const qint64 day = answer.date.toJulianDay();
        if (day < grid.startDay || day > grid.endDay() || answer.comment.trimmed().isEmpty())
            return false;
        // A group selects NPS answers of that group; without one, CSAT answers come too.
        if (group && (answer.kind != SurveyKind::Nps || npsGroupOf(answer.score) != *group))
            return false;
        return tag.isEmpty() || answer.tags.contains(tag);
    };
    forEachSelected(m_answers, m_data, filter, false, keep,
                    [&result](const SurveyAnswer& answer, const CustomerSpans&) { result.append(answer); });
    std::sort(result.begin(), result.end(), newestFirst);
    return result;
}

} // namespace subdesk::surveys
