#include "BillingEngine.h"

#include "Proration.h"
#include "catalog/DiscountCalculator.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace subdesk::billing {

using catalog::Catalog;
using catalog::Coupon;
using catalog::CouponKind;
using catalog::PriceVersion;
using subscriptions::Segment;
using subscriptions::SubscriptionConfig;
using subscriptions::SubscriptionStatus;

namespace {

/** One recurring charge of a configuration: the plan or an add-on, priced for one full period. */
struct RecurringCharge
{
    QString key; ///< "plan" or "addon:<id>"
    LineKind kind = LineKind::Plan;
    QString name;
    qint64 quantity = 1;
    const PriceVersion* version = nullptr;
    Money amount;
};

/** Line sort order within one due date and period: charges, then discounts, then credits. */
int kindRank(LineKind kind)
{
    switch (kind) {
    case LineKind::Setup:
        return 0;
    case LineKind::Plan:
        return 1;
    case LineKind::AddOn:
        return 2;
    case LineKind::OneTime:
        return 3;
    case LineKind::Usage:
        return 4;
    case LineKind::ProrationCredit:
        return 5;
    case LineKind::ProrationCharge:
        return 6;
    case LineKind::CancelCredit:
        return 7;
    case LineKind::Discount:
        return 8;
    }
    return 9;
}

class EngineRun
{
    Q_DECLARE_TR_FUNCTIONS(subdesk::billing::EngineRun)
public:
    EngineRun(const Catalog& catalog, const subscriptions::Subscription& subscription,
              const QList<subscriptions::UsageRecord>& usage, QDate after, QDate asOf)
        : m_catalog(catalog)
        , m_subscription(subscription)
        , m_usage(usage)
        , m_after(after)
        , m_asOf(asOf)
    { }

    Result<QList<BillingItem>> run()
    {
        Result<subscriptions::SubscriptionTimeline> timeline =
            subscriptions::SubscriptionTimeline::build(m_subscription);
        if (!timeline)
            return timeline.error();
        const QList<Segment>& segments = timeline->segments();
        if (Status s = oneTimeFees(segments.first()); !s)
            return s.error();
        QString couponCode;
        int couponCount = 0;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment& seg = segments.at(i);
            if (seg.config.couponCode != couponCode) {
                couponCode = seg.config.couponCode;
                couponCount = 0;
            }
            if (i > 0) {
                if (Status s = adjustments(segments.at(i - 1), seg); !s)
                    return s.error();
            }
            if (seg.status != SubscriptionStatus::Active)
                continue;
            if (Status s = regularPeriods(segments, i, couponCount); !s)
                return s.error();
        }
        std::sort(m_items.begin(), m_items.end(), [](const BillingItem& a, const BillingItem& b) {
            if (a.dueDate != b.dueDate)
                return a.dueDate < b.dueDate;
            if (a.periodStart != b.periodStart)
                return a.periodStart < b.periodStart;
            if (kindRank(a.kind) != kindRank(b.kind))
                return kindRank(a.kind) < kindRank(b.kind);
            return a.chargeKey < b.chargeKey;
        });
        return m_items;
    }

private:
    bool inWindow(QDate due) const { return (!m_after.isValid() || due > m_after) && due <= m_asOf; }

    Error missing(const char* what) const
    {
        return Error(ErrorCode::NotFound,
                     tr("Subscription %1: %2 is missing from the catalog.")
                         .arg(m_subscription.id.value)
                         .arg(QCoreApplication::translate("BillingEngine", what)));
    }

    BillingItem item(const QString& key, LineKind kind, BillingPeriod period, QDate due) const
    {
        BillingItem it;
        it.subscriptionId = m_subscription.id;
        it.customerId = m_subscription.customerId;
        it.chargeKey = key;
        it.kind = kind;
        it.periodStart = period.start;
        it.periodEnd = period.end;
        it.dueDate = due;
        return it;
    }

