#include "Reconciliation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace subdesk::metrics {

namespace {

/** The months (first and last) each currency lacked a rate in. */
class MissingRates
{
public:
    void note(const QString& currency, QDate month)
    {
        auto found = m_ranges.find(currency);
        if (found == m_ranges.end()) {
            m_ranges.insert(currency, {month, month});
            m_order.append(currency);
            return;
        }
        found->first = std::min(found->first, month);
        found->second = std::max(found->second, month);
    }

    void report(const QString& reporting, QStringList* warnings) const
    {
        if (!warnings)
            return;
        for (const QString& currency : m_order) {
            const QPair<QDate, QDate>& range = m_ranges.value(currency);
            const QString from = range.first.toString(QStringLiteral("yyyy-MM"));
            const QString to = range.second.toString(QStringLiteral("yyyy-MM"));
            warnings->append(
                from == to ? QCoreApplication::translate("Metrics",
                                                         "Invoices in %1 have no exchange rate to %2 for %3: they "
                                                         "are left out of the reconciliation.")
                                 .arg(currency, reporting, from)
                           : QCoreApplication::translate("Metrics",
                                                         "Invoices in %1 have no exchange rate to %2 from %3 to %4: "
                                                         "they are left out of the reconciliation.")
                                 .arg(currency, reporting, from, to));
        }
    }

private:
    QHash<QString, QPair<QDate, QDate>> m_ranges;
    QStringList m_order;
};

} // namespace

MetricsFilter Reconciliation::filterFor(const MetricsFilter& filter)
{
    MetricsFilter wide;
    wide.fromMonth = filter.fromMonth;
    wide.toMonth = filter.toMonth;
    wide.currencies = filter.currencies;
    return wide;
}

QList<ReconciliationMonth> Reconciliation::build(const MetricsReport& report, const QList<InvoicedRow>& rows,
                                                 const QList<InvoicedTaxRow>& taxes, const FxTable& fx,
                                                 QStringList* warnings, const QSet<QString>& currencies)
{
    const auto counted = [&](const QString& currency) { return currencies.isEmpty() || currencies.contains(currency); };
    QList<ReconciliationMonth> months;
    QHash<QDate, qsizetype> index;
    for (const MonthFigures& figures : report.months) {
        ReconciliationMonth month;
        month.month = figures.month;
        month.mrr = figures.mrrEnd;
        index.insert(figures.month, months.size());
        months.append(month);
    }
    MissingRates missing;
    auto converted = [&](qint64 minor, const QString& currency, QDate month) -> std::optional<qint64> {
        const std::optional<qint64> value = fx.convert(minor, currency, month);
        if (!value)
            missing.note(currency, month);
        return value;
    };
    for (const InvoicedRow& row : rows) {
        const auto at = index.constFind(row.month);
        if (at == index.cend() || !counted(row.currency))
            continue;
        const std::optional<qint64> net = converted(row.netMinor, row.currency, row.month);
        if (!net)
            continue;
        ReconciliationMonth& month = months[*at];
        if (row.creditNote) {
            // Credit notes are signed as stored: their lines and tax are negative.
            month.creditNotes -= *net;
            month.invoiced += *net;
            continue;
        }
        month.invoiced += *net;
        switch (row.lineKind) {
        case billing::LineKind::Plan:
        case billing::LineKind::AddOn:
        case billing::LineKind::Discount:
            month.recurringInvoiced += *net;
            break;
        case billing::LineKind::OneTime:
        case billing::LineKind::Setup:
            month.oneTime += *net;
            break;
        case billing::LineKind::Usage:
            month.usage += *net;
            break;
        case billing::LineKind::ProrationCredit:
        case billing::LineKind::ProrationCharge:
        case billing::LineKind::CancelCredit:
            month.proration += *net;
            break;
        }
    }
    for (const InvoicedTaxRow& row : taxes) {
        const auto at = index.constFind(row.month);
        if (at == index.cend() || !counted(row.currency))
            continue;
        const std::optional<qint64> tax = converted(row.taxMinor, row.currency, row.month);
        if (!tax)
            continue;
        ReconciliationMonth& month = months[*at];
        month.tax += *tax; // a credit note's tax is negative: credited tax comes off
        month.invoiced += *tax;
    }
    for (ReconciliationMonth& month : months)
        month.timing = month.recurringInvoiced - month.mrr;
    missing.report(fx.reportingCurrency(), warnings);
    return months;
}

} // namespace subdesk::metrics
