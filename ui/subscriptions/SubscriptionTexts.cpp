#include "SubscriptionTexts.h"

#include "customers/CustomerService.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace subdesk::ui::subscriptiontext {

namespace {

QString addOnList(const catalog::Catalog& catalog, const QList<subscriptions::AddOnLine>& addOns)
{
    QStringList parts;
    for (const subscriptions::AddOnLine& line : addOns) {
        parts.append(line.quantity == 1
                         ? addOnName(catalog, line.addOnId)
                         : QCoreApplication::translate("SubscriptionTexts", "%1 × %2")
                               .arg(addOnName(catalog, line.addOnId), QLocale().toString(line.quantity)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString money(const Money& amount)
{
    if (!amount.currency().isValid())
        return {};
    return moneyformat::format(amount, QLocale());
}

QString date(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString customerName(customers::CustomerService& customers, CustomerId id)
{
    if (const auto customer = customers.find(id))
        return customer->displayName;
    return QCoreApplication::translate("SubscriptionTexts", "Customer %1").arg(id.value);
}

QString planName(const catalog::Catalog& catalog, PlanId plan)
{
    if (const catalog::Plan* p = catalog.plan(plan))
        return QCoreApplication::translate("SubscriptionTexts", "%1 (%2)").arg(p->name, p->code);
    return QCoreApplication::translate("SubscriptionTexts", "Plan %1").arg(plan.value);
}

QString addOnName(const catalog::Catalog& catalog, AddOnId addOn)
{
    if (const catalog::AddOn* a = catalog.addOn(addOn))
        return a->name;
    return QCoreApplication::translate("SubscriptionTexts", "Add-on %1").arg(addOn.value);
}

QString configSummary(const catalog::Catalog& catalog, const subscriptions::SubscriptionConfig& config)
{
    QString text = config.quantity == 1
        ? planName(catalog, config.planId)
        : QCoreApplication::translate("SubscriptionTexts", "%1 × %2")
              .arg(planName(catalog, config.planId), QLocale().toString(config.quantity));
    text += QStringLiteral(", ") + config.interval.displayText().toLower();
    if (!config.addOns.isEmpty())
        text += QCoreApplication::translate("SubscriptionTexts", ", + %1").arg(addOnList(catalog, config.addOns));
    if (!config.couponCode.isEmpty())
        text += QCoreApplication::translate("SubscriptionTexts", ", coupon %1").arg(config.couponCode);
    return text;
}

QString configChanges(const catalog::Catalog& catalog, const subscriptions::SubscriptionConfig& before,
                      const subscriptions::SubscriptionConfig& after)
{
    QStringList clauses;
    if (before.planId != after.planId)
        clauses.append(QCoreApplication::translate("SubscriptionTexts", "plan %1 → %2")
                           .arg(planName(catalog, before.planId), planName(catalog, after.planId)));
    else if (before.planVersionId != after.planVersionId)
        clauses.append(
            QCoreApplication::translate("SubscriptionTexts", "new price of %1").arg(planName(catalog, after.planId)));
    if (before.quantity != after.quantity)
        clauses.append(QCoreApplication::translate("SubscriptionTexts", "quantity %1 → %2")
                           .arg(QLocale().toString(before.quantity), QLocale().toString(after.quantity)));
    if (before.interval != after.interval)
        clauses.append(QCoreApplication::translate("SubscriptionTexts", "interval %1 → %2")
                           .arg(before.interval.displayText(), after.interval.displayText()));
    if (before.anchorDay != after.anchorDay)
        clauses.append(QCoreApplication::translate("SubscriptionTexts", "billing day %1 → %2")
                           .arg(anchorDayText(before.anchorDay, before.interval.unit),
                                anchorDayText(after.anchorDay, after.interval.unit)));
    if (before.addOns != after.addOns) {
        const QString none = QCoreApplication::translate("SubscriptionTexts", "none");
        const QString was = before.addOns.isEmpty() ? none : addOnList(catalog, before.addOns);
        const QString now = after.addOns.isEmpty() ? none : addOnList(catalog, after.addOns);
        clauses.append(was == now ? QCoreApplication::translate("SubscriptionTexts", "add-on prices updated")
                                  : QCoreApplication::translate("SubscriptionTexts", "add-ons %1 → %2").arg(was, now));
    }
    if (before.couponCode != after.couponCode) {
        const QString none = QCoreApplication::translate("SubscriptionTexts", "none");
        clauses.append(QCoreApplication::translate("SubscriptionTexts", "coupon %1 → %2")
                           .arg(before.couponCode.isEmpty() ? none : before.couponCode,
                                after.couponCode.isEmpty() ? none : after.couponCode));
    }
    QString text = clauses.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString priceText(const catalog::PricingModel& model)
{
    switch (model.kind()) {
    case catalog::PricingKind::Flat:
        return money(model.price());
    case catalog::PricingKind::PerUnit:
        return QCoreApplication::translate("SubscriptionTexts", "%1 per unit").arg(money(model.price()));
    default:
        return model.describe();
    }
}

QString anchorDayText(int anchorDay, billing::IntervalUnit unit)
{
    if (anchorDay <= 0)
        return QCoreApplication::translate("SubscriptionTexts", "None");
    if (unit == billing::IntervalUnit::Week && anchorDay <= 7)
        return QLocale().dayName(anchorDay, QLocale::LongFormat);
    return QCoreApplication::translate("SubscriptionTexts", "Day %1").arg(anchorDay);
}

} // namespace subdesk::ui::subscriptiontext
