#include "metrics/Reconciliation.h"

#include <QTest>

using namespace subdesk;
using billing::LineKind;
using metrics::InvoicedRow;
using metrics::InvoicedTaxRow;
using metrics::ReconciliationMonth;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

metrics::MetricsReport report(const QList<QPair<QDate, qint64>>& mrrs)
{
    metrics::MetricsReport r;
    r.currency = QStringLiteral("EUR");
    for (const auto& [month, mrr] : mrrs) {
        metrics::MonthFigures f;
        f.month = month;
        f.mrrEnd = mrr;
        r.months.append(f);
    }
    return r;
}

bool identityHolds(const ReconciliationMonth& m)
{
    return m.invoiced == m.mrr + m.timing + m.tax + m.oneTime + m.usage + m.proration - m.creditNotes;
}
} // namespace

/** MRR against invoiced revenue, month by month (docs/billing-rules.md M9). */
class tst_Reconciliation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasonsAddUpToTheInvoicedAmount();
    void foreignInvoicesConvertAtTheMonthsRate();
    void currencyWithoutRateIsLeftOutWithOneWarning();
    void aCurrencyFilterCountsOnlyInvoicesInThoseCurrencies();
    void invoicesHaveNoSegmentPlanOrCountrySoOnlyMonthsAndCurrenciesFilter();
};

void tst_Reconciliation::reasonsAddUpToTheInvoicedAmount()
{
    const QDate jan = d("2025-01-01");
    const QDate feb = d("2025-02-01");
    // January: plan 100.00 − coupon 25.00, a yearly plan 1200.00 billed in advance, setup 50.00,
    // usage 7.00, proration 3.50, tax 20 % of it all; a credit note of 10.00 + 2.00 tax.
    const QList<InvoicedRow> rows {
        {jan, QStringLiteral("EUR"), false, LineKind::Plan, 130000},
        {jan, QStringLiteral("EUR"), false, LineKind::Discount, -2500},
        {jan, QStringLiteral("EUR"), false, LineKind::Setup, 5000},
        {jan, QStringLiteral("EUR"), false, LineKind::Usage, 700},
        {jan, QStringLiteral("EUR"), false, LineKind::ProrationCharge, 500},
        {jan, QStringLiteral("EUR"), false, LineKind::ProrationCredit, -150},
        {jan, QStringLiteral("EUR"), true, LineKind::Plan, -1000}, // credit notes are stored negative
        {feb, QStringLiteral("EUR"), false, LineKind::Plan, 10000},
        {d("2025-03-01"), QStringLiteral("EUR"), false, LineKind::Plan, 99999}, // not a month of the report
    };
    const QList<InvoicedTaxRow> taxes {
        {jan, QStringLiteral("EUR"), false, 26710},
        {jan, QStringLiteral("EUR"), true, -200},
        {feb, QStringLiteral("EUR"), false, 2000},
    };
    const metrics::FxTable fx(QStringLiteral("EUR"), {});
    QStringList warnings;
    const QList<ReconciliationMonth> months =
        metrics::Reconciliation::build(report({{jan, 17500}, {feb, 17500}}), rows, taxes, fx, &warnings);
    QCOMPARE(months.size(), 2);
    const ReconciliationMonth& j = months.at(0);
    QCOMPARE(j.month, jan);
    QCOMPARE(j.mrr, qint64(17500));
    QCOMPARE(j.recurringInvoiced, qint64(127500));
    QCOMPARE(j.timing, qint64(110000)); // the yearly plan billed in advance
    QCOMPARE(j.oneTime, qint64(5000));
    QCOMPARE(j.usage, qint64(700));
    QCOMPARE(j.proration, qint64(350));
    QCOMPARE(j.tax, qint64(26510)); // invoices' tax − credited tax
    QCOMPARE(j.creditNotes, qint64(1000));
    QCOMPARE(j.invoiced, qint64(133550 + 26710 - 1000 - 200)); // invoices' gross − credit notes' gross
    QVERIFY(identityHolds(j));
    const ReconciliationMonth& f = months.at(1);
    QCOMPARE(f.timing, qint64(10000 - 17500)); // MRR from a yearly plan invoiced in January
    QCOMPARE(f.invoiced, qint64(12000));
    QVERIFY(identityHolds(f));
    QVERIFY(warnings.isEmpty());
}

