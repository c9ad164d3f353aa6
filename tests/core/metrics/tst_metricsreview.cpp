#include "EngineFixture.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MrrSchedule.h"
#include "metrics/ReportBuilder.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QTest>

#include <limits>
#include <map>

using namespace subdesk;
using enginefixture::addEvent;
using enginefixture::d;
using metrics::MetricsData;
using metrics::MetricsEngine;
using metrics::MetricsFilter;
using metrics::MetricsReport;
using metrics::MonthFigures;
using metrics::MrrSpan;
using subscriptions::EventKind;
using subscriptions::SubscriptionConfig;

namespace {

QDate month(const char* yyyyMm)
{
    return QDate::fromString(QString::fromLatin1(yyyyMm) + QStringLiteral("-01"), Qt::ISODate);
}

MetricsFilter range(const char* from, const char* to)
{
    MetricsFilter f;
    f.fromMonth = month(from);
    f.toMonth = month(to);
    return f;
}

/** Hand-built snapshots, spans ordered by customer, subscription, from (as MetricsData promises). */
class Data
{
public:
    Data() { data.fx = metrics::FxTable(QStringLiteral("EUR"), {}); }

    void customer(qint64 id, const QString& segment = {})
    {
        data.customers.insert(CustomerId(id),
                              {CustomerId(id), QStringLiteral("C%1").arg(id), segment, QStringLiteral("FI")});
    }
    void span(qint64 customer, qint64 subscription, QDate from, QDate to, qint64 mrr, bool withFacts = true,
              const QString& currency = QStringLiteral("EUR"))
    {
        if (withFacts && !data.customers.contains(CustomerId(customer)))
            this->customer(customer);
        data.spans.append({SubscriptionId(subscription), CustomerId(customer), PlanId(1), currency, from, to, mrr});
        std::stable_sort(data.spans.begin(), data.spans.end(), [](const MrrSpan& a, const MrrSpan& b) {
            if (a.customerId != b.customerId)
                return a.customerId < b.customerId;
            if (a.subscriptionId != b.subscriptionId)
                return a.subscriptionId < b.subscriptionId;
            return a.from < b.from;
        });
    }

    MetricsData data;
};

SubscriptionConfig withCoupon(SubscriptionConfig config, const char* code)
{
    config.couponCode = QString::fromLatin1(code);
    return config;
}

} // namespace

/**
 * An adversarial review of core/metrics against BILLING.md §10 and docs/billing-rules.md M1–M10:
 * MRR checked against what the billing engine really invoices, retention bounds, breakdowns,
 * CLV and overflow.
 */
class tst_MetricsReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mrrEqualsTheNormalisedInvoiceOfEveryFullPeriod_data();
    void mrrEqualsTheNormalisedInvoiceOfEveryFullPeriod();
    void retentionOfACohortCustomer_data();
    void retentionOfACohortCustomer();
    void movementsAtMonthEdgesAndAcrossSubscriptions();
    void reportBySegmentCoversCustomersWithoutFacts();
    void lifetimeValue();
    void ratioComparesExactly();
    void sumsBeyondQint64AreAnErrorNotAWrap();
    void emptyDataAndARangeBeforeAnyData();
};

void tst_MetricsReview::mrrEqualsTheNormalisedInvoiceOfEveryFullPeriod_data()
{
    QTest::addColumn<QString>("story");
    const char* stories[][2] = {
        {"M2 REP3 coupon, paused with credit Feb 10, resumed Apr 1: paused periods do not count", "repPause"},
        {"M2 REP3 coupon, paused without credit Feb 10, resumed Feb 20 inside the paid period", "repPauseUnpaid"},
        {"M2 REP3 coupon, interval change to yearly Feb 15 (prorated): the yearly period is index 2", "repYearly"},
        {"M2 REP3 coupon, prorated upgrade to PRO Feb 10: the count goes on", "repUpgrade"},
        {"M2 REP3 coupon, cancelled Feb 15 without credit, reactivated Mar 10", "repReactivate"},
        {"M2 REP3 coupon after a 14-day trial with anchor day 1: the short period is index 0", "repTrialAnchor"},
        {"M2 REP3 coupon on a weekly plan ends after 3 weeks", "repWeekly"},
        {"M2 REP3 replaced by P25 on Mar 1: a new code counts anew", "repToP25"},
        {"M2 B25 (BASIC only) off while on PRO Mar 1 – Jun 1", "basicOnly"},
        {"M1 FIX5 on yearly BASIC: (100.00 − 5.00) ÷ 12 = 7.92", "fixYearly"},
        {"M1 FIX15 takes at most the lines: 10.00 plan → 0, no MRR", "fixCapped"},
        {"M1 P25 on plan + 2 × EXTRA, quantity change Feb 10 prorated", "p25AddOn"},
        {"M1 P25, price migration to 12.00 on Mar 1", "p25Migration"},
        {"M2 ONCE10 is never deducted", "once"},
        {"M2 fixed term of 3 periods that expires, REP3 coupon", "fixedTerm"},
        {"M2 temporary upgrade to PRO with P25 Feb 10 for 10 days", "temporary"},
    };
    for (const auto& [name, story] : stories)
        QTest::newRow(name) << QString::fromLatin1(story);
}

