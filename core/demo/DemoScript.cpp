#include "DemoScript.h"

#include "DemoCatalog.h"
#include "DemoDraw.h"
#include "DemoStories.h"

#include <algorithm>

namespace subdesk::demo::detail {

using billing::BillingInterval;
using billing::IntervalUnit;
using customers::Customer;
using subscriptions::Timing;

namespace {

const BillingInterval kMonthly {IntervalUnit::Month, 1};
const BillingInterval kYearly {IntervalUnit::Year, 1};

QString product(const QString& planCode)
{
    return planCode.section(QLatin1Char('-'), 0, 0);
}

class Writer
{
public:
    Writer(const catalog::Catalog& catalog, quint32 seed, QDate today)
        : m_draw(seed ^ 0x9E3779B9u)
        , m_catalog(catalog)
        , m_today(today)
        , m_history(DemoCatalog::historyStart(today))
        , m_priceRise(DemoCatalog::priceRiseDate(today))
        , m_summerExpiry(DemoCatalog::summerCouponExpiry(today))
    { }

    void customer(const Customer& c);
    DemoScript script;

private:
    QDate between(QDate a, QDate b)
    {
        if (b < a)
            b = a;
        return a.addDays(m_draw.below(int(a.daysTo(b)) + 1));
    }
    int trialOf(const QString& plan) const
    {
        const catalog::Plan* p = m_catalog.planByCode(plan);
        return p ? p->trialDays : 0;
    }
    Story drawStory(int days, bool business, bool alive);
    /** The day a customer who signs up on from leaves (the monthly hazard); invalid: still a customer today. */
    QDate drawChurn(QDate from, const Customer& c);
    /** Cancels the open subscriptions of stories [first, end) on day: the customer leaves. Returns whether any was
     * yearly. */
    bool leave(int first, QDate day);
    QString drawPlan(const Customer& c, const QString& excludeProduct, bool needsTrial);
    qint64 drawQuantity(const QString& plan, const Customer& c);
    QString drawCoupon(const Customer& c, const QString& plan, QDate start);
    void drawAddOns(const QString& plan, DemoStep& step);
    QList<QString> addOnCodes(const QString& plan, catalog::AddOnKind kind) const;

    int newStory(const Customer& c);
    /** Appends the Create step of a new story; returns the paid start (the trial's end). */
    QDate create(int story, const Customer& c, QDate start, const QString& plan, BillingInterval interval,
                 std::optional<int> trialDays = std::nullopt, bool drawExtras = true);
    DemoStep& step(int story, QDate date, StepKind kind);
    /** Returns the plan code the story started on. */
    QString tell(Story story, const Customer& c, QDate earliest, const QString& excludeProduct);

