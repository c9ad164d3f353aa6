#include "DashboardJob.h"

#include "storage/MetricsReader.h"

namespace subdesk::ui {

namespace {

// Invoiced amounts are grouped per month, so reading all of them costs a few rows per month.
const QDate kEarliest(1900, 1, 1);
const QDate kLatest(3000, 1, 1);

/** The reconciliation compares with invoices, which have no segment, plan or country: only the currencies filter it. */
metrics::MetricsFilter reconciliationFilter(const metrics::MetricsFilter& filter)
{
    metrics::MetricsFilter wide;
    wide.fromMonth = filter.fromMonth;
    wide.toMonth = filter.toMonth;
    wide.currencies = filter.currencies;
    return wide;
}

} // namespace

Result<std::shared_ptr<const DashboardSnapshot>> DashboardJob::readSnapshot(const QString& path)
{
    auto reader = storage::MetricsReader::open(path);
    if (!reader)
        return reader.error();
    auto snapshot = std::make_shared<DashboardSnapshot>();
    auto data = (*reader)->snapshot();
    if (!data)
        return data.error();
    snapshot->data = std::move(data).value();
    auto answers = (*reader)->surveyAnswers(surveys::SurveyQuery {});
    if (!answers)
        return answers.error();
    snapshot->answers = std::move(answers).value();
    auto invoiced = (*reader)->invoiced(kEarliest, kLatest);
    if (!invoiced)
        return invoiced.error();
    snapshot->invoiced = std::move(invoiced).value();
    auto taxes = (*reader)->invoicedTax(kEarliest, kLatest);
    if (!taxes)
        return taxes.error();
    snapshot->invoicedTax = std::move(taxes).value();
    return std::shared_ptr<const DashboardSnapshot>(std::move(snapshot));
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

    const metrics::MetricsFilter wide = reconciliationFilter(filter);
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
    result.reconciliation = metrics::Reconciliation::build(wideReport, snapshot->invoiced, snapshot->invoicedTax,
                                                           snapshot->data.fx, &reconciliationWarnings);
    for (const QString& warning : std::as_const(reconciliationWarnings)) {
        if (!result.warnings.contains(warning))
            result.warnings.append(warning);
    }

    const surveys::SurveyAnalysis analysis(snapshot->answers, snapshot->data);
    result.survey = analysis.report(filter);
    return result;
}

} // namespace subdesk::ui