void tst_MetricsReview::mrrEqualsTheNormalisedInvoiceOfEveryFullPeriod()
{
    // Oracle: on the first day of every full billing period, a subscription's MRR is what the billing
    // engine invoices for that period's regular recurring lines (plan, add-ons, coupon), normalised
    // to a month (BILLING.md §10, docs/billing-rules.md M1–M2).
    QFETCH(QString, story);
    const SubscriptionConfig basic = enginefixture::config(1, 11);
    const SubscriptionConfig pro = enginefixture::config(2, 21);
    const SubscriptionConfig rep3 = withCoupon(basic, "REP3");
    subscriptions::Subscription s;
    if (story == QLatin1String("repPause")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        addEvent(s, EventKind::Paused, d("2025-02-10"), true);
        addEvent(s, EventKind::Resumed, d("2025-04-01"), false);
    } else if (story == QLatin1String("repPauseUnpaid")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        addEvent(s, EventKind::Paused, d("2025-02-10"), false);
        addEvent(s, EventKind::Resumed, d("2025-02-20"), false);
    } else if (story == QLatin1String("repYearly")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        addEvent(s, EventKind::Changed, d("2025-02-15"), true,
                 withCoupon(enginefixture::config(1, 12, 1, QStringLiteral("1 year")), "REP3"));
    } else if (story == QLatin1String("repUpgrade")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        addEvent(s, EventKind::Changed, d("2025-02-10"), true, withCoupon(pro, "REP3"));
    } else if (story == QLatin1String("repReactivate")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        addEvent(s, EventKind::Cancelled, d("2025-02-15"), false);
        addEvent(s, EventKind::Reactivated, d("2025-03-10"), false);
    } else if (story == QLatin1String("repTrialAnchor")) {
        s = enginefixture::subscription(
            d("2025-01-10"), withCoupon(enginefixture::config(1, 11, 1, QStringLiteral("1 month"), 1), "REP3"), 14);
    } else if (story == QLatin1String("repWeekly")) {
        s = enginefixture::subscription(d("2025-01-01"),
                                        withCoupon(enginefixture::config(7, 71, 1, QStringLiteral("1 week")), "REP3"));
    } else if (story == QLatin1String("repToP25")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        addEvent(s, EventKind::Changed, d("2025-03-01"), false, withCoupon(basic, "P25"));
    } else if (story == QLatin1String("basicOnly")) {
        s = enginefixture::subscription(d("2025-01-01"), withCoupon(basic, "B25"));
        addEvent(s, EventKind::Changed, d("2025-03-01"), false, withCoupon(pro, "B25"));
        addEvent(s, EventKind::Changed, d("2025-06-01"), false, withCoupon(basic, "B25"));
    } else if (story == QLatin1String("fixYearly")) {
        s = enginefixture::subscription(d("2025-01-01"),
                                        withCoupon(enginefixture::config(1, 12, 1, QStringLiteral("1 year")), "FIX5"));
    } else if (story == QLatin1String("fixCapped")) {
        s = enginefixture::subscription(d("2025-01-01"), withCoupon(basic, "FIX15"));
    } else if (story == QLatin1String("p25AddOn")) {
        SubscriptionConfig c = withCoupon(basic, "P25");
        c.addOns = {subscriptions::AddOnLine {AddOnId(1), PriceVersionId(81), 2}};
        s = enginefixture::subscription(d("2025-01-01"), c);
        c.quantity = 3;
        addEvent(s, EventKind::Changed, d("2025-02-10"), true, c);
    } else if (story == QLatin1String("p25Migration")) {
        s = enginefixture::subscription(d("2025-01-01"), withCoupon(basic, "P25"));
        addEvent(s, EventKind::PriceMigrated, d("2025-03-01"), false, withCoupon(enginefixture::config(1, 13), "P25"));
    } else if (story == QLatin1String("once")) {
        s = enginefixture::subscription(d("2025-01-01"), withCoupon(basic, "ONCE10"));
    } else if (story == QLatin1String("fixedTerm")) {
        s = enginefixture::subscription(d("2025-01-01"), rep3);
        s.term = catalog::PlanTerm {3, catalog::TermEndAction::Expire};
    } else if (story == QLatin1String("temporary")) {
        s = enginefixture::subscription(d("2025-01-01"), withCoupon(basic, "P25"));
        addEvent(s, EventKind::TemporaryChange, d("2025-02-10"), true, withCoupon(pro, "P25"));
        addEvent(s, EventKind::Reverted, d("2025-02-20"), true, withCoupon(basic, "P25"));
    }
    QVERIFY(!s.events.isEmpty());

    const catalog::Catalog catalog = enginefixture::testCatalog();
    Result<QList<MrrSpan>> spans = metrics::MrrSchedule(catalog).spans(s);
    QVERIFY2(spans.ok(), spans ? "" : qPrintable(spans.error().message));
    Result<QList<billing::BillingItem>> items = billing::BillingEngine(catalog).items(s, {}, QDate(), d("2027-06-30"));
    QVERIFY2(items.ok(), items ? "" : qPrintable(items.error().message));
    Result<subscriptions::SubscriptionTimeline> timeline = subscriptions::SubscriptionTimeline::build(s);
    QVERIFY(timeline.ok());

    auto mrrOn = [&](QDate day) {
        qint64 sum = 0;
        for (const MrrSpan& span : *spans)
            sum += span.contains(day) ? span.mrrMinor : 0;
        return sum;
    };
    // The regular lines of each billed period: (period start, calendar suffix) → (end, net).
    std::map<std::pair<QDate, QString>, std::pair<QDate, qint64>> periods;
    for (const billing::BillingItem& item : *items) {
        const bool regular = item.kind == billing::LineKind::Plan || item.kind == billing::LineKind::AddOn
            || item.kind == billing::LineKind::Discount;
        // A once-only coupon is invoiced but never deducted from MRR (BILLING.md §10).
        const bool onceOnly = item.kind == billing::LineKind::Discount && story == QLatin1String("once");
        if (!regular || onceOnly || item.chargeKey.startsWith(QLatin1String("change:"))
            || item.chargeKey.startsWith(QLatin1String("cancel:")))
            continue;
        const qsizetype hash = item.chargeKey.indexOf(QLatin1Char('#'));
        const QString suffix = hash < 0 ? QString() : item.chargeKey.mid(hash);
        auto& entry = periods[{item.periodStart, suffix}];
        entry.first = item.periodEnd;
        entry.second += item.amount.minorUnits();
    }
    int checked = 0;
    QStringList mismatches;
    for (const auto& [key, value] : periods) {
        const QDate start = key.first;
        const subscriptions::Segment* seg = timeline->segmentOn(start);
        if (!seg || seg->status != subscriptions::SubscriptionStatus::Active)
            continue;
        const billing::BillingPeriod full = seg->calendar.periodContaining(start);
        if (full.start != start || full.end != value.first)
            continue; // a short first period, prorated
        Result<qint64> expected = metrics::MrrSchedule::monthly(value.second, seg->config.interval);
        QVERIFY(expected.ok());
        ++checked;
        if (mrrOn(start) != *expected)
            mismatches.append(QStringLiteral("%1: MRR %2, invoiced %3 → %4")
                                  .arg(start.toString(Qt::ISODate))
                                  .arg(mrrOn(start))
                                  .arg(value.second)
                                  .arg(*expected));
    }
    QVERIFY(checked >= 2);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
}

