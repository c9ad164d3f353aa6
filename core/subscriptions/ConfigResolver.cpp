#include "ConfigResolver.h"

#include "SubscriptionRequests.h"

#include <QCoreApplication>
#include <QLocale>

namespace subdesk::subscriptions {

using catalog::PriceOwner;

Result<PriceVersionId> ConfigResolver::versionOf(PriceOwner owner, qint64 ownerId,
                                                 std::optional<billing::BillingInterval> interval, QDate on,
                                                 const QString& what) const
{
    const catalog::Price* price = m_catalog.findPrice(owner, ownerId, m_currency, interval);
    if (!price) {
        return Error(
            ErrorCode::NotFound,
            interval ? tr("%1 has no %2 price in %3.").arg(what, interval->displayText().toLower(), m_currency.code())
                     : tr("%1 has no price in %2.").arg(what, m_currency.code()));
    }
    const catalog::PriceVersion* version = price->versionOn(on);
    if (!version) {
        return Error(ErrorCode::Invalid,
                     tr("The price of %1 takes effect on %2, after %3.")
                         .arg(what, QLocale().toString(price->versions.first().effectiveFrom, QLocale::ShortFormat),
                              QLocale().toString(on, QLocale::ShortFormat)));
    }
    return version->id;
}

Result<PriceVersionId> ConfigResolver::planVersion(PlanId planId, const billing::BillingInterval& interval,
                                                   QDate on) const
{
    const catalog::Plan* plan = m_catalog.plan(planId);
    if (!plan)
        return Error(ErrorCode::NotFound, tr("The plan does not exist."));
    if (plan->archived)
        return Error(ErrorCode::Invalid, tr("The plan %1 is archived: it can no longer be sold.").arg(plan->code));
    return versionOf(PriceOwner::Plan, planId.value, interval, on, tr("The plan %1").arg(plan->code));
}

Status ConfigResolver::addOns(PlanId planId, const billing::BillingInterval& interval,
                              const QList<AddOnChoice>& choices, QDate on, const QList<AddOnLine>& keep,
                              QList<AddOnLine>& recurring, QList<OneTimeCharge>& oneTime) const
{
    const catalog::Plan* plan = m_catalog.plan(planId);
    if (!plan)
        return Error(ErrorCode::NotFound, tr("The plan does not exist."));
    for (const AddOnChoice& choice : choices) {
        const catalog::AddOn* addOn = m_catalog.addOn(choice.addOnId);
        if (!addOn)
            return Error(ErrorCode::NotFound, tr("The add-on does not exist."));
        if (!plan->allowedAddOns.contains(addOn->id))
            return Error(ErrorCode::Invalid,
                         tr("The plan %1 does not allow the add-on %2.").arg(plan->code, addOn->code));
        if (choice.quantity < 1)
            return Error(ErrorCode::Invalid, tr("The quantity of the add-on %1 must be at least 1.").arg(addOn->code));
        const QString what = tr("The add-on %1").arg(addOn->code);
        if (addOn->kind == catalog::AddOnKind::OneTime) {
            Result<PriceVersionId> version = versionOf(PriceOwner::AddOn, addOn->id.value, std::nullopt, on, what);
            if (!version)
                return version.error();
            oneTime.append({addOn->id, *version, choice.quantity});
            continue;
        }
        PriceVersionId versionId;
        for (const AddOnLine& kept : keep) {
            const catalog::Price* price = m_catalog.priceOfVersion(kept.versionId);
            if (kept.addOnId == addOn->id && price && price->interval == interval)
                versionId = kept.versionId; // grandfathered
        }
        if (!versionId.isValid()) {
            Result<PriceVersionId> version = versionOf(PriceOwner::AddOn, addOn->id.value, interval, on, what);
            if (!version)
                return version.error();
            versionId = *version;
        }
        for (const AddOnLine& line : recurring) {
            if (line.addOnId == addOn->id)
                return Error(ErrorCode::Invalid, tr("The add-on %1 is chosen twice.").arg(addOn->code));
        }
        recurring.append({addOn->id, versionId, choice.quantity});
    }
    return {};
}

Result<QList<MeteredLine>> ConfigResolver::metered(PlanId plan, QDate on, const QList<MeteredLine>& keep) const
{
    QList<MeteredLine> lines;
    for (const catalog::MeteredCharge* charge : m_catalog.meteredChargesOf(plan)) {
        const auto kept =
            std::find_if(keep.cbegin(), keep.cend(), [&](const MeteredLine& l) { return l.chargeId == charge->id; });
        if (kept != keep.cend()) {
            lines.append(*kept);
            continue;
        }
        Result<PriceVersionId> version = versionOf(PriceOwner::MeteredCharge, charge->id.value, std::nullopt, on,
                                                   tr("The metered charge %1").arg(charge->metricCode));
        if (!version)
            return version.error();
        lines.append({charge->id, *version});
    }
    return lines;
}

Status ConfigResolver::coupon(const QString& code, PlanId planId, QDate on, int redemptions) const
{
    const catalog::Coupon* coupon = m_catalog.couponByCode(code);
    if (!coupon)
        return Error(ErrorCode::NotFound, tr("There is no coupon with the code %1.").arg(code));
    const catalog::Plan* plan = m_catalog.plan(planId);
    if (plan && !coupon->appliesToPlan(plan->code))
        return Error(ErrorCode::Invalid, tr("The coupon %1 does not apply to the plan %2.").arg(code, plan->code));
    if (coupon->kind == catalog::CouponKind::FixedAmount && coupon->amountOff.currency() != m_currency) {
        return Error(ErrorCode::Invalid,
                     tr("The coupon %1 is in %2, but the subscription is billed in %3.")
                         .arg(code, coupon->amountOff.currency().code(), m_currency.code()));
    }
    return coupon->canRedeem(on, redemptions);
}

} // namespace subdesk::subscriptions
