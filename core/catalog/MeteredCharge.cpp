#include "MeteredCharge.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace subdesk::catalog {

namespace {
const EnumKey<UsageAggregation> kAggregations[] = {
    {UsageAggregation::Sum, "sum", QT_TRANSLATE_NOOP("MeteredCharge", "Sum")},
    {UsageAggregation::Max, "max", QT_TRANSLATE_NOOP("MeteredCharge", "Maximum")},
    {UsageAggregation::Last, "last", QT_TRANSLATE_NOOP("MeteredCharge", "Last value")},
};
constexpr int kMaxMetricLength = 40;
} // namespace

QString usageAggregationKey(UsageAggregation aggregation)
{
    return enumkeys::key(kAggregations, aggregation);
}

std::optional<UsageAggregation> usageAggregationFromKey(const QString& key)
{
    return enumkeys::fromKey(kAggregations, key);
}

QString usageAggregationName(UsageAggregation aggregation)
{
    return enumkeys::name(kAggregations, aggregation, "MeteredCharge");
}

QString MeteredCharge::normalizedMetric(const QString& typed)
{
    return typed.trimmed().toLower();
}

Status MeteredCharge::validate() const
{
    if (metricCode.isEmpty() || metricCode.size() > kMaxMetricLength) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("MeteredCharge",
                                                 "A metered charge needs a metric code of 1 to %1 "
                                                 "characters.")
                         .arg(kMaxMetricLength));
    }
    for (QChar c : metricCode) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!ok) {
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("MeteredCharge",
                                                     "The metric code \"%1\" may only contain lower-case letters a–z, "
                                                     "digits, \"_\" and \".\".")
                             .arg(metricCode));
        }
    }
    if (name.trimmed().isEmpty()) {
        return Error(
            ErrorCode::Invalid,
            QCoreApplication::translate("MeteredCharge", "The metered charge %1 needs a name.").arg(metricCode));
    }
    return {};
}

} // namespace subdesk::catalog
