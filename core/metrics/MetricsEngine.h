#pragma once

#include "FxTable.h"
#include "MetricsFilter.h"
#include "MetricsReport.h"
#include "MrrSpan.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace subdesk::metrics {

/**
 * Everything the figures are computed from, read in one go (MetricsRepository::snapshot) and
 * shared read-only: the engine can run on a worker thread while the GUI keeps the snapshot.
 */
struct MetricsData
{
    /** Ordered by customer, then subscription, then from. */
    QList<MrrSpan> spans;
    QHash<CustomerId, CustomerFacts> customers;
    FxTable fx;
    /** Gross margin in basis points (CLV is multiplied by it); nullopt when not set. */
    std::optional<int> grossMarginBasisPoints;
};

/**
 * The MRR figures of BILLING.md §10 from MRR spans, pure. For every customer selected by the
 * filter, its MRR on each day is the sum of its selected subscriptions' spans, converted to the
 * reporting currency at that month's rate; comparing each day with the one before gives the
 * movements. The cost is proportional to the number of spans, not to the number of days.
 */
class MetricsEngine
{
    Q_DECLARE_TR_FUNCTIONS(subdesk::metrics::MetricsEngine)
public:
    explicit MetricsEngine(const MetricsData& data)
        : m_data(data)
    { }

    /** The figures of every month in the filter's range (NRR, GRR and CLV look back up to 12 months before it). */
    Result<MetricsReport> report(const MetricsFilter& filter) const;
    /** The same figures per segment or per plan (keys: segment text, or the plan id as text). */
    Result<QList<QPair<QString, MetricsReport>>> reportBy(const MetricsFilter& filter, MetricsDimension by) const;

    /** The customer changes behind a month's movements (kind nullopt: all), largest amount first. */
    Result<QList<MovementRow>> movements(const MetricsFilter& filter, QDate month,
                                         std::optional<MovementKind> kind = std::nullopt) const;
    /** The customers paying on day with their MRR, largest first (behind MRR, ARR, ARPA, paying customers). */
    Result<QList<CustomerMrrRow>> payingOn(const MetricsFilter& filter, QDate day) const;

private:
    const MetricsData& m_data;
};

} // namespace subdesk::metrics
