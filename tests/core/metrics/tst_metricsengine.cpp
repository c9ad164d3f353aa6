#include "EngineFixture.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MrrSchedule.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <map>

using namespace subdesk;
using metrics::MetricsData;
using metrics::MetricsEngine;
using metrics::MetricsFilter;
using metrics::MetricsReport;
using metrics::MonthFigures;
using metrics::MovementKind;
using metrics::MrrSpan;
using subscriptions::EventKind;

namespace {

/** A QStringList of UTF-8 literals (QT_NO_CAST_FROM_ASCII). */
QStringList lines(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDate month(const char* yyyyMm)
{
    return QDate::fromString(QString::fromLatin1(yyyyMm) + QStringLiteral("-01"), Qt::ISODate);
}

/** Hand-built snapshots: spans in the order MetricsData promises (customer, subscription, from). */
class Data
{
public:
    Data() { data.fx = metrics::FxTable(QStringLiteral("EUR"), {}); }

    void customer(qint64 id, const QString& segment = {}, const QString& country = QStringLiteral("FI"))
    {
        data.customers.insert(CustomerId(id),
                              {CustomerId(id), QStringLiteral("Customer %1").arg(id), segment, country});
    }
    void span(qint64 customerId, qint64 subscription, qint64 plan, QDate from, QDate to, qint64 mrr,
              const QString& currency = QStringLiteral("EUR"))
    {
        if (!data.customers.contains(CustomerId(customerId)))
            customer(customerId);
        data.spans.append(
            {SubscriptionId(subscription), CustomerId(customerId), PlanId(plan), currency, from, to, mrr});
        sort();
    }
    /** The spans MrrSchedule derives from a real subscription history (engine fixture catalog). */
    QString schedule(const subscriptions::Subscription& s)
    {
        static const catalog::Catalog catalog = enginefixture::testCatalog();
        Result<QList<MrrSpan>> spans = metrics::MrrSchedule(catalog).spans(s);
        if (!spans)
            return spans.error().message;
        if (!data.customers.contains(s.customerId))
            customer(s.customerId.value);
        data.spans.append(*spans);
        sort();
        return {};
    }
    void rates(const QList<metrics::FxRate>& rates) { data.fx = metrics::FxTable(QStringLiteral("EUR"), rates); }

    MetricsData data;

private:
    void sort()
    {
        std::stable_sort(data.spans.begin(), data.spans.end(), [](const MrrSpan& a, const MrrSpan& b) {
            if (a.customerId != b.customerId)
                return a.customerId < b.customerId;
            if (a.subscriptionId != b.subscriptionId)
                return a.subscriptionId < b.subscriptionId;
            return a.from < b.from;
        });
    }
};

MetricsFilter range(const char* from, const char* to)
{
    MetricsFilter f;
    f.fromMonth = month(from);
    f.toMonth = month(to);
    return f;
}

QString describe(const MonthFigures& f)
{
    QStringList parts {QStringLiteral("%1: start %2").arg(f.month.toString(QStringLiteral("yyyy-MM"))).arg(f.mrrStart)};
    if (f.fxEffect != 0)
        parts.append(QStringLiteral("fx %1").arg(f.fxEffect));
    const metrics::Movements& m = f.movements;
    const QList<QPair<const char*, qint64>> moves {
        {"new", m.newMrr}, {"react", m.reactivation}, {"exp", m.expansion}, {"con", m.contraction}, {"churn", m.churn}};
    for (const auto& [name, amount] : moves) {
        if (amount != 0)
            parts.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(name)).arg(amount));
    }
    parts.append(QStringLiteral("end %1").arg(f.mrrEnd));
    return parts.join(QLatin1Char(' '));
}

QStringList describe(const MetricsReport& report)
{
    QStringList out;
    for (const MonthFigures& f : report.months)
        out.append(describe(f));
    return out;
}

subscriptions::Subscription basic(const char* start, int trialDays = 0, const QString& coupon = {})
{
    subscriptions::SubscriptionConfig config = enginefixture::config(1, 11);
    config.couponCode = coupon;
    return enginefixture::subscription(d(start), config, trialDays);
}

} // namespace

/** BILLING.md §10 figures from MRR spans (docs/billing-rules.md M3–M8). */
class tst_MetricsEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movements_data();
    void movements();
    void ratesChurnRetentionArpaClv();
    void clvLeavesOutMonthsWithoutPayingCustomers();
    void filters();
    void reportByBreaksDown();
    void missingRateIsLeftOutWithOneWarning();
    void refusesBadRanges();
    void generatedHistoryKeepsTheIdentityAndMatchesADayByDayReference();
    void aCurrencyAtRateOneGivesTheSameFiguresAsTheReportingCurrency();
    void timingOfAMillionSpans();
};

