// Times billing at scale: a persisted billing run over 100,000 active subscriptions (every pricing
// model of the demo catalog, 10% with a plan or quantity change inside the billed period, usage for
// the metered ones) against inserting the same documents and lines with plain prepared sqlite3
// statements; a preview of one customer's next invoice; and the subscriptions list's summaries.
// Prints figures only; it fails (exit 1) when billing itself breaks, never because it is slow.
//
// Usage: bench_billing_run [subscriptions]   (default 100000)

#include "billing/BillingEngine.h"
#include "billing/BillingRunner.h"
#include "billing/DocumentAssembler.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoCompany.h"
#include "storage/CompanyFile.h"

#ifdef SUBDESK_BENCH_VIEWS
#include "catalog/PlansView.h"
#include "subscriptions/SubscriptionFilterModel.h"
#include "subscriptions/SubscriptionsView.h"

#include <QApplication>
#endif
#include "storage/SqliteDocumentRepository.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteSubscriptionRepository.h"
#include "storage/SqliteUnitOfWork.h"
#include "subscriptions/SubscriptionService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace subdesk;
using namespace subdesk::demo;
using subscriptions::Subscription;
using subscriptions::SubscriptionConfig;
using subscriptions::SubscriptionEvent;

namespace {

constexpr double kTargetRatio = 3.0;
constexpr double kTargetViewMs = 1000.0;
constexpr double kTargetPreviewMs = 50.0;
constexpr int kPreviews = 50;

const QDate kAsOf(2026, 4, 1);
const QDate kBilledThrough(2026, 3, 1); // the previous monthly run

int fail(const QString& what, const QString& why)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Builds subscriptions on the demo catalog straight as stored values (no service: this is setup). */
class SubscriptionMaker
{
public:
    explicit SubscriptionMaker(const catalog::Catalog& catalog)
        : m_catalog(catalog)
        , m_rng(20260401)
    { }

    Subscription make(const customers::Customer& customer, bool withChange);
    QList<subscriptions::UsageRecord> usageFor(const Subscription& s);
    int changes = 0;

private:
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    bool percent(int p) { return int(m_rng.bounded(100u)) < p; }
    PriceVersionId version(catalog::PriceOwner owner, qint64 id, const Currency& currency,
                           std::optional<billing::BillingInterval> interval, QDate on) const
    {
        const catalog::Price* price = m_catalog.findPrice(owner, id, currency, interval);
        const catalog::PriceVersion* v = price ? price->versionOn(on) : nullptr;
        return v ? v->id : PriceVersionId();
    }
    SubscriptionConfig config(const catalog::Plan& plan, const Currency& currency, billing::BillingInterval interval,
                              qint64 quantity, QDate on) const;