    Draw m_draw;
    const catalog::Catalog& m_catalog;
    QDate m_today;
    QDate m_history;
    QDate m_priceRise;
    QDate m_summerExpiry;
    int m_educationRedemptions = 0;
    /** "Now" for the story being told: the day the customer leaves, or today. */
    QDate m_until;
    /** The day the story being told ended by itself (cancelled, expired); invalid: it runs on. */
    QDate m_closedEnd;
    /** Per story: whether it runs until the customer leaves, and whether it is billed yearly. */
    QList<bool> m_open;
    QList<bool> m_yearly;
};

Story Writer::drawStory(int days, bool business, bool alive)
{
    int total = 0;
    for (const StoryWeight& w : storyWeights())
        total += w.weight;
    int r = m_draw.below(total);
    for (const StoryWeight& w : storyWeights()) {
        if (r < w.weight) {
            const bool fits = days >= w.minDays && (business || !w.businessOnly) && (alive || w.reach != Reach::Today);
            return fits ? w.story : Story::Steady;
        }
        r -= w.weight;
    }
    return Story::Steady;
}

QDate Writer::drawChurn(QDate from, const Customer& c)
{
    // Enterprises stay longer, individuals leave sooner; schools and associations in between.
    int percentOfBase = 100;
    if (c.segment == QLatin1String("Enterprise"))
        percentOfBase = 45;
    else if (c.segment == QLatin1String("Non-profit") || c.segment == QLatin1String("Education"))
        percentOfBase = 80;
    else if (c.kind == customers::CustomerKind::Individual)
        percentOfBase = 125;
    for (int month = 0;; ++month) {
        const QDate monthStart = from.addMonths(month);
        if (monthStart >= m_today)
            return {};
        const int hazard =
            (kChurnBasisPoints + (month < kEarlyMonths ? kEarlyChurnBasisPoints : 0)) * percentOfBase / 100;
        if (m_draw.below(10000) < hazard) {
            const QDate day = monthStart.addDays(m_draw.below(28));
            return day < m_today && day > from ? day : QDate();
        }
    }
}

bool Writer::leave(int first, QDate day)
{
    const QString note = m_draw.pick(churnNotes());
    bool yearlyAtPeriodEnd = false;
    for (int story = first; story < int(script.stories.size()); ++story) {
        if (!m_open.at(story))
            continue;
        const bool yearly = m_yearly.at(story);
        DemoStep& cancel = step(story, day, StepKind::Cancel);
        // Yearly customers mostly let the year run out; monthly ones often stop at once.
        cancel.timing = m_draw.percent(yearly ? 85 : 55) ? Timing::AtPeriodEnd : Timing::Immediately;
        cancel.credit = m_draw.percent(80);
        cancel.note = note;
        yearlyAtPeriodEnd = yearlyAtPeriodEnd || (yearly && cancel.timing == Timing::AtPeriodEnd);
    }
    return yearlyAtPeriodEnd;
}

QString Writer::drawPlan(const Customer& c, const QString& excludeProduct, bool needsTrial)
{
    using namespace democodes;
    struct Choice
    {
        QLatin1String plan;
        int business;
        int individual;
    };
    const bool enterprise = c.segment == QLatin1String("Enterprise");
    const Choice choices[] = {
        {backupStart, 16, 40},   {backupBusiness, enterprise ? 20 : 10, 0},
        {chatTeam, 18, 0},       {chatEnterprise, enterprise ? 25 : 4, 0},
        {booksStarter, 12, 35},  {booksPro, 14, 0},
        {mailCampaigns, 12, 25},
    };
    const bool business = c.kind == customers::CustomerKind::Business;
    for (int attempt = 0; attempt < 20; ++attempt) {
        int total = 0;
        for (const Choice& ch : choices)
            total += business ? ch.business : ch.individual;
        int r = m_draw.below(total);
        for (const Choice& ch : choices) {
            const int w = business ? ch.business : ch.individual;
            if (r < w) {
                const QString plan = ch.plan;
                if (product(plan) != excludeProduct && (!needsTrial || trialOf(plan) > 0))
                    return plan;
                break;
            }
            r -= w;
        }
    }
    return needsTrial || product(QString(backupStart)) != excludeProduct ? QString(backupStart) : QString(booksStarter);
}

qint64 Writer::drawQuantity(const QString& plan, const Customer& c)
{
    using namespace democodes;
    if (plan == chatTeam)
        return m_draw.between(2, 40);
    if (plan == chatEnterprise)
        return m_draw.between(30, 260);
    if (plan == booksPro)
        return m_draw.between(1, 14);
    if (plan == mailCampaigns) {
        return c.kind == customers::CustomerKind::Business ? 100 * m_draw.between(8, 150) : 100 * m_draw.between(2, 30);
    }
    return 1;
}

QString Writer::drawCoupon(const Customer& c, const QString& plan, QDate start)
{
    using namespace democodes;
    const bool caring = c.segment == QLatin1String("Non-profit") || c.segment == QLatin1String("Education");
    if (product(plan) == QLatin1String("CHAT") && caring && m_draw.percent(60))
        return chatNonProfit;
    if (product(plan) == QLatin1String("BOOKS") && c.segment == QLatin1String("Education")
        && m_educationRedemptions < 25 && m_draw.percent(60)) {
        ++m_educationRedemptions;
        return education;
    }
    if (start < m_summerExpiry && start >= m_summerExpiry.addDays(-92) && m_draw.percent(35))
        return summer;
    const int r = m_draw.below(100);
    if (r < 7)
        return welcome;
    if (r < 11)
        return launch;
    if (r < 14 && c.currency == QLatin1String("EUR"))
        return firstInvoice;
    return {};
}

QList<QString> Writer::addOnCodes(const QString& plan, catalog::AddOnKind kind) const
{
    QList<QString> codes;
    if (const catalog::Plan* p = m_catalog.planByCode(plan)) {
        for (AddOnId id : p->allowedAddOns) {
            const catalog::AddOn* addOn = m_catalog.addOn(id);
            if (addOn && addOn->kind == kind)
                codes.append(addOn->code);
        }
    }
    return codes;
}

void Writer::drawAddOns(const QString& plan, DemoStep& step)
{
    using namespace democodes;
    const QList<QString> recurring = addOnCodes(plan, catalog::AddOnKind::Recurring);
    if (!recurring.isEmpty() && m_draw.percent(22)) {
        const QString& code = m_draw.pick(recurring);
        const qint64 quantity = code == extraStorage ? m_draw.between(1, 4)
            : code == payroll                        ? m_draw.between(2, 25)
                                                     : 1;
        step.addOns.append({code, quantity});
    }
    const QList<QString> oneTime = addOnCodes(plan, catalog::AddOnKind::OneTime);
    if (!oneTime.isEmpty() && m_draw.percent(12)) {
        const QString& code = m_draw.pick(oneTime);
        step.addOns.append({code, code == training ? m_draw.between(2, 8) : 1});
    }
}

int Writer::newStory(const Customer& c)
{
    DemoStory story;
    story.customerId = c.id;
    story.currency = c.currency;
    story.usageBase = m_draw.between(10, 100);
    script.stories.append(story);
    m_open.append(false);
    m_yearly.append(false);
    return int(script.stories.size()) - 1;
}

DemoStep& Writer::step(int story, QDate date, StepKind kind)
{
    DemoStep s;
    s.story = story;
    s.date = date;
    s.kind = kind;
    script.steps.append(s);
    return script.steps.last();
}

QDate Writer::create(int story, const Customer& c, QDate start, const QString& plan, BillingInterval interval,
                     std::optional<int> trialDays, bool drawExtras)
{
    DemoStep s;
    s.story = story;
    s.kind = StepKind::Create;
    s.date = start;
    s.startDate = start;
    s.planCode = plan;
    s.interval = interval;
    s.quantity = drawQuantity(plan, c);
    m_yearly[story] = interval == kYearly;
    const int planTrial = trialOf(plan);
    // Most take the plan's trial; some were sold by the sales team and start paying at once.
    s.trialDays = trialDays ? trialDays : (planTrial > 0 && m_draw.percent(35) ? std::optional<int>(0) : std::nullopt);
    if (interval == kMonthly && start.day() != 1 && m_draw.percent(50))
        s.anchorDay = 1; // billed on the first of the month: the first period is prorated
    if (drawExtras) {
        s.couponCode = drawCoupon(c, plan, start);
        drawAddOns(plan, s);
    }
    script.steps.append(s);
    return start.addDays(s.trialDays.value_or(planTrial));
}

QString Writer::tell(Story story, const Customer& c, QDate earliest, const QString& excludeProduct)
{
    using namespace democodes;
    const int id = newStory(c);
    m_open[id] = weightOf(story).reach == Reach::Open;
    m_closedEnd = QDate();
    // Customers sign up within a month of being created (or of coming back).
    const QDate latestStart = m_until.addDays(-weightOf(story).minDays);
    const QDate start = between(earliest, std::min(earliest.addDays(30), latestStart));
    const BillingInterval interval = m_draw.percent(25) ? kYearly : kMonthly;
    auto note = [&](DemoStep& s, const QString& text) { s.note = text; };

    switch (story) {
    case Story::Steady: {
        const QString plan = drawPlan(c, excludeProduct, false);
        const QDate paid = create(id, c, start, plan, interval);
        // Monthly Cloud Backup Start customers from before the price rise: most move to the new
        // price, the others keep theirs (grandfathered).
        script.stories[id].migrateOnPriceRise = plan == backupStart && interval == kMonthly
            && paid < m_priceRise.addDays(-30) && m_until > m_priceRise.addDays(31) && m_draw.percent(65);
        return plan;
    }
    case Story::Trialing: {
        const QString plan = drawPlan(c, excludeProduct, true);
        const int trial = trialOf(plan);
        create(id, c, std::max(earliest, m_until.addDays(-m_draw.below(trial - 1))), plan, interval, trial);
        return plan;
    }
    case Story::TrialAbandoned: {
        const QString plan = drawPlan(c, excludeProduct, true);
        const int trial = trialOf(plan);
        create(id, c, start, plan, interval, trial);
        DemoStep& cancel = step(id, between(start.addDays(2), start.addDays(trial - 2)), StepKind::Cancel);
        note(cancel, QStringLiteral("Did not continue after the trial."));
        m_closedEnd = cancel.date;
        return plan;
    }
    case Story::Upgrade:
    case Story::Downgrade: {
        static const QList<QPair<QLatin1String, QLatin1String>> pairs = {
            {backupStart, backupBusiness}, {booksStarter, booksPro}, {chatTeam, chatEnterprise}};
        const auto& pair = c.kind == customers::CustomerKind::Business ? m_draw.pick(pairs) : pairs.at(1);
        const bool up = story == Story::Upgrade;
        const QString from = up ? pair.first : pair.second;
        const QString to = up ? pair.second : pair.first;
        const QDate paid = create(id, c, start, from, interval);
        DemoStep& change = step(id, between(paid.addDays(up ? 15 : 30), m_until.addDays(-5)), StepKind::Change);
        change.newPlan = to;
        if (to == chatEnterprise)
            change.newQuantity = m_draw.between(30, 60);
        else if (to == booksPro)
            change.newQuantity = m_draw.between(1, 3);
        else if (to == booksStarter)
            change.newQuantity = 1;
        if (!up)
            change.timing = Timing::AtPeriodEnd;
        note(change,
             up ? QStringLiteral("Upgraded after a call with our sales team.")
                : QStringLiteral("Needs less after a reorganisation."));
        return from;
    }
    case Story::Seats: {
        static const QList<QLatin1String> plans = {chatTeam, chatEnterprise, booksPro, mailCampaigns};
        const QString plan =
            c.kind == customers::CustomerKind::Business ? QString(m_draw.pick(plans)) : QString(mailCampaigns);
        const QDate paid = create(id, c, start, plan, interval);
        qint64 quantity = script.steps.last().quantity;
        const int changes = m_draw.between(2, 4);
        QList<QDate> dates;
        for (int i = 0; i < changes; ++i)
            dates.append(between(paid.addDays(10), m_until.addDays(-3)));
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        const qint64 step1 = plan == chatEnterprise ? 10 : plan == mailCampaigns ? 500 : plan == booksPro ? 1 : 2;
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const bool fewer = quantity > step1 && m_draw.percent(25);
            const qint64 next =
                fewer ? quantity - step1 * m_draw.between(1, 2) : quantity + step1 * m_draw.between(1, 4);
            if (next < 1 || next == quantity)
                continue;
            DemoStep& change = step(id, dates.at(i), StepKind::Change);
            change.newQuantity = next;
            // Only the last change may wait for the period end: later changes start from today's terms.
            if (fewer && i == dates.size() - 1)
                change.timing = Timing::AtPeriodEnd;
            note(change, fewer ? QStringLiteral("Fewer users.") : QStringLiteral("The team grew."));
            quantity = next;
        }
        return plan;
    }
    case Story::Temporary: {
        const bool books = c.kind == customers::CustomerKind::Individual || m_draw.percent(50);
        const QString plan = books ? QString(booksStarter) : QString(chatTeam);
        const QDate paid = create(id, c, start, plan, interval);
        DemoStep& change = step(id, between(paid.addDays(15), m_until.addDays(-5)), StepKind::Change);
        if (books) {
            change.newPlan = QString(booksPro);
            change.temporaryDays = 30;
            note(change, QStringLiteral("Bookkeeping Pro for the year-end closing."));
        } else {
            change.newQuantity = script.steps.at(script.steps.size() - 2).quantity + m_draw.between(5, 15);
            change.temporaryDays = 60;
            note(change, QStringLiteral("Seasonal staff."));
        }
        return plan;
    }
    case Story::PausedNow:
    case Story::PausedResumed: {
        const QString plan = drawPlan(c, excludeProduct, false);
        const QDate paid = create(id, c, start, plan, interval);
        const bool resumes = story == Story::PausedResumed;
        const QDate paused = between(paid.addDays(20), m_until.addDays(resumes ? -60 : -5));
        DemoStep& pause = step(id, paused, StepKind::Pause);
        // Without a credit, a pause on the first day of a paid period waits for its end (billing
        // rule 4): one that is resumed weeks later is always credited, so it starts at once.
        pause.credit = resumes || m_draw.percent(70);
        note(pause, QStringLiteral("Asked for a break over the quiet season."));
        if (resumes)
            step(id, between(paused.addDays(14), std::min(paused.addDays(75), m_until.addDays(-1))), StepKind::Resume);
        return plan;
    }
    case Story::CancelledNow:
    case Story::CancelledAtPeriodEnd:
    case Story::CancelScheduled:
    case Story::Reactivated: {
        const QString plan = drawPlan(c, excludeProduct, false);
        const bool monthlyOnly = story == Story::CancelledAtPeriodEnd;
        const QDate paid = create(id, c, start, plan, monthlyOnly ? kMonthly : interval);
        QDate when;
        switch (story) {
        case Story::CancelledNow:
            when = between(paid.addDays(20), m_until.addDays(-3));
            break;
        case Story::CancelledAtPeriodEnd:
            when = between(paid.addDays(20), m_until.addDays(-40));
            break;
        case Story::CancelScheduled:
            when = m_until;
            break;
        default:
            when = between(paid.addDays(30), m_until.addDays(-60));
            break;
        }
        DemoStep& cancel = step(id, when, StepKind::Cancel);
        cancel.timing = story == Story::CancelledAtPeriodEnd || story == Story::CancelScheduled ? Timing::AtPeriodEnd
                                                                                                : Timing::Immediately;
        cancel.credit = m_draw.percent(80);
        note(cancel, m_draw.pick(cancelNotes()));
        if (story == Story::CancelledNow || story == Story::CancelledAtPeriodEnd)
            m_closedEnd = when;
        if (story == Story::Reactivated) {
            DemoStep& back = step(id, between(when.addDays(10), std::min(when.addDays(90), m_until.addDays(-1))),
                                  StepKind::Reactivate);
            note(back, QStringLiteral("Came back after trying another provider."));
        }
        return plan;
    }
    case Story::ContractExpired: {
        create(id, c, start, websiteCare, kMonthly, 0);
        const QDate renewal = start.addYears(1);
        m_closedEnd = renewal;
        if (m_draw.percent(40) && renewal < m_until) {
            const int again = newStory(c);
            create(again, c, renewal, websiteCare, kMonthly, 0, false);
            note(script.steps.last(), QStringLiteral("A new 12-month contract."));
            m_closedEnd = renewal.addYears(1) <= m_until ? renewal.addYears(1) : QDate();
        }
        return websiteCare;
    }
    case Story::ContractRunning:
        create(id, c, between(std::max(earliest, m_until.addDays(-330)), m_until.addDays(-1)), websiteCare, kMonthly,
               0);
        return websiteCare;
    case Story::ScheduledStart: {
        const QString plan = drawPlan(c, excludeProduct, false);
        create(id, c, m_until.addDays(m_draw.between(3, 30)), plan, interval);
        script.steps.last().date = m_until; // signed today
        return plan;
    }
    case Story::IntervalSwitch: {
        const QString plan = drawPlan(c, excludeProduct, false);
        const QDate paid = create(id, c, start, plan, kMonthly);
        DemoStep& change = step(id, between(paid.addDays(40), m_until.addDays(-5)), StepKind::Change);
        change.newInterval = kYearly;
        m_yearly[id] = true;
        note(change, QStringLiteral("Moved to yearly billing: two months free."));
        return plan;
    }
    case Story::AddOnsLater: {
        const QString plan = drawPlan(c, excludeProduct, false);
        const QDate paid = create(id, c, start, plan, interval);
        QList<QString> had;
        for (const QPair<QString, qint64>& addOn : script.steps.last().addOns)
            had.append(addOn.first);
        DemoStep& change = step(id, between(paid.addDays(20), m_until.addDays(-5)), StepKind::Change);
        for (const QString& code : addOnCodes(plan, catalog::AddOnKind::Recurring)) {
            if (!had.contains(code)) {
                change.addOns.append({code, code == democodes::payroll ? 5 : code == extraStorage ? 2 : 1});
                break;
            }
        }
        const QList<QString> oneTime = addOnCodes(plan, catalog::AddOnKind::OneTime);
        if (!oneTime.isEmpty() && (change.addOns.isEmpty() || m_draw.percent(50)))
            change.addOns.append({m_draw.pick(oneTime), 1});
        note(change, QStringLiteral("Ordered extras."));
        return plan;
    }
    case Story::CouponLater: {
        const QString plan = drawPlan(c, excludeProduct, false);
        const QDate paid = create(id, c, start, plan, interval);
        const QString had = script.steps.last().couponCode;
        DemoStep& change = step(id, between(paid.addDays(20), m_until.addDays(-5)), StepKind::Change);
        change.newCoupon = had == welcome ? QString(launch) : QString(welcome);
        note(change, QStringLiteral("Retention offer after a complaint."));
        return plan;
    }
    }
    return {};
}

void Writer::customer(const Customer& c)
{
    if (c.status == customers::CustomerStatus::Archived || !c.id.isValid())
        return;
    QDate from = std::max(m_history, c.created.date().addDays(m_draw.below(21)));
    if (from > m_today)
        from = m_today;
    const bool business = c.kind == customers::CustomerKind::Business;
    // A stretch as a customer, and again for those who leave and come back (at most three).
    for (int round = 0; round < 3; ++round) {
        QDate churn = drawChurn(from, c);
        m_until = churn.isValid() ? churn : m_today;
        const bool comeback = round > 0;
        const Story story = comeback && m_draw.percent(60)
            ? Story::Steady
            : drawStory(int(from.daysTo(m_until)), business, !churn.isValid());
        if (weightOf(story).reach != Reach::Open) {
            churn = QDate(); // the story tells its own end
            m_until = m_today;
        }
        const int first = int(script.stories.size());
        const QString plan = tell(story, c, from, QString());
        QDate to = churn.isValid() ? churn : m_closedEnd;
        // Some businesses buy a second product later: an expansion.
        const QDate secondFrom = from.addDays(30 + m_draw.below(std::max(1, int(from.daysTo(m_until)) - 90)));
        if (business && !comeback && m_draw.percent(18) && secondFrom < m_until.addDays(-45)) {
            const Story second = !churn.isValid() && m_draw.percent(15) ? Story::Trialing : Story::Steady;
            const QDate closedEnd = m_closedEnd;
            tell(second, c, secondFrom, product(plan));
            m_closedEnd = closedEnd;
            if (!churn.isValid())
                to = QDate(); // whatever became of the first subscription, the second runs on
        }
        script.lives.append({c.id, from, to});
        if (!churn.isValid())
            return;
        const bool yearlyAtPeriodEnd = leave(first, churn);
        if (!m_draw.percent(kComebackPercent))
            return;
        // Back after a while with a new subscription, once the old one has ended.
        from = churn.addDays(m_draw.between(45, 420) + (yearlyAtPeriodEnd ? 366 : 0));
        if (from > m_today.addDays(-20))
            return;
    }
}

} // namespace

DemoScript DemoScript::write(const catalog::Catalog& catalog, const QList<Customer>& customers, quint32 seed,
                             QDate today)
{
    Writer writer(catalog, seed, today);
    for (const Customer& c : customers)
        writer.customer(c);
    DemoScript script = std::move(writer.script);
    std::stable_sort(script.steps.begin(), script.steps.end(),
                     [](const DemoStep& a, const DemoStep& b) { return a.date < b.date; });
    return script;
}

} // namespace subdesk::demo::detail