void tst_MetricsEngine::movements_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("M4 new: 0 → 10.00 the first time")
        << "new"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 new 1000 end 1000", "2025-02: start 1000 end 1000"});
    QTest::newRow("M4 expansion by quantity on Feb 10")
        << "quantity"
        << "2025-02"
        << "2025-02" << lines({"2025-02: start 1000 exp 1000 end 2000"});
    QTest::newRow("M4 expansion by a second subscription, not new")
        << "second"
        << "2025-02"
        << "2025-02" << lines({"2025-02: start 1000 exp 500 end 1500"});
    QTest::newRow("M4 contraction by downgrade PRO → BASIC")
        << "downgrade"
        << "2025-02"
        << "2025-02" << lines({"2025-02: start 2000 con 1000 end 1000"});
    QTest::newRow("M4 contraction by a new 25% forever coupon (real history)")
        << "coupon"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 new 1000 end 1000", "2025-02: start 1000 con 250 end 750"});
    QTest::newRow("M4 churn when cancelled immediately on Jan 20: January (real history)")
        << "cancelNow"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 new 1000 churn 1000 end 0", "2025-02: start 0 end 0"});
    QTest::newRow("M4 churn when cancelled at period end: February (real history)")
        << "cancelAtEnd"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 new 1000 end 1000", "2025-02: start 1000 churn 1000 end 0"});
    QTest::newRow("M4 reactivation: paid before, 0 → 10.00 again")
        << "reactivation"
        << "2025-01"
        << "2025-04"
        << lines({"2025-01: start 0 new 1000 end 1000", "2025-02: start 1000 churn 1000 end 0",
                  "2025-03: start 0 end 0", "2025-04: start 0 react 1000 end 1000"});
    QTest::newRow("M4 reactivation looks at all history, also before the range")
        << "oldHistory"
        << "2025-02"
        << "2025-02" << lines({"2025-02: start 0 react 1000 end 1000"});
    QTest::newRow("M1 yearly 200.00 is 16.67 a month, no movement at the renewal (real history)")
        << "yearly"
        << "2025-12"
        << "2026-01" << lines({"2025-12: start 1667 end 1667", "2026-01: start 1667 end 1667"});
    QTest::newRow("M2 trial: new only when it converts, on Feb 8 (real history)")
        << "trial"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 end 0", "2025-02: start 0 new 1000 end 1000"});
    QTest::newRow("M2 a trial cancelled before it converts moves nothing (real history)")
        << "trialCancelled"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 end 0", "2025-02: start 0 end 0"});
    QTest::newRow("M2 pause Feb 10 is churn, resume Apr 1 reactivation (real history)")
        << "pause"
        << "2025-02"
        << "2025-04"
        << lines({"2025-02: start 1000 churn 1000 end 0", "2025-03: start 0 end 0",
                  "2025-04: start 0 react 1000 end 1000"});
    QTest::newRow("M2 Repeating-3 50% coupon ends after 3 periods: expansion in April (real history)")
        << "repeating"
        << "2025-01"
        << "2025-04"
        << lines({"2025-01: start 0 new 500 end 500", "2025-02: start 500 end 500", "2025-03: start 500 end 500",
                  "2025-04: start 500 exp 500 end 1000"});
    QTest::newRow("M3 SEK 1000.00 at 0.09 then 0.10 EUR: fx effect 10.00 in February")
        << "sek"
        << "2025-01"
        << "2025-02" << lines({"2025-01: start 0 new 9000 end 9000", "2025-02: start 10000 fx 1000 end 10000"});
    QTest::newRow("M4 a plan switch at the same amount moves nothing")
        << "sameAmount"
        << "2025-02"
        << "2025-02" << lines({"2025-02: start 1000 end 1000"});
}