void tst_MetricsReview::retentionOfACohortCustomer_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("nrr"); // numerator over the cohort's start of 200.00
    QTest::addColumn<qint64>("grr");
    for (const char* currency : {"EUR", "SEK"}) {
        const QString c = QString::fromLatin1(currency);
        const QByteArray suffix =
            QByteArray(" (") + currency + (c == QLatin1String("SEK") ? " at 1.00, converting path)" : ")");
        QTest::newRow(
            QByteArray("M6 expanded 100 → 300, then churned: NRR 50 %, GRR 50 %, not −50 %" + suffix).constData())
            << "expandChurn" << c << qint64(10000) << qint64(10000);
        QTest::newRow(
            QByteArray("M6 churned, reactivated, churned again: loses its start once, 50 %" + suffix).constData())
            << "churnTwice" << c << qint64(10000) << qint64(10000);
        QTest::newRow(QByteArray("M6 expanded 100 → 150, contracted to 120: NRR 110 %, GRR 100 %" + suffix).constData())
            << "expandContract" << c << qint64(22000) << qint64(20000);
        QTest::newRow(
            QByteArray("M6 contracted 100 → 80, reactivation of an outsider left out: NRR = GRR = 90 %" + suffix)
                .constData())
            << "contract" << c << qint64(18000) << qint64(18000);
    }
}

