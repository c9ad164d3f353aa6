#pragma once

#include "common/Result.h"
#include "metrics/MetricsEngine.h"
#include "metrics/Reconciliation.h"
#include "surveys/SurveyAnswer.h"

#include <QList>
#include <QString>

namespace subdesk::storage {

/**
 * Everything the dashboard computes from, read once: the MRR spans with the customers' facts, the
 * rates and settings; every survey answer; the monthly invoiced sums (a few rows per month).
 */
struct MetricsSnapshot
{
    metrics::MetricsData data;
    QList<surveys::SurveyAnswer> answers;
    QList<metrics::InvoicedRow> invoiced;
    QList<metrics::InvoicedTaxRow> invoicedTax;
};

/**
 * Reads a MetricsSnapshot of the company file at path through two read-only connections of its own
 * (MetricsReader) at once: the spans and customers on the calling thread, the survey answers and
 * invoiced sums on a second thread. The two reads are of similar size, so on two cores this takes
 * about as long as the larger one. Refresh stale spans first (MetricsService::refreshSpans).
 */
Result<MetricsSnapshot> readMetricsSnapshot(const QString& path);

} // namespace subdesk::storage