    static QString derivationOf(const QList<catalog::PriceLine>& lines, const Money& total)
    {
        if (lines.size() == 1)
            return lines.first().text;
        QStringList parts;
        for (const catalog::PriceLine& line : lines)
            parts.append(line.text);
        return tr("%1; total %2").arg(parts.join(QStringLiteral("; ")), total.toPlainString());
    }

    /** The plan and recurring add-ons of config, each priced for one full period. */
    Result<QList<RecurringCharge>> recurringCharges(const SubscriptionConfig& config) const
    {
        QList<RecurringCharge> charges;
        const catalog::Plan* plan = m_catalog.plan(config.planId);
        const PriceVersion* version = m_catalog.version(config.planVersionId);
        if (!plan)
            return missing(QT_TRANSLATE_NOOP("BillingEngine", "its plan"));
        if (!version)
            return missing(QT_TRANSLATE_NOOP("BillingEngine", "its plan's price"));
        Result<Money> amount = version->model.priceFor(config.quantity);
        if (!amount)
            return amount.error();
        const QString planName = config.quantity == 1
            ? tr("%1 (%2)").arg(plan->name, config.interval.displayText())
            : tr("%1 (%2) × %3").arg(plan->name, config.interval.displayText()).arg(config.quantity);
        charges.append({QStringLiteral("plan"), LineKind::Plan, planName, config.quantity, version, *amount});
        for (const subscriptions::AddOnLine& line : config.addOns) {
            const catalog::AddOn* addOn = m_catalog.addOn(line.addOnId);
            const PriceVersion* addOnVersion = m_catalog.version(line.versionId);
            if (!addOn || !addOnVersion)
                return missing(QT_TRANSLATE_NOOP("BillingEngine", "an add-on or its price"));
            Result<Money> addOnAmount = addOnVersion->model.priceFor(line.quantity);
            if (!addOnAmount)
                return addOnAmount.error();
            const QString name = line.quantity == 1 ? addOn->name : tr("%1 × %2").arg(addOn->name).arg(line.quantity);
            charges.append({QStringLiteral("addon:%1").arg(line.addOnId.value), LineKind::AddOn, name, line.quantity,
                            addOnVersion, *addOnAmount});
        }
        return charges;
    }

    Status oneTimeFees(const Segment& first)
    {
        // The setup fee of the plan the subscription started on, due on the start date.
        const PriceVersion* version = m_catalog.version(first.config.planVersionId);
        if (!version)
            return missing(QT_TRANSLATE_NOOP("BillingEngine", "its plan's price"));
        const QDate start = m_subscription.startDate;
        if (!version->setupFee.isZero() && inWindow(start)) {
            BillingItem it = item(QStringLiteral("setup"), LineKind::Setup, {start, start}, start);
            const catalog::Plan* plan = m_catalog.plan(first.config.planId);
            it.description = tr("Setup fee: %1").arg(plan ? plan->name : QString());
            it.derivation = tr("One-time setup fee = %1").arg(version->setupFee.toPlainString());
            it.amount = version->setupFee;
            m_items.append(it);
        }
        for (const subscriptions::SubscriptionEvent& event : m_subscription.events) {
            if (!inWindow(event.effectiveDate))
                continue;
            for (const subscriptions::OneTimeCharge& charge : event.oneTimeCharges) {
                const catalog::AddOn* addOn = m_catalog.addOn(charge.addOnId);
                const PriceVersion* chargeVersion = m_catalog.version(charge.versionId);
                if (!addOn || !chargeVersion)
                    return missing(QT_TRANSLATE_NOOP("BillingEngine", "a one-time add-on or its price"));
                Result<QList<catalog::PriceLine>> lines = chargeVersion->model.breakdown(charge.quantity);
                Result<Money> amount = chargeVersion->model.priceFor(charge.quantity);
                if (!lines || !amount)
                    return amount ? lines.error() : amount.error();
                const QDate date = event.effectiveDate;
                BillingItem it = item(QStringLiteral("oneoff:%1:%2").arg(event.id.value).arg(charge.addOnId.value),
                                      LineKind::OneTime, {date, date}, date);
                it.description =
                    charge.quantity == 1 ? addOn->name : tr("%1 × %2").arg(addOn->name).arg(charge.quantity);
                it.quantity = charge.quantity;
                it.derivation = derivationOf(*lines, *amount);
                it.amount = *amount;
                m_items.append(it);
            }
        }
        return {};
    }

