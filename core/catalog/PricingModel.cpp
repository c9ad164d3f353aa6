#include "PricingModel.h"

#include "PriceBreakdown.h"
#include "common/EnumKeys.h"
#include "money/MoneyMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace subdesk::catalog {

namespace {

const EnumKey<PricingKind> kKinds[] = {
    {PricingKind::Flat, "flat", QT_TRANSLATE_NOOP("Pricing", "Flat")},
    {PricingKind::PerUnit, "per_unit", QT_TRANSLATE_NOOP("Pricing", "Per unit")},
    {PricingKind::Graduated, "graduated", QT_TRANSLATE_NOOP("Pricing", "Graduated")},
    {PricingKind::Volume, "volume", QT_TRANSLATE_NOOP("Pricing", "Volume")},
    {PricingKind::Package, "package", QT_TRANSLATE_NOOP("Pricing", "Package")},
};

Error invalid(const QString& message)
{
    return Error(ErrorCode::Invalid, message);
}

Status checkQuantity(qint64 quantity)
{
    if (quantity < 0) {
        return invalid(
            QCoreApplication::translate("Pricing", "The quantity is %1; it must not be negative.").arg(quantity));
    }
    return {};
}

// Accumulates minor units; the first overflow sticks, so callers check once at the end.
class Sum
{
public:
    void addProduct(qint64 units, qint64 unitPriceMinor)
    {
        if (m_error)
            return;
        auto product = moneymath::checkedMul(units, unitPriceMinor);
        if (!product) {
            m_error = product.error();
            return;
        }
        add(*product);
    }
    void add(qint64 minor)
    {
        if (m_error)
            return;
        auto sum = moneymath::checkedAdd(m_total, minor);
        if (sum)
            m_total = *sum;
        else
            m_error = sum.error();
    }
    Result<Money> result(const Currency& currency) const
    {
        if (m_error)
            return *m_error;
        return Money(m_total, currency);
    }

private:
    qint64 m_total = 0;
    std::optional<Error> m_error;
};

} // namespace

const QList<PricingKind>& allPricingKinds()
{
    static const QList<PricingKind> kinds = enumkeys::values(kKinds);
    return kinds;
}

QString pricingKindKey(PricingKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<PricingKind> pricingKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString pricingKindName(PricingKind kind)
{
    return enumkeys::name(kKinds, kind, "Pricing");
}

PricingModel PricingModel::flat(Money amount)
{
    PricingModel model(PricingKind::Flat, amount.currency());
    model.m_priceMinor = amount.minorUnits();
    return model;
}

PricingModel PricingModel::perUnit(Money unitPrice)
{
    PricingModel model(PricingKind::PerUnit, unitPrice.currency());
    model.m_priceMinor = unitPrice.minorUnits();
    return model;
}

PricingModel PricingModel::graduated(Currency currency, QList<PriceTier> tiers)
{
    PricingModel model(PricingKind::Graduated, std::move(currency));
    model.m_tiers = std::move(tiers);
    return model;
}

PricingModel PricingModel::volume(Currency currency, QList<PriceTier> tiers)
{
    PricingModel model(PricingKind::Volume, std::move(currency));
    model.m_tiers = std::move(tiers);
    return model;
}

PricingModel PricingModel::package(Money packagePrice, qint64 packageSize, qint64 freeUnits)
{
    PricingModel model(PricingKind::Package, packagePrice.currency());
    model.m_priceMinor = packagePrice.minorUnits();
    model.m_packageSize = packageSize;
    model.m_freeUnits = freeUnits;
    return model;
}

qint64 PricingModel::firstUnitOfTier(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_tiers.size());
    if (index == 0)
        return 1;
    // A valid model has a bounded previous tier ending below the qint64 maximum; describe() may run on
    // a model still being edited, so an invalid one yields the maximum instead of overflowing.
    const std::optional<qint64>& previousEnd = m_tiers[index - 1].upTo;
    if (!previousEnd || *previousEnd == std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    return *previousEnd + 1;
}

Status PricingModel::validate() const
{
    if (!m_currency.isValid())
        return invalid(QCoreApplication::translate("Pricing", "The price has no currency."));
    if (!isTiered()) {
        Q_ASSERT(m_tiers.isEmpty());
        if (m_priceMinor < 0) {
            return invalid(
                QCoreApplication::translate("Pricing", "The price %1 is negative.").arg(price().toPlainString()));
        }
        if (m_kind == PricingKind::Package) {
            if (m_packageSize < 1) {
                return invalid(QCoreApplication::translate(
                                   "Pricing", "The package size is %1; a package must hold at least 1 unit.")
                                   .arg(m_packageSize));
            }
            if (m_freeUnits < 0) {
                return invalid(
                    QCoreApplication::translate("Pricing", "The number of free units is %1; it must not be negative.")
                        .arg(m_freeUnits));
            }
        }
        return {};
    }

    if (m_tiers.isEmpty())
        return invalid(QCoreApplication::translate("Pricing", "A tiered price needs at least one tier."));
    const qsizetype last = m_tiers.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        const PriceTier& tier = m_tiers[i];
        const qint64 number = i + 1;
        if (!tier.upTo) {
            if (i != last) {
                return invalid(QCoreApplication::translate(
                                   "Pricing", "Tier %1 has no upper bound, but only the last tier may be unbounded.")
                                   .arg(number));
            }
        } else if (i == last) {
            return invalid(QCoreApplication::translate(
                               "Pricing",
                               "The last tier (tier %1) ends at %2; it must have no upper bound, so that every "
                               "quantity has a price.")
                               .arg(number)
                               .arg(*tier.upTo));
        } else if (i == 0 && *tier.upTo < 1) {
            return invalid(QCoreApplication::translate("Pricing", "Tier 1 ends at %1; it must cover at least unit 1.")
                               .arg(*tier.upTo));
        } else if (i > 0 && *tier.upTo <= *m_tiers[i - 1].upTo) {
            return invalid(QCoreApplication::translate(
                               "Pricing",
                               "Tier %1 ends at %2, which is not above the end of tier %3 (%4); upper bounds must "
                               "strictly increase.")
                               .arg(number)
                               .arg(*tier.upTo)
                               .arg(number - 1)
                               .arg(*m_tiers[i - 1].upTo));
        } else if (*tier.upTo == std::numeric_limits<qint64>::max()) {
            return invalid(QCoreApplication::translate(
                               "Pricing", "Tier %1 ends at %2, which leaves no units for the tiers after it.")
                               .arg(number)
                               .arg(*tier.upTo));
        }
        if (tier.unitPriceMinor < 0) {
            return invalid(QCoreApplication::translate("Pricing", "Tier %1 has a negative unit price (%2).")
                               .arg(number)
                               .arg(Money(tier.unitPriceMinor, m_currency).toPlainString()));
        }
        if (tier.flatFeeMinor < 0) {
            return invalid(QCoreApplication::translate("Pricing", "Tier %1 has a negative flat fee (%2).")
                               .arg(number)
                               .arg(Money(tier.flatFeeMinor, m_currency).toPlainString()));
        }
    }
    return {};
}

