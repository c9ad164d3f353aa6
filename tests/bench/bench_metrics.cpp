// Times the dashboard at scale: a company of 100,000 customers (segments, countries, EUR and a few
// SEK with monthly rates) with five years of subscription history (about 1,000,000 events: sign-ups,
// quantity and plan changes, coupons, pauses, cancellations, reactivations), issued invoices and
// about 100,000 survey answers. Prints the generation, the one-off span rebuild, then the full
// dashboard refresh as the dashboard's worker runs it (storage::readMetricsSnapshot: spans and survey
// answers on two connections at once; 60 months of figures; NPS; reconciliation), part by part, median
// of 5 runs, against the 500 ms target; the split by segment (`metrics --by segment`, not on the
// dashboard) apart; and the floor: a plain SQL GROUP BY month over the events (and over the spans), with the
// ratio. Fails (exit 1) only when something errors, never because it is slow.
//
// Usage: bench_metrics [customers]   (default 100000)

#include "catalog/CatalogService.h"
#include "catalog/Coupon.h"
#include "customers/CustomerService.h"
#include "demo/DemoCompany.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsService.h"
#include "metrics/Reconciliation.h"
#include "storage/CompanyFile.h"
#include "storage/MetricsReader.h"
#include "storage/MetricsSnapshot.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteSubscriptionRepository.h"
#include "storage/SqliteSurveyRepository.h"
#include "surveys/SurveyAnalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>

using namespace subdesk;
using subscriptions::EventKind;
using subscriptions::Subscription;
using subscriptions::SubscriptionConfig;
using subscriptions::SubscriptionEvent;

namespace {

constexpr double kTargetMs = 500.0;
constexpr int kRuns = 5;
constexpr int kInvoicesPerMonth = 2000;
const QDate kToday(2026, 4, 1);
const QDate kHistoryStart(2021, 4, 1); // five years: 60 months up to March 2026
const QDate kFirstMonth(2021, 4, 1);
const QDate kLastMonth(2026, 3, 1);

int fail(const QString& what, const QString& why)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/** The bench's small catalog: three plans, monthly and yearly, in EUR and SEK; two recurring coupons. */
struct BenchCatalog
{
    struct PlanPrices
    {
        PlanId plan;
        // [currency: 0 EUR, 1 SEK][interval: 0 month, 1 year]
        PriceVersionId versions[2][2];
    };
    QList<PlanPrices> plans; // starter, team (per seat), business
    QStringList coupons;
};

Result<BenchCatalog> installCatalog(catalog::CatalogService& service)
{
    const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
    const Currency sek = *Currency::fromCode(QStringLiteral("SEK"));
    struct Spec
    {
        const char* code;
        const char* name;
        qint64 monthlyEurCents;
        bool perSeat;
    };
    const Spec specs[] = {
        {"STARTER", "Starter", 1900, false}, {"TEAM", "Team", 900, true}, {"BUSINESS", "Business", 19900, false}};
    BenchCatalog out;
    for (const Spec& spec : specs) {
        catalog::Plan plan;
        plan.code = QLatin1String(spec.code);
        plan.name = QLatin1String(spec.name);
        QList<catalog::Price> prices;
        for (const Currency& currency : {eur, sek}) {
            const qint64 monthly = currency == eur ? spec.monthlyEurCents : spec.monthlyEurCents * 11;
            for (billing::IntervalUnit unit : {billing::IntervalUnit::Month, billing::IntervalUnit::Year}) {
                const Money amount(unit == billing::IntervalUnit::Month ? monthly : monthly * 10, currency);
                catalog::Price price;
                price.owner = catalog::PriceOwner::Plan;
                price.currency = currency;
                price.interval = billing::BillingInterval {unit, 1};
                price.versions = {
                    {PriceVersionId(), PriceId(), QDate(2020, 1, 1),
                     spec.perSeat ? catalog::PricingModel::perUnit(amount) : catalog::PricingModel::flat(amount),
                     Money(0, currency)}};
                prices.append(price);
            }
        }
        auto saved = service.savePlan(plan, prices);
        if (!saved)
            return saved.error();
        BenchCatalog::PlanPrices p;
        p.plan = saved->id;
        const catalog::Catalog& catalog = service.catalog();
        for (int c = 0; c < 2; ++c) {
            for (int i = 0; i < 2; ++i) {
                const catalog::Price* price = catalog.findPrice(
                    catalog::PriceOwner::Plan, p.plan.value, c == 0 ? eur : sek,
                    billing::BillingInterval {i == 0 ? billing::IntervalUnit::Month : billing::IntervalUnit::Year, 1});
                if (!price)
                    return Error(ErrorCode::NotFound, QStringLiteral("price of %1").arg(plan.code));
                p.versions[c][i] = price->versions.first().id;
            }
        }
        out.plans.append(p);
    }
    catalog::Coupon welcome = catalog::Coupon::percentOff(QStringLiteral("WELCOME10"), QStringLiteral("Welcome"), 1000);
    welcome.duration = catalog::CouponDuration::Forever;
    catalog::Coupon launch = catalog::Coupon::percentOff(QStringLiteral("LAUNCH20"), QStringLiteral("Launch"), 2000);
    launch.duration = catalog::CouponDuration::Repeating;
    launch.durationPeriods = 3;
    for (const catalog::Coupon& c : {welcome, launch}) {
        if (auto saved = service.saveCoupon(c); !saved)
            return saved.error();
        out.coupons.append(c.code);
    }
    return out;
}

/**
 * Writes five years of life for customers: each signs up some day of the history, then every few
 * months changes quantity or plan, takes or drops a coupon, pauses and resumes, cancels and maybe
 * comes back; a fifth take a second subscription. Only valid logs (SubscriptionTimeline's rules).
 */
class HistoryMaker
{
public:
    explicit HistoryMaker(const BenchCatalog& catalog)
        : m_catalog(catalog)
        , m_rng(20260401)
    { }