void tst_MetricsEngine::movements()
{
    QFETCH(QString, story);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    Data data;
    using enginefixture::addEvent;
    if (story == QLatin1String("new")) {
        data.span(1, 1, 1, d("2025-01-15"), {}, 1000);
    } else if (story == QLatin1String("quantity")) {
        data.span(1, 1, 3, d("2025-01-01"), d("2025-02-10"), 1000);
        data.span(1, 1, 3, d("2025-02-10"), {}, 2000);
    } else if (story == QLatin1String("second")) {
        data.span(1, 1, 1, d("2025-01-01"), {}, 1000);
        data.span(1, 2, 7, d("2025-02-05"), {}, 500);
    } else if (story == QLatin1String("downgrade")) {
        data.span(1, 1, 2, d("2025-01-01"), d("2025-02-01"), 2000);
        data.span(1, 1, 1, d("2025-02-01"), {}, 1000);
    } else if (story == QLatin1String("coupon")) {
        subscriptions::Subscription s = basic("2025-01-01");
        subscriptions::SubscriptionConfig withCoupon = s.events.first().config.value();
        withCoupon.couponCode = QStringLiteral("P25");
        addEvent(s, EventKind::Changed, d("2025-02-01"), false, withCoupon);
        QCOMPARE(data.schedule(s), QString());
    } else if (story == QLatin1String("cancelNow") || story == QLatin1String("cancelAtEnd")) {
        subscriptions::Subscription s = basic("2025-01-01");
        addEvent(s, EventKind::Cancelled, story == QLatin1String("cancelNow") ? d("2025-01-20") : d("2025-02-01"),
                 false);
        QCOMPARE(data.schedule(s), QString());
    } else if (story == QLatin1String("reactivation")) {
        data.span(1, 1, 1, d("2025-01-01"), d("2025-02-01"), 1000);
        data.span(1, 1, 1, d("2025-04-01"), {}, 1000);
    } else if (story == QLatin1String("oldHistory")) {
        data.span(1, 1, 1, d("2020-01-01"), d("2020-06-01"), 1000);
        data.span(1, 2, 1, d("2025-02-01"), {}, 1000);
    } else if (story == QLatin1String("yearly")) {
        QCOMPARE(data.schedule(enginefixture::subscription(d("2025-01-01"),
                                                           enginefixture::config(2, 22, 1, QStringLiteral("1 year")))),
                 QString());
    } else if (story == QLatin1String("trial")) {
        QCOMPARE(data.schedule(basic("2025-01-25", 14)), QString());
    } else if (story == QLatin1String("trialCancelled")) {
        subscriptions::Subscription s = basic("2025-01-25", 14);
        addEvent(s, EventKind::Cancelled, d("2025-02-01"), false);
        QCOMPARE(data.schedule(s), QString());
        QVERIFY(data.data.spans.isEmpty());
    } else if (story == QLatin1String("pause")) {
        subscriptions::Subscription s = basic("2025-01-01");
        addEvent(s, EventKind::Paused, d("2025-02-10"), true);
        addEvent(s, EventKind::Resumed, d("2025-04-01"), false);
        QCOMPARE(data.schedule(s), QString());
    } else if (story == QLatin1String("repeating")) {
        QCOMPARE(data.schedule(basic("2025-01-01", 0, QStringLiteral("REP3"))), QString());
    } else if (story == QLatin1String("sek")) {
        data.rates(
            {{month("2025-01"), QStringLiteral("SEK"), 9000000}, {month("2025-02"), QStringLiteral("SEK"), 10000000}});
        data.span(1, 1, 1, d("2025-01-01"), {}, 100000, QStringLiteral("SEK"));
    } else if (story == QLatin1String("sameAmount")) {
        data.span(1, 1, 1, d("2025-01-01"), d("2025-02-10"), 1000);
        data.span(1, 1, 2, d("2025-02-10"), {}, 1000);
    }
    const MetricsFilter filter = range(qPrintable(from), qPrintable(to));
    const MetricsEngine engine(data.data);
    Result<MetricsReport> report = engine.report(filter);
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(describe(*report), expected);
    QVERIFY(report->warnings.isEmpty());
    // The rows behind each month add up to its movements (M10).
    for (const MonthFigures& f : report->months) {
        Result<QList<metrics::MovementRow>> rows = engine.movements(filter, f.month);
        QVERIFY(rows.ok());
        metrics::Movements sum;
        for (const metrics::MovementRow& row : *rows) {
            const qint64 amount = row.amount();
            (row.kind == MovementKind::New                ? sum.newMrr
                 : row.kind == MovementKind::Reactivation ? sum.reactivation
                 : row.kind == MovementKind::Expansion    ? sum.expansion
                 : row.kind == MovementKind::Contraction  ? sum.contraction
                                                          : sum.churn) += amount;
        }
        QCOMPARE(sum, f.movements);
    }
}

