#include "BillingRunner.h"

#include "DocumentAssembler.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

namespace subdesk::billing {

using billing::IntervalUnit;
using subscriptions::Subscription;
using subscriptions::SubscriptionEvent;

namespace {

constexpr int kProgressEvery = 500;
/** Runs over this many subscriptions share the engine's work out over threads. */
constexpr int kParallelFrom = 2000;
constexpr int kMaxThreads = 4;
/** Up to this many subscriptions (a customer's), billed keys and usage are read per subscription. */
constexpr qsizetype kFewSubscriptions = 16;

Error cancelled()
{
    return Error(ErrorCode::Cancelled,
                 QCoreApplication::translate("BillingRunner",
                                             "The billing run was cancelled; "
                                             "nothing was written."));
}

/** The longest billing interval a subscription ever had, in days (rounded up), for its usage window. */
qint64 longestIntervalDays(const Subscription& s)
{
    qint64 longest = 31;
    for (const SubscriptionEvent& event : s.events) {
        if (!event.config)
            continue;
        const billing::BillingInterval& interval = event.config->interval;
        const qint64 unitDays = interval.unit == IntervalUnit::Year ? 366
            : interval.unit == IntervalUnit::Month                  ? 31
            : interval.unit == IntervalUnit::Week                   ? 7
                                                                    : 1;
        longest = std::max(longest, unitDays * interval.count);
    }
    return longest;
}

/**
 * The first day whose usage a run may price: a period that ends after a subscription's
 * billedThrough started at most its longest interval before it.
 */
QDate usageFrom(const QList<Subscription>& subscriptions)
{
    QDate from;
    for (const Subscription& s : subscriptions) {
        const QDate d = s.billedThrough.isValid()
            ? std::max(s.startDate, s.billedThrough.addDays(-longestIntervalDays(s) - 1))
            : s.startDate;
        if (!from.isValid() || d < from)
            from = d;
    }
    return from;
}

} // namespace

int RunPlan::invoiceCount() const
{
    return int(std::count_if(documents.cbegin(), documents.cend(),
                             [](const Document& d) { return d.kind == DocumentKind::Invoice; }));
}

int RunPlan::creditNoteCount() const
{
    return int(documents.size()) - invoiceCount();
}

int RunPlan::lineCount() const
{
    int lines = 0;
    for (const Document& d : documents)
        lines += int(d.lines.size());
    return lines;
}

BillingRunner::BillingRunner(catalog::CatalogRepository& catalog, subscriptions::SubscriptionRepository& subscriptions,
                             DocumentRepository& documents, UnitOfWorkFactory& units, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_subscriptions(subscriptions)
    , m_documents(documents)
    , m_units(units)
    , m_clock(clock)
{ }

Result<RunPlan> BillingRunner::preview(QDate asOf, std::optional<CustomerId> customer, const Progress& progress)
{
    Result<catalog::Catalog> catalog = m_catalog.load();
    if (!catalog)
        return catalog.error();
    Result<QList<Subscription>> subscriptions =
        customer ? m_subscriptions.loadForCustomer(*customer) : m_subscriptions.loadAll();
    if (!subscriptions)
        return subscriptions.error();
    return plan(asOf, *subscriptions, *catalog, progress);
}

Result<RunPlan> BillingRunner::plan(QDate asOf, const QList<Subscription>& subscriptions,
                                    const catalog::Catalog& catalog, const Progress& progress)
{
    if (!asOf.isValid())
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("BillingRunner", "The billing date is not valid."));
    RunPlan plan;
    plan.asOf = asOf;
    const int total = int(subscriptions.size());
    if (progress && !progress(0, total))
        return cancelled();

    QHash<SubscriptionId, QDate> after;
    for (const Subscription& s : subscriptions) {
        if (s.billedThrough.isValid())
            after.insert(s.id, s.billedThrough);
    }
    // A customer's preview covers a few subscriptions: their billed keys and usage are sought one
    // subscription at a time, instead of reading every subscription's as a whole run does.
    const bool few = subscriptions.size() <= kFewSubscriptions;
    Result<QSet<BilledKey>> billed = few ? QSet<BilledKey>() : m_documents.billedKeysAfter(after);
    if (!billed)
        return billed.error();
    const QDate from = usageFrom(subscriptions);
    QHash<SubscriptionId, QList<subscriptions::UsageRecord>> usage;
    if (few) {
        for (const Subscription& s : subscriptions) {
            Result<QSet<BilledKey>> keys = m_documents.billedKeys(s.id);
            if (!keys)
                return keys.error();
            billed->unite(*keys);
            if (!from.isValid() || from > asOf)
                continue;
            Result<QList<subscriptions::UsageRecord>> records = m_subscriptions.usage(s.id, from, asOf.addDays(1));
            if (!records)
                return records.error();
            if (!records->isEmpty())
                usage.insert(s.id, std::move(records).value());
        }
    } else if (from.isValid() && from <= asOf) {
        Result<QHash<SubscriptionId, QList<subscriptions::UsageRecord>>> loaded =
            m_subscriptions.usageBetween(from, asOf.addDays(1));
        if (!loaded)
            return loaded.error();
        usage = std::move(loaded).value();
    }
    // The engine is a pure function of each subscription: large runs share the subscriptions out
    // over a few threads (the catalog and the inputs are only read), the calling thread keeps the
    // progress callback and the merge, so the outcome is the same as one pass in order.
    const BillingEngine engine(catalog);
    const QList<subscriptions::UsageRecord> noUsage;
    const QDateTime now = m_clock.now();
    struct Chunk
    {
        qsizetype from = 0;
        qsizetype to = 0;
        QList<BillingItem> items;
        QList<SubscriptionEvent> termEvents;
        std::optional<Error> error;
    };
    std::atomic<int> doneCount {0};
    std::atomic<bool> stop {false};
    auto work = [&](Chunk& chunk) {
        for (qsizetype i = chunk.from; i < chunk.to && !stop.load(std::memory_order_relaxed); ++i) {
            const Subscription& s = subscriptions.at(i);
            const auto usageIt = usage.constFind(s.id);
            Result<QList<BillingItem>> items =
                engine.items(s, usageIt == usage.constEnd() ? noUsage : *usageIt, s.billedThrough, asOf);
            if (!items) {
                chunk.error = Error(items.error().code,
                                    QCoreApplication::translate("BillingRunner", "Subscription %1: %2")
                                        .arg(s.id.value)
                                        .arg(items.error().message));
                stop = true;
                return;
            }
            for (BillingItem& item : *items) {
                if (!billed->contains({item.subscriptionId, item.chargeKey, item.periodStart}))
                    chunk.items.append(std::move(item));
            }
            if (!s.term.isEvergreen()) {
                Result<subscriptions::SubscriptionTimeline> timeline = subscriptions::SubscriptionTimeline::build(s);
                if (!timeline) {
                    chunk.error = timeline.error();
                    stop = true;
                    return;
                }
                for (const auto& [date, kind] : timeline->termEndsUntil(asOf)) {
                    const bool recorded =
                        std::any_of(s.events.cbegin(), s.events.cend(), [&](const SubscriptionEvent& e) {
                            return e.kind == kind && e.effectiveDate == date;
                        });
                    if (recorded)
                        continue;
                    SubscriptionEvent event;
                    event.subscriptionId = s.id;
                    event.kind = kind;
                    event.effectiveDate = date;
                    event.recordedAt = now;
                    chunk.termEvents.append(event);
                }
            }
            doneCount.fetch_add(1, std::memory_order_relaxed);
        }
    };
    const int threads = total >= kParallelFrom ? std::clamp(QThread::idealThreadCount(), 1, kMaxThreads) : 1;
    QList<Chunk> chunks(threads);
    for (int t = 0; t < threads; ++t) {
        chunks[t].from = qsizetype(total) * t / threads;
        chunks[t].to = qsizetype(total) * (t + 1) / threads;
    }
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work, std::ref(chunks[t]));
    // The calling thread works on the first share, reporting progress as it goes.
    bool cancelledByUser = false;
    {
        Chunk& mine = chunks[0];
        const qsizetype step = kProgressEvery;
        for (qsizetype from = mine.from; from < mine.to && !stop; from += step) {
            Chunk part;
            part.from = from;
            part.to = std::min(mine.to, from + step);
            work(part);
            mine.items.append(std::move(part.items));
            mine.termEvents.append(std::move(part.termEvents));
            if (part.error) {
                mine.error = part.error;
                break;
            }
            if (progress && !progress(doneCount.load(), total)) {
                cancelledByUser = true;
                stop = true;
            }
        }
    }
    // Then it waits for the other shares, still reporting progress (and taking a cancel).
    while (!workers.empty() && !stop && doneCount.load() < total) {
        if (progress && !progress(doneCount.load(), total)) {
            cancelledByUser = true;
            stop = true;
            break;
        }
        QThread::msleep(20);
    }
    for (std::thread& worker : workers)
        worker.join();
    if (cancelledByUser)
        return cancelled();
    QList<BillingItem> due;
    for (Chunk& chunk : chunks) {
        if (chunk.error)
            return *chunk.error;
        due.append(std::move(chunk.items));
        plan.termEvents.append(std::move(chunk.termEvents));
    }
    for (const Subscription& s : subscriptions) {
        if (!s.billedThrough.isValid() || s.billedThrough < asOf)
            plan.billedThrough.insert(s.id, asOf);
    }
    const int done = doneCount.load();
    plan.subscriptionsScanned = done;
    Result<QList<Document>> assembled = DocumentAssembler::assemble(due, asOf);
    if (!assembled)
        return assembled.error();
    plan.documents = std::move(assembled).value();
    for (Document& doc : plan.documents)
        doc.createdAt = now;
    if (progress && !progress(total, total))
        return cancelled();
    return plan;
}