void tst_Reconciliation::foreignInvoicesConvertAtTheMonthsRate()
{
    const QDate jan = d("2025-01-01");
    const metrics::FxTable fx(QStringLiteral("EUR"), {{jan, QStringLiteral("SEK"), 9000000}});
    const QList<InvoicedRow> rows {{jan, QStringLiteral("SEK"), false, LineKind::Plan, 100000}}; // SEK 1000.00
    const QList<InvoicedTaxRow> taxes {{jan, QStringLiteral("SEK"), false, 25000}};
    const QList<ReconciliationMonth> months = metrics::Reconciliation::build(report({{jan, 9000}}), rows, taxes, fx);
    QCOMPARE(months.at(0).recurringInvoiced, qint64(9000));
    QCOMPARE(months.at(0).tax, qint64(2250));
    QCOMPARE(months.at(0).timing, qint64(0));
    QCOMPARE(months.at(0).invoiced, qint64(11250));
    QVERIFY(identityHolds(months.at(0)));
}

void tst_Reconciliation::currencyWithoutRateIsLeftOutWithOneWarning()
{
    const QDate jan = d("2025-01-01");
    const QDate feb = d("2025-02-01");
    const metrics::FxTable fx(QStringLiteral("EUR"), {});
    const QList<InvoicedRow> rows {{jan, QStringLiteral("SEK"), false, LineKind::Plan, 100000},
                                   {feb, QStringLiteral("SEK"), false, LineKind::Usage, 500},
                                   {feb, QStringLiteral("EUR"), false, LineKind::Plan, 1000}};
    QStringList warnings;
    const QList<ReconciliationMonth> months =
        metrics::Reconciliation::build(report({{jan, 1000}, {feb, 1000}}), rows, {}, fx, &warnings);
    QCOMPARE(months.at(0).invoiced, qint64(0));
    QCOMPARE(months.at(1).invoiced, qint64(1000));
    QCOMPARE(months.at(1).usage, qint64(0));
    QVERIFY(identityHolds(months.at(0)) && identityHolds(months.at(1)));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("SEK")) && warnings.first().contains(QStringLiteral("2025-01"))
                 && warnings.first().contains(QStringLiteral("2025-02")),
             qPrintable(warnings.first()));
}

void tst_Reconciliation::aCurrencyFilterCountsOnlyInvoicesInThoseCurrencies()
{
    const QDate jan = d("2025-01-01");
    const metrics::FxTable fx(QStringLiteral("EUR"), {{jan, QStringLiteral("SEK"), metrics::FxRate::kScale / 10}});
    const QList<InvoicedRow> rows {{jan, QStringLiteral("EUR"), false, LineKind::Plan, 1000},
                                   {jan, QStringLiteral("SEK"), false, LineKind::Plan, 50000}};
    const QList<InvoicedTaxRow> taxes {{jan, QStringLiteral("EUR"), false, 200},
                                       {jan, QStringLiteral("SEK"), false, 10000}};
    const QList<ReconciliationMonth> all = metrics::Reconciliation::build(report({{jan, 1000}}), rows, taxes, fx);
    QCOMPARE(all.at(0).invoiced, qint64(1000 + 200 + 5000 + 1000));
    const QList<ReconciliationMonth> eur =
        metrics::Reconciliation::build(report({{jan, 1000}}), rows, taxes, fx, nullptr, {QStringLiteral("EUR")});
    QCOMPARE(eur.at(0).invoiced, qint64(1200));
    QCOMPARE(eur.at(0).tax, qint64(200));
    QCOMPARE(eur.at(0).timing, qint64(0));
    QVERIFY(identityHolds(eur.at(0)));
}

void tst_Reconciliation::invoicesHaveNoSegmentPlanOrCountrySoOnlyMonthsAndCurrenciesFilter()
{
    metrics::MetricsFilter filter;
    filter.fromMonth = d("2025-01-01");
    filter.toMonth = d("2025-06-01");
    filter.segments = {QStringLiteral("SMB")};
    filter.plans = {PlanId(3)};
    filter.countries = {QStringLiteral("FI")};
    filter.currencies = {QStringLiteral("SEK")};
    const metrics::MetricsFilter wide = metrics::Reconciliation::filterFor(filter);
    QCOMPARE(wide.fromMonth, filter.fromMonth);
    QCOMPARE(wide.toMonth, filter.toMonth);
    QCOMPARE(wide.currencies, filter.currencies);
    QVERIFY(wide.segments.isEmpty() && wide.plans.isEmpty() && wide.countries.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_reconciliation.moc"