void tst_MetricsEngine::ratesChurnRetentionArpaClv()
{
    // A, B, C, D pay 100.00 from 2024-01-01; B expands to 150.00 (Jun), C contracts to 80.00 (Sep),
    // D churns on 2025-01-15; E is new in May 2024 at 50.00 (not in the NRR cohort).
    Data data;
    data.span(1, 1, 1, d("2024-01-01"), {}, 10000);
    data.span(2, 2, 1, d("2024-01-01"), d("2024-06-10"), 10000);
    data.span(2, 2, 1, d("2024-06-10"), {}, 15000);
    data.span(3, 3, 1, d("2024-01-01"), d("2024-09-01"), 10000);
    data.span(3, 3, 1, d("2024-09-01"), {}, 8000);
    data.span(4, 4, 1, d("2024-01-01"), d("2025-01-15"), 10000);
    data.span(5, 5, 1, d("2024-05-01"), {}, 5000);
    MetricsEngine engine(data.data);
    Result<MetricsReport> report = engine.report(range("2024-12", "2025-01"));
    QVERIFY(report.ok());
    const MonthFigures& dec = report->months.at(0);
    const MonthFigures& jan = report->months.at(1);
    QCOMPARE(describe(jan), QStringLiteral("2025-01: start 48000 churn 10000 end 38000"));
    QCOMPARE(jan.arr(), qint64(456000));
    QCOMPARE(jan.payingStart, 5);
    QCOMPARE(jan.payingEnd, 4);
    QCOMPARE(jan.churnedCustomers, 1);
    QCOMPARE(jan.logoChurn, std::optional(metrics::Ratio {1, 5}));
    QCOMPARE(jan.logoChurn->basisPoints(), qint64(2000));
    QCOMPARE(jan.grossMrrChurn, std::optional(metrics::Ratio {10000, 48000}));
    QCOMPARE(jan.netMrrChurn, std::optional(metrics::Ratio {10000, 48000}));
    // M6: cohort paying on 2024-01-31 = A, B, C, D (400.00); Feb 2024 – Jan 2025: +50 −20 −100.
    QCOMPARE(jan.nrr, std::optional(metrics::Ratio {33000, 40000}));
    QCOMPARE(jan.nrr->basisPoints(), qint64(8250));
    QCOMPARE(jan.grr, std::optional(metrics::Ratio {28000, 40000}));
    // M7, M8: ARPA 380.00 ÷ 4 = 95.00; churn rates Aug–Jan 0,0,0,0,0,1/5 → mean 1/30 → CLV 2850.00.
    QCOMPARE(jan.arpa, std::optional<qint64>(9500));
    QCOMPARE(jan.clv, std::optional<qint64>(285000));
    QCOMPARE(dec.clv, std::nullopt); // no churn in the 6 months: "not enough churn to estimate"
    QCOMPARE(dec.logoChurn, std::optional(metrics::Ratio {0, 5}));
    QCOMPARE(dec.nrr, std::nullopt); // window Jan–Dec 2024: nobody paid on 2023-12-31
    data.data.grossMarginBasisPoints = 7500;
    report = MetricsEngine(data.data).report(range("2025-01", "2025-01"));
    QCOMPARE(report->months.at(0).clv, std::optional<qint64>(213750)); // × 75 %
    // The rows behind MRR, ARR, ARPA and paying customers (M10).
    Result<QList<metrics::CustomerMrrRow>> paying = engine.payingOn(range("2025-01", "2025-01"), d("2025-01-31"));
    QVERIFY(paying.ok());
    QCOMPARE(paying->size(), 4);
    QCOMPARE(paying->first().customerId, CustomerId(2)); // largest first
    qint64 sum = 0;
    for (const metrics::CustomerMrrRow& row : *paying)
        sum += row.mrrMinor;
    QCOMPARE(sum, jan.mrrEnd);
    Result<QList<metrics::MovementRow>> churned = engine.movements({}, d("2025-01-20"), MovementKind::Churn);
    QVERIFY(churned.ok());
    QCOMPARE(churned->size(), 1);
    QCOMPARE(churned->first().customerId, CustomerId(4));
    QCOMPARE(churned->first().day, d("2025-01-15"));
    QCOMPARE(churned->first().fromMinor, qint64(10000));
    QCOMPARE(churned->first().customerName, QStringLiteral("Customer 4"));
}

