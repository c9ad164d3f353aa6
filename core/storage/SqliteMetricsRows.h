#pragma once

#include "common/Result.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsRepository.h"
#include "metrics/Reconciliation.h"
#include "surveys/SurveyRepository.h"

#include <QDate>
#include <QList>

struct sqlite3;

namespace subdesk::storage {

// The row codec shared by SqliteMetricsRepository (the company's connection), MetricsReader (a
// read-only connection of the dashboard's worker thread) and SqliteSurveyRepository: tables
// mrr_spans, fx_rates, survey_answers, the "metrics.*" settings and the issued documents, on SQLite's
// C API. The readers run inside the caller's read unit, so several of them see one snapshot.

namespace metricsrows {

/** Every span, ordered by customer, subscription and start, read as integers. */
Result<QList<metrics::MrrSpan>> readSpans(sqlite3* db);
/** Id, name, segment and country of every customer (archived ones too: they may have paid before). */
Result<QHash<CustomerId, metrics::CustomerFacts>> readCustomers(sqlite3* db);
/** Every stored rate, ordered by currency and month. */
Result<QList<metrics::FxRate>> readFxRates(sqlite3* db);
Result<metrics::MetricsSettings> readSettings(sqlite3* db);
/** The currency most customers use; "EUR" without customers. */
Result<QString> readMostUsedCurrency(sqlite3* db);

/**
 * Spans, customers, rates and settings in one read unit, with the reporting currency resolved
 * (the setting, else the most used currency); rates of the reporting currency itself are left out.
 */
Result<metrics::MetricsData> readSnapshot(sqlite3* db);

/**
 * Issued (not draft) documents' line nets per month of issue, currency, kind and line kind, for the
 * months whose first day is in [from, to); from the monthly sums kept as documents are issued.
 */
Result<QList<metrics::InvoicedRow>> readInvoiced(sqlite3* db, QDate from, QDate to);
/** Issued documents' tax per month of issue, currency and kind, months as readInvoiced(). */
Result<QList<metrics::InvoicedTaxRow>> readInvoicedTax(sqlite3* db, QDate from, QDate to);

/** Survey answers matching query, ordered by date, then id. */
Result<QList<surveys::SurveyAnswer>> readSurveyAnswers(sqlite3* db, const surveys::SurveyQuery& query);

/** "YYYY-MM" of a month's first day. */
QByteArray monthKey(QDate month);

} // namespace metricsrows

} // namespace subdesk::storage