    /** Where the service that segment i started in a period ends: at the period's end, or earlier when it stops. */
    static QDate serviceEnd(const QList<Segment>& segments, qsizetype i, QDate periodEnd)
    {
        for (qsizetype j = i + 1; j < segments.size(); ++j) {
            const Segment& next = segments.at(j);
            if (next.from >= periodEnd)
                return periodEnd;
            if (next.status != SubscriptionStatus::Active || next.startsCalendar)
                return next.from;
        }
        return periodEnd;
    }

    Status regularPeriods(const QList<Segment>& segments, qsizetype i, int& couponCount)
    {
        const Segment& seg = segments.at(i);
        const BillingCalendar& calendar = seg.calendar;
        if (seg.billTo.isValid() && seg.billFrom >= seg.billTo)
            return {};
        qint64 k = calendar.indexOf(seg.billFrom);
        if (seg.startsCalendar && calendar.boundary(k) != seg.billFrom) {
            const BillingPeriod full = calendar.period(k);
            const BillingPeriod part {seg.billFrom, full.end};
            if (part.start > m_asOf)
                return {};
            if (Status s = period(segments, i, part, full, couponCount++); !s)
                return s;
            ++k;
        } else if (calendar.boundary(k) < seg.billFrom) {
            ++k;
        }
        for (;; ++k) {
            const BillingPeriod full = calendar.period(k);
            if ((seg.billTo.isValid() && full.start >= seg.billTo) || full.start > m_asOf)
                return {};
            if (Status s = period(segments, i, full, full, couponCount++); !s)
                return s;
        }
    }

    /** The items of one billed period (part of full for a short first period). */
    Status period(const QList<Segment>& segments, qsizetype i, BillingPeriod part, BillingPeriod full, int couponIndex)
    {
        const Segment& seg = segments.at(i);
        m_couponIndexOfPeriod.insert(full.start.toJulianDay(), couponIndex);
        // A later calendar (interval change, resume, reactivation) keys its lines apart, so a
        // period starting on a day already billed under the old calendar is billed too.
        const QString suffix = seg.calendarBy ? QStringLiteral("#%1").arg(seg.calendarBy->value) : QString();
        const QDate usageEnd = serviceEnd(segments, i, part.end);
        const bool chargesDue = inWindow(part.start);
        const bool usageDue = !seg.config.metered.isEmpty() && inWindow(usageEnd);
        // A fixed-amount coupon's discount of the period is needed later for a credited stop
        // in it, even when the period itself lies outside the window.
        const Coupon* coupon = couponFor(seg.config, couponIndex);
        const bool fixedCoupon = coupon && coupon->kind == CouponKind::FixedAmount;
        if (!chargesDue && !usageDue && !fixedCoupon)
            return {};
        if (chargesDue || fixedCoupon) {
            const qsizetype firstNew = m_items.size();
            Result<QList<RecurringCharge>> charges = recurringCharges(seg.config);
            if (!charges)
                return charges.error();
            QList<catalog::DiscountableLine> discountable;
            for (const RecurringCharge& charge : *charges) {
                BillingItem it = item(charge.key + suffix, charge.kind, part, part.start);
                it.description = charge.name;
                it.quantity = charge.quantity;
                if (part == full) {
                    Result<QList<catalog::PriceLine>> lines = charge.version->model.breakdown(charge.quantity);
                    if (!lines)
                        return lines.error();
                    it.amount = charge.amount;
                    it.derivation = derivationOf(*lines, charge.amount);
                } else {
                    Result<ProrationLine> line = proratedLine(charge.name, charge.amount, part, full);
                    if (!line)
                        return line.error();
                    it.amount = line->amount;
                    it.derivation = line->derivation;
                }
                discountable.append({it.description, it.amount});
                m_items.append(it);
            }
            if (Status s = discount(seg.config, couponIndex, discountable, part, full, suffix); !s)
                return s;
            if (!chargesDue)
                m_items.resize(firstNew); // only the discount amount was wanted
        }
        if (usageDue) {
            if (Status s = usageLines(seg.config, {part.start, usageEnd}, suffix); !s)
                return s;
        }
        return {};
    }