void tst_MetricsEngine::clvLeavesOutMonthsWithoutPayingCustomers()
{
    Data data;
    data.span(1, 1, 1, d("2024-12-10"), {}, 3000);
    data.span(2, 2, 1, d("2024-12-10"), d("2025-01-20"), 1000);
    Result<MetricsReport> report = MetricsEngine(data.data).report(range("2025-01", "2025-01"));
    QVERIFY(report.ok());
    const MonthFigures& jan = report->months.at(0);
    // Aug–Dec had no paying customers at their start: only January's 1/2 counts; ARPA 30.00 → CLV 60.00.
    QCOMPARE(jan.arpa, std::optional<qint64>(3000));
    QCOMPARE(jan.clv, std::optional<qint64>(6000));
    QCOMPARE(jan.nrr, std::nullopt); // nobody paid on the day before the window
    QCOMPARE(jan.grossMrrChurn, std::optional(metrics::Ratio {1000, 4000}));
}

void tst_MetricsEngine::filters()
{
    Data data;
    data.rates({{month("2025-01"), QStringLiteral("SEK"), 9000000}});
    data.customer(1, QStringLiteral("smb"), QStringLiteral("FI"));
    data.customer(2, QStringLiteral("enterprise"), QStringLiteral("SE"));
    data.customer(3, QString(), QStringLiteral("FI"));
    data.customer(4, QStringLiteral("smb"), QStringLiteral("DE"));
    data.span(1, 1, 1, d("2025-01-01"), {}, 1000);
    data.span(2, 2, 2, d("2025-01-01"), {}, 100000, QStringLiteral("SEK"));
    data.span(3, 3, 1, d("2025-01-01"), {}, 500);
    data.span(3, 4, 2, d("2025-01-01"), {}, 700);
    data.span(4, 5, 1, d("2025-01-01"), d("2025-02-01"), 300); // moves from plan 1 to plan 2
    data.span(4, 5, 2, d("2025-02-01"), {}, 300);
    const MetricsEngine engine(data.data);
    auto endOf = [&](const MetricsFilter& f) {
        Result<MetricsReport> r = engine.report(f);
        return r ? describe(r->months.last()) : r.error().message;
    };
    MetricsFilter f = range("2025-02", "2025-02");
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 11500 end 11500"));
    f.segments = {QStringLiteral("smb")};
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 1300 end 1300"));
    f.segments = {QString()}; // customers without a segment
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 1200 end 1200"));
    f.segments.clear();
    f.countries = {QStringLiteral("FI")};
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 2200 end 2200"));
    f.countries.clear();
    f.plans = {PlanId(1)};
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 1800 churn 300 end 1500")); // customer 4 leaves plan 1
    f.plans = {PlanId(2)};
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 9700 new 300 end 10000")); // ... and is new on plan 2
    f.plans.clear();
    f.currencies = {QStringLiteral("SEK")};
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 9000 end 9000"));
    f.currencies = {QStringLiteral("EUR")};
    QCOMPARE(endOf(f), QStringLiteral("2025-02: start 2500 end 2500"));
}

void tst_MetricsEngine::reportByBreaksDown()
{
    Data data;
    data.customer(1, QStringLiteral("smb"));
    data.customer(2, QStringLiteral("enterprise"));
    data.customer(3);
    data.span(1, 1, 1, d("2025-01-01"), {}, 1000);
    data.span(2, 2, 2, d("2025-01-01"), {}, 5000);
    data.span(3, 3, 1, d("2025-01-01"), {}, 200);
    const MetricsEngine engine(data.data);
    auto bySegment = engine.reportBy(range("2025-01", "2025-01"), metrics::MetricsDimension::Segment);
    QVERIFY(bySegment.ok());
    QStringList got;
    for (const auto& [key, report] : *bySegment)
        got.append(QStringLiteral("%1=%2").arg(key).arg(report.months.first().mrrEnd));
    QCOMPARE(got, lines({"=200", "enterprise=5000", "smb=1000"}));
    auto byPlan = engine.reportBy(range("2025-01", "2025-01"), metrics::MetricsDimension::Plan);
    QVERIFY(byPlan.ok());
    got.clear();
    for (const auto& [key, report] : *byPlan)
        got.append(QStringLiteral("%1=%2").arg(key).arg(report.months.first().mrrEnd));
    QCOMPARE(got, lines({"1=1200", "2=5000"}));
}

