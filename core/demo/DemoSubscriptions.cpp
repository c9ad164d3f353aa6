#include "DemoSubscriptions.h"

#include "DemoCatalog.h"
#include "DemoCompany.h"
#include "DemoDraw.h"
#include "DemoFxRates.h"
#include "DemoInvoicing.h"
#include "DemoScript.h"
#include "DemoSurveys.h"
#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerService.h"
#include "metrics/MetricsService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"
#include "subscriptions/SubscriptionTimeline.h"
#include "surveys/SurveyService.h"

#include <QCoreApplication>
#include <QHash>
#include <QTime>

namespace subdesk::demo {

using detail::DemoScript;
using detail::DemoStep;
using detail::StepKind;
using subscriptions::Subscription;
using subscriptions::SubscriptionStatus;
using subscriptions::SubscriptionTimeline;

namespace {

QString stepName(StepKind kind)
{
    switch (kind) {
    case StepKind::Create:
        return QCoreApplication::translate("DemoSubscriptions", "subscribing");
    case StepKind::Change:
        return QCoreApplication::translate("DemoSubscriptions", "changing");
    case StepKind::Pause:
        return QCoreApplication::translate("DemoSubscriptions", "pausing");
    case StepKind::Resume:
        return QCoreApplication::translate("DemoSubscriptions", "resuming");
    case StepKind::Cancel:
        return QCoreApplication::translate("DemoSubscriptions", "cancelling");
    case StepKind::Reactivate:
        return QCoreApplication::translate("DemoSubscriptions", "reactivating");
    }
    return {};
}

/** Plays a DemoScript through the services, day by day. */
class Player
{
public:
    Player(const DemoSubscriptions::Services& services, DemoScript script, const QList<customers::Customer>& customers,
           quint32 seed, QDate today)
        : m_services(services)
        , m_script(std::move(script))
        , m_usageDraw(seed ^ 0x7F4A7C15u)
        , m_today(today)
        , m_current(m_script.stories.size())
        , m_books(services.company, services.invoices, services.payments, customers, seed)
    {
        for (const customers::Customer& c : customers)
            m_names.insert(c.id, c.displayName);
    }

    Status play();
    Status installCompany() { return m_books.installCompany(); }
    /** Exchange rates, metrics settings, survey answers and the MRR spans, as of today. */
    Status dashboards(const QList<customers::Customer>& customers, quint32 seed);
    DemoSummary summary;

private:
    const catalog::Catalog& catalog() const { return m_services.catalog.catalog(); }
    void setClock(QDate day, QTime time) { m_services.clock.set(QDateTime(day, time, Qt::UTC)); }
    void count(const QList<billing::Document>& documents);
    Status runBilling(QDate asOf);
    Status addUsage(QDate day);
    Status migratePrices(QDate from);
    Status perform(const DemoStep& step);
    Result<subscriptions::Outcome> outcomeOf(const DemoStep& step);
    Result<subscriptions::ChangeRequest> changeRequest(const DemoStep& step) const;
    qint64 usageQuantity(const QString& metric, qsizetype story, QDate day);