void tst_MetricsReview::retentionOfACohortCustomer()
{
    // Cohort of January 2025's window (Feb 2024 – Jan 2025): A and B, paying 100.00 each on 2024-01-31.
    QFETCH(QString, story);
    QFETCH(QString, currency);
    QFETCH(qint64, nrr);
    QFETCH(qint64, grr);
    Data data;
    if (currency != QLatin1String("EUR"))
        data.data.fx = metrics::FxTable(QStringLiteral("EUR"), {{month("2020-01"), currency, metrics::FxRate::kScale}});
    auto span = [&](qint64 customer, const char* from, const char* to, qint64 mrr) {
        data.span(customer, customer, d(from), to ? d(to) : QDate(), mrr, true, currency);
    };
    span(2, "2024-01-01", nullptr, 10000);
    if (story == QLatin1String("expandChurn")) {
        span(1, "2024-01-01", "2024-03-01", 10000);
        span(1, "2024-03-01", "2024-06-01", 30000);
    } else if (story == QLatin1String("churnTwice")) {
        span(1, "2024-01-01", "2024-03-01", 10000);
        span(1, "2024-05-01", "2024-08-01", 10000);
    } else if (story == QLatin1String("expandContract")) {
        span(1, "2024-01-01", "2024-03-01", 10000);
        span(1, "2024-03-01", "2024-06-01", 15000);
        span(1, "2024-06-01", nullptr, 12000);
    } else if (story == QLatin1String("contract")) {
        span(1, "2024-01-01", "2024-03-01", 10000);
        span(1, "2024-03-01", nullptr, 8000);
        span(3, "2023-01-01", "2023-06-01", 10000); // not in the cohort: its return is a reactivation
        span(3, "2024-06-01", nullptr, 10000);
    }
    Result<MetricsReport> report = MetricsEngine(data.data).report(range("2025-01", "2025-01"));
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    const MonthFigures& jan = report->months.first();
    QCOMPARE(jan.nrr, std::optional(metrics::Ratio {nrr, 20000}));
    QCOMPARE(jan.grr, std::optional(metrics::Ratio {grr, 20000}));
    QVERIFY(jan.grr->num >= 0 && jan.grr->num <= jan.grr->den);
}

void tst_MetricsReview::movementsAtMonthEdgesAndAcrossSubscriptions()
{
    Data data;
    data.span(1, 1, d("2025-01-31"), d("2025-02-01"), 1000); // one day: the last of January
    data.span(2, 2, d("2025-03-01"), d("2025-03-31"), 2000); // March 1 to the 30th, ends on the 31st
    data.span(3, 3, d("2025-01-01"), d("2025-02-15"), 700); // one of two subscriptions ends: contraction
    data.span(3, 4, d("2025-01-01"), {}, 300);
    const MetricsEngine engine(data.data);
    Result<MetricsReport> report = engine.report(range("2025-01", "2025-03"));
    QVERIFY(report.ok());
    QStringList got;
    for (const MonthFigures& f : report->months) {
        got.append(QStringLiteral("%1 %2+%3-%4-%5=%6 paying %7→%8 churned %9")
                       .arg(f.month.toString(QStringLiteral("MM")))
                       .arg(f.mrrStart)
                       .arg(f.movements.newMrr)
                       .arg(f.movements.contraction)
                       .arg(f.movements.churn)
                       .arg(f.mrrEnd)
                       .arg(f.payingStart)
                       .arg(f.payingEnd)
                       .arg(f.churnedCustomers));
    }
    QCOMPARE(got,
             (QStringList {QStringLiteral("01 0+2000-0-0=2000 paying 0→2 churned 0"),
                           QStringLiteral("02 2000+0-700-1000=300 paying 2→1 churned 1"),
                           QStringLiteral("03 300+2000-0-2000=300 paying 1→1 churned 1")}));
    // The rows behind them (M10), also under a plan filter.
    Result<QList<metrics::MovementRow>> feb = engine.movements(range("2025-02", "2025-02"), d("2025-02-01"));
    QVERIFY(feb.ok());
    QCOMPARE(feb->size(), 2);
    QCOMPARE(feb->at(0).kind, metrics::MovementKind::Churn);
    QCOMPARE(feb->at(0).day, d("2025-02-01"));
    QCOMPARE(feb->at(1).kind, metrics::MovementKind::Contraction);
    QCOMPARE(feb->at(1).fromMinor, qint64(1000));
    QCOMPARE(feb->at(1).toMinor, qint64(300));
    Result<QList<metrics::CustomerMrrRow>> paying = engine.payingOn(range("2025-01", "2025-01"), d("2025-01-31"));
    QVERIFY(paying.ok());
    QCOMPARE(paying->size(), 2);
    QCOMPARE(paying->at(0).mrrMinor + paying->at(1).mrrMinor, report->months.at(0).mrrEnd);
    QCOMPARE(paying->at(0).customerId, CustomerId(1)); // equal MRR: by customer
    QCOMPARE(paying->at(0).parts.size(), 1);
    QCOMPARE(paying->at(1).parts.size(), 2); // customer 3's two subscriptions
}

