#include "MrrSchedule.h"

#include "billing/BillingEngine.h"
#include "catalog/Catalog.h"
#include "catalog/DiscountCalculator.h"
#include "money/MoneyMath.h"
#include "subscriptions/SubscriptionTimeline.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace subdesk::metrics {

using billing::BillingCalendar;
using billing::IntervalUnit;
using subscriptions::Segment;
using subscriptions::SubscriptionConfig;
using subscriptions::SubscriptionStatus;

namespace {

/**
 * The regular periods one Active segment bills, as the billing engine enumerates them
 * (BillingEngine regularPeriods): calendar periods firstK..lastK, the first one possibly the short
 * part of an aligned start; coupon period index = base + k − firstK (docs/billing-rules.md rule 9).
 */
struct BilledRange
{
    bool bills = false;
    qint64 firstK = 0;
    qint64 lastK = std::numeric_limits<qint64>::max(); ///< max: open-ended
    int base = 0; ///< the coupon period index of period firstK
    QString couponCode;

    qint64 couponIndex(const Segment& seg, QDate day) const { return base + seg.calendar.indexOf(day) - firstK; }
    /** Whether day lies in one of the periods this segment bills. */
    bool covers(const Segment& seg, QDate day) const
    {
        if (!bills || day < seg.billFrom)
            return false;
        const qint64 k = seg.calendar.indexOf(day);
        return k >= firstK && k <= lastK;
    }
};

QList<BilledRange> billedRanges(const QList<Segment>& segments)
{
    QList<BilledRange> ranges;
    ranges.reserve(segments.size());
    QString code;
    qint64 count = 0;
    for (const Segment& seg : segments) {
        if (seg.config.couponCode != code) { // a new code starts its own count (rule 9)
            code = seg.config.couponCode;
            count = 0;
        }
        BilledRange range;
        range.couponCode = code;
        if (seg.status != SubscriptionStatus::Active || (seg.billTo.isValid() && seg.billFrom >= seg.billTo)) {
            ranges.append(range);
            continue;
        }
        const BillingCalendar& calendar = seg.calendar;
        qint64 k = calendar.indexOf(seg.billFrom);
        const bool shortFirst = seg.startsCalendar && calendar.boundary(k) != seg.billFrom;
        if (!shortFirst && calendar.boundary(k) < seg.billFrom)
            ++k;
        range.bills = true;
        range.firstK = k;
        range.base = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
        if (seg.billTo.isValid()) {
            range.lastK = calendar.indexOf(seg.billTo.addDays(-1));
            count += std::max<qint64>(0, range.lastK - range.firstK + 1);
        } else {
            count = std::numeric_limits<int>::max();
        }
        ranges.append(range);
    }
    return ranges;
}

/** One stretch of a segment with or without its coupon. */
struct Stretch
{
    QDate from;
    QDate to; ///< invalid: open-ended
    bool coupon = false;
};

} // namespace

Result<qint64> MrrSchedule::monthly(qint64 periodMinor, const billing::BillingInterval& interval)
{
    if (Status s = interval.validate(); !s)
        return s.error();
    const qint64 count = interval.count;
    switch (interval.unit) {
    case IntervalUnit::Month:
        return moneymath::mulDivRoundHalfUp(periodMinor, 1, count);
    case IntervalUnit::Year:
        return moneymath::mulDivRoundHalfUp(periodMinor, 1, 12 * count);
    case IntervalUnit::Week:
        return moneymath::mulDivRoundHalfUp(periodMinor, 52, 12 * count);
    case IntervalUnit::Day:
        return moneymath::mulDivRoundHalfUp(periodMinor, 365, 12 * count);
    }
    Q_UNREACHABLE();
    return 0;
}