    const DemoSubscriptions::Services& m_services;
    DemoScript m_script;
    detail::Draw m_usageDraw;
    QDate m_today;
    /** The latest known state of each story's subscription (invalid id until created). */
    QList<Subscription> m_current;
    QHash<CustomerId, QString> m_names;
    DemoInvoicing m_books;
};

void Player::count(const QList<billing::Document>& documents)
{
    for (const billing::Document& doc : documents) {
        if (doc.kind == billing::DocumentKind::Invoice)
            ++summary.invoices;
        else
            ++summary.creditNotes;
        summary.documentLines += int(doc.lines.size());
        summary.billedMinor[doc.currency.code()] += doc.total.minorUnits();
    }
}

Status Player::runBilling(QDate asOf)
{
    setClock(asOf, QTime(6, 0));
    Result<billing::RunPlan> run = m_services.billing.run(asOf);
    if (!run) {
        return Error(run.error().code,
                     QCoreApplication::translate("DemoSubscriptions", "Demo billing run of %1: %2")
                         .arg(asOf.toString(Qt::ISODate), run.error().message));
    }
    ++summary.billingRuns;
    count(run->documents);
    // The books: what the run (and the changes since the last one) billed is issued, and what
    // customers paid since comes in.
    if (Status s = m_books.settle(asOf); !s)
        return s;
    summary.issued = m_books.issued();
    summary.payments = m_books.payments();
    return {};
}

qint64 Player::usageQuantity(const QString& metric, qsizetype story, QDate day)
{
    const qint64 base = m_script.stories.at(story).usageBase;
    if (metric == QLatin1String("storage_gb")) {
        // Storage grows about 3% a month from the subscription's start.
        const qint64 months = m_current.at(story).startDate.daysTo(day) / 30;
        return base * 25 * (100 + 3 * months) / 100 + m_usageDraw.between(0, int(base));
    }
    if (metric == QLatin1String("invoices_sent"))
        return base * 6 + m_usageDraw.between(-int(base) * 2, int(base) * 2);
    if (metric == QLatin1String("emails_sent"))
        return m_usageDraw.percent(30) ? 0 : base * 800 + m_usageDraw.between(0, int(base) * 400);
    return m_usageDraw.between(1, 100);
}

Status Player::addUsage(QDate day)
{
    setClock(day, QTime(18, 0));
    QList<subscriptions::UsageRecord> records;
    for (qsizetype i = 0; i < m_current.size(); ++i) {
        const Subscription& s = m_current.at(i);
        if (!s.id.isValid())
            continue;
        Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(s);
        if (!timeline || timeline->statusOn(day) != SubscriptionStatus::Active)
            continue;
        // Resumed or reactivated inside time already paid for: billing (usage too) starts at billFrom.
        const subscriptions::Segment* segment = timeline->segmentOn(day);
        if (segment->startsCalendar && segment->billFrom > day)
            continue;
        const std::optional<subscriptions::SubscriptionConfig> config = timeline->configOn(day);
        for (const subscriptions::MeteredLine& line : config->metered) {
            const catalog::MeteredCharge* charge = catalog().meteredCharge(line.chargeId);
            if (!charge)
                continue;
            const qint64 quantity = usageQuantity(charge->metricCode, i, day);
            if (quantity > 0)
                records.append({UsageId(), s.id, charge->metricCode, quantity, day});
        }
    }
    if (records.isEmpty())
        return {};
    Result<QList<subscriptions::UsageRecord>> stored = m_services.subscriptions.addUsage(records);
    if (!stored) {
        return Error(stored.error().code,
                     QCoreApplication::translate("DemoSubscriptions", "Demo usage of %1: %2")
                         .arg(day.toString(Qt::ISODate), stored.error().message));
    }
    summary.usageRecords += int(stored->size());
    return {};
}

Status Player::migratePrices(QDate from)
{
    const catalog::Plan* plan = catalog().planByCode(democodes::backupStart);
    if (!plan)
        return {};
    const billing::BillingInterval monthly {billing::IntervalUnit::Month, 1};
    for (const QString& code : DemoCatalog::currencies()) {
        QList<SubscriptionId> only;
        QList<qsizetype> stories;
        for (qsizetype i = 0; i < m_script.stories.size(); ++i) {
            const detail::DemoStory& story = m_script.stories.at(i);
            if (story.migrateOnPriceRise && story.currency == code && m_current.at(i).id.isValid()) {
                only.append(m_current.at(i).id);
                stories.append(i);
            }
        }
        if (only.isEmpty())
            continue;
        const catalog::Price* price =
            catalog().findPrice(catalog::PriceOwner::Plan, plan->id.value, *Currency::fromCode(code), monthly);
        if (!price || !price->latest())
            continue;
        Result<int> migrated = m_services.subscriptions.migratePrice(price->latest()->id, from, only);
        if (!migrated) {
            return Error(migrated.error().code,
                         QCoreApplication::translate("DemoSubscriptions", "Demo price migration: %1")
                             .arg(migrated.error().message));
        }
        summary.priceMigrations += *migrated;
        for (qsizetype i : stories) {
            Result<Subscription> fresh = m_services.subscriptions.find(m_current.at(i).id);
            if (!fresh)
                return fresh.error();
            m_current[i] = std::move(fresh).value();
        }
    }
    return {};
}

Result<subscriptions::ChangeRequest> Player::changeRequest(const DemoStep& step) const
{
    const Subscription& current = m_current.at(step.story);
    subscriptions::ChangeRequest request;
    request.subscriptionId = current.id;
    request.timing = step.timing;
    request.note = step.note;
    request.quantity = step.newQuantity;
    request.interval = step.newInterval;
    request.couponCode = step.newCoupon;
    request.temporaryDays = step.temporaryDays;
    const catalog::Plan* target = nullptr;
    if (step.newPlan) {
        target = catalog().planByCode(*step.newPlan);
        if (!target)
            return Error(ErrorCode::NotFound, *step.newPlan);
        request.planId = target->id;
    }
    if (!step.addOns.isEmpty() || target) {
        // The complete new set of recurring add-ons: those the target plan allows, plus the new ones.
        Result<SubscriptionTimeline> timeline = SubscriptionTimeline::build(current);
        if (!timeline)
            return timeline.error();
        const subscriptions::SubscriptionConfig config = *timeline->configOn(step.date);
        if (!target)
            target = catalog().plan(config.planId);
        QList<subscriptions::AddOnChoice> choices;
        for (const subscriptions::AddOnLine& line : config.addOns) {
            if (target && target->allowedAddOns.contains(line.addOnId))
                choices.append({line.addOnId, line.quantity});
        }
        for (const QPair<QString, qint64>& addOn : step.addOns) {
            if (const catalog::AddOn* a = catalog().addOnByCode(addOn.first))
                choices.append({a->id, addOn.second});
        }
        request.addOns = choices;
    }
    return request;
}

Result<subscriptions::Outcome> Player::outcomeOf(const DemoStep& step)
{
    subscriptions::SubscriptionService& service = m_services.subscriptions;
    const SubscriptionId id = m_current.at(step.story).id;
    switch (step.kind) {
    case StepKind::Create: {
        const catalog::Plan* plan = catalog().planByCode(step.planCode);
        if (!plan)
            return Error(ErrorCode::NotFound, step.planCode);
        subscriptions::NewSubscription request;
        request.customerId = m_script.stories.at(step.story).customerId;
        request.planId = plan->id;
        request.interval = step.interval;
        request.quantity = step.quantity;
        request.startDate = step.startDate;
        request.anchorDay = step.anchorDay;
        request.trialDays = step.trialDays;
        request.couponCode = step.couponCode;
        request.note = step.note;
        for (const QPair<QString, qint64>& addOn : step.addOns) {
            if (const catalog::AddOn* a = catalog().addOnByCode(addOn.first))
                request.addOns.append({a->id, addOn.second});
        }
        return service.create(request);
    }
    case StepKind::Change: {
        Result<subscriptions::ChangeRequest> request = changeRequest(step);
        if (!request)
            return request.error();
        return service.change(*request);
    }
    case StepKind::Pause:
    case StepKind::Cancel: {
        subscriptions::StopRequest request;
        request.subscriptionId = id;
        request.timing = step.timing;
        request.credit = step.credit;
        request.note = step.note;
        return step.kind == StepKind::Pause ? service.pause(request) : service.cancel(request);
    }
    case StepKind::Resume:
        return service.resume(id, step.date);
    case StepKind::Reactivate:
        return service.reactivate(id, step.date);
    }
    return Error(ErrorCode::Invalid, stepName(step.kind));
}

Status Player::perform(const DemoStep& step)
{
    Result<subscriptions::Outcome> outcome = outcomeOf(step);
    if (!outcome) {
        const CustomerId customer = m_script.stories.at(step.story).customerId;
        return Error(outcome.error().code,
                     QCoreApplication::translate("DemoSubscriptions", "Demo history, %1 %2 on %3: %4")
                         .arg(stepName(step.kind), m_names.value(customer), step.date.toString(Qt::ISODate),
                              outcome.error().message));
    }
    m_current[step.story] = outcome->subscription;
    summary.events += int(outcome->newEvents.size());
    count(outcome->documents);
    return {};
}

Status Player::play()
{
    const QDate history = DemoCatalog::historyStart(m_today);
    const QDate priceRise = DemoCatalog::priceRiseDate(m_today);
    const QList<DemoStep>& steps = m_script.steps;
    qsizetype next = 0;
    for (QDate day = history; day <= m_today; day = day.addDays(1)) {
        // The clerk's day: the monthly billing run first thing, then the day's work, usage imports in the evening.
        if (day.day() == 1 && day > history && day < m_today) {
            if (Status s = runBilling(day); !s)
                return s;
        }
        if (day == priceRise.addDays(-1)) {
            setClock(day, QTime(8, 0));
            if (Status s = migratePrices(priceRise); !s)
                return s;
        }
        for (int minute = 0; next < steps.size() && steps.at(next).date == day; ++minute) {
            setClock(day, QTime(9, 0).addSecs(60 * (minute % 480)));
            if (Status s = perform(steps.at(next++)); !s)
                return s;
        }
        if (day.day() == 8 || day.day() == 22) {
            if (Status s = addUsage(day); !s)
                return s;
        }
    }
    Q_ASSERT(next == steps.size());
    // Billing as of today, so that nothing is left due.
    if (Status s = runBilling(m_today); !s)
        return s;

    Result<QList<subscriptions::SubscriptionSummary>> rows = m_services.subscriptions.summaries(m_today);
    if (!rows)
        return rows.error();
    summary.subscriptions = int(rows->size());
    for (const subscriptions::SubscriptionSummary& row : *rows)
        ++summary.statuses[row.status];
    setClock(m_today, QTime(18, 0));
    return {};
}

Status Player::dashboards(const QList<customers::Customer>& customers, quint32 seed)
{
    setClock(m_today, QTime(18, 0));
    auto failed = [](const QString& what, const Error& error) {
        return Error(error.code,
                     QCoreApplication::translate("DemoSubscriptions", "Demo %1: %2").arg(what, error.message));
    };
    metrics::MetricsSettings settings;
    settings.reportingCurrency = QStringLiteral("EUR");
    settings.grossMarginBasisPoints = 8000;
    if (Status s = m_services.metrics.setSettings(settings); !s)
        return failed(QCoreApplication::translate("DemoSubscriptions", "metrics settings"), s.error());
    const QList<metrics::FxRate> rates = DemoFxRates::rates(seed, m_today);
    if (Status s = m_services.metrics.setFxRates(rates); !s)
        return failed(QCoreApplication::translate("DemoSubscriptions", "exchange rates"), s.error());
    summary.fxRates = int(rates.size());
    Result<QList<surveys::SurveyAnswer>> answers =
        m_services.surveys.add(DemoSurveys::answers(m_script.lives, customers, seed, m_today));
    if (!answers)
        return failed(QCoreApplication::translate("DemoSubscriptions", "survey answers"), answers.error());
    summary.surveyAnswers = int(answers->size());
    Result<int> spans = m_services.metrics.refreshSpans();
    if (!spans)
        return failed(QCoreApplication::translate("DemoSubscriptions", "MRR spans"), spans.error());
    summary.spansRefreshed = *spans;
    return {};
}

} // namespace

Result<DemoSummary> DemoSubscriptions::generate(const Services& services, const QList<customers::Customer>& customers,
                                                quint32 seed, QDate today)
{
    Q_ASSERT(today.isValid());
    services.clock.set(QDateTime(DemoCatalog::historyStart(today), QTime(8, 0), Qt::UTC));
    Result<std::unique_ptr<UnitOfWork>> unit = services.units.begin();
    if (!unit)
        return unit.error();
    if (Status s = DemoCatalog::install(services.catalog, today); !s)
        return s.error();
    Player player(services, DemoScript::write(services.catalog.catalog(), customers, seed, today), customers, seed,
                  today);
    Status played = player.installCompany();
    if (played)
        played = player.play();
    if (played)
        played = player.dashboards(customers, seed);
    if (Status s = played; !s) {
        // Nothing of the history is kept; the services reload what is stored.
        unit->reset();
        if (Status reloaded = services.catalog.reload(); !reloaded)
            return reloaded.error();
        return s.error();
    }
    if (Status s = (*unit)->commit(); !s)
        return s.error();
    return player.summary;
}

DemoSubscriptions::Services DemoSubscriptions::Services::of(storage::CompanyFile& file, FixedClock& clock)
{
    return {file.customers(), file.catalog(),  file.subscriptions(), file.billing(), file.units(), file.company(),
            file.invoices(),  file.payments(), file.metrics(),       file.surveys(), clock};
}

Result<DemoSummary> DemoSubscriptions::populate(const Services& services, int count, quint32 seed, QDate today)
{
    services.clock.set(QDateTime(today, QTime(8, 0), Qt::UTC));
    Result<QList<CustomerId>> added = services.customers.addAll(DemoCompany::customers(count, seed, today));
    if (!added)
        return added.error();
    Result<QList<customers::Customer>> stored = services.customers.loadAll();
    if (!stored)
        return stored.error();
    return generate(services, *stored, seed, today);
}

} // namespace subdesk::demo