    const Coupon* couponFor(const SubscriptionConfig& config, int periodIndex) const
    {
        if (config.couponCode.isEmpty())
            return nullptr;
        const Coupon* coupon = m_catalog.couponByCode(config.couponCode);
        const catalog::Plan* plan = m_catalog.plan(config.planId);
        if (!coupon || !plan || !coupon->appliesToPlan(plan->code) || !coupon->appliesInPeriod(periodIndex))
            return nullptr;
        return coupon;
    }

    Status discount(const SubscriptionConfig& config, int periodIndex, const QList<catalog::DiscountableLine>& lines,
                    BillingPeriod part, BillingPeriod full, const QString& suffix)
    {
        const Coupon* coupon = couponFor(config, periodIndex);
        if (!coupon)
            return {};
        Result<catalog::DiscountResult> result = catalog::DiscountCalculator(*coupon).apply(lines);
        if (!result)
            return result.error();
        if (!result->producesLine())
            return {};
        BillingItem it = item(QStringLiteral("coupon") + suffix, LineKind::Discount, part, part.start);
        m_discountOfPeriod.insert(full.start.toJulianDay(), result->total);
        it.description = tr("Coupon %1 (%2)").arg(coupon->code, coupon->name);
        it.derivation = result->derivation;
        it.amount = result->total;
        m_items.append(it);
        return {};
    }

    Status usageLines(const SubscriptionConfig& config, BillingPeriod period, const QString& suffix)
    {
        for (const subscriptions::MeteredLine& line : config.metered) {
            const catalog::MeteredCharge* charge = m_catalog.meteredCharge(line.chargeId);
            const PriceVersion* version = m_catalog.version(line.versionId);
            if (!charge || !version)
                return missing(QT_TRANSLATE_NOOP("BillingEngine", "a metered charge or its price"));
            const qint64 quantity = subscriptions::aggregateUsage(m_usage, charge->metricCode, period.start, period.end,
                                                                  charge->aggregation);
            Result<Money> amount = version->model.priceFor(quantity);
            if (!amount)
                return amount.error();
            if (quantity == 0 && amount->isZero())
                continue;
            Result<QList<catalog::PriceLine>> lines = version->model.breakdown(quantity);
            if (!lines)
                return lines.error();
            BillingItem it =
                item(QStringLiteral("usage:%1").arg(line.chargeId.value) + suffix, LineKind::Usage, period, period.end);
            it.description = tr("%1: %2 (%3 of %4)")
                                 .arg(charge->name)
                                 .arg(quantity)
                                 .arg(catalog::usageAggregationName(charge->aggregation), period.toString());
            it.quantity = quantity;
            it.amount = *amount;
            it.derivation = derivationOf(*lines, *amount);
            m_items.append(it);
        }
        return {};
    }