    Subscription make(const customers::Customer& customer, QDate start);
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    bool percent(int p) { return int(m_rng.bounded(100u)) < p; }
    qint64 events = 0;

private:
    SubscriptionConfig config(int plan, int currency, int interval, qint64 quantity) const
    {
        SubscriptionConfig c;
        c.planId = m_catalog.plans.at(plan).plan;
        c.planVersionId = m_catalog.plans.at(plan).versions[currency][interval];
        c.interval = {interval == 0 ? billing::IntervalUnit::Month : billing::IntervalUnit::Year, 1};
        c.quantity = quantity;
        return c;
    }
    static SubscriptionEvent event(EventKind kind, QDate date, std::optional<SubscriptionConfig> c = std::nullopt)
    {
        SubscriptionEvent e;
        e.kind = kind;
        e.effectiveDate = date;
        e.recordedAt = QDateTime(date, QTime(10, 0), Qt::UTC);
        e.config = std::move(c);
        return e;
    }

    const BenchCatalog& m_catalog;
    QRandomGenerator m_rng;
};

Subscription HistoryMaker::make(const customers::Customer& customer, QDate start)
{
    const int currency = customer.currency == QLatin1String("SEK") ? 1 : 0;
    const int interval = percent(12) ? 1 : 0;
    int plan = between(0, 9) < 5 ? 0 : between(0, 9) < 7 ? 1 : 2;
    qint64 quantity = plan == 1 ? between(2, 40) : 1;
    SubscriptionConfig c = config(plan, currency, interval, quantity);
    if (percent(15))
        c.couponCode = m_catalog.coupons.at(between(0, 1));

    Subscription s;
    s.customerId = customer.id;
    s.currency = *Currency::fromCode(customer.currency);
    s.startDate = start;
    s.trialDays = percent(10) ? 14 : 0;
    s.events.append(event(EventKind::Created, start, c));

    enum class State
    {
        Active,
        Paused,
        Cancelled
    } state = State::Active;
    QDate day = start;
    for (;;) {
        day = day.addDays(between(20, 90));
        if (day >= kToday)
            break;
        SubscriptionEvent e;
        const int r = between(0, 99);
        if (state == State::Paused) {
            e = event(EventKind::Resumed, day);
            state = State::Active;
        } else if (state == State::Cancelled) {
            if (r < 35) {
                e = event(EventKind::Reactivated, day);
                state = State::Active;
            } else {
                continue; // stays gone for a while (or for good)
            }
        } else if (r < 40) {
            // More or fewer seats, or one plan up or down.
            SubscriptionConfig next = c;
            if (plan == 1 && percent(70)) {
                next.quantity = std::max<qint64>(1, next.quantity + between(-5, 8));
            } else {
                plan = std::clamp(plan + (percent(65) ? 1 : -1), 0, 2);
                next = config(plan, currency, interval, plan == 1 ? between(2, 20) : 1);
                next.couponCode = c.couponCode;
            }
            c = next;
            e = event(EventKind::Changed, day, c);
            e.prorate = true;
        } else if (r < 55) {
            // A coupon taken or dropped.
            c.couponCode = c.couponCode.isEmpty() ? m_catalog.coupons.at(between(0, 1)) : QString();
            e = event(EventKind::Changed, day, c);
        } else if (r < 67) {
            e = event(EventKind::Paused, day);
            state = State::Paused;
        } else if (r < 80) {
            e = event(EventKind::Cancelled, day);
            state = State::Cancelled;
        } else {
            continue;
        }
        s.events.append(e);
    }
    events += s.events.size();
    return s;
}

/** Issued invoices of a sample of customers each month (a plan and a usage line, 24 % tax), raw SQL. */
bool writeInvoices(sqlite3* db, const QList<customers::Customer>& payers)
{
    auto exec = [&](const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    sqlite3_stmt* doc = nullptr;
    sqlite3_stmt* line = nullptr;
    sqlite3_stmt* issue = nullptr;
    bool ok = exec("BEGIN IMMEDIATE")
        && sqlite3_prepare_v2(db,
                              "INSERT INTO documents (customer_id, kind, date, currency, total_minor, created_at) "
                              "VALUES (?, 'invoice', ?, ?, ?, ?)",
                              -1, &doc, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              "INSERT INTO document_lines (document_id, position, charge_key, period_start, due_date, "
                              "kind, amount_minor, net_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              -1, &line, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              "UPDATE documents SET status = 'issued', issue_date = date, number = ?, "
                              "net_total_minor = ?, tax_total_minor = ?, total_minor = ? WHERE id = ?",
                              -1, &issue, nullptr)
            == SQLITE_OK;
    qint64 number = 0;
    for (QDate month = kFirstMonth; ok && month <= kLastMonth; month = month.addMonths(1)) {
        const QByteArray date = month.addDays(4).toString(Qt::ISODate).toLatin1();
        for (int i = 0; ok && i < kInvoicesPerMonth; ++i) {
            const customers::Customer& c = payers.at(int((number * 7919) % payers.size()));
            const QByteArray currency = c.currency.toLatin1();
            const qint64 plan = 1900 + (number % 7) * 1000;
            const qint64 usage = (number % 3) * 250;
            const qint64 tax = (plan + usage) * 24 / 100;
            sqlite3_bind_int64(doc, 1, c.id.value);
            sqlite3_bind_text(doc, 2, date.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(doc, 3, currency.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(doc, 4, plan + usage);
            sqlite3_bind_text(doc, 5, "2026-04-01T00:00:00.000Z", -1, SQLITE_STATIC);
            ok = sqlite3_step(doc) == SQLITE_DONE && sqlite3_reset(doc) == SQLITE_OK;
            const qint64 id = sqlite3_last_insert_rowid(db);
            const QList<QPair<const char*, qint64>> lines {{"plan", plan}, {"usage", usage}};
            int position = 0;
            for (const auto& [kind, amount] : lines) {
                sqlite3_bind_int64(line, 1, id);
                sqlite3_bind_int64(line, 2, ++position);
                sqlite3_bind_text(line, 3, kind, -1, SQLITE_STATIC);
                sqlite3_bind_text(line, 4, date.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(line, 5, date.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(line, 6, kind, -1, SQLITE_STATIC);
                sqlite3_bind_int64(line, 7, amount);
                sqlite3_bind_int64(line, 8, amount);
                ok = ok && sqlite3_step(line) == SQLITE_DONE && sqlite3_reset(line) == SQLITE_OK;
            }
            const QByteArray text = "INV-" + QByteArray::number(++number);
            sqlite3_bind_text(issue, 1, text.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(issue, 2, plan + usage);
            sqlite3_bind_int64(issue, 3, tax);
            sqlite3_bind_int64(issue, 4, plan + usage + tax);
            sqlite3_bind_int64(issue, 5, id);
            ok = ok && sqlite3_step(issue) == SQLITE_DONE && sqlite3_reset(issue) == SQLITE_OK;
        }
    }
    if (!ok)
        std::fprintf(stderr, "invoices: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(doc);
    sqlite3_finalize(line);
    sqlite3_finalize(issue);
    return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
}

/** Wall and CPU time of one part: on a busy machine other programs inflate the wall time, not the CPU time. */
struct Part
{
    double wall = 0;
    double cpu = 0;
};

/** Times consecutive parts. */
class Lap
{
public:
    Lap() { restart(); }
    void restart()
    {
        m_wall.restart();
        m_cpu = std::clock();
    }
    /** The part since the last lap (or start), and starts the next. */
    Part lap()
    {
        const Part part {msSince(m_wall), double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC};
        restart();
        return part;
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

/** Runs a query to its end on its own read-only connection; wall −1 when it fails. */
Part timeQuery(const QString& path, const char* sql, int* rows)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {-1, -1};
    }
    Lap timer;
    sqlite3_stmt* q = nullptr;
    bool ok = sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK;
    int count = 0;
    int rc = SQLITE_DONE;
    while (ok && (rc = sqlite3_step(q)) == SQLITE_ROW)
        ++count;
    ok = ok && rc == SQLITE_DONE;
    sqlite3_finalize(q);
    const Part part = timer.lap();
    sqlite3_close(db);
    *rows = count;
    return ok ? part : Part {-1, -1};
}

struct DashboardTimes
{
    Part stale, read, report, surveys, reconcile;
    Part bySegment; ///< `metrics --by segment`: not part of the dashboard's refresh
    Part total() const
    {
        Part sum;
        for (const Part* p : {&stale, &read, &report, &surveys, &reconcile}) {
            sum.wall += p->wall;
            sum.cpu += p->cpu;
        }
        return sum;
    }
};

/**
 * One full dashboard refresh as the dashboard runs it: stale spans refreshed on the company's own
 * connection (ui/dashboard/DashboardView, GUI thread), then what its worker runs (DashboardJob).
 */
Result<DashboardTimes> refreshDashboard(metrics::MetricsService& service, const QString& path, int* spanCount,
                                        int* answerCount)
{
    DashboardTimes t;
    Lap timer;
    if (auto refreshed = service.refreshSpans(); !refreshed)
        return refreshed.error();
    t.stale = timer.lap();
    auto snapshot = storage::readMetricsSnapshot(path);
    if (!snapshot)
        return snapshot.error();
    t.read = timer.lap();
    const metrics::MetricsData& data = snapshot->data;
    *spanCount = int(data.spans.size());
    *answerCount = int(snapshot->answers.size());

    metrics::MetricsFilter filter;
    filter.fromMonth = kFirstMonth;
    filter.toMonth = kLastMonth;
    const metrics::MetricsEngine engine(data);
    auto report = engine.report(filter);
    if (!report)
        return report.error();
    t.report = timer.lap();

    const surveys::SurveyReport nps = surveys::SurveyAnalysis(snapshot->answers, data).report(filter);
    t.surveys = timer.lap();
    if (nps.months.size() != report->months.size())
        return Error(ErrorCode::Invalid, QStringLiteral("NPS months differ from the MRR months"));

    QStringList warnings;
    const auto months =
        metrics::Reconciliation::build(*report, snapshot->invoiced, snapshot->invoicedTax, data.fx, &warnings);
    t.reconcile = timer.lap();
    if (months.size() != report->months.size())
        return Error(ErrorCode::Invalid, QStringLiteral("reconciliation months differ from the MRR months"));

    auto bySegment = engine.reportBy(filter, metrics::MetricsDimension::Segment);
    if (!bySegment)
        return bySegment.error();
    t.bySegment = timer.lap();
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_metrics [customers]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("temporary folder"), dir.errorString());
    // SUBDESK_BENCH_KEEP=1 keeps the generated company file for a look with the sqlite3 shell.
    if (qEnvironmentVariableIntValue("SUBDESK_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("company file kept: %s\n", qPrintable(dir.filePath(QStringLiteral("bench.subdesk"))));
    }
    FixedClock clock(QDateTime(kToday, QTime(6, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("bench.subdesk"));
    auto opened = storage::CompanyFile::open(path, {}, clock);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error().message);
    storage::CompanyFile& company = **opened;

    // Generation (timed, not part of the target).
    QElapsedTimer generation;
    generation.start();
    auto catalog = installCatalog(company.catalog());
    if (!catalog)
        return fail(QStringLiteral("catalog"), catalog.error().message);
    QList<customers::Customer> people = demo::DemoCompany::customers(count, 11, kToday);
    for (customers::Customer& c : people) {
        // The bench's catalog has euro and krona prices: everyone else pays in euros.
        if (c.currency != QLatin1String("SEK"))
            c.currency = QStringLiteral("EUR");
    }
    if (auto added = company.customers().addAll(people); !added)
        return fail(QStringLiteral("customers"), added.error().message);
    auto loaded = company.customers().loadAll();
    if (!loaded)
        return fail(QStringLiteral("customers"), loaded.error().message);
    const double customersS = generation.elapsed() / 1000.0;

    storage::SqliteSubscriptionRepository repository(company.database());
    HistoryMaker maker(*catalog);
    int subscriptionCount = 0;
    {
        auto unit = company.units().begin();
        if (!unit)
            return fail(QStringLiteral("unit of work"), unit.error().message);
        const int days = int(kHistoryStart.daysTo(kToday));
        for (const customers::Customer& c : std::as_const(*loaded)) {
            // Sign-ups grow over the years: later days are likelier (the square root of a uniform draw).
            const double u = double(maker.between(0, 1000000)) / 1e6;
            const QDate start = kHistoryStart.addDays(qint64(std::sqrt(u) * (days - 1)));
            const int subscriptionsOfCustomer = maker.percent(20) ? 2 : 1;
            for (int k = 0; k < subscriptionsOfCustomer; ++k) {
                const QDate from = k == 0 ? start : start.addDays(maker.between(30, 700));
                if (from >= kToday)
                    continue;
                auto stored = repository.insert(maker.make(c, from));
                if (!stored)
                    return fail(QStringLiteral("subscription"), stored.error().message);
                ++subscriptionCount;
            }
        }
        if (Status s = (*unit)->commit(); !s)
            return fail(QStringLiteral("commit"), s.error().message);
    }
    const double historyS = generation.elapsed() / 1000.0 - customersS;

    // Monthly rates of the krona: drifting around 0.088 EUR.
    QList<metrics::FxRate> rates;
    for (QDate month = kFirstMonth; month <= kLastMonth; month = month.addMonths(1)) {
        const int i = int(kFirstMonth.daysTo(month) / 30);
        rates.append({month, QStringLiteral("SEK"), 8800000 + (i % 12 - 6) * 40000});
    }
    if (Status s = company.metrics().setFxRates(rates); !s)
        return fail(QStringLiteral("rates"), s.error().message);
    if (Status s = company.metrics().setSettings({QStringLiteral("EUR"), 7500}); !s)
        return fail(QStringLiteral("settings"), s.error().message);

    // Survey answers: about one per customer, spread over the history.
    QList<surveys::SurveyAnswer> answers;
    answers.reserve(loaded->size());
    const QStringList tags {QStringLiteral("pricing"), QStringLiteral("support"), QStringLiteral("onboarding"),
                            QStringLiteral("speed"), QStringLiteral("invoices")};
    for (const customers::Customer& c : std::as_const(*loaded)) {
        surveys::SurveyAnswer a;
        a.customerId = c.id;
        a.kind = maker.percent(80) ? surveys::SurveyKind::Nps : surveys::SurveyKind::Csat;
        a.date = kHistoryStart.addDays(maker.between(0, int(kHistoryStart.daysTo(kToday)) - 1));
        a.score = a.kind == surveys::SurveyKind::Nps ? maker.between(0, 10) : maker.between(1, 5);
        a.channel = surveys::SurveyChannel(maker.between(0, 4));
        if (maker.percent(30)) {
            a.comment = QStringLiteral("Comment number %1").arg(answers.size());
            a.tags = {tags.at(maker.between(0, int(tags.size()) - 1))};
        }
        answers.append(a);
    }
    storage::SqliteSurveyRepository surveyRepository(company.database());
    if (auto added = surveyRepository.add(answers); !added)
        return fail(QStringLiteral("survey answers"), added.error().message);

    if (!writeInvoices(storage::sqliteHandle(company.database().connectionName()), *loaded))
        return fail(QStringLiteral("invoices"), QStringLiteral("failed"));
    const double generationS = generation.elapsed() / 1000.0;

#ifdef NDEBUG
    std::printf("optimised build\n");
#else
    std::printf("debug build: figures are several times those of a release build\n");
#endif
    std::printf("generated %lld customers, %d subscriptions, %lld events, %lld survey answers, %d issued invoices "
                "in %.1f s (customers %.1f s, history %.1f s)\n",
                loaded->size(), subscriptionCount, maker.events, answers.size(), kInvoicesPerMonth * 60, generationS,
                customersS, historyS);

    // The one-off rebuild of every subscription's spans (the demo's or an upgraded file's first dashboard).
    QElapsedTimer timer;
    timer.start();
    QStringList warnings;
    auto rebuilt = company.metrics().refreshSpans(&warnings);
    const double refreshMs = msSince(timer);
    if (!rebuilt)
        return fail(QStringLiteral("refresh"), rebuilt.error().message);
    if (!warnings.isEmpty() || *rebuilt != subscriptionCount)
        return fail(QStringLiteral("refresh"),
                    QStringLiteral("%1 of %2 subscriptions rebuilt, %3 left out: the "
                                   "figures would not cover the generated history")
                        .arg(*rebuilt)
                        .arg(subscriptionCount)
                        .arg(warnings.size()));
    std::printf("refreshSpans of all: %d subscriptions rebuilt in %.0f ms (%lld left out)\n", *rebuilt, refreshMs,
                warnings.size());
    for (qsizetype i = 0; i < std::min<qsizetype>(3, warnings.size()); ++i)
        std::printf("  %s\n", qPrintable(warnings.at(i)));
    timer.restart();
    auto nothing = company.metrics().refreshSpans();
    const double noopMs = msSince(timer);
    if (!nothing)
        return fail(QStringLiteral("refresh"), nothing.error().message);

    // The full dashboard refresh, median of kRuns (the first run is a warm-up of the page cache).
    QList<DashboardTimes> runs;
    int spans = 0, answered = 0;
    for (int i = 0; i <= kRuns; ++i) {
        auto t = refreshDashboard(company.metrics(), path, &spans, &answered);
        if (!t)
            return fail(QStringLiteral("dashboard"), t.error().message);
        if (i > 0)
            runs.append(*t);
    }
    const auto med = [&](Part DashboardTimes::*part, double Part::*clock) {
        QList<double> v;
        for (const DashboardTimes& t : runs)
            v.append((t.*part).*clock);
        return median(v);
    };
    QList<double> totals, cpuTotals;
    for (const DashboardTimes& t : runs) {
        totals.append(t.total().wall);
        cpuTotals.append(t.total().cpu);
    }
    const double total = median(totals);

    // The floor: plain SQL over the same data, timed the same way.
    QList<double> eventFloor, eventFloorCpu, spanFloor, spanFloorCpu;
    int eventMonths = 0, spanMonths = 0;
    for (int i = 0; i <= kRuns; ++i) {
        const Part e = timeQuery(
            path, "SELECT substr(effective_date, 1, 7), count(*) FROM subscription_events GROUP BY 1", &eventMonths);
        const Part s =
            timeQuery(path, "SELECT substr(date(from_day), 1, 7), count(*), sum(mrr_minor) FROM mrr_spans GROUP BY 1",
                      &spanMonths);
        if (e.wall < 0 || s.wall < 0)
            return fail(QStringLiteral("floor"), QStringLiteral("query failed"));
        if (i > 0) {
            eventFloor.append(e.wall);
            eventFloorCpu.append(e.cpu);
            spanFloor.append(s.wall);
            spanFloorCpu.append(s.cpu);
        }
    }
    const double floorMs = median(eventFloor);
    const double floorCpu = median(eventFloorCpu);

    std::printf("\nfull dashboard refresh over %d spans, %lld customers, %d survey answers, 60 months (median of %d)\n",
                spans, loaded->size(), answered, kRuns);
    std::printf("%-62s %10s %10s  %s\n", "part", "wall", "CPU", "target");
    const auto row = [&](const char* name, Part DashboardTimes::*part) {
        std::printf("%-62s %8.1f ms %7.1f ms\n", name, med(part, &Part::wall), med(part, &Part::cpu));
    };
    row("refreshSpans, nothing stale (GUI thread)", &DashboardTimes::stale);
    row("readMetricsSnapshot (spans | answers + invoiced, 2 connections)", &DashboardTimes::read);
    row("MetricsEngine::report (60 months)", &DashboardTimes::report);
    row("SurveyAnalysis::report (NPS, CSAT, tags)", &DashboardTimes::surveys);
    row("Reconciliation::build", &DashboardTimes::reconcile);
    std::printf("%-62s %8.1f ms %7.1f ms  <= %.0f ms%s\n", "total", total, median(cpuTotals), kTargetMs,
                total > kTargetMs ? "  ABOVE TARGET" : "");
    std::printf("%-62s %8.1f ms %7.1f ms  (%d months)\n",
                "floor: SELECT month, count(*) FROM subscription_events GROUP BY 1", floorMs, floorCpu, eventMonths);
    std::printf("%-62s %8.1f ms %7.1f ms  (%d months)\n",
                "       SELECT month, count(*), sum(mrr) FROM mrr_spans GROUP BY 1", median(spanFloor),
                median(spanFloorCpu), spanMonths);
    std::printf("%-62s %8.1f %10.1f\n", "ratio total / floor (events)", total / floorMs, median(cpuTotals) / floorCpu);
    row("not on the dashboard: MetricsEngine::reportBy (segment)", &DashboardTimes::bySegment);
    std::printf("%-62s %8.1f ms\n", "refreshSpans with nothing stale, first call", noopMs);
    return 0;
}
