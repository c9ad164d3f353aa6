#include "UsageRecord.h"

namespace subdesk::subscriptions {

qint64 aggregateUsage(const QList<UsageRecord>& records, const QString& metricCode, QDate from, QDate to,
                      catalog::UsageAggregation aggregation)
{
    qint64 result = 0;
    const UsageRecord* last = nullptr;
    for (const UsageRecord& record : records) {
        if (record.metricCode != metricCode || record.date < from || record.date >= to)
            continue;
        switch (aggregation) {
        case catalog::UsageAggregation::Sum:
            // Quantities are checked non-negative on entry; saturate rather than wrap on absurd sums.
            result = record.quantity > std::numeric_limits<qint64>::max() - result ? std::numeric_limits<qint64>::max()
                                                                                   : result + record.quantity;
            break;
        case catalog::UsageAggregation::Max:
            result = std::max(result, record.quantity);
            break;
        case catalog::UsageAggregation::Last:
            if (!last || record.date > last->date || (record.date == last->date && last->id < record.id))
                last = &record;
            break;
        }
    }
    if (aggregation == catalog::UsageAggregation::Last)
        return last ? last->quantity : 0;
    return result;
}

} // namespace subdesk::subscriptions
