// The metrics over the demo company's five years of history: the MRR identity and an independent
// recomputation of the MRR on every month, every kind of movement, the exchange rates, realistic
// churn and growth, and the NPS and CSAT months (none without answers).
#include "TestSupport.h"
#include "catalog/CatalogService.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoSubscriptions.h"
#include "demo/DemoSurveys.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsService.h"
#include "metrics/MrrSchedule.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"
#include "surveys/SurveyAnalysis.h"
#include "surveys/SurveyService.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace subdesk;
using metrics::MonthFigures;
using metrics::MovementKind;

namespace {

__extension__ typedef __int128 i128;
constexpr int kCustomers = 250;
const QDate kToday(2026, 3, 31);

QDate lastDayOf(QDate month)
{
    return month.addMonths(1).addDays(-1);
}

QList<QDate> historyMonths()
{
    QList<QDate> months;
    for (QDate m = demo::DemoCatalog::historyStart(kToday); m <= kToday; m = m.addMonths(1))
        months.append(m);
    return months;
}

void addMonthRows(const char* rule)
{
    QTest::addColumn<int>("index");
    const QList<QDate> months = historyMonths();
    for (int i = 0; i < int(months.size()); ++i)
        QTest::newRow(qPrintable(months.at(i).toString(QStringLiteral("yyyy-MM: ")) + QString::fromUtf8(rule))) << i;
}

/** round_half_up(minor × rate × 10^(reporting digits) ÷ (10^8 × 10^(currency digits))), minor ≥ 0. */
qint64 toEuroMinor(qint64 minor, const QString& currency, qint64 rate)
{
    const Currency from = *Currency::fromCode(currency);
    const Currency euro = *Currency::fromCode(QStringLiteral("EUR"));
    const i128 num = i128(minor) * rate * euro.minorPerMajor();
    const i128 den = i128(metrics::FxRate::kScale) * from.minorPerMajor();
    return qint64((2 * num + den) / (2 * den));
}

} // namespace

class TestMetricsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyCoversFiveYears();
    void mrrEndIsStartPlusMovements_data()
    {
        addMonthRows("MRR_end = MRR_start + new + reactivation + expansion − contraction − churn");
    }
    void mrrEndIsStartPlusMovements();
    void mrrStartIsPreviousEndPlusFxEffect_data() { addMonthRows("MRR_start = previous MRR_end + currency effect"); }
    void mrrStartIsPreviousEndPlusFxEffect();
    void mrrEndIsTheSpansOnTheLastDay_data()
    {
        addMonthRows("MRR_end = every subscription's MRR on the last day, at the month's rate");
    }
    void mrrEndIsTheSpansOnTheLastDay();
    void everyKindOfMovementOccurs_data();
    void everyKindOfMovementOccurs();
    void everyOtherCurrencyHasARateEveryMonth();
    void logoChurnIsBetweenOneAndAHalfAndThreePercent();
    void theBusinessGrowsEveryYear();
    void npsIsNoneInMonthsWithoutAnswers_data()
    {
        addMonthRows("NPS is none without answers, else 100 × (promoters − detractors) ÷ answers");
    }
    void npsIsNoneInMonthsWithoutAnswers();
    void surveysFollowTheCustomersFate();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<storage::CompanyFile> m_company;
    demo::DemoSummary m_summary;
    metrics::MetricsData m_data;
    metrics::MetricsReport m_report;
    QList<surveys::SurveyAnswer> m_answers;
    surveys::SurveyReport m_surveys;
    /** The reference: per month, the MRR summed from MrrSchedule on the month's last day. */
    QList<qint64> m_reference;
};

void TestMetricsHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(8, 0), Qt::UTC));
    auto opened = storage::CompanyFile::open(test::companyPath(m_dir), {}, *m_clock);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_company = std::move(opened).value();
    QElapsedTimer timer;
    timer.start();
    auto built = demo::DemoSubscriptions::populate(demo::DemoSubscriptions::Services::of(*m_company, *m_clock),
                                                   kCustomers, 1, kToday);
    QVERIFY2(built, built ? "" : qPrintable(built.error().message));
    m_summary = *built;
    qInfo("five-year demo company of %d customers in %lld ms: %d subscriptions, %d invoices, %d survey answers, %d "
          "rates",
          kCustomers, timer.elapsed(), m_summary.subscriptions, m_summary.invoices, m_summary.surveyAnswers,
          m_summary.fxRates);

    auto data = m_company->metrics().load();
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    m_data = std::move(data).value();
    QCOMPARE(m_data.fx.reportingCurrency(), QStringLiteral("EUR"));
    const QList<QDate> months = historyMonths();
    metrics::MetricsFilter filter;
    filter.fromMonth = months.constFirst();
    filter.toMonth = months.constLast();
    auto report = metrics::MetricsEngine(m_data).report(filter);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    m_report = std::move(report).value();
    QCOMPARE(m_report.months.size(), months.size());

    auto answers = m_company->surveys().answers({});
    QVERIFY(answers);
    m_answers = std::move(answers).value();
    m_surveys = surveys::SurveyAnalysis(m_answers, m_data).report(filter);

    // The slow, obviously correct reference: every subscription's spans from its events, each
    // customer's MRR per currency on the last day converted once at that month's stored rate.
    auto rates = m_company->metrics().fxRates();
    QVERIFY(rates);
    QHash<QPair<QString, QDate>, qint64> rateOf;
    for (const metrics::FxRate& r : *rates)
        rateOf.insert({r.currency, r.month}, r.rate);
    auto rows = m_company->subscriptions().summaries(kToday);
    QVERIFY(rows);
    QCOMPARE(int(rows->size()), m_summary.subscriptions);
    const metrics::MrrSchedule schedule(m_company->catalog().catalog());
    QList<metrics::MrrSpan> spans;
    for (const subscriptions::SubscriptionSummary& row : *rows) {
        auto subscription = m_company->subscriptions().find(row.id);
        QVERIFY(subscription);
        auto own = schedule.spans(*subscription);
        QVERIFY2(own, own ? "" : qPrintable(own.error().message));
        spans.append(*own);
    }
    for (const QDate& month : months) {
        const QDate last = lastDayOf(month);
        QMap<QPair<qint64, QString>, qint64> perCustomer; // (customer, currency) → MRR
        for (const metrics::MrrSpan& span : std::as_const(spans)) {
            if (span.contains(last))
                perCustomer[{span.customerId.value, span.currency}] += span.mrrMinor;
        }
        qint64 total = 0;
        for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it) {
            const QString& currency = it.key().second;
            if (currency == QLatin1String("EUR")) {
                total += it.value();
                continue;
            }
            QVERIFY2(rateOf.contains({currency, month}), qPrintable(currency + month.toString(Qt::ISODate)));
            total += toEuroMinor(it.value(), currency, rateOf.value({currency, month}));
        }
        m_reference.append(total);
    }
}

void TestMetricsHistory::historyCoversFiveYears()
{
    QCOMPARE(historyMonths().size(), demo::DemoCatalog::kHistoryMonths);
    QCOMPARE(demo::DemoCatalog::historyStart(kToday), QDate(2021, 4, 1));
    QVERIFY2(m_report.warnings.isEmpty(), qPrintable(m_report.warnings.join(QLatin1Char('\n'))));
    // Paying customers from the first months on, and a few hundred subscriptions in all.
    QVERIFY(m_report.months.at(2).payingEnd > 0);
    QVERIFY2(m_summary.subscriptions > kCustomers, qPrintable(QString::number(m_summary.subscriptions)));
}

void TestMetricsHistory::mrrEndIsStartPlusMovements()
{
    QFETCH(int, index);
    const MonthFigures& m = m_report.months.at(index);
    QCOMPARE(m.mrrEnd,
             m.mrrStart + m.movements.newMrr + m.movements.reactivation + m.movements.expansion
                 - m.movements.contraction - m.movements.churn);
    for (MovementKind kind : metrics::allMovementKinds())
        QVERIFY(m.movements.of(kind) >= 0);
}

void TestMetricsHistory::mrrStartIsPreviousEndPlusFxEffect()
{
    QFETCH(int, index);
    const MonthFigures& m = m_report.months.at(index);
    if (index == 0) {
        // Nothing is paid before the history starts.
        QCOMPARE(m.mrrStart, 0);
        QCOMPARE(m.fxEffect, 0);
        return;
    }
    QCOMPARE(m.mrrStart, m_report.months.at(index - 1).mrrEnd + m.fxEffect);
}