void tst_MetricsEngine::missingRateIsLeftOutWithOneWarning()
{
    Data data;
    data.rates({{month("2025-03"), QStringLiteral("SEK"), 9000000}});
    data.span(1, 1, 1, d("2025-01-01"), {}, 100000, QStringLiteral("SEK"));
    data.span(2, 2, 1, d("2025-01-01"), {}, 1000);
    Result<MetricsReport> report = MetricsEngine(data.data).report(range("2025-01", "2025-03"));
    QVERIFY(report.ok());
    QCOMPARE(describe(*report),
             lines({"2025-01: start 0 new 1000 end 1000", "2025-02: start 1000 end 1000",
                    "2025-03: start 10000 fx 9000 end 10000"}));
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY2(report->warnings.first().contains(QStringLiteral("SEK"))
                 && report->warnings.first().contains(QStringLiteral("2025-01"))
                 && report->warnings.first().contains(QStringLiteral("2025-02")),
             qPrintable(report->warnings.first()));
}

void tst_MetricsEngine::refusesBadRanges()
{
    Data data;
    const MetricsEngine engine(data.data);
    QVERIFY(!engine.report(range("2025-03", "2025-01")).ok());
    MetricsFilter notFirst = range("2025-01", "2025-02");
    notFirst.fromMonth = d("2025-01-15");
    QVERIFY(!engine.report(notFirst).ok());
    QVERIFY(!engine.report(MetricsFilter {}).ok());
    data.data.fx = metrics::FxTable();
    const Result<MetricsReport> noCurrency = MetricsEngine(data.data).report(range("2025-01", "2025-01"));
    QVERIFY(!noCurrency.ok());
    QVERIFY(!noCurrency.error().message.isEmpty());
}

