#pragma once

#include "CommandSupport.h"
#include "metrics/MetricsFilter.h"

#include <QDate>

#include <optional>

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::cli {

/**
 * What the metrics and nps report commands share: months written YYYY-MM, the range and the
 * segment, plan, country and currency filters of a metrics::MetricsFilter, and --by.
 */
namespace metricsoptions {

/** The filter flags, read before the company file is opened; plan codes are resolved later. */
struct TypedFilter
{
    metrics::MetricsFilter filter; ///< months, segments, countries and currencies
    QStringList planCodes; ///< as typed
    metrics::MetricsDimension by = metrics::MetricsDimension::None;
};

/** --flag MONTH written YYYY-MM; a usage error when malformed, nullopt when absent. */
std::optional<QDate> month(OptionReader& reader, const QString& flag);
/** A positional MONTH (fx set); `what` names it in the usage error. */
std::optional<QDate> monthArgument(const Invocation& inv, const QString& what, const QString& text);

/**
 * --from and --to (default: the 12 months up to today's month; --from alone runs to today's month,
 * --to alone starts 11 months before it) and the filter flags the command has. Usage errors are
 * reported; check reader.failed().
 */
TypedFilter filter(OptionReader& reader, QDate today);

/** Resolves the typed plan codes; prints "There is no plan ..." and returns false when one is unknown. */
bool resolvePlans(storage::CompanyFile& company, TypedFilter& typed);

/** The plan codes of the catalog by id. */
QHash<PlanId, QString> planCodes(storage::CompanyFile& company);

/** --from, --to, --segment, --plan, --country and --currency, as the metrics command has them. */
QList<OptionSpec> filterOptions();
/** --by segment|plan. */
OptionSpec byOption();
/** The key --by takes for a dimension ("segment", "plan"); empty for none. */
QString dimensionKey(metrics::MetricsDimension by);

} // namespace metricsoptions

} // namespace subdesk::cli