    /** Credit and charge lines where segment `seg` starts inside a period billed by `prev`. */
    Status adjustments(const Segment& prev, const Segment& seg)
    {
        if (prev.status != SubscriptionStatus::Active || !seg.openedProrated || !seg.openedByKind)
            return {};
        const subscriptions::EventKind kind = *seg.openedByKind;
        const bool stop = kind == subscriptions::EventKind::Cancelled || kind == subscriptions::EventKind::Paused;
        const bool change = kind == subscriptions::EventKind::Changed
            || kind == subscriptions::EventKind::TemporaryChange || kind == subscriptions::EventKind::Reverted
            || kind == subscriptions::EventKind::PriceMigrated;
        if (!stop && !change)
            return {};
        const QDate date = seg.from;
        if (!inWindow(date))
            return {};
        const BillingPeriod full = prev.calendar.periodContaining(date);
        const BillingPeriod rest {date, full.end};
        if (rest.isEmpty())
            return {};
        Result<QList<RecurringCharge>> oldCharges = recurringCharges(prev.config);
        if (!oldCharges)
            return oldCharges.error();
        QList<RecurringCharge> newCharges;
        if (change && !seg.startsCalendar) {
            Result<QList<RecurringCharge>> charges = recurringCharges(seg.config);
            if (!charges)
                return charges.error();
            newCharges = *charges;
        }
        const QString prefix = QStringLiteral("%1:%2:")
                                   .arg(stop ? QStringLiteral("cancel") : QStringLiteral("change"))
                                   .arg(seg.openedBy.value);
        const int periodIndex = m_couponIndexOfPeriod.value(full.start.toJulianDay(), -1);
        const bool sameCoupon = seg.config.couponCode == prev.config.couponCode;
        qint64 creditNet = 0;
        qint64 chargeNet = 0;
        for (const RecurringCharge& old : *oldCharges) {
            const auto replacement = std::find_if(newCharges.cbegin(), newCharges.cend(),
                                                  [&](const RecurringCharge& c) { return c.key == old.key; });
            if (replacement != newCharges.cend() && replacement->amount == old.amount && replacement->name == old.name)
                continue; // unchanged: nothing to credit or charge
            if (old.amount.isZero())
                continue;
            Result<ProrationLine> line = cancelCredit(old.name, old.amount, full, date);
            if (!line)
                return line.error();
            BillingItem it = item(prefix + old.key + QStringLiteral(":credit"),
                                  stop ? LineKind::CancelCredit : LineKind::ProrationCredit, rest, date);
            it.description = stop ? tr("%1, unused time").arg(old.name) : tr("%1, unused time").arg(old.name);
            it.quantity = old.quantity;
            it.amount = line->amount;
            it.derivation = line->derivation;
            creditNet += it.amount.minorUnits();
            m_items.append(it);
        }
        for (const RecurringCharge& now : newCharges) {
            const auto previous = std::find_if(oldCharges->cbegin(), oldCharges->cend(),
                                               [&](const RecurringCharge& c) { return c.key == now.key; });
            if (previous != oldCharges->cend() && previous->amount == now.amount && previous->name == now.name)
                continue;
            if (now.amount.isZero())
                continue;
            Result<ProrationLine> line = proratedLine(now.name, now.amount, rest, full);
            if (!line)
                return line.error();
            BillingItem it = item(prefix + now.key, LineKind::ProrationCharge, rest, date);
            it.description = tr("%1, remaining time").arg(now.name);
            it.quantity = now.quantity;
            it.amount = line->amount;
            it.derivation = line->derivation;
            chargeNet += it.amount.minorUnits();
            m_items.append(it);
        }
        // The coupon of the period follows the money (BILLING.md §7, docs/billing-rules.md rule 9):
        // what is credited gets back the share of the discount it carried, what is charged gets
        // the coupon it would have had; rounded once per side.
        const Coupon* oldCoupon = couponFor(prev.config, periodIndex);
        if (oldCoupon && oldCoupon->kind == CouponKind::Percent && creditNet != 0) {
            if (Status s = percentLine(*oldCoupon, creditNet, prefix + QStringLiteral("coupon:credit"), rest, date); !s)
                return s;
        } else if (oldCoupon && stop && oldCoupon->kind == CouponKind::FixedAmount) {
            // A fixed amount was taken off the whole period: give back its unused share.
            const Money periodDiscount = m_discountOfPeriod.value(full.start.toJulianDay());
            if (!periodDiscount.isZero()) {
                Result<ProrationLine> back =
                    cancelCredit(tr("Coupon %1").arg(oldCoupon->code), periodDiscount, full, date);
                if (!back)
                    return back.error();
                BillingItem it = item(prefix + QStringLiteral("coupon:credit"), LineKind::Discount, rest, date);
                it.description = tr("Coupon %1 (%2), unused time").arg(oldCoupon->code, oldCoupon->name);
                it.derivation = back->derivation;
                it.amount = back->amount;
                m_items.append(it);
            }
        }
        const Coupon* newCoupon = sameCoupon ? couponFor(seg.config, periodIndex) : nullptr;
        if (newCoupon && newCoupon->kind == CouponKind::Percent && chargeNet != 0) {
            if (Status s = percentLine(*newCoupon, chargeNet, prefix + QStringLiteral("coupon"), rest, date); !s)
                return s;
        }
        return {};
    }