Result<QList<MrrSpan>> MrrSchedule::spans(const subscriptions::Subscription& subscription) const
{
    Result<subscriptions::SubscriptionTimeline> timeline = subscriptions::SubscriptionTimeline::build(subscription);
    if (!timeline)
        return timeline.error();
    const QList<Segment>& segments = timeline->segments();
    const QList<BilledRange> billed = billedRanges(segments);
    const billing::BillingEngine engine(m_catalog);

    // The MRR of a configuration with or without its (recurring) coupon, as the invoice would discount it.
    auto mrrOf = [&](const SubscriptionConfig& config, const catalog::Coupon* coupon) -> Result<qint64> {
        Result<Money> amount = engine.periodAmount(config, subscription.currency);
        if (!amount)
            return amount.error();
        qint64 net = amount->minorUnits();
        if (coupon) {
            QList<catalog::DiscountableLine> lines;
            const catalog::PriceVersion* plan = m_catalog.version(config.planVersionId);
            Result<Money> planAmount = plan->model.priceFor(config.quantity); // periodAmount found the version
            if (!planAmount)
                return planAmount.error();
            lines.append({QString(), *planAmount});
            for (const subscriptions::AddOnLine& line : config.addOns) {
                Result<Money> addOn = m_catalog.version(line.versionId)->model.priceFor(line.quantity);
                if (!addOn)
                    return addOn.error();
                lines.append({QString(), *addOn});
            }
            Result<catalog::DiscountResult> discount = catalog::DiscountCalculator(*coupon).apply(lines);
            if (!discount)
                return discount.error();
            net += discount->total.minorUnits();
        }
        return monthly(net, config.interval);
    };

    QList<MrrSpan> result;
    auto append = [&](const Segment& seg, const Stretch& stretch, qint64 mrr) {
        if (mrr <= 0 || (stretch.to.isValid() && stretch.to <= stretch.from))
            return;
        if (!result.isEmpty()) {
            MrrSpan& last = result.last();
            if (last.to == stretch.from && last.planId == seg.config.planId && last.mrrMinor == mrr) {
                last.to = stretch.to;
                return;
            }
        }
        result.append(MrrSpan {subscription.id, subscription.customerId, seg.config.planId,
                               subscription.currency.code(), stretch.from, stretch.to, mrr});
    };

    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment& seg = segments.at(i);
        if (seg.status != SubscriptionStatus::Active || (seg.to.isValid() && seg.to <= seg.from))
            continue;
        // The coupon counts only when recurring and valid for the plan (BILLING.md §10: once-only not deducted).
        const catalog::Coupon* coupon = nullptr;
        if (!seg.config.couponCode.isEmpty()) {
            const catalog::Coupon* found = m_catalog.couponByCode(seg.config.couponCode);
            const catalog::Plan* plan = m_catalog.plan(seg.config.planId);
            if (found && plan && found->isRecurring() && found->appliesToPlan(plan->code))
                coupon = found;
        }
        QList<Stretch> stretches;
        const BilledRange& own = billed.at(i);
        const QDate ownFrom = own.bills ? std::max(seg.billFrom, seg.from) : seg.to;
        if (!own.bills || seg.from < ownFrom) {
            // Days of a period an earlier segment billed (a prorated change, a resume inside a
            // paid period): the coupon applies as that period's index says, if the code is the same.
            bool applies = false;
            for (qsizetype j = i - 1; j >= 0 && coupon; --j) {
                if (billed.at(j).covers(segments.at(j), seg.from)) {
                    applies = billed.at(j).couponCode == seg.config.couponCode
                        && coupon->appliesInPeriod(int(billed.at(j).couponIndex(segments.at(j), seg.from)));
                    break;
                }
            }
            stretches.append({seg.from, own.bills ? ownFrom : seg.to, applies});
        }
        if (own.bills && (!seg.to.isValid() || ownFrom < seg.to)) {
            QDate switchDay; // the first day the coupon no longer applies (Repeating), invalid: never
            bool applies = coupon != nullptr;
            if (coupon && coupon->duration == catalog::CouponDuration::Repeating) {
                const qint64 left = qint64(coupon->durationPeriods) - own.base;
                if (left <= 0)
                    applies = false;
                else
                    switchDay = seg.calendar.boundary(own.firstK + left);
            }
            if (applies && switchDay.isValid() && switchDay > ownFrom && (!seg.to.isValid() || switchDay < seg.to)) {
                stretches.append({ownFrom, switchDay, true});
                stretches.append({switchDay, seg.to, false});
            } else {
                const bool whole = applies && (!switchDay.isValid() || switchDay > ownFrom);
                stretches.append({ownFrom, seg.to, whole});
            }
        }
        std::optional<qint64> plain;
        std::optional<qint64> discounted;
        for (const Stretch& stretch : stretches) {
            std::optional<qint64>& cached = stretch.coupon ? discounted : plain;
            if (!cached) {
                Result<qint64> mrr = mrrOf(seg.config, stretch.coupon ? coupon : nullptr);
                if (!mrr)
                    return mrr.error();
                cached = *mrr;
            }
            append(seg, stretch, *cached);
        }
    }
    return result;
}

} // namespace subdesk::metrics
