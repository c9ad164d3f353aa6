#pragma once

#include "common/Result.h"
#include "metrics/MetricsEngine.h"
#include "metrics/Reconciliation.h"
#include "surveys/SurveyRepository.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace subdesk::storage {

/**
 * A read-only SQLite connection of its own to a company file, so the dashboard computes its
 * figures on a worker thread while the GUI keeps the main connection (WAL lets both read). Use one
 * reader on one thread at a time. It reads the MRR span cache as it is: refresh stale spans with
 * MetricsService::refreshSpans on the main connection first.
 */
class MetricsReader
{
public:
    /** Opens path read-only; refuses a file that is not a SubDesk company file. */
    static Result<std::unique_ptr<MetricsReader>> open(const QString& path);
    ~MetricsReader();
    MetricsReader(const MetricsReader&) = delete;
    MetricsReader& operator=(const MetricsReader&) = delete;

    /** Spans, customers, rates and settings; the reporting currency resolved (settings, else the most used). */
    Result<metrics::MetricsData> snapshot();
    Result<QList<metrics::InvoicedRow>> invoiced(QDate from, QDate to);
    Result<QList<metrics::InvoicedTaxRow>> invoicedTax(QDate from, QDate to);
    Result<QList<surveys::SurveyAnswer>> surveyAnswers(const surveys::SurveyQuery& query);

private:
    explicit MetricsReader(sqlite3* db);
    sqlite3* m_db = nullptr;
};

} // namespace subdesk::storage