void tst_MetricsReview::reportBySegmentCoversCustomersWithoutFacts()
{
    Data data;
    data.customer(1, QStringLiteral("smb"));
    data.span(1, 1, d("2025-01-01"), {}, 1000);
    data.span(2, 2, d("2025-01-01"), {}, 500, false); // the snapshot has no facts of customer 2
    const MetricsEngine engine(data.data);
    Result<MetricsReport> all = engine.report(range("2025-01", "2025-01"));
    QVERIFY(all.ok());
    QCOMPARE(all->months.first().mrrEnd, qint64(1500));
    auto parts = engine.reportBy(range("2025-01", "2025-01"), metrics::MetricsDimension::Segment);
    QVERIFY(parts.ok());
    QStringList got;
    qint64 sum = 0;
    for (const auto& [key, report] : *parts) {
        got.append(QStringLiteral("%1=%2").arg(key).arg(report.months.first().mrrEnd));
        sum += report.months.first().mrrEnd;
    }
    QCOMPARE(got, (QStringList {QStringLiteral("=500"), QStringLiteral("smb=1000")}));
    QCOMPARE(sum, all->months.first().mrrEnd); // the segments partition the customers
    MetricsFilter finnish = range("2025-01", "2025-01");
    finnish.countries = {QStringLiteral("SE")};
    auto none = engine.reportBy(finnish, metrics::MetricsDimension::Segment);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty()); // no segment is listed for customers the country filter leaves out
}

void tst_MetricsReview::lifetimeValue()
{
    using metrics::ReportBuilder;
    using Months = std::array<int, ReportBuilder::kClvMonths>;
    // M8's example: ARPA 95.00, churn 0, 0, 0, 0, 0, 1/5 → mean 1/30 → 2850.00; × 75 % = 2137.50.
    QCOMPARE(ReportBuilder::lifetimeValue(9500, Months {5, 5, 5, 5, 5, 5}, Months {0, 0, 0, 0, 0, 1}, std::nullopt),
             std::optional<qint64>(285000));
    QCOMPARE(ReportBuilder::lifetimeValue(9500, Months {5, 5, 5, 5, 5, 5}, Months {0, 0, 0, 0, 0, 1}, 7500),
             std::optional<qint64>(213750));
    // Zero churn: "not enough churn to estimate", never infinity; no paying months likewise.
    QCOMPARE(ReportBuilder::lifetimeValue(9500, Months {5, 5, 5, 5, 5, 5}, Months {}, std::nullopt), std::nullopt);
    QCOMPARE(ReportBuilder::lifetimeValue(9500, Months {}, Months {}, std::nullopt), std::nullopt);
    // Rounded half up once: ARPA 10.00, mean of 1/3 over one month → 30.00.
    QCOMPARE(ReportBuilder::lifetimeValue(1000, Months {0, 0, 0, 0, 0, 3}, Months {0, 0, 0, 0, 0, 1}, std::nullopt),
             std::optional<qint64>(3000));
    // M8 overflow: six huge, pairwise coprime customer counts; exact value (Python fractions)
    // 6135667359319.73 → 6135667359320, and 4601750519489.80 → 4601750519490 at 75 %.
    const Months huge {2147483647, 2147483629, 2147483587, 2147483579, 2147483563, 2147483549};
    QCOMPARE(ReportBuilder::lifetimeValue(10000, huge, Months {1, 2, 3, 4, 5, 6}, std::nullopt),
             std::optional<qint64>(6135667359320));
    QCOMPARE(ReportBuilder::lifetimeValue(10000, huge, Months {1, 2, 3, 4, 5, 6}, 7500),
             std::optional<qint64>(4601750519490));
}

