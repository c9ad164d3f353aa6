#pragma once

#include "FxTable.h"
#include "MetricsFilter.h"
#include "MetricsReport.h"
#include "billing/BillingItem.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace subdesk::metrics {

/** Issued documents' amounts of one month, currency, document kind and line kind (MetricsRepository::invoiced). */
struct InvoicedRow
{
    QDate month; ///< first day of the issue date's month
    QString currency;
    bool creditNote = false;
    billing::LineKind lineKind = billing::LineKind::Plan;
    qint64 netMinor = 0; ///< signed as stored on the documents: a credit note's lines are negative
};

/** Tax of issued documents of one month, currency and document kind. */
struct InvoicedTaxRow
{
    QDate month;
    QString currency;
    bool creditNote = false;
    qint64 taxMinor = 0;
};

/**
 * MRR against invoiced revenue for one month, in the reporting currency, so nobody wonders which
 * figure is right. By construction, exactly:
 *   invoiced = mrr + timing + tax + oneTime + usage + proration − creditNotes
 * where invoiced is the gross total of the invoices issued in the month less the gross of the
 * credit notes issued in it (what the month invoiced, net of corrections), tax is the invoices' tax
 * less the credited tax, creditNotes the credit notes' net (their tax is already in tax), oneTime,
 * usage, proration and recurringInvoiced the invoices' lines (net), and timing what the
 * recurring lines (plan, add-ons, coupons) invoiced in the month differ from the MRR: periods
 * longer than a month billed in advance, first short periods, changes during the month and
 * once-only coupons.
 */
struct ReconciliationMonth
{
    QDate month;
    qint64 mrr = 0; ///< company MRR at the month's end (the filter's currencies, no segment filter)
    qint64 invoiced = 0; ///< invoices' gross − credit notes' gross
    qint64 tax = 0; ///< invoices' tax − credit notes' tax
    qint64 oneTime = 0; ///< setup fees and one-time add-ons (net)
    qint64 usage = 0; ///< metered charges (net)
    qint64 proration = 0; ///< proration charges and credits, cancel credits on invoices (net)
    qint64 creditNotes = 0; ///< credit notes' net (≥ 0, subtracted; their tax is in tax)
    qint64 recurringInvoiced = 0; ///< plan + add-on + discount lines of invoices (net)
    qint64 timing = 0; ///< recurringInvoiced − mrr
    friend bool operator==(const ReconciliationMonth&, const ReconciliationMonth&) = default;
};

class Reconciliation
{
public:
    /**
     * The filter the MRR of a reconciliation is reported with: invoices have no segment, plan or
     * country, so only the months and the currencies of filter remain.
     */
    static MetricsFilter filterFor(const MetricsFilter& filter);

    /**
     * The months of report reconciled with rows (converted at each month's rate; amounts in a
     * currency without a rate are left out and named in warnings). With currencies, only invoices
     * in those currencies count, as only subscriptions in them count in a report filtered by them.
     */
    static QList<ReconciliationMonth> build(const MetricsReport& report, const QList<InvoicedRow>& rows,
                                            const QList<InvoicedTaxRow>& taxes, const FxTable& fx,
                                            QStringList* warnings = nullptr, const QSet<QString>& currencies = {});
};

} // namespace subdesk::metrics
