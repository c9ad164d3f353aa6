#pragma once

#include "MetricsEngine.h"
#include "MetricsRepository.h"
#include "Reconciliation.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace subdesk {
class UnitOfWorkFactory;
}
namespace subdesk::catalog {
class CatalogRepository;
}
namespace subdesk::subscriptions {
class SubscriptionRepository;
}

namespace subdesk::metrics {

/**
 * The metrics use cases on one open company: keeps the MRR span cache up to date, loads the data
 * the engine runs on, edits exchange rates and settings (validated: positive rates with ≤ 8
 * decimals, not for the reporting currency, margin 0–100 %).
 */
class MetricsService
{
    Q_DECLARE_TR_FUNCTIONS(MetricsService)
public:
    MetricsService(MetricsRepository& metrics, subscriptions::SubscriptionRepository& subscriptions,
                   catalog::CatalogRepository& catalog, UnitOfWorkFactory& units)
        : m_metrics(metrics)
        , m_subscriptions(subscriptions)
        , m_catalog(catalog)
        , m_units(units)
    { }

    /**
     * Rebuilds the spans of stale subscriptions (one transaction); returns how many were rebuilt.
     * A subscription whose spans cannot be derived (an invalid event log, a missing price) keeps
     * its old spans and stays stale; it is named in warnings (translated) and the others go on.
     */
    Result<int> refreshSpans(QStringList* warnings = nullptr);
    /** refreshSpans(), then the snapshot with the reporting currency resolved. */
    Result<MetricsData> load(QStringList* warnings = nullptr);
    /** The reporting currency: the setting, else the currency most customers use. */
    Result<QString> reportingCurrency();
    /** The reconciliation of report's months (issued documents of those months, in currencies when given);
     *  report the MRR with Reconciliation::filterFor() of the user's filter. */
    Result<QList<ReconciliationMonth>> reconcile(const MetricsReport& report, const FxTable& fx,
                                                 QStringList* warnings = nullptr, const QSet<QString>& currencies = {});

    Result<QList<FxRate>> fxRates();
    Status setFxRates(const QList<FxRate>& rates);
    Status removeFxRate(QDate month, const QString& currency);
    Result<MetricsSettings> settings();
    Status setSettings(const MetricsSettings& settings);

    /** Above this many stale subscriptions, refreshSpans() reads them all in one pass instead of one by one. */
    static constexpr int kLoadAllThreshold = 200;

private:
    Status validateRates(const QList<FxRate>& rates);

    MetricsRepository& m_metrics;
    subscriptions::SubscriptionRepository& m_subscriptions;
    catalog::CatalogRepository& m_catalog;
    UnitOfWorkFactory& m_units;
};

} // namespace subdesk::metrics
