#include "PriceBreakdown.h"

#include "money/MoneyMath.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace subdesk::catalog {

namespace {

QString plain(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toPlainString();
}

// units × unit price, with the tier's currency; an Overflow error rather than a wrap.
Result<Money> product(qint64 units, qint64 unitPriceMinor, const Currency& currency)
{
    return Money(unitPriceMinor, currency).multiplied(units);
}

PriceLine flatFeeLine(qsizetype index, qint64 feeMinor, const Currency& currency)
{
    const Money fee(feeMinor, currency);
    return {QCoreApplication::translate("Pricing", "Tier %1 flat fee %2").arg(index + 1).arg(fee.toPlainString()), fee};
}

Status appendGraduated(const PricingModel& model, qint64 quantity, QList<PriceLine>& lines)
{
    const Currency& currency = model.currency();
    for (qsizetype i = 0; i < model.tiers().size(); ++i) {
        const qint64 first = model.firstUnitOfTier(i);
        // The first tier is always reached (its flat fee is the base fee); later ones from their first unit.
        if (i > 0 && quantity < first)
            break;
        const PriceTier& tier = model.tiers().at(i);
        const qint64 last = tier.upTo ? std::min(quantity, *tier.upTo) : quantity;
        if (last >= first) {
            const auto amount = product(last - first + 1, tier.unitPriceMinor, currency);
            if (!amount)
                return amount.error();
            const QString price = plain(tier.unitPriceMinor, currency);
            const QString text = last == first ? QCoreApplication::translate("Pricing", "Unit %1 × %2 = %3")
                                                     .arg(first)
                                                     .arg(price, amount->toPlainString())
                                               : QCoreApplication::translate("Pricing", "Units %1–%2 × %3 = %4")
                                                     .arg(first)
                                                     .arg(last)
                                                     .arg(price, amount->toPlainString());
            lines.append({text, *amount});
        }
        if (tier.flatFeeMinor != 0)
            lines.append(flatFeeLine(i, tier.flatFeeMinor, currency));
    }
    if (lines.isEmpty()) {
        // Zero units and no base fee: still say where the zero comes from.
        const Money zero = Money::zero(currency);
        lines.append(
            {QCoreApplication::translate("Pricing", "Quantity %1 = %2").arg(quantity).arg(zero.toPlainString()), zero});
    }
    return {};
}

Status appendVolume(const PricingModel& model, qint64 quantity, QList<PriceLine>& lines)
{
    const Currency& currency = model.currency();
    const QList<PriceTier>& tiers = model.tiers();
    const auto found =
        std::find_if(tiers.cbegin(), tiers.cend(), [&](const PriceTier& t) { return !t.upTo || quantity <= *t.upTo; });
    Q_ASSERT(found != tiers.cend()); // the last tier of a valid model is unbounded
    const qsizetype index = found - tiers.cbegin();
    const auto amount = product(quantity, found->unitPriceMinor, currency);
    if (!amount)
        return amount.error();
    lines.append(
        {QCoreApplication::translate("Pricing", "Quantity %1 at tier %2 (%3) × %4 = %5")
             .arg(quantity)
             .arg(index + 1)
             .arg(tierRangeText(model, index), plain(found->unitPriceMinor, currency), amount->toPlainString()),
         *amount});
    if (found->flatFeeMinor != 0)
        lines.append(flatFeeLine(index, found->flatFeeMinor, currency));
    return {};
}

Status appendPackage(const PricingModel& model, qint64 quantity, QList<PriceLine>& lines)
{
    const qint64 free = model.freeUnits();
    const qint64 size = model.packageSize();
    if (free > 0 && quantity <= free) {
        const Money zero = Money::zero(model.currency());
        lines.append({QCoreApplication::translate("Pricing", "Quantity %1 within %2 free units = %3")
                          .arg(quantity)
                          .arg(free)
                          .arg(zero.toPlainString()),
                      zero});
        return {};
    }
    const qint64 billable = quantity - free;
    const qint64 packages = billable / size + (billable % size != 0 ? 1 : 0);
    const auto amount = model.price().multiplied(packages);
    if (!amount)
        return amount.error();
    const QString price = model.price().toPlainString();
    const QString text = free == 0
        ? QCoreApplication::translate("Pricing", "Quantity %1 in packages of %2: %3 × %4 = %5")
              .arg(quantity)
              .arg(size)
              .arg(packages)
              .arg(price, amount->toPlainString())
        : QCoreApplication::translate("Pricing", "Quantity %1 − %2 free = %3 in packages of %4: %5 × %6 = %7")
              .arg(quantity)
              .arg(free)
              .arg(billable)
              .arg(size)
              .arg(packages)
              .arg(price, amount->toPlainString());
    lines.append({text, *amount});
    return {};
}

} // namespace

