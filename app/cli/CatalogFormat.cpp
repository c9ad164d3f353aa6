#include "CatalogFormat.h"

#include "BillingFormat.h"
#include "Output.h"
#include "PricingOptions.h"

#include <QCoreApplication>

namespace subdesk::cli::catalogformat {

using billingformat::dateText;
using billingformat::dateToJson;
using billingformat::moneyText;
using billingformat::moneyToJson;
using catalog::AddOn;
using catalog::Coupon;
using catalog::MeteredCharge;
using catalog::Plan;
using catalog::Price;
using catalog::PriceOwner;
using catalog::PriceVersion;
using catalog::PricingKind;
using catalog::PricingModel;

namespace {

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

QString archivedText(bool archived)
{
    return archived ? QCoreApplication::translate("Cli", "archived") : QCoreApplication::translate("Cli", "active");
}

/** "label:   value" lines with the labels padded to one width. */
QStringList labelled(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& [label, value] : rows)
        width = qMax(width, label.size() + 1);
    QStringList lines;
    for (const auto& [label, value] : rows) {
        QString line = (label + QLatin1Char(':')).leftJustified(width + 2) + value;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

QString productName(const catalog::Catalog& catalog, ProductId id)
{
    const catalog::Product* product = catalog.product(id);
    return product ? product->name : QString();
}

QStringList addOnCodes(const catalog::Catalog& catalog, const QList<AddOnId>& ids)
{
    QStringList codes;
    for (AddOnId id : ids) {
        if (const AddOn* addOn = catalog.addOn(id))
            codes.append(addOn->code);
    }
    return codes;
}

} // namespace

QJsonObject modelToJson(const PricingModel& model)
{
    QJsonObject o {
        {QStringLiteral("kind"), catalog::pricingKindKey(model.kind())},
        {QStringLiteral("description"), model.describe()},
    };
    if (model.isTiered()) {
        QJsonArray tiers;
        for (const catalog::PriceTier& tier : model.tiers()) {
            tiers.append(QJsonObject {
                {QStringLiteral("up_to"), tier.upTo ? QJsonValue(*tier.upTo) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("unit_price"), moneyToJson(Money(tier.unitPriceMinor, model.currency()))},
                {QStringLiteral("flat_fee"), moneyToJson(Money(tier.flatFeeMinor, model.currency()))},
            });
        }
        o.insert(QStringLiteral("tiers"), tiers);
    } else {
        o.insert(QStringLiteral("price"), moneyToJson(model.price()));
    }
    if (model.kind() == PricingKind::Package) {
        o.insert(QStringLiteral("package_size"), model.packageSize());
        o.insert(QStringLiteral("free_units"), model.freeUnits());
    }
    return o;
}

QJsonObject priceToJson(const Price& price)
{
    QJsonArray versions;
    for (const PriceVersion& v : price.versions) {
        QJsonObject o {
            {QStringLiteral("id"), billingformat::idToJson(v.id.value)},
            {QStringLiteral("from"), dateToJson(v.effectiveFrom)},
            {QStringLiteral("model"), modelToJson(v.model)},
        };
        if (price.owner == PriceOwner::Plan)
            o.insert(QStringLiteral("setup_fee"), moneyToJson(v.setupFee));
        versions.append(o);
    }
    return {
        {QStringLiteral("id"), billingformat::idToJson(price.id.value)},
        {QStringLiteral("currency"), price.currency.code()},
        {QStringLiteral("interval"),
         price.interval ? QJsonValue(price.interval->toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("archived"), price.archived},
        {QStringLiteral("versions"), versions},
    };
}

QJsonArray pricesToJson(const catalog::Catalog& catalog, PriceOwner owner, qint64 ownerId)
{
    QJsonArray array;
    for (const Price* price : catalog.pricesOf(owner, ownerId))
        array.append(priceToJson(*price));
    return array;
}

QJsonObject meteredToJson(const catalog::Catalog& catalog, const MeteredCharge& charge)
{
    const Plan* plan = catalog.plan(charge.planId);
    return {
        {QStringLiteral("id"), charge.id.value},
        {QStringLiteral("plan"), plan ? plan->code : QString()},
        {QStringLiteral("metric"), charge.metricCode},
        {QStringLiteral("name"), charge.name},
        {QStringLiteral("aggregation"), catalog::usageAggregationKey(charge.aggregation)},
        {QStringLiteral("prices"), pricesToJson(catalog, PriceOwner::MeteredCharge, charge.id.value)},
    };
}

QJsonObject planToJson(const catalog::Catalog& catalog, const Plan& plan)
{
    QJsonArray metered;
    for (const MeteredCharge* charge : catalog.meteredChargesOf(plan.id))
        metered.append(meteredToJson(catalog, *charge));
    return {
        {QStringLiteral("id"), plan.id.value},
        {QStringLiteral("code"), plan.code},
        {QStringLiteral("name"), plan.name},
        {QStringLiteral("product"), productName(catalog, plan.productId)},
        {QStringLiteral("description"), plan.description},
        {QStringLiteral("features"), stringArray(plan.features)},
        {QStringLiteral("trial_days"), plan.trialDays},
        {QStringLiteral("term"),
         QJsonObject {{QStringLiteral("periods"), plan.term.periods},
                      {QStringLiteral("end"), catalog::termEndActionKey(plan.term.endAction)}}},
        {QStringLiteral("addons"), stringArray(addOnCodes(catalog, plan.allowedAddOns))},
        {QStringLiteral("archived"), plan.archived},
        {QStringLiteral("prices"), pricesToJson(catalog, PriceOwner::Plan, plan.id.value)},
        {QStringLiteral("metered"), metered},
    };
}

QJsonObject addOnToJson(const catalog::Catalog& catalog, const AddOn& addOn)
{
    return {
        {QStringLiteral("id"), addOn.id.value},
        {QStringLiteral("code"), addOn.code},
        {QStringLiteral("name"), addOn.name},
        {QStringLiteral("description"), addOn.description},
        {QStringLiteral("kind"), catalog::addOnKindKey(addOn.kind)},
        {QStringLiteral("archived"), addOn.archived},
        {QStringLiteral("prices"), pricesToJson(catalog, PriceOwner::AddOn, addOn.id.value)},
    };
}

QJsonObject couponToJson(const Coupon& coupon, std::optional<int> redemptions)
{
    QStringList plans = coupon.planCodes.values();
    plans.sort();
    const bool percent = coupon.kind == catalog::CouponKind::Percent;
    QJsonObject o {
        {QStringLiteral("id"), billingformat::idToJson(coupon.id.value)},
        {QStringLiteral("code"), coupon.code},
        {QStringLiteral("name"), coupon.name},
        {QStringLiteral("kind"), catalog::couponKindKey(coupon.kind)},
        {QStringLiteral("percent_basis_points"),
         percent ? QJsonValue(coupon.percentBasisPoints) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("amount_off"),
         percent ? QJsonValue(QJsonValue::Null) : QJsonValue(moneyToJson(coupon.amountOff))},
        {QStringLiteral("duration"), catalog::couponDurationKey(coupon.duration)},
        {QStringLiteral("periods"),
         coupon.duration == catalog::CouponDuration::Repeating ? QJsonValue(coupon.durationPeriods)
                                                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("plans"), stringArray(plans)},
        {QStringLiteral("limit"),
         coupon.redemptionLimit ? QJsonValue(*coupon.redemptionLimit) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("expires"), coupon.expiresOn ? dateToJson(*coupon.expiresOn) : QJsonValue(QJsonValue::Null)},
    };
    if (redemptions)
        o.insert(QStringLiteral("redemptions"), *redemptions);
    return o;
}

QJsonObject quoteToJson(const Price& price, const PriceVersion& version, qint64 quantity,
                        const QList<catalog::PriceLine>& lines, const Money& total)
{
    QJsonArray breakdown;
    for (const catalog::PriceLine& line : lines) {
        breakdown.append(
            QJsonObject {{QStringLiteral("text"), line.text}, {QStringLiteral("amount"), moneyToJson(line.amount)}});
    }
    QJsonObject o {
        {QStringLiteral("currency"), price.currency.code()},
        {QStringLiteral("interval"),
         price.interval ? QJsonValue(price.interval->toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version_from"), dateToJson(version.effectiveFrom)},
        {QStringLiteral("model"), modelToJson(version.model)},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("breakdown"), breakdown},
        {QStringLiteral("total"), moneyToJson(total)},
    };
    if (price.owner == PriceOwner::Plan)
        o.insert(QStringLiteral("setup_fee"), moneyToJson(version.setupFee));
    return o;
}

QString pricesSummary(const catalog::Catalog& catalog, PriceOwner owner, qint64 ownerId)
{
    QStringList parts;
    for (const Price* price : catalog.pricesOf(owner, ownerId)) {
        if (price->archived || !price->latest())
            continue;
        QString text = price->latest()->model.describe();
        if (price->interval)
            text += QStringLiteral(" / ") + price->interval->displayText();
        parts.append(text);
    }
    return parts.join(QStringLiteral("; "));
}

QStringList priceDetails(const catalog::Catalog& catalog, PriceOwner owner, qint64 ownerId)
{
    QStringList lines;
    for (const Price* price : catalog.pricesOf(owner, ownerId)) {
        QString heading = QStringLiteral("  ") + priceLabel(*price);
        if (price->interval)
            heading += QStringLiteral(" (") + price->interval->displayText() + QLatin1Char(')');
        if (price->archived)
            heading += QStringLiteral(" [") + archivedText(true) + QLatin1Char(']');
        lines.append(heading);
        for (const PriceVersion& v : price->versions) {
            QString line = QStringLiteral("    ")
                + QCoreApplication::translate("Cli", "from %1: %2").arg(dateText(v.effectiveFrom), v.model.describe());
            if (owner == PriceOwner::Plan && !v.setupFee.isZero())
                line += QCoreApplication::translate("Cli", ", setup fee %1").arg(moneyText(v.setupFee));
            lines.append(line);
        }
    }
    if (lines.isEmpty())
        lines.append(QStringLiteral("  ") + QCoreApplication::translate("Cli", "(no price)"));
    return lines;
}

QStringList planTable(const catalog::Catalog& catalog, const QList<const Plan*>& plans)
{
    Table table({QCoreApplication::translate("Cli", "Code"), QCoreApplication::translate("Cli", "Name"),
                 QCoreApplication::translate("Cli", "Product"), QCoreApplication::translate("Cli", "Trial days"),
                 QCoreApplication::translate("Cli", "Term"), QCoreApplication::translate("Cli", "Status"),
                 QCoreApplication::translate("Cli", "Prices")});
    for (const Plan* plan : plans) {
        table.addRow({plan->code, plan->name, productName(catalog, plan->productId), QString::number(plan->trialDays),
                      plan->term.displayText(), archivedText(plan->archived),
                      pricesSummary(catalog, PriceOwner::Plan, plan->id.value)});
    }
    return table.lines();
}

QStringList planDetails(const catalog::Catalog& catalog, const Plan& plan)
{
    QStringList lines = labelled({
        {QCoreApplication::translate("Cli", "Code"), plan.code},
        {QCoreApplication::translate("Cli", "Name"), plan.name},
        {QCoreApplication::translate("Cli", "Product"), productName(catalog, plan.productId)},
        {QCoreApplication::translate("Cli", "Description"), plan.description},
        {QCoreApplication::translate("Cli", "Features"), plan.features.join(QStringLiteral("; "))},
        {QCoreApplication::translate("Cli", "Trial days"), QString::number(plan.trialDays)},
        {QCoreApplication::translate("Cli", "Term"), plan.term.displayText()},
        {QCoreApplication::translate("Cli", "Add-ons"),
         addOnCodes(catalog, plan.allowedAddOns).join(QStringLiteral(", "))},
        {QCoreApplication::translate("Cli", "Status"), archivedText(plan.archived)},
    });
    lines.append(QCoreApplication::translate("Cli", "Prices:"));
    lines += priceDetails(catalog, PriceOwner::Plan, plan.id.value);
    const QList<const MeteredCharge*> metered = catalog.meteredChargesOf(plan.id);
    if (!metered.isEmpty()) {
        lines.append(QCoreApplication::translate("Cli", "Metered charges:"));
        for (const MeteredCharge* charge : metered) {
            lines.append(
                QStringLiteral("  %1 (%2, %3)")
                    .arg(charge->metricCode, charge->name, catalog::usageAggregationName(charge->aggregation)));
            for (const QString& line : priceDetails(catalog, PriceOwner::MeteredCharge, charge->id.value))
                lines.append(QStringLiteral("  ") + line);
        }
    }
    return lines;
}

QStringList addOnTable(const catalog::Catalog& catalog, const QList<const AddOn*>& addOns)
{
    Table table({QCoreApplication::translate("Cli", "Code"), QCoreApplication::translate("Cli", "Name"),
                 QCoreApplication::translate("Cli", "Kind"), QCoreApplication::translate("Cli", "Status"),
                 QCoreApplication::translate("Cli", "Prices")});
    for (const AddOn* addOn : addOns) {
        table.addRow({addOn->code, addOn->name, catalog::addOnKindName(addOn->kind), archivedText(addOn->archived),
                      pricesSummary(catalog, PriceOwner::AddOn, addOn->id.value)});
    }
    return table.lines();
}

QStringList meteredTable(const catalog::Catalog& catalog, const QList<const MeteredCharge*>& charges)
{
    Table table({QCoreApplication::translate("Cli", "Plan"), QCoreApplication::translate("Cli", "Metric"),
                 QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "Aggregation"),
                 QCoreApplication::translate("Cli", "Prices")});
    for (const MeteredCharge* charge : charges) {
        const Plan* plan = catalog.plan(charge->planId);
        table.addRow({plan ? plan->code : QString(), charge->metricCode, charge->name,
                      catalog::usageAggregationName(charge->aggregation),
                      pricesSummary(catalog, PriceOwner::MeteredCharge, charge->id.value)});
    }
    return table.lines();
}

QString couponValueText(const Coupon& coupon)
{
    if (coupon.kind == catalog::CouponKind::Percent)
        return catalog::formatBasisPoints(coupon.percentBasisPoints);
    return QCoreApplication::translate("Cli", "%1 off").arg(moneyText(coupon.amountOff));
}

QString couponDurationText(const Coupon& coupon)
{
    if (coupon.duration == catalog::CouponDuration::Repeating)
        return QCoreApplication::translate("Cli", "%n period(s)", nullptr, coupon.durationPeriods);
    return catalog::couponDurationName(coupon.duration);
}

QStringList couponTable(const QList<const Coupon*>& coupons)
{
    Table table({QCoreApplication::translate("Cli", "Code"), QCoreApplication::translate("Cli", "Name"),
                 QCoreApplication::translate("Cli", "Discount"), QCoreApplication::translate("Cli", "Duration"),
                 QCoreApplication::translate("Cli", "Plans"), QCoreApplication::translate("Cli", "Expires")});
    for (const Coupon* coupon : coupons) {
        QStringList plans = coupon->planCodes.values();
        plans.sort();
        table.addRow({coupon->code, coupon->name, couponValueText(*coupon), couponDurationText(*coupon),
                      plans.isEmpty() ? QCoreApplication::translate("Cli", "all") : plans.join(QStringLiteral(", ")),
                      coupon->expiresOn ? dateText(*coupon->expiresOn) : QString()});
    }
    return table.lines();
}

QStringList couponDetails(const Coupon& coupon, std::optional<int> redemptions)
{
    QStringList plans = coupon.planCodes.values();
    plans.sort();
    QString limit =
        coupon.redemptionLimit ? QString::number(*coupon.redemptionLimit) : QCoreApplication::translate("Cli", "none");
    return labelled({
        {QCoreApplication::translate("Cli", "Code"), coupon.code},
        {QCoreApplication::translate("Cli", "Name"), coupon.name},
        {QCoreApplication::translate("Cli", "Discount"), couponValueText(coupon)},
        {QCoreApplication::translate("Cli", "Duration"), couponDurationText(coupon)},
        {QCoreApplication::translate("Cli", "Plans"),
         plans.isEmpty() ? QCoreApplication::translate("Cli", "all") : plans.join(QStringLiteral(", "))},
        {QCoreApplication::translate("Cli", "Redemption limit"), limit},
        {QCoreApplication::translate("Cli", "Redemptions"), redemptions ? QString::number(*redemptions) : QString()},
        {QCoreApplication::translate("Cli", "Expires"), coupon.expiresOn ? dateText(*coupon.expiresOn) : QString()},
        {QCoreApplication::translate("Cli", "Recurring discount"), yesNo(coupon.isRecurring())},
    });
}

QStringList quoteText(const Price& price, const PriceVersion& version, qint64 quantity,
                      const QList<catalog::PriceLine>& lines, const Money& total)
{
    QStringList out {
        QCoreApplication::translate("Cli", "%1 × %2 (%3, price from %4)")
            .arg(QString::number(quantity), version.model.describe(), priceLabel(price),
                 dateText(version.effectiveFrom)),
    };
    QStringList amounts;
    for (const catalog::PriceLine& line : lines)
        amounts.append(moneyText(line.amount));
    amounts.append(moneyText(total));
    qsizetype width = 0;
    for (const QString& a : amounts)
        width = qMax(width, a.size());
    qsizetype textWidth = QCoreApplication::translate("Cli", "Total").size();
    for (const catalog::PriceLine& line : lines)
        textWidth = qMax(textWidth, line.text.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        out.append(QStringLiteral("  ") + lines.at(i).text.leftJustified(textWidth + 2)
                   + amounts.at(i).rightJustified(width));
    out.append(QStringLiteral("  ") + QCoreApplication::translate("Cli", "Total").leftJustified(textWidth + 2)
               + amounts.constLast().rightJustified(width));
    if (price.owner == PriceOwner::Plan && !version.setupFee.isZero())
        out.append(QCoreApplication::translate("Cli", "Setup fee, once: %1").arg(moneyText(version.setupFee)));
    return out;
}

} // namespace subdesk::cli::catalogformat