void TestMetricsHistory::mrrEndIsTheSpansOnTheLastDay()
{
    QFETCH(int, index);
    QCOMPARE(m_report.months.at(index).mrrEnd, m_reference.at(index));
    QCOMPARE(m_report.months.at(index).arr(), 12 * m_reference.at(index));
}

void TestMetricsHistory::everyKindOfMovementOccurs_data()
{
    QTest::addColumn<MovementKind>("kind");
    for (MovementKind kind : metrics::allMovementKinds())
        QTest::newRow(qPrintable(QStringLiteral("the five years have %1 MRR").arg(metrics::movementKindKey(kind))))
            << kind;
}

void TestMetricsHistory::everyKindOfMovementOccurs()
{
    QFETCH(MovementKind, kind);
    int months = 0;
    for (const MonthFigures& m : std::as_const(m_report.months))
        months += m.movements.of(kind) > 0 ? 1 : 0;
    // Not a one-off: the movement happens in many months of the five years.
    QVERIFY2(months >= 12, qPrintable(QString::number(months)));
}

void TestMetricsHistory::everyOtherCurrencyHasARateEveryMonth()
{
    auto rates = m_company->metrics().fxRates();
    QVERIFY(rates);
    QSet<QPair<QString, QDate>> stored;
    for (const metrics::FxRate& r : *rates)
        stored.insert({r.currency, r.month});
    for (const QString& code : demo::DemoCatalog::currencies()) {
        for (const QDate& month : historyMonths()) {
            const bool has = stored.contains({code, month});
            QVERIFY2(has == (code != QLatin1String("EUR")), qPrintable(code + month.toString(Qt::ISODate)));
        }
    }
    QCOMPARE(int(rates->size()), m_summary.fxRates);
    // Some customers pay in Swedish kronor, and the rates move: there is a currency effect.
    bool sek = false;
    for (const metrics::MrrSpan& span : std::as_const(m_data.spans))
        sek = sek || span.currency == QLatin1String("SEK");
    QVERIFY(sek);
    int moved = 0;
    for (const MonthFigures& m : std::as_const(m_report.months))
        moved += m.fxEffect != 0 ? 1 : 0;
    QVERIFY2(moved > 24, qPrintable(QString::number(moved)));
}

void TestMetricsHistory::logoChurnIsBetweenOneAndAHalfAndThreePercent()
{
    // Over the last four years (the first year has too few customers for a rate to mean much).
    qint64 churned = 0;
    qint64 paying = 0;
    for (qsizetype i = 12; i < m_report.months.size(); ++i) {
        churned += m_report.months.at(i).churnedCustomers;
        paying += m_report.months.at(i).payingStart;
    }
    QVERIFY(paying > 0);
    const double rate = 100.0 * double(churned) / double(paying);
    qInfo("mean monthly logo churn %.2f %% (%lld churned of %lld paying customer-months)", rate, churned, paying);
    QVERIFY2(rate >= 1.5 && rate <= 3.0, qPrintable(QString::number(rate)));
}

void TestMetricsHistory::theBusinessGrowsEveryYear()
{
    QStringList years;
    for (qsizetype i = 11; i < m_report.months.size(); i += 12) {
        const MonthFigures& m = m_report.months.at(i);
        years.append(QStringLiteral("%1: %2 paying, MRR %3").arg(m.month.year()).arg(m.payingEnd).arg(m.mrrEnd));
        if (i >= 23) {
            const MonthFigures& yearBefore = m_report.months.at(i - 12);
            QVERIFY2(m.payingEnd > yearBefore.payingEnd, qPrintable(years.join(QStringLiteral("; "))));
            QVERIFY2(m.mrrEnd > yearBefore.mrrEnd, qPrintable(years.join(QStringLiteral("; "))));
        }
    }
    qInfo("%s", qPrintable(years.join(QStringLiteral("; "))));
    QVERIFY(m_report.months.constLast().payingEnd >= 100);
}

