#pragma once

#include "metrics/MetricsRepository.h"

#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;

/**
 * The MRR span cache, its stale marks, the exchange rates and the "metrics.*" settings in the
 * company's SQLite file (tables mrr_spans, mrr_stale, fx_rates, settings; schema 4), on SQLite's C
 * API. Triggers of the schema mark subscriptions stale; replaceSpans() clears the marks. Writes of
 * several rows run in a SqliteUnitOfWork (atomic alone, joining a caller's unit).
 */
class SqliteMetricsRepository final : public metrics::MetricsRepository
{
public:
    explicit SqliteMetricsRepository(const Database& database);

    Result<QList<SubscriptionId>> staleSubscriptions() override;
    Status replaceSpans(const QList<SubscriptionId>& subscriptions, const QList<metrics::MrrSpan>& spans) override;
    Result<metrics::MetricsData> snapshot() override;

    Result<QList<metrics::FxRate>> fxRates() override;
    Status saveFxRates(const QList<metrics::FxRate>& rates) override;
    Status removeFxRate(QDate month, const QString& currency) override;

    Result<metrics::MetricsSettings> settings() override;
    Status saveSettings(const metrics::MetricsSettings& settings) override;

    Result<QList<metrics::InvoicedRow>> invoiced(QDate from, QDate to) override;
    Result<QList<metrics::InvoicedTaxRow>> invoicedTax(QDate from, QDate to) override;
    Result<QString> mostUsedCurrency() override;

private:
    sqlite3* handle() const;

    QString m_connection;
};

} // namespace subdesk::storage