Result<RunPlan> BillingRunner::run(QDate asOf, const Progress& progress)
{
    // Usage of a period that has not ended yet cannot be known: runs bill up to today; later
    // dates can be previewed.
    if (asOf.isValid() && asOf > m_clock.today()) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("BillingRunner",
                                                 "Billing can run as of today (%1) at the latest; preview a later date "
                                                 "instead.")
                         .arg(QLocale().toString(m_clock.today(), QLocale::ShortFormat)));
    }
    Result<std::unique_ptr<UnitOfWork>> unit = m_units.begin();
    if (!unit)
        return unit.error();
    Result<RunPlan> planned = preview(asOf, std::nullopt, progress);
    if (!planned)
        return planned.error();
    RunPlan plan = std::move(planned).value();

    BillingRun record;
    record.asOf = asOf;
    record.startedAt = m_clock.now();
    record.invoices = plan.invoiceCount();
    record.creditNotes = plan.creditNoteCount();
    record.lines = plan.lineCount();
    Result<BillingRun> run = m_documents.insertRun(record);
    if (!run)
        return run.error();
    for (Document& doc : plan.documents)
        doc.runId = run->id;
    Result<QList<Document>> stored = m_documents.insertDocuments(plan.documents);
    if (!stored)
        return stored.error();
    plan.documents = std::move(stored).value();
    if (!plan.termEvents.isEmpty()) {
        Result<QList<SubscriptionEvent>> events = m_subscriptions.appendEvents(plan.termEvents);
        if (!events)
            return events.error();
        plan.termEvents = std::move(events).value();
    }
    if (Status s = m_subscriptions.setBilledThrough(plan.billedThrough); !s)
        return s.error();
    if (progress && !progress(plan.subscriptionsScanned, plan.subscriptionsScanned))
        return cancelled();
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    Q_EMIT billed();
    return plan;
}

} // namespace subdesk::billing