QString tierRangeText(const PricingModel& model, qsizetype index)
{
    const qint64 first = model.firstUnitOfTier(index);
    const std::optional<qint64>& upTo = model.tiers().at(index).upTo;
    if (!upTo)
        return QCoreApplication::translate("Pricing", "%1+").arg(first);
    if (*upTo == first)
        return QString::number(first);
    return QCoreApplication::translate("Pricing", "%1–%2").arg(first).arg(*upTo);
}

Result<QList<PriceLine>> priceBreakdown(const PricingModel& model, qint64 quantity)
{
    Q_ASSERT(model.validate().ok() && quantity >= 0);
    QList<PriceLine> lines;
    Status built;
    switch (model.kind()) {
    case PricingKind::Flat:
        lines.append({QCoreApplication::translate("Pricing", "Flat price (any quantity) = %1")
                          .arg(model.price().toPlainString()),
                      model.price()});
        break;
    case PricingKind::PerUnit: {
        const auto amount = model.price().multiplied(quantity);
        if (!amount)
            return amount.error();
        lines.append({QCoreApplication::translate("Pricing", "Quantity %1 × %2 = %3")
                          .arg(quantity)
                          .arg(model.price().toPlainString(), amount->toPlainString()),
                      *amount});
        break;
    }
    case PricingKind::Graduated:
        built = appendGraduated(model, quantity, lines);
        break;
    case PricingKind::Volume:
        built = appendVolume(model, quantity, lines);
        break;
    case PricingKind::Package:
        built = appendPackage(model, quantity, lines);
        break;
    }
    if (!built)
        return built.error();
    // Each line fits, but their sum may not; priceFor() fails then too.
    qint64 total = 0;
    for (const PriceLine& line : lines) {
        auto sum = moneymath::checkedAdd(total, line.amount.minorUnits());
        if (!sum)
            return sum.error();
        total = *sum;
    }
    return lines;
}

QString describePricing(const PricingModel& model)
{
    const Currency& currency = model.currency();
    switch (model.kind()) {
    case PricingKind::Flat:
        return QCoreApplication::translate("Pricing", "Flat: %1 %2")
            .arg(model.price().toPlainString(), currency.code());
    case PricingKind::PerUnit:
        return QCoreApplication::translate("Pricing", "Per unit: %1 %2 each")
            .arg(model.price().toPlainString(), currency.code());
    case PricingKind::Graduated:
    case PricingKind::Volume: {
        QStringList tiers;
        for (qsizetype i = 0; i < model.tiers().size(); ++i) {
            const PriceTier& tier = model.tiers().at(i);
            const QString range = tierRangeText(model, i);
            const QString unit = plain(tier.unitPriceMinor, currency);
            tiers.append(tier.flatFeeMinor != 0 ? QCoreApplication::translate("Pricing", "%1 at %2 + %3 flat")
                                                      .arg(range, unit, plain(tier.flatFeeMinor, currency))
                                                : QCoreApplication::translate("Pricing", "%1 at %2").arg(range, unit));
        }
        return QCoreApplication::translate("Pricing", "%1 (%2): %3")
            .arg(pricingKindName(model.kind()), currency.code(), tiers.join(QStringLiteral(", ")));
    }
    case PricingKind::Package:
        if (model.freeUnits() > 0) {
            return QCoreApplication::translate("Pricing", "Package: %1 %2 per package of %3, the first %4 units free")
                .arg(model.price().toPlainString(), currency.code())
                .arg(model.packageSize())
                .arg(model.freeUnits());
        }
        return QCoreApplication::translate("Pricing", "Package: %1 %2 per package of %3")
            .arg(model.price().toPlainString(), currency.code())
            .arg(model.packageSize());
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace subdesk::catalog
