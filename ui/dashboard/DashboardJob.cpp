#include "DashboardJob.h"

#include "storage/MetricsSnapshot.h"

namespace subdesk::ui {

Result<std::shared_ptr<const DashboardSnapshot>> DashboardJob::readSnapshot(const QString& path)
{
    auto snapshot = storage::readMetricsSnapshot(path);
    if (!snapshot)
        return snapshot.error();
    return std::make_shared<const DashboardSnapshot>(std::move(snapshot).value());
}

Result<DashboardResult> DashboardJob::run(const QString& path, const metrics::MetricsFilter& filter,
                                          std::shared_ptr<const DashboardSnapshot> snapshot)
{
    if (!filter.fromMonth.isValid() || !filter.toMonth.isValid() || filter.toMonth < filter.fromMonth)
        return Error(ErrorCode::Invalid, tr("The first month must not be after the last month."));
    if (!snapshot) {
        auto read = readSnapshot(path);
        if (!read)
            return read.error();
        snapshot = std::move(read).value();
    }
    DashboardResult result;
    result.snapshot = snapshot;
    result.filter = filter;
    const metrics::MetricsEngine engine(snapshot->data);
    auto report = engine.report(filter);
    if (!report)
        return report.error();
    result.report = std::move(report).value();
    result.warnings = result.report.warnings;

    const metrics::MetricsFilter wide = metrics::Reconciliation::filterFor(filter);
    metrics::MetricsReport wideReport;
    if (wide == filter) {
        wideReport = result.report;
    } else {
        auto computed = engine.report(wide);
        if (!computed)
            return computed.error();
        wideReport = std::move(computed).value();
    }
    QStringList reconciliationWarnings;
    result.reconciliation =
        metrics::Reconciliation::build(wideReport, snapshot->invoiced, snapshot->invoicedTax, snapshot->data.fx,
                                       &reconciliationWarnings, filter.currencies);
    for (const QString& warning : std::as_const(reconciliationWarnings)) {
        if (!result.warnings.contains(warning))
            result.warnings.append(warning);
    }

    const surveys::SurveyAnalysis analysis(snapshot->answers, snapshot->data);
    result.survey = analysis.report(filter);
    return result;
}

} // namespace subdesk::ui