Result<Money> PricingModel::priceFor(qint64 quantity) const
{
    if (auto valid = validate(); !valid)
        return valid.error();
    if (auto valid = checkQuantity(quantity); !valid)
        return valid.error();

    // Computed directly, independently of breakdown(), so that tests comparing the two mean something.
    Sum sum;
    switch (m_kind) {
    case PricingKind::Flat:
        sum.add(m_priceMinor);
        break;
    case PricingKind::PerUnit:
        sum.addProduct(quantity, m_priceMinor);
        break;
    case PricingKind::Graduated:
        for (qsizetype i = 0; i < m_tiers.size(); ++i) {
            const qint64 first = firstUnitOfTier(i);
            // The first tier is always reached (its flat fee is the base fee); later ones from their first unit.
            if (i > 0 && quantity < first)
                break;
            const PriceTier& tier = m_tiers[i];
            const qint64 last = tier.upTo ? std::min(quantity, *tier.upTo) : quantity;
            sum.addProduct(last - first + 1, tier.unitPriceMinor);
            sum.add(tier.flatFeeMinor);
        }
        break;
    case PricingKind::Volume: {
        const auto tier = std::find_if(m_tiers.cbegin(), m_tiers.cend(),
                                       [&](const PriceTier& t) { return !t.upTo || quantity <= *t.upTo; });
        Q_ASSERT(tier != m_tiers.cend()); // the last tier is unbounded
        sum.addProduct(quantity, tier->unitPriceMinor);
        sum.add(tier->flatFeeMinor);
        break;
    }
    case PricingKind::Package: {
        const qint64 billable = quantity > m_freeUnits ? quantity - m_freeUnits : 0;
        const qint64 packages = billable / m_packageSize + (billable % m_packageSize != 0 ? 1 : 0);
        sum.addProduct(packages, m_priceMinor);
        break;
    }
    }
    return sum.result(m_currency);
}

Result<QList<PriceLine>> PricingModel::breakdown(qint64 quantity) const
{
    if (auto valid = validate(); !valid)
        return valid.error();
    if (auto valid = checkQuantity(quantity); !valid)
        return valid.error();
    return priceBreakdown(*this, quantity);
}

QString PricingModel::describe() const
{
    return describePricing(*this);
}

} // namespace subdesk::catalog