void tst_MetricsReview::ratioComparesExactly()
{
    // 6e18/9e18 is 2/3: the cross products leave qint64.
    QVERIFY((metrics::Ratio {6000000000000000000, 9000000000000000000} == metrics::Ratio {2, 3}));
    QVERIFY(!(metrics::Ratio {6000000000000000000, 9000000000000000000} == metrics::Ratio {1, 3}));
    QCOMPARE((metrics::Ratio {1, 3}).percentScaled(2), qint64(3333));
    QCOMPARE((metrics::Ratio {-1, 8}).basisPoints(), qint64(-1250));
}

void tst_MetricsReview::sumsBeyondQint64AreAnErrorNotAWrap()
{
    Data data;
    data.span(1, 1, d("2025-01-01"), {}, 5000000000000000000);
    data.span(2, 2, d("2025-01-01"), {}, 5000000000000000000);
    const MetricsEngine engine(data.data);
    Result<MetricsReport> report = engine.report(range("2025-01", "2025-01"));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Overflow);
    QVERIFY(!report.error().message.isEmpty());
    QVERIFY(!engine.payingOn(range("2025-01", "2025-01"), d("2025-01-31")).ok());
    // ARR is 12 × MRR: an MRR a twelfth of the range is refused too.
    Data arr;
    arr.span(1, 1, d("2025-01-01"), {}, std::numeric_limits<qint64>::max() / 10);
    QVERIFY(!MetricsEngine(arr.data).report(range("2025-01", "2025-01")).ok());
    // A large but safe amount passes, and through a rate as well.
    Data safe;
    safe.data.fx = metrics::FxTable(QStringLiteral("EUR"), {{month("2025-01"), QStringLiteral("SEK"), 10000000}});
    safe.span(1, 1, d("2025-01-01"), {}, std::numeric_limits<qint64>::max() / 24);
    safe.span(2, 2, d("2025-01-01"), {}, std::numeric_limits<qint64>::max() / 24, true, QStringLiteral("SEK"));
    Result<MetricsReport> ok = MetricsEngine(safe.data).report(range("2025-01", "2025-01"));
    QVERIFY2(ok.ok(), ok ? "" : qPrintable(ok.error().message));
    QCOMPARE(ok->months.first().mrrEnd,
             std::numeric_limits<qint64>::max() / 24 + (std::numeric_limits<qint64>::max() / 24 + 5) / 10);
}

void tst_MetricsReview::emptyDataAndARangeBeforeAnyData()
{
    Data data;
    for (int pass = 0; pass < 2; ++pass) {
        Result<MetricsReport> report = MetricsEngine(data.data).report(range("2019-01", "2019-03"));
        QVERIFY(report.ok());
        QCOMPARE(report->months.size(), 3);
        QCOMPARE(report->currency, QStringLiteral("EUR"));
        QVERIFY(report->warnings.isEmpty());
        for (const MonthFigures& f : report->months) {
            QCOMPARE(f.mrrStart, qint64(0));
            QCOMPARE(f.mrrEnd, qint64(0));
            QCOMPARE(f.fxEffect, qint64(0));
            QCOMPARE(f.movements, metrics::Movements {});
            QCOMPARE(f.payingStart + f.payingEnd, 0);
            QVERIFY(!f.logoChurn && !f.grossMrrChurn && !f.netMrrChurn && !f.nrr && !f.grr && !f.arpa && !f.clv);
        }
        // Second pass: data exists, but only after the range.
        data.span(1, 1, d("2025-01-01"), {}, 1000);
        data.data.fx = metrics::FxTable(QStringLiteral("EUR"), {{month("2025-01"), QStringLiteral("SEK"), 9000000}});
        data.span(2, 2, d("2025-01-01"), {}, 1000, true, QStringLiteral("SEK"));
    }
}

QTEST_GUILESS_MAIN(tst_MetricsReview)
#include "tst_metricsreview.moc"