void tst_MetricsEngine::generatedHistoryKeepsTheIdentityAndMatchesADayByDayReference()
{
    // Five years of random histories in three currencies (USD has rates only from 2022).
    QRandomGenerator random(20250501);
    Data data;
    QList<metrics::FxRate> rates;
    for (QDate m = month("2019-01"); m <= month("2025-12"); m = m.addMonths(1)) {
        rates.append({m, QStringLiteral("SEK"), 8500000 + random.bounded(1000000)});
        if (m >= month("2022-01"))
            rates.append({m, QStringLiteral("USD"), 90000000 + random.bounded(10000000)});
    }
    data.rates(rates);
    const QStringList currencies {QStringLiteral("EUR"), QStringLiteral("EUR"), QStringLiteral("SEK"),
                                  QStringLiteral("USD")};
    qint64 subscription = 0;
    for (qint64 c = 1; c <= 150; ++c) {
        data.customer(c, c % 3 == 0 ? QStringLiteral("smb") : QString());
        const int subs = 1 + random.bounded(3);
        for (int s = 0; s < subs; ++s) {
            ++subscription;
            const QString currency = currencies.at(random.bounded(int(currencies.size())));
            QDate from = d("2019-06-01").addDays(random.bounded(2000));
            for (int k = 0; k < 6 && from < d("2025-12-31"); ++k) {
                const QDate to = random.bounded(6) == 0 ? QDate() : from.addDays(5 + random.bounded(400));
                data.span(c, subscription, 1 + random.bounded(3), from, to, 100 + random.bounded(20000), currency);
                if (!to.isValid())
                    break;
                from = to.addDays(random.bounded(3) == 0 ? random.bounded(90) : 0);
            }
        }
    }
    const MetricsFilter filter = range("2021-01", "2025-12");
    const MetricsEngine engine(data.data);
    Result<MetricsReport> report = engine.report(filter);
    QVERIFY(report.ok());
    QCOMPARE(report->months.size(), 60);
    QCOMPARE(report->warnings.size(), 1); // USD before 2022-01

    // Reference: BILLING.md §10 literally, day by day, per customer.
    const metrics::FxTable& fx = data.data.fx;
    std::map<QDate, metrics::Movements> expected;
    std::map<QDate, qint64> expectedEnd;
    QHash<CustomerId, QList<MrrSpan>> byCustomer;
    for (const MrrSpan& span : data.data.spans)
        byCustomer[span.customerId].append(span);
    const QDate first = filter.fromMonth;
    const QDate last = filter.toMonth.addMonths(1);
    for (const QList<MrrSpan>& spans : std::as_const(byCustomer)) {
        auto value = [&](QDate day, QDate rateMonth) {
            QHash<QString, qint64> perCurrency;
            for (const MrrSpan& span : spans) {
                if (span.contains(day))
                    perCurrency[span.currency] += span.mrrMinor;
            }
            qint64 sum = 0;
            for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it)
                sum += fx.convert(it.value(), it.key(), rateMonth).value_or(0);
            return sum;
        };
        // "Paid before" looks at the spans themselves, also where no rate converts them (M4).
        auto paying = [&](QDate day) {
            return std::any_of(spans.cbegin(), spans.cend(), [&](const MrrSpan& span) { return span.contains(day); });
        };
        bool paid = false;
        for (QDate day = d("2019-01-01"); day < first; day = day.addDays(1))
            paid = paid || paying(day);
        for (QDate day = first; day < last; day = day.addDays(1)) {
            const QDate m(day.year(), day.month(), 1);
            const qint64 before = value(day.addDays(-1), m);
            const qint64 after = value(day, m);
            metrics::Movements& moves = expected[m];
            if (after > before)
                (before == 0 ? (paid ? moves.reactivation : moves.newMrr) : moves.expansion) += after - before;
            else if (after < before)
                (after == 0 ? moves.churn : moves.contraction) += before - after;
            paid = paid || after > 0 || paying(day);
            if (day.addDays(1).day() == 1)
                expectedEnd[m] += after;
        }
    }
    qint64 previousEnd = 0;
    for (const MonthFigures& f : report->months) {
        QVERIFY2(f.mrrEnd == f.mrrStart + f.movements.net(), qPrintable(describe(f)));
        if (f.month != first)
            QCOMPARE(f.mrrStart, previousEnd + f.fxEffect);
        previousEnd = f.mrrEnd;
        QCOMPARE(f.movements, expected[f.month]);
        QCOMPARE(f.mrrEnd, expectedEnd[f.month]);
        // The rows behind the figures add up to them (M10).
        Result<QList<metrics::CustomerMrrRow>> rows = engine.payingOn(filter, f.month.addMonths(1).addDays(-1));
        QVERIFY(rows.ok());
        qint64 sum = 0;
        for (const metrics::CustomerMrrRow& row : *rows)
            sum += row.mrrMinor;
        QCOMPARE(sum, f.mrrEnd);
        QCOMPARE(int(rows->size()), f.payingEnd);
        Result<QList<metrics::MovementRow>> churn = engine.movements(filter, f.month, MovementKind::Churn);
        QVERIFY(churn.ok());
        QSet<CustomerId> churned;
        qint64 churnSum = 0;
        for (const metrics::MovementRow& row : *churn) {
            churned.insert(row.customerId);
            churnSum += row.amount();
        }
        QCOMPARE(churnSum, f.movements.churn);
        QCOMPARE(int(churned.size()), f.churnedCustomers);
    }
    // EUR only: no exchange rates, so no fx effect.
    MetricsFilter eurOnly = filter;
    eurOnly.currencies = {QStringLiteral("EUR")};
    Result<MetricsReport> eur = engine.report(eurOnly);
    QVERIFY(eur.ok());
    for (const MonthFigures& f : eur->months)
        QCOMPARE(f.fxEffect, qint64(0));

    // A breakdown by segment or plan: each part equals the report filtered to its key. Segments split
    // the customers, so their MRR adds up to the whole in every month (plans split a customer's
    // amounts, each converted and rounded on its own).
    for (const metrics::MetricsDimension by : {metrics::MetricsDimension::Segment, metrics::MetricsDimension::Plan}) {
        auto parts = engine.reportBy(filter, by);
        QVERIFY(parts.ok());
        QCOMPARE(parts->size(), by == metrics::MetricsDimension::Segment ? 2 : 3);
        std::vector<qint64> mrrSum(size_t(report->months.size()), 0);
        for (const auto& [key, part] : *parts) {
            MetricsFilter one = filter;
            if (by == metrics::MetricsDimension::Segment)
                one.segments = {key};
            else
                one.plans = {PlanId(key.toLongLong())};
            Result<MetricsReport> alone = engine.report(one);
            QVERIFY(alone.ok());
            QCOMPARE(part.months.size(), alone->months.size());
            for (qsizetype i = 0; i < part.months.size(); ++i) {
                QVERIFY2(part.months.at(i) == alone->months.at(i),
                         qPrintable(key + QLatin1Char(' ') + describe(part.months.at(i))));
                mrrSum[size_t(i)] += part.months.at(i).mrrEnd;
            }
        }
        for (qsizetype i = 0; by == metrics::MetricsDimension::Segment && i < report->months.size(); ++i)
            QCOMPARE(mrrSum[size_t(i)], report->months.at(i).mrrEnd);
    }
}