    const catalog::Catalog& m_catalog;
    QRandomGenerator m_rng;
};

SubscriptionConfig SubscriptionMaker::config(const catalog::Plan& plan, const Currency& currency,
                                             billing::BillingInterval interval, qint64 quantity, QDate on) const
{
    SubscriptionConfig c;
    c.planId = plan.id;
    c.planVersionId = version(catalog::PriceOwner::Plan, plan.id.value, currency, interval, on);
    c.interval = interval;
    c.quantity = quantity;
    for (const catalog::MeteredCharge* charge : m_catalog.meteredChargesOf(plan.id))
        c.metered.append(
            {charge->id, version(catalog::PriceOwner::MeteredCharge, charge->id.value, currency, std::nullopt, on)});
    return c;
}

Subscription SubscriptionMaker::make(const customers::Customer& customer, bool withChange)
{
    struct Weighted
    {
        QLatin1String code;
        int weight;
    };
    const Weighted plans[] = {
        {democodes::backupStart, 18},   {democodes::backupBusiness, 10}, {democodes::chatTeam, 18},
        {democodes::chatEnterprise, 6}, {democodes::booksStarter, 14},   {democodes::booksPro, 14},
        {democodes::mailCampaigns, 14}, {democodes::websiteCare, 6},
    };
    int r = between(0, 99);
    QLatin1String code = plans[0].code;
    for (const Weighted& w : plans) {
        if (r < w.weight) {
            code = w.code;
            break;
        }
        r -= w.weight;
    }
    const catalog::Plan& plan = *m_catalog.planByCode(code);
    const bool contract = code == democodes::websiteCare;
    const Currency currency = *Currency::fromCode(customer.currency);
    const billing::BillingInterval interval {
        !contract && percent(12) ? billing::IntervalUnit::Year : billing::IntervalUnit::Month, 1};
    qint64 quantity = 1;
    if (code == democodes::chatTeam)
        quantity = between(2, 40);
    else if (code == democodes::chatEnterprise)
        quantity = between(30, 260);
    else if (code == democodes::booksPro)
        quantity = between(1, 14);
    else if (code == democodes::mailCampaigns)
        quantity = 100 * between(5, 150);

    Subscription s;
    s.customerId = customer.id;
    s.currency = currency;
    s.startDate = kAsOf.addDays(-between(40, contract ? 330 : 700));
    s.trialDays = percent(10) ? 14 : 0;
    s.term = plan.term;
    s.billedThrough = kBilledThrough;

    SubscriptionEvent created;
    created.kind = subscriptions::EventKind::Created;
    created.effectiveDate = s.startDate;
    created.recordedAt = QDateTime(s.startDate, QTime(10, 0), Qt::UTC);
    SubscriptionConfig c = config(plan, currency, interval, quantity, s.startDate);
    if (interval.unit == billing::IntervalUnit::Month && percent(30))
        c.anchorDay = 1;
    if (percent(12))
        c.couponCode = percent(66) ? QString(democodes::welcome) : QString(democodes::launch);
    if (percent(15)) {
        QList<const catalog::AddOn*> recurring;
        for (AddOnId id : plan.allowedAddOns) {
            const catalog::AddOn* a = m_catalog.addOn(id);
            if (a->kind == catalog::AddOnKind::Recurring)
                recurring.append(a);
        }
        if (!recurring.isEmpty()) {
            const catalog::AddOn* a = recurring.at(between(0, int(recurring.size()) - 1));
            c.addOns.append({a->id, version(catalog::PriceOwner::AddOn, a->id.value, currency, interval, s.startDate),
                             a->code == democodes::extraStorage ? between(1, 4) : 1});
        }
    }
    created.config = c;
    s.events.append(created);

    if (withChange && !contract) {
        // An upgrade of a flat plan, more units of the others: prorated from a day of the billed period.
        const QDate on = kBilledThrough.addDays(between(1, int(kBilledThrough.daysTo(kAsOf))));
        SubscriptionEvent change;
        change.kind = subscriptions::EventKind::Changed;
        change.effectiveDate = on;
        change.recordedAt = QDateTime(on, QTime(11, 0), Qt::UTC);
        change.prorate = true;
        SubscriptionConfig next = c;
        const QLatin1String upgrade = code == democodes::backupStart ? democodes::backupBusiness
            : code == democodes::booksStarter                        ? democodes::booksPro
                                                                     : QLatin1String();
        if (!upgrade.isEmpty()) {
            SubscriptionConfig up = config(*m_catalog.planByCode(upgrade), currency, interval, 1, on);
            up.anchorDay = c.anchorDay;
            up.couponCode = c.couponCode;
            up.addOns = c.addOns;
            next = up;
        } else {
            next.quantity += code == democodes::mailCampaigns ? 1000 : between(1, 10);
        }
        change.config = next;
        s.events.append(change);
        ++changes;
    }
    return s;
}

QList<subscriptions::UsageRecord> SubscriptionMaker::usageFor(const Subscription& s)
{
    QList<subscriptions::UsageRecord> records;
    if (s.events.size() != 1)
        return records;
    for (const subscriptions::MeteredLine& line : s.events.first().config->metered) {
        const catalog::MeteredCharge* charge = m_catalog.meteredCharge(line.chargeId);
        for (int offset : {-20, -5, 10, 25}) {
            const QDate date = kBilledThrough.addDays(offset);
            if (date < s.startDate.addDays(s.trialDays))
                continue;
            const qint64 quantity = charge->metricCode == QLatin1String("storage_gb") ? between(300, 3000)
                : charge->metricCode == QLatin1String("invoices_sent")                ? between(50, 800)
                                                                                      : between(5000, 60000);
            records.append({UsageId(), s.id, charge->metricCode, quantity, date});
        }
    }
    return records;
}

/** SQL of a schema object of the company file, to give the comparison tables the very same shape. */
QByteArray schemaSql(sqlite3* db, const char* name)
{
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &q, nullptr);
    sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
    QByteArray sql;
    if (sqlite3_step(q) == SQLITE_ROW)
        sql = reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    return sql;
}