    /** The discount line of a percentage coupon on the net of some adjustment lines, rounded once. */
    Status percentLine(const Coupon& coupon, qint64 netMinor, const QString& key, BillingPeriod rest, QDate date)
    {
        const Money net(netMinor, m_subscription.currency);
        Result<Money> off = net.scaled(coupon.percentBasisPoints, catalog::Coupon::kMaxBasisPoints);
        if (!off)
            return off.error();
        Result<Money> line = off->negated();
        if (!line)
            return line.error();
        if (line->isZero())
            return {};
        BillingItem it = item(key, LineKind::Discount, rest, date);
        it.description = tr("Coupon %1 (%2)").arg(coupon.code, coupon.name);
        it.derivation = tr("Coupon %1: %2 of %3 = %4")
                            .arg(coupon.code, catalog::formatBasisPoints(coupon.percentBasisPoints),
                                 net.toPlainString(), line->toPlainString());
        it.amount = *line;
        m_items.append(it);
        return {};
    }

    const Catalog& m_catalog;
    const subscriptions::Subscription& m_subscription;
    const QList<subscriptions::UsageRecord>& m_usage;
    QDate m_after;
    QDate m_asOf;
    QList<BillingItem> m_items;
    /** Full period start (Julian day) → the coupon period index it was billed with. */
    QHash<qint64, int> m_couponIndexOfPeriod;
    /** Full period start (Julian day) → the discount line's amount of that period, when it had one. */
    QHash<qint64, Money> m_discountOfPeriod;
};

} // namespace

Result<QList<BillingItem>> BillingEngine::items(const subscriptions::Subscription& subscription,
                                                const QList<subscriptions::UsageRecord>& usage, QDate after,
                                                QDate asOf) const
{
    return EngineRun(m_catalog, subscription, usage, after, asOf).run();
}

Result<Money> BillingEngine::periodAmount(const SubscriptionConfig& config, const Currency& currency) const
{
    Money total = Money::zero(currency);
    const PriceVersion* version = m_catalog.version(config.planVersionId);
    if (!version)
        return Error(ErrorCode::NotFound, tr("The plan's price is missing from the catalog."));
    Result<Money> plan = version->model.priceFor(config.quantity);
    if (!plan)
        return plan.error();
    Result<Money> sum = total.add(*plan);
    if (!sum)
        return sum.error();
    total = *sum;
    for (const subscriptions::AddOnLine& line : config.addOns) {
        const PriceVersion* addOn = m_catalog.version(line.versionId);
        if (!addOn)
            return Error(ErrorCode::NotFound, tr("An add-on's price is missing from the catalog."));
        Result<Money> amount = addOn->model.priceFor(line.quantity);
        if (!amount)
            return amount.error();
        Result<Money> next = total.add(*amount);
        if (!next)
            return next.error();
        total = *next;
    }
    return total;
}

} // namespace subdesk::billing
