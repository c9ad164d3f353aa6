#include "MetricsService.h"

#include "MrrSchedule.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogRepository.h"
#include "common/UnitOfWork.h"
#include "money/Currency.h"
#include "subscriptions/SubscriptionRepository.h"

#include <QSet>

namespace subdesk::metrics {

using subscriptions::Subscription;

namespace {

/** A rate above a million reporting units per unit is a typing error (and would overflow conversions). */
constexpr qint64 kMaxRate = 1000000 * FxRate::kScale;

QString monthText(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

Result<int> MetricsService::refreshSpans(QStringList* warnings)
{
    // Nothing stale, nothing to lock: the dashboard's usual case reads one empty table.
    if (auto any = m_metrics.staleSubscriptions(); !any || any->isEmpty())
        return any ? Result<int>(0) : Result<int>(any.error());
    // One write transaction from reading the marks to clearing them: an event appended by another
    // program in between cannot be lost behind a mark cleared for spans built without it.
    auto unit = m_units.begin();
    if (!unit)
        return unit.error();
    auto stale = m_metrics.staleSubscriptions();
    if (!stale)
        return stale.error();

    auto catalog = m_catalog.load();
    if (!catalog)
        return catalog.error();

    QList<Subscription> subscriptions;
    if (stale->size() > kLoadAllThreshold) {
        // One pass over the tables beats tens of thousands of look-ups (a catalog change marks all).
        auto all = m_subscriptions.loadAll();
        if (!all)
            return all.error();
        const QSet<SubscriptionId> wanted(stale->cbegin(), stale->cend());
        subscriptions.reserve(stale->size());
        for (Subscription& s : *all) {
            if (wanted.contains(s.id))
                subscriptions.append(std::move(s));
        }
    } else {
        for (SubscriptionId id : std::as_const(*stale)) {
            auto found = m_subscriptions.find(id);
            if (!found)
                return found.error();
            subscriptions.append(std::move(*found));
        }
    }

    const MrrSchedule schedule(*catalog);
    QList<SubscriptionId> rebuilt;
    rebuilt.reserve(subscriptions.size());
    QList<MrrSpan> spans;
    spans.reserve(subscriptions.size() * 4);
    for (const Subscription& s : std::as_const(subscriptions)) {
        auto derived = schedule.spans(s);
        if (!derived) {
            // One broken subscription must not blank the whole dashboard: it keeps its last spans and
            // stays stale, so the next refresh tries again once its log or the catalog is mended.
            if (warnings)
                warnings->append(tr("Subscription %1 is left out of the refreshed figures: %2")
                                     .arg(s.id.value)
                                     .arg(derived.error().message));
            continue;
        }
        rebuilt.append(s.id);
        spans.append(*derived);
    }
    if (Status replaced = m_metrics.replaceSpans(rebuilt, spans); !replaced)
        return replaced.error();
    if (Status done = (*unit)->commit(); !done)
        return done.error();
    return int(rebuilt.size());
}

Result<MetricsData> MetricsService::load(QStringList* warnings)
{
    if (auto refreshed = refreshSpans(warnings); !refreshed)
        return refreshed.error();
    return m_metrics.snapshot();
}

Result<QString> MetricsService::reportingCurrency()
{
    auto settings = m_metrics.settings();
    if (!settings)
        return settings.error();
    if (!settings->reportingCurrency.isEmpty())
        return settings->reportingCurrency;
    return m_metrics.mostUsedCurrency();
}

Result<QList<ReconciliationMonth>> MetricsService::reconcile(const MetricsReport& report, const FxTable& fx,
                                                             QStringList* warnings, const QSet<QString>& currencies)
{
    if (report.months.isEmpty())
        return QList<ReconciliationMonth>();
    const QDate from = report.months.constFirst().month;
    const QDate to = report.months.constLast().month.addMonths(1);
    auto rows = m_metrics.invoiced(from, to);
    if (!rows)
        return rows.error();
    auto taxes = m_metrics.invoicedTax(from, to);
    if (!taxes)
        return taxes.error();
    return Reconciliation::build(report, *rows, *taxes, fx, warnings, currencies);
}

Result<QList<FxRate>> MetricsService::fxRates()
{
    return m_metrics.fxRates();
}

Status MetricsService::validateRates(const QList<FxRate>& rates)
{
    auto reporting = reportingCurrency();
    if (!reporting)
        return reporting.error();
    QSet<QPair<QString, QString>> seen;
    for (const FxRate& rate : rates) {
        if (!rate.month.isValid())
            return Error(ErrorCode::Invalid, tr("An exchange rate of %1 has no month.").arg(rate.currency));
        const QString month = monthText(rate.month);
        if (!Currency::isValidCode(rate.currency))
            return Error(ErrorCode::Invalid,
                         tr("Currency: “%1” is not an ISO 4217 code in capitals (e.g. SEK).").arg(rate.currency));
        if (rate.currency == *reporting)
            return Error(
                ErrorCode::Invalid,
                tr("%1 is the reporting currency: its rate is always 1 and is not stored.").arg(rate.currency));
        if (rate.rate <= 0)
            return Error(ErrorCode::Invalid,
                         tr("Rate: the %1 rate for %2 must be greater than zero.").arg(rate.currency, month));
        if (rate.rate > kMaxRate)
            return Error(ErrorCode::Invalid,
                         tr("Rate: the %1 rate for %2 is larger than 1,000,000.").arg(rate.currency, month));
        if (seen.contains({rate.currency, month}))
            return Error(ErrorCode::Invalid, tr("The %1 rate for %2 is given twice.").arg(rate.currency, month));
        seen.insert({rate.currency, month});
    }
    return {};
}

Status MetricsService::setFxRates(const QList<FxRate>& rates)
{
    if (Status valid = validateRates(rates); !valid)
        return valid;
    // A rate holds for its whole month: stored under the month's first day whatever day was given.
    QList<FxRate> normalised = rates;
    for (FxRate& rate : normalised)
        rate.month = QDate(rate.month.year(), rate.month.month(), 1);
    return m_metrics.saveFxRates(normalised);
}

Status MetricsService::removeFxRate(QDate month, const QString& currency)
{
    if (!month.isValid())
        return Error(ErrorCode::Invalid, tr("An exchange rate of %1 has no month.").arg(currency));
    return m_metrics.removeFxRate(QDate(month.year(), month.month(), 1), currency);
}

Result<MetricsSettings> MetricsService::settings()
{
    return m_metrics.settings();
}

Status MetricsService::setSettings(const MetricsSettings& settings)
{
    MetricsSettings normalised = settings;
    normalised.reportingCurrency = settings.reportingCurrency.trimmed().toUpper();
    if (!normalised.reportingCurrency.isEmpty() && !Currency::isValidCode(normalised.reportingCurrency))
        return Error(ErrorCode::Invalid,
                     tr("Reporting currency: “%1” is not an ISO 4217 code (e.g. EUR).")
                         .arg(settings.reportingCurrency.trimmed()));
    if (settings.grossMarginBasisPoints
        && (*settings.grossMarginBasisPoints < 0 || *settings.grossMarginBasisPoints > 10000))
        return Error(ErrorCode::Invalid, tr("Gross margin: it must be between 0 % and 100 %."));
    return m_metrics.saveSettings(normalised);
}

} // namespace subdesk::metrics