/** SQL of every explicit index and trigger on the tables. */
QList<QByteArray> indexAndTriggerSql(sqlite3* db, std::initializer_list<const char*> tables)
{
    QList<QByteArray> out;
    for (const char* table : tables) {
        sqlite3_stmt* q = nullptr;
        sqlite3_prepare_v2(
            db,
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY type",
            -1, &q, nullptr);
        sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
        while (sqlite3_step(q) == SQLITE_ROW)
            out.append(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
    }
    return out;
}

bool exec(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "sqlite: %s\n  in %s\n", message, sql.constData());
    sqlite3_free(message);
    return false;
}

QByteArray iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

void bindText(sqlite3_stmt* q, int index, const QByteArray& text)
{
    if (text.isNull())
        sqlite3_bind_null(q, index);
    else
        sqlite3_bind_text(q, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

/** A document row as plain bytes and numbers, so the timed loop only binds and steps. */
struct RawLine
{
    qint64 position, subscription, quantity, amount;
    QByteArray chargeKey, periodStart, periodEnd, dueDate, kind, description, derivation;
};

struct RawDocument
{
    qint64 customer, total, creditApplied;
    QByteArray kind, date, currency, createdAt;
    QList<RawLine> lines;
};

QList<RawDocument> rawRows(const billing::RunPlan& plan)
{
    QList<RawDocument> rows;
    rows.reserve(plan.documents.size());
    for (const billing::Document& d : plan.documents) {
        RawDocument doc {d.customerId.value,
                         d.total.minorUnits(),
                         d.creditApplied.minorUnits(),
                         billing::documentKindKey(d.kind).toUtf8(),
                         iso(d.date),
                         d.currency.code().toUtf8(),
                         d.createdAt.toString(Qt::ISODate).toUtf8(),
                         {}};
        for (const billing::DocumentLine& l : d.lines) {
            const billing::BillingItem& item = l.item;
            doc.lines.append({l.position, item.subscriptionId.value, item.quantity, item.amount.minorUnits(),
                              item.chargeKey.toUtf8(), iso(item.periodStart), iso(item.periodEnd), iso(item.dueDate),
                              billing::lineKindKey(item.kind).toUtf8(), item.description.toUtf8(),
                              item.derivation.toUtf8()});
        }
        rows.append(doc);
    }
    return rows;
}

/**
 * Inserts the run's documents and lines with plain prepared statements in one transaction, into a
 * fresh file with tables of the company file's shape (same columns, keys, indexes and foreign keys,
 * same pragmas). The values are converted to bytes beforehand: only BEGIN … COMMIT is timed, so
 * this is what SQLite itself needs. Returns the milliseconds of the second, committed insert (the
 * first is rolled back), or a negative number on failure.
 */
double rawInsert(const QString& path, sqlite3* company, const billing::RunPlan& plan)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return -1;
    bool ok =
        exec(
            db,
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA recursive_triggers=ON;")
        && exec(db,
                "CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT);"
                "CREATE TABLE subscriptions (id INTEGER PRIMARY KEY AUTOINCREMENT);"
                "CREATE TABLE billing_runs (id INTEGER PRIMARY KEY AUTOINCREMENT);"
                "CREATE TABLE number_series (id INTEGER PRIMARY KEY AUTOINCREMENT);");
    // The same tables with every index and trigger of theirs (the immutability triggers are part of the
    // schema: any writer pays for them).
    for (const char* name : {"documents", "document_lines"})
        ok = ok && exec(db, schemaSql(company, name));
    for (const QByteArray& object : indexAndTriggerSql(company, {"documents", "document_lines"}))
        ok = ok && exec(db, object);
    // The parents the foreign keys point to (not timed).
    QSet<qint64> customers, subscriptions;
    for (const billing::Document& d : plan.documents) {
        customers.insert(d.customerId.value);
        for (const billing::DocumentLine& l : d.lines)
            subscriptions.insert(l.item.subscriptionId.value);
    }
    ok = ok && exec(db, "BEGIN");
    for (qint64 id : customers)
        ok = ok && exec(db, "INSERT INTO customers (id) VALUES (" + QByteArray::number(id) + ")");
    for (qint64 id : subscriptions)
        ok = ok && exec(db, "INSERT INTO subscriptions (id) VALUES (" + QByteArray::number(id) + ")");
    ok = ok && exec(db, "INSERT INTO billing_runs (id) VALUES (1); COMMIT");
    if (!ok) {
        sqlite3_close(db);
        return -1;
    }
    const QList<RawDocument> rows = rawRows(plan);

    // Run twice: the first time rolled back, so the file and its WAL have grown already, as the
    // company file's have by the time the run writes (its plan is tried the same way before).
    double ms = 0;
    for (const char* end : {"ROLLBACK", "COMMIT"}) {
        QElapsedTimer timer;
        timer.start();
        sqlite3_stmt* doc = nullptr;
        sqlite3_stmt* line = nullptr;
        ok = exec(db, "BEGIN IMMEDIATE")
            && sqlite3_prepare_v2(db,
                                  "INSERT INTO documents (customer_id, kind, date, currency, total_minor, "
                                  "credit_applied_minor, run_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &doc, nullptr)
                == SQLITE_OK
            && sqlite3_prepare_v2(db,
                                  "INSERT INTO document_lines (document_id, position, subscription_id, charge_key, "
                                  "period_start, period_end, due_date, kind, description, derivation, quantity, "
                                  "amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &line, nullptr)
                == SQLITE_OK;
        for (const RawDocument& d : rows) {
            if (!ok)
                break;
            sqlite3_bind_int64(doc, 1, d.customer);
            bindText(doc, 2, d.kind);
            bindText(doc, 3, d.date);
            bindText(doc, 4, d.currency);
            sqlite3_bind_int64(doc, 5, d.total);
            sqlite3_bind_int64(doc, 6, d.creditApplied);
            sqlite3_bind_int64(doc, 7, 1);
            bindText(doc, 8, d.createdAt);
            ok = sqlite3_step(doc) == SQLITE_DONE && sqlite3_reset(doc) == SQLITE_OK;
            const qint64 id = sqlite3_last_insert_rowid(db);
            for (const RawLine& l : d.lines) {
                sqlite3_bind_int64(line, 1, id);
                sqlite3_bind_int64(line, 2, l.position);
                sqlite3_bind_int64(line, 3, l.subscription);
                bindText(line, 4, l.chargeKey);
                bindText(line, 5, l.periodStart);
                bindText(line, 6, l.periodEnd);
                bindText(line, 7, l.dueDate);
                bindText(line, 8, l.kind);
                bindText(line, 9, l.description);
                bindText(line, 10, l.derivation);
                sqlite3_bind_int64(line, 11, l.quantity);
                sqlite3_bind_int64(line, 12, l.amount);
                ok = ok && sqlite3_step(line) == SQLITE_DONE && sqlite3_reset(line) == SQLITE_OK;
            }
        }
        sqlite3_finalize(doc);
        sqlite3_finalize(line);
        ok = ok && exec(db, end);
        ms = msSince(timer);
        if (!ok)
            break;
    }
    if (!ok)
        std::fprintf(stderr, "raw insert: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok ? ms : -1;
}

} // namespace

int main(int argc, char** argv)
{
#ifdef SUBDESK_BENCH_VIEWS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_billing_run [subscriptions]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("temporary folder"), dir.errorString());
    FixedClock clock(QDateTime(kAsOf, QTime(6, 0), Qt::UTC));
    auto opened = storage::CompanyFile::open(dir.filePath(QStringLiteral("bench.subdesk")), {}, clock);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error().message);
    storage::CompanyFile& company = **opened;

    // Setup (not measured): the demo catalog, customers, subscriptions and usage.
    QElapsedTimer setup;
    setup.start();
    if (Status s = DemoCatalog::install(company.catalog(), kAsOf); !s)
        return fail(QStringLiteral("catalog"), s.error().message);
    if (auto added = company.customers().addAll(DemoCompany::customers(std::max(1, count * 2 / 5), 7, kAsOf)); !added)
        return fail(QStringLiteral("customers"), added.error().message);
    auto loaded = company.customers().loadAll();
    if (!loaded)
        return fail(QStringLiteral("customers"), loaded.error().message);
    QList<customers::Customer> payers;
    for (const customers::Customer& c : *loaded) {
        if (c.status == customers::CustomerStatus::Active)
            payers.append(c);
    }
    storage::SqliteSubscriptionRepository repository(company.database());
    SubscriptionMaker maker(company.catalog().catalog());
    QList<subscriptions::UsageRecord> usage;
    {
        auto unit = company.units().begin();
        if (!unit)
            return fail(QStringLiteral("unit of work"), unit.error().message);
        for (int i = 0; i < count; ++i) {
            auto stored = repository.insert(maker.make(payers.at(i % payers.size()), i % 10 == 3));
            if (!stored)
                return fail(QStringLiteral("subscription"), stored.error().message);
            usage.append(maker.usageFor(*stored));
        }
        if (auto added = repository.addUsage(usage); !added)
            return fail(QStringLiteral("usage"), added.error().message);
        if (Status s = (*unit)->commit(); !s)
            return fail(QStringLiteral("commit"), s.error().message);
    }
#ifdef NDEBUG
    std::printf("optimised build\n");
#else
    std::printf("debug build: the engine's figures are several times those of a release build\n");
#endif
    std::printf("setup: %d subscriptions of %lld customers (%d with a change in the billed period), %lld usage "
                "records, in %.1f s (not measured)\n",
                count, qMin<qsizetype>(payers.size(), count), maker.changes, usage.size(), setup.elapsed() / 1000.0);

    // Where the time of a run goes: loading, the engine, and the whole plan (= preview).
    QElapsedTimer timer;
    timer.start();
    auto all = repository.loadAll();
    const double loadMs = msSince(timer);
    if (!all)
        return fail(QStringLiteral("load"), all.error().message);
    timer.restart();
    auto usageByOne = repository.usageBetween(kBilledThrough.addDays(-400), kAsOf.addDays(1));
    const double usageMs = msSince(timer);
    if (!usageByOne)
        return fail(QStringLiteral("usage"), usageByOne.error().message);
    const catalog::Catalog& catalog = company.catalog().catalog();
    timer.restart();
    const billing::BillingEngine engine(catalog);
    QList<billing::BillingItem> due;
    const QList<subscriptions::UsageRecord> none;
    for (const Subscription& s : *all) {
        auto it = usageByOne->constFind(s.id);
        auto items = engine.items(s, it == usageByOne->constEnd() ? none : *it, s.billedThrough, kAsOf);
        if (!items)
            return fail(QStringLiteral("engine"), items.error().message);
        due.append(*items);
    }
    const double engineMs = msSince(timer);
    timer.restart();
    auto assembled = billing::DocumentAssembler::assemble(due, kAsOf);
    const double assembleMs = msSince(timer);
    if (!assembled)
        return fail(QStringLiteral("assemble"), assembled.error().message);
    storage::SqliteDocumentRepository documents(company.database());
    QHash<SubscriptionId, QDate> after;
    for (const Subscription& s : *all)
        after.insert(s.id, s.billedThrough);
    timer.restart();
    auto keys = documents.billedKeysAfter(after);
    const double keysMs = msSince(timer);
    if (!keys)
        return fail(QStringLiteral("billed keys"), keys.error().message);
    timer.restart();
    auto preview = company.billing().preview(kAsOf);
    const double previewMs = msSince(timer);
    if (!preview)
        return fail(QStringLiteral("preview"), preview.error().message);

    // The writes of a run, each alone in a unit that is rolled back.
    double insertMs = 0;
    double billedThroughMs = 0;
    {
        storage::SqliteUnitOfWork trial(storage::sqliteHandle(company.database().connectionName()));
        timer.restart();
        auto inserted = documents.insertDocuments(preview->documents);
        insertMs = msSince(timer);
        if (!inserted)
            return fail(QStringLiteral("insert"), inserted.error().message);
        timer.restart();
        if (Status s = repository.setBilledThrough(preview->billedThrough); !s)
            return fail(QStringLiteral("billed through"), s.error().message);
        billedThroughMs = msSince(timer);
    } // rolled back

    // The run itself: planned and persisted in one transaction.
    timer.restart();
    auto run = company.billing().run(kAsOf);
    const double runMs = msSince(timer);
    if (!run)
        return fail(QStringLiteral("run"), run.error().message);
    if (run->documents.size() != preview->documents.size() || run->lineCount() != preview->lineCount())
        return fail(QStringLiteral("run"), QStringLiteral("the run wrote other documents than its preview"));

    const double rawMs = rawInsert(dir.filePath(QStringLiteral("raw.sqlite")),
                                   storage::sqliteHandle(company.database().connectionName()), *run);
    if (rawMs < 0)
        return fail(QStringLiteral("raw insert"), QStringLiteral("failed"));

    // A customer's next invoice, as the customer view asks for it.
    QList<CustomerId> sample;
    for (int i = 0; i < kPreviews; ++i)
        sample.append(payers.at(int(qint64(i) * payers.size() / kPreviews)).id);
    QList<double> previews;
    int previewLines = 0;
    for (CustomerId customer : sample) {
        timer.restart();
        auto next = company.billing().preview(kAsOf.addMonths(1), customer);
        previews.append(msSince(timer));
        if (!next)
            return fail(QStringLiteral("customer preview"), next.error().message);
        previewLines += next->lineCount();
    }
    std::sort(previews.begin(), previews.end());
    const double previewMedian = previews.at(previews.size() / 2);

    timer.restart();
    auto rows = company.subscriptions().summaries(kAsOf);
    const double summariesMs = msSince(timer);
    if (!rows || rows->size() != count)
        return fail(QStringLiteral("summaries"), rows ? QStringLiteral("wrong count") : rows.error().message);

    const double ratio = runMs / rawMs;
    std::printf("\nbilling run as of %s: %d invoices, %d credit notes, %d lines\n",
                qPrintable(kAsOf.toString(Qt::ISODate)), run->invoiceCount(), run->creditNoteCount(), run->lineCount());
    std::printf("%-62s %10s  %s\n", "measure", "time", "target");
    std::printf("%-62s %8.0f ms  %s\n", "BillingRunner::run (plan + persist, one transaction)", runMs, "");
    std::printf("%-62s %8.0f ms\n", "  plan alone = BillingRunner::preview (load, engine, assemble)", previewMs);
    std::printf("%-62s %8.0f ms\n", "    SqliteSubscriptionRepository::loadAll", loadMs);
    std::printf("%-62s %8.0f ms\n", "    usage records of the period", usageMs);
    std::printf("%-62s %8.0f ms\n", "    BillingEngine::items over all subscriptions", engineMs);
    std::printf("%-62s %8.0f ms\n", "    DocumentAssembler::assemble", assembleMs);
    std::printf("%-62s %8.0f ms\n", "    billed keys due after billed-through", keysMs);
    std::printf("%-62s %8.0f ms\n", "  persist = run - preview", runMs - previewMs);
    std::printf("%-62s %8.0f ms\n", "    SqliteDocumentRepository::insertDocuments (alone)", insertMs);
    std::printf("%-62s %8.0f ms\n", "    setBilledThrough of every subscription (alone)", billedThroughMs);
    std::printf("%-62s %8.0f ms\n", "raw sqlite3 insert of the same documents and lines", rawMs);
    std::printf("%-62s %8.1f     <= %.0f%s\n", "ratio run / raw insert", ratio, kTargetRatio,
                ratio > kTargetRatio ? "  ABOVE TARGET" : "");
    std::printf("%-62s %8.1f ms  <= %.0f ms%s (slowest %.1f ms, %d lines in all)\n",
                "preview of one customer's next invoice (median of 50)", previewMedian, kTargetPreviewMs,
                previewMedian > kTargetPreviewMs ? "  ABOVE TARGET" : "", previews.constLast(), previewLines);
    std::printf("%-62s %8.0f ms\n", "SubscriptionService::summaries (the subscriptions view)", summariesMs);
#ifdef SUBDESK_BENCH_VIEWS
    // The two views over this company, as a clerk opens them: shown, loaded and painted once.
    auto openView = [&](QWidget* view) {
        QElapsedTimer open;
        open.start();
        view->resize(1200, 760);
        view->show();
        QCoreApplication::processEvents();
        view->grab();
        return msSince(open);
    };
    ui::SubscriptionsView subscriptionsView(company.subscriptions(), company.billing(), company.customers(), clock);
    const double subscriptionsViewMs = openView(&subscriptionsView);
    const int shown = subscriptionsView.proxy()->rowCount();
    ui::PlansView plansView(company.catalog(), company.subscriptions(), clock);
    const double plansViewMs = openView(&plansView);
    std::printf("%-62s %8.0f ms  <= %.0f ms (%d rows)%s\n", "subscriptions view opened over them (load, model, paint)",
                subscriptionsViewMs, kTargetViewMs, shown, subscriptionsViewMs > kTargetViewMs ? "  ABOVE TARGET" : "");
    std::printf("%-62s %8.0f ms  <= %.0f ms%s\n", "plans view opened (catalog of the demo company)", plansViewMs,
                kTargetViewMs, plansViewMs > kTargetViewMs ? "  ABOVE TARGET" : "");
#endif
    return 0;
}
