#pragma once

#include "DashboardData.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace subdesk::ui {

/**
 * The dashboard's computation, run on a worker thread: reads a snapshot of the company file
 * through read-only connections of its own (storage::MetricsReader) unless one is given, then computes
 * the metrics report, the survey report and the reconciliation for the filter (storage::readMetricsSnapshot
 * reads the spans and the survey answers on two connections at once). Touches no widget
 * and no shared state, so any number may run at once.
 */
class DashboardJob
{
    Q_DECLARE_TR_FUNCTIONS(DashboardJob)
public:
    /** snapshot: the one to compute from; nullptr reads a fresh one from the file at path. */
    static Result<DashboardResult> run(const QString& path, const metrics::MetricsFilter& filter,
                                       std::shared_ptr<const DashboardSnapshot> snapshot);

    /** Reads everything the dashboard needs from the file at path. */
    static Result<std::shared_ptr<const DashboardSnapshot>> readSnapshot(const QString& path);
};

} // namespace subdesk::ui
