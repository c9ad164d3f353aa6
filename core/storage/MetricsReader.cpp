#include "MetricsReader.h"

#include "Migrator.h"
#include "SqliteMetricsRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace subdesk::storage {

namespace {

constexpr qint64 kApplicationId = 1398096452; // 'SUBD', set by migration 0001
constexpr int kMetricsSchema = 4; // mrr_spans, fx_rates and survey_answers came with schema 4
constexpr int kBusyTimeoutMs = 3000;

Error refusal(const QString& path, const QString& why)
{
    return Error(ErrorCode::Unsupported,
                 QCoreApplication::translate("Database", "Cannot read the figures of %1: %2")
                     .arg(QDir::toNativeSeparators(path), why));
}

qint64 pragmaInt(sqlite3* db, const char* sql, bool* ok)
{
    sqlite3_stmt* stmt = nullptr;
    qint64 value = 0;
    *ok = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW;
    if (*ok)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

MetricsReader::MetricsReader(sqlite3* db)
    : m_db(db)
{ }

MetricsReader::~MetricsReader()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<MetricsReader>> MetricsReader::open(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return refusal(path, QCoreApplication::translate("Database", "the file does not exist."));
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    // The reader owns the handle from here on, whatever happens next.
    std::unique_ptr<MetricsReader> reader(new MetricsReader(db));
    if (rc != SQLITE_OK)
        return refusal(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    bool ok = false;
    const qint64 application = pragmaInt(db, "PRAGMA application_id", &ok);
    if (!ok)
        return refusal(path, QString::fromUtf8(sqlite3_errmsg(db)));
    if (application != kApplicationId)
        return refusal(path, QCoreApplication::translate("Database", "it is not a SubDesk company file."));
    const qint64 version = pragmaInt(db, "PRAGMA user_version", &ok);
    if (!ok)
        return refusal(path, QString::fromUtf8(sqlite3_errmsg(db)));
    if (version < kMetricsSchema)
        return refusal(
            path,
            QCoreApplication::translate("Database", "it was written by an older SubDesk. Open it once to update it."));
    if (version > Migrator::latestVersion())
        return refusal(path, QCoreApplication::translate("Database", "it was written by a newer SubDesk."));
    return reader;
}

Result<metrics::MetricsData> MetricsReader::snapshot()
{
    return metricsrows::readSnapshot(m_db);
}

Result<QList<metrics::InvoicedRow>> MetricsReader::invoiced(QDate from, QDate to)
{
    return metricsrows::readInvoiced(m_db, from, to);
}

Result<QList<metrics::InvoicedTaxRow>> MetricsReader::invoicedTax(QDate from, QDate to)
{
    return metricsrows::readInvoicedTax(m_db, from, to);
}

Result<QList<surveys::SurveyAnswer>> MetricsReader::surveyAnswers(const surveys::SurveyQuery& query)
{
    return metricsrows::readSurveyAnswers(m_db, query);
}

} // namespace subdesk::storage