void tst_MetricsEngine::aCurrencyAtRateOneGivesTheSameFiguresAsTheReportingCurrency()
{
    // Customers in the reporting currency take a faster path than customers needing conversion;
    // at a rate of 1.00 (same minor digits) both must give every figure alike, NRR and CLV included.
    QRandomGenerator random(99);
    Data eur;
    for (qint64 c = 1; c <= 300; ++c) {
        QDate from = d("2019-01-01").addDays(random.bounded(2200));
        for (int k = 0; k < 5; ++k) {
            const QDate to = random.bounded(5) == 0 ? QDate() : from.addDays(10 + random.bounded(300));
            eur.span(c, c, 1, from, to, 100 + random.bounded(5000));
            if (!to.isValid())
                break;
            from = to.addDays(random.bounded(2) == 0 ? random.bounded(120) : 0);
        }
    }
    Data sek = eur;
    for (MrrSpan& span : sek.data.spans)
        span.currency = QStringLiteral("SEK");
    sek.rates({{month("2015-01"), QStringLiteral("SEK"), metrics::FxRate::kScale}});
    const MetricsFilter filter = range("2020-01", "2025-06");
    Result<MetricsReport> plain = MetricsEngine(eur.data).report(filter);
    Result<MetricsReport> converted = MetricsEngine(sek.data).report(filter);
    QVERIFY(plain.ok() && converted.ok());
    QCOMPARE(converted->months.size(), plain->months.size());
    int withNrr = 0, withClv = 0;
    for (qsizetype i = 0; i < plain->months.size(); ++i) {
        const MonthFigures& a = plain->months.at(i);
        const MonthFigures& b = converted->months.at(i);
        QVERIFY2(a == b, qPrintable(describe(a) + QStringLiteral(" vs ") + describe(b)));
        QCOMPARE(a.nrr.has_value(), b.nrr.has_value());
        if (a.nrr) {
            QCOMPARE(a.nrr->num, b.nrr->num);
            QCOMPARE(a.grr->num, b.grr->num);
            ++withNrr;
        }
        withClv += a.clv ? 1 : 0;
    }
    QVERIFY(withNrr > 40 && withClv > 40); // the comparison covered the retention figures
}

void tst_MetricsEngine::timingOfAMillionSpans()
{
    // 100,000 customers × 10 spans over five years, 10 % of them in SEK: the dashboard's load.
    QRandomGenerator random(7);
    MetricsData data;
    QList<metrics::FxRate> rates;
    for (QDate m = month("2020-01"); m <= month("2025-12"); m = m.addMonths(1))
        rates.append({m, QStringLiteral("SEK"), 8500000 + random.bounded(1000000)});
    data.fx = metrics::FxTable(QStringLiteral("EUR"), rates);
    const QString eur = QStringLiteral("EUR");
    const QString sek = QStringLiteral("SEK");
    data.spans.reserve(1000000);
    const qint64 startJd = d("2020-01-01").toJulianDay();
    for (qint64 c = 1; c <= 100000; ++c) {
        data.customers.insert(CustomerId(c),
                              {CustomerId(c), QStringLiteral("C%1").arg(c), QString(), QStringLiteral("FI")});
        const QString& currency = c % 10 == 0 ? sek : eur;
        qint64 from = startJd + random.bounded(400);
        for (int k = 0; k < 10; ++k) {
            const qint64 to = from + 20 + random.bounded(200);
            data.spans.append({SubscriptionId(c), CustomerId(c), PlanId(1 + k % 3), currency,
                               QDate::fromJulianDay(from), k == 9 ? QDate() : QDate::fromJulianDay(to),
                               1000 + random.bounded(10000)});
            from = to + (random.bounded(5) == 0 ? 30 : 0);
        }
    }
    QCOMPARE(data.spans.size(), qsizetype(1000000));
    const MetricsEngine engine(data);
    // Wall time and this thread's CPU time (the machine is shared: the CPU time is what the code costs).
    auto cpuMs = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
    };
    qint64 best = -1;
    double bestCpu = -1;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        Result<MetricsReport> report = engine.report(range("2021-01", "2025-12"));
        const double cpu = cpuMs() - cpuStart;
        const qint64 ms = timer.elapsed();
        QVERIFY(report.ok());
        QCOMPARE(report->months.size(), 60);
        best = best < 0 ? ms : std::min(best, ms);
        bestCpu = bestCpu < 0 ? cpu : std::min(bestCpu, cpu);
    }
    qInfo("MetricsEngine::report, 1,000,000 spans, 100,000 customers, 60 months: %lld ms wall, %.0f ms CPU "
          "(best of 5)",
          best, bestCpu);
}

QTEST_GUILESS_MAIN(tst_MetricsEngine)
#include "tst_metricsengine.moc"
