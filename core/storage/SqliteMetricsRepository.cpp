#include "SqliteMetricsRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteHandle.h"
#include "SqliteMetricsRows.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::metrics;

namespace {

constexpr const char* kUpsertSetting = "INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

Status putSetting(sqlite3* db, const char* key, const std::optional<QString>& value)
{
    if (!value) {
        SqliteStatement q(db, "DELETE FROM settings WHERE key = ?");
        q.bindUtf8(1, key);
        return q.ok() ? q.stepDone() : Status(q.error());
    }
    SqliteStatement q(db, kUpsertSetting);
    q.bindUtf8(1, key);
    q.bindText(2, *value);
    return q.ok() ? q.stepDone() : Status(q.error());
}

} // namespace

SqliteMetricsRepository::SqliteMetricsRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteMetricsRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<QList<SubscriptionId>> SqliteMetricsRepository::staleSubscriptions()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db, "SELECT subscription_id FROM mrr_stale ORDER BY subscription_id");
    QList<SubscriptionId> ids;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { ids.append(SubscriptionId(row.columnInt(0))); });
        !read)
        return read.error();
    return ids;
}

Status SqliteMetricsRepository::replaceSpans(const QList<SubscriptionId>& subscriptions, const QList<MrrSpan>& spans)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    SqliteStatement clearSpans(db, "DELETE FROM mrr_spans WHERE subscription_id = ?");
    SqliteStatement clearStale(db, "DELETE FROM mrr_stale WHERE subscription_id = ?");
    SqliteStatement insert(db,
                           "INSERT INTO mrr_spans (customer_id, subscription_id, from_day, to_day, plan_id, currency, "
                           "mrr_minor) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const SqliteStatement* q : {&clearSpans, &clearStale, &insert}) {
        if (!q->ok())
            return q->error();
    }
    QSet<SubscriptionId> replaced;
    replaced.reserve(subscriptions.size());
    for (SubscriptionId id : subscriptions) {
        replaced.insert(id);
        clearSpans.bindInt(1, id.value);
        if (Status done = clearSpans.stepDone(); !done)
            return done;
        clearStale.bindInt(1, id.value);
        if (Status done = clearStale.stepDone(); !done)
            return done;
    }
    for (const MrrSpan& span : spans) {
        // Spans of a subscription not replaced would sit beside its old ones: a programmer error,
        // refused before anything is kept.
        if (!replaced.contains(span.subscriptionId) || !span.from.isValid() || span.mrrMinor <= 0
            || (span.to.isValid() && span.to <= span.from))
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("Database", "An MRR span of subscription %1 is not valid.")
                             .arg(span.subscriptionId.value));
        insert.bindInt(1, span.customerId.value);
        insert.bindInt(2, span.subscriptionId.value);
        insert.bindInt(3, span.from.toJulianDay());
        if (span.to.isValid())
            insert.bindInt(4, span.to.toJulianDay());
        else
            insert.bindNull(4);
        insert.bindInt(5, span.planId.value);
        insert.bindText(6, span.currency);
        insert.bindInt(7, span.mrrMinor);
        if (Status done = insert.stepDone(); !done) {
            if (isForeignKeyViolation(lastErrorCode(db)))
                return Error(ErrorCode::NotFound,
                             QCoreApplication::translate(
                                 "Database",
                                 "An MRR span names a subscription, customer or plan that does not exist "
                                 "(subscription %1).")
                                 .arg(span.subscriptionId.value));
            if (isUniqueViolation(lastErrorCode(db)))
                return Error(
                    ErrorCode::Invalid,
                    QCoreApplication::translate("Database", "Two MRR spans of subscription %1 start on the same day.")
                        .arg(span.subscriptionId.value));
            return done;
        }
    }
    return unit.commit();
}

Result<MetricsData> SqliteMetricsRepository::snapshot()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readSnapshot(db);
}

Result<QList<FxRate>> SqliteMetricsRepository::fxRates()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readFxRates(db);
}

Status SqliteMetricsRepository::saveFxRates(const QList<FxRate>& rates)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    SqliteStatement q(db,
                      "INSERT INTO fx_rates (month, currency, rate) VALUES (?, ?, ?) "
                      "ON CONFLICT (month, currency) DO UPDATE SET rate = excluded.rate");
    if (!q.ok())
        return q.error();
    for (const FxRate& rate : rates) {
        if (!rate.month.isValid())
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("Database", "An exchange rate of %1 has no valid month.")
                             .arg(rate.currency));
        q.bindUtf8(1, metricsrows::monthKey(rate.month));
        q.bindText(2, rate.currency);
        q.bindInt(3, rate.rate);
        if (Status done = q.stepDone(); !done)
            return done;
    }
    return unit.commit();
}

Status SqliteMetricsRepository::removeFxRate(QDate month, const QString& currency)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db, "DELETE FROM fx_rates WHERE month = ? AND currency = ?");
    if (!q.ok())
        return q.error();
    const QByteArray key = month.isValid() ? metricsrows::monthKey(month) : QByteArray();
    q.bindUtf8(1, key);
    q.bindText(2, currency);
    if (Status done = q.stepDone(); !done)
        return done;
    if (sqlite3_changes(db) == 0)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Database", "There is no %1 exchange rate for %2.")
                         .arg(currency, QString::fromLatin1(key)));
    return {};
}

Result<MetricsSettings> SqliteMetricsRepository::settings()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readSettings(db);
}

Status SqliteMetricsRepository::saveSettings(const MetricsSettings& settings)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    // Unset values have no row: "the most used currency" and "no margin" are the defaults.
    const auto currency =
        settings.reportingCurrency.isEmpty() ? std::nullopt : std::optional<QString>(settings.reportingCurrency);
    const auto margin = settings.grossMarginBasisPoints
        ? std::optional<QString>(QString::number(*settings.grossMarginBasisPoints))
        : std::nullopt;
    if (Status done = putSetting(db, "metrics.reporting_currency", currency); !done)
        return done;
    if (Status done = putSetting(db, "metrics.gross_margin_bp", margin); !done)
        return done;
    return unit.commit();
}

Result<QList<InvoicedRow>> SqliteMetricsRepository::invoiced(QDate from, QDate to)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readInvoiced(db, from, to);
}

Result<QList<InvoicedTaxRow>> SqliteMetricsRepository::invoicedTax(QDate from, QDate to)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readInvoicedTax(db, from, to);
}

Result<QString> SqliteMetricsRepository::mostUsedCurrency()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readMostUsedCurrency(db);
}

} // namespace subdesk::storage
