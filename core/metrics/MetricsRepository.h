#pragma once

#include "FxTable.h"
#include "MetricsEngine.h"
#include "MrrSpan.h"
#include "Reconciliation.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace subdesk::metrics {

/** The metrics settings, stored in the settings table under "metrics.*" keys. */
struct MetricsSettings
{
    /** ISO 4217; empty = the currency most customers use (MetricsService resolves it). */
    QString reportingCurrency;
    std::optional<int> grossMarginBasisPoints; ///< 0..10000
    friend bool operator==(const MetricsSettings&, const MetricsSettings&) = default;
};

/**
 * Where the MRR span cache, the exchange rates and the metrics settings are kept (core/storage
 * implements it on SQLite). Triggers mark a subscription stale whenever its events change and
 * every subscription stale when prices or coupons change; MetricsService rebuilds stale spans
 * before reading.
 */
class MetricsRepository
{
public:
    virtual ~MetricsRepository() = default;

    /** Subscriptions whose spans must be rebuilt. */
    virtual Result<QList<SubscriptionId>> staleSubscriptions() = 0;
    /** Replaces the spans of subscriptions with spans (all of theirs) and clears their stale mark, all or none. */
    virtual Status replaceSpans(const QList<SubscriptionId>& subscriptions, const QList<MrrSpan>& spans) = 0;

    /** Every span, the customers' facts, the rates and the settings, in one read transaction; fast (1,000,000 spans
     * well under 500 ms). */
    virtual Result<MetricsData> snapshot() = 0;

    virtual Result<QList<FxRate>> fxRates() = 0;
    /** Adds or replaces rates (same month and currency), all or none. */
    virtual Status saveFxRates(const QList<FxRate>& rates) = 0;
    virtual Status removeFxRate(QDate month, const QString& currency) = 0;

    virtual Result<MetricsSettings> settings() = 0;
    virtual Status saveSettings(const MetricsSettings& settings) = 0;

    /** Issued documents' net per (month, currency, kind, line kind) and tax per (month, currency, kind) in [from, to).
     */
    virtual Result<QList<InvoicedRow>> invoiced(QDate from, QDate to) = 0;
    virtual Result<QList<InvoicedTaxRow>> invoicedTax(QDate from, QDate to) = 0;
    /** The currency most customers use (the default reporting currency); "EUR" with no customers. */
    virtual Result<QString> mostUsedCurrency() = 0;
};

} // namespace subdesk::metrics