void TestMetricsHistory::npsIsNoneInMonthsWithoutAnswers()
{
    QFETCH(int, index);
    const QDate month = historyMonths().at(index);
    int promoters = 0, detractors = 0, all = 0, csat = 0;
    for (const surveys::SurveyAnswer& a : std::as_const(m_answers)) {
        if (a.date < month || a.date > lastDayOf(month))
            continue;
        if (a.kind == surveys::SurveyKind::Csat) {
            ++csat;
            continue;
        }
        ++all;
        promoters += a.score >= 9 ? 1 : 0;
        detractors += a.score <= 6 ? 1 : 0;
    }
    const surveys::SurveyMonth& m = m_surveys.months.at(index);
    QCOMPARE(m.month, month);
    QCOMPARE(m.nps.answers(), all);
    QCOMPARE(m.csat.answers, csat);
    if (all == 0) {
        QVERIFY(!m.nps.nps().has_value());
    } else {
        QVERIFY(m.nps.nps().has_value());
        QCOMPARE(*m.nps.nps(), (metrics::Ratio {100 * (promoters - detractors), all}));
    }
    QCOMPARE(m.csat.csat().has_value(), csat > 0);
    // The programme starts months into the history, and asks in waves: some months have no answers.
    if (lastDayOf(month) < demo::DemoSurveys::firstWave(kToday))
        QCOMPARE(all, 0);
}

void TestMetricsHistory::surveysFollowTheCustomersFate()
{
    QCOMPARE(int(m_answers.size()), m_summary.surveyAnswers);
    // Customers who stopped paying answered worse than those still paying today.
    QSet<CustomerId> payingToday;
    for (const metrics::MrrSpan& span : std::as_const(m_data.spans)) {
        if (span.contains(kToday))
            payingToday.insert(span.customerId);
    }
    qint64 stayScore = 0, stayCount = 0, goneScore = 0, goneCount = 0;
    int commented = 0;
    QSet<QString> comments;
    QSet<QString> tags;
    QHash<CustomerId, int> perCustomer;
    for (const surveys::SurveyAnswer& a : std::as_const(m_answers)) {
        QVERIFY(a.date <= kToday && a.date >= demo::DemoCatalog::historyStart(kToday));
        if (!a.comment.isEmpty()) {
            ++commented;
            comments.insert(a.comment);
            QCOMPARE(a.tags.size(), 1);
            tags.insert(a.tags.constFirst());
        }
        if (a.kind != surveys::SurveyKind::Nps)
            continue;
        ++perCustomer[a.customerId];
        if (payingToday.contains(a.customerId)) {
            stayScore += a.score;
            ++stayCount;
        } else {
            goneScore += a.score;
            ++goneCount;
        }
    }
    QVERIFY(stayCount > 0 && goneCount > 0);
    const double stay = double(stayScore) / double(stayCount);
    const double gone = double(goneScore) / double(goneCount);
    qInfo("%lld answers; mean NPS score %.2f of those still paying, %.2f of the others; %d commented",
          qint64(m_answers.size()), stay, gone, commented);
    QVERIFY2(stay > gone + 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(stay).arg(gone)));
    QCOMPARE(
        tags,
        (QSet<QString> {QStringLiteral("pricing"), QStringLiteral("support"), QStringLiteral("performance"),
                        QStringLiteral("onboarding"), QStringLiteral("invoicing"), QStringLiteral("missing feature")}));
    QVERIFY2(commented > int(m_answers.size()) / 4, "many answers carry a comment");
    // Six themes, praise and complaint: more than twelve texts are in other languages than English.
    QVERIFY2(comments.size() > 24, qPrintable(QString::number(comments.size())));
    QVERIFY(std::any_of(comments.cbegin(), comments.cend(), [](const QString& c) { return c.contains(u'ä'); }));
    // Answered once or twice a year: nobody answers NPS more than three times a year on average.
    for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it)
        QVERIFY(it.value() <= 3 * 5);
    // Both kinds of survey exist, CSAT after support contacts.
    QVERIFY(std::any_of(m_answers.cbegin(), m_answers.cend(),
                        [](const surveys::SurveyAnswer& a) { return a.kind == surveys::SurveyKind::Csat; }));
}

QTEST_GUILESS_MAIN(TestMetricsHistory)
#include "tst_metricshistory.moc"
