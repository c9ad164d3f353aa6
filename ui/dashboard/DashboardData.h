#pragma once

#include "metrics/MetricsEngine.h"
#include "metrics/Reconciliation.h"
#include "storage/MetricsSnapshot.h"
#include "surveys/SurveyAnalysis.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace subdesk::ui {

/**
 * What the dashboard computes from, read once on a worker thread and then shared read-only: a
 * filter change recomputes from it without reading the file again.
 */
using DashboardSnapshot = storage::MetricsSnapshot;

/** The figures of one filter, computed on a worker thread; the snapshot they came from is kept for drill-downs. */
struct DashboardResult
{
    std::shared_ptr<const DashboardSnapshot> snapshot;
    metrics::MetricsFilter filter;
    metrics::MetricsReport report;
    surveys::SurveyReport survey;
    QList<metrics::ReconciliationMonth> reconciliation;
    /** The report's warnings and the reconciliation's, translated. */
    QStringList warnings;
};

} // namespace subdesk::ui
