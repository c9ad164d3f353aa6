#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace subdesk::catalog {

/** How a charge turns a quantity for one period into an amount (BILLING.md §6). */
enum class PricingKind
{
    Flat,
    PerUnit,
    Graduated,
    Volume,
    Package,
};

const QList<PricingKind>& allPricingKinds();
/** Stable snake_case key used by the database, files and the CLI ("per_unit"). */
QString pricingKindKey(PricingKind kind);
std::optional<PricingKind> pricingKindFromKey(const QString& key);
/** Translated name ("Graduated"). */
QString pricingKindName(PricingKind kind);

/**
 * One tier of a graduated or volume price. A tier covers the units from the previous tier's upTo + 1
 * (1 for the first tier) up to and including its own upTo; only the last tier is unbounded.
 * Amounts are minor units of the model's currency.
 */
struct PriceTier
{
    std::optional<qint64> upTo; ///< inclusive upper bound; nullopt = unbounded (last tier only)
    qint64 unitPriceMinor = 0;
    qint64 flatFeeMinor = 0;

    friend bool operator==(const PriceTier&, const PriceTier&) = default;
};

/** One step of the derivation of an amount, shown to the clerk ("Units 1–10 × 5.00 = 50.00"). */
struct PriceLine
{
    QString text;
    Money amount;

    friend bool operator==(const PriceLine&, const PriceLine&) = default;
};

/**
 * A pricing model of the catalog: a value type built by the factory functions below.
 * Everything is exact integer arithmetic on minor units; overflow is an Error, never a wrap.
 * A default-constructed model has no currency and does not validate.
 */
class PricingModel
{
public:
    PricingModel() = default;

    /** The amount, whatever the quantity. */
    static PricingModel flat(Money amount);
    /** unit × quantity (seats). */
    static PricingModel perUnit(Money unitPrice);
    /** Every unit at the price of the tier it falls in, plus the flat fee of every tier reached. */
    static PricingModel graduated(Currency currency, QList<PriceTier> tiers);
    /** All units at the price of the tier that contains the quantity, plus that tier's flat fee. */
    static PricingModel volume(Currency currency, QList<PriceTier> tiers);
    /** ceil(max(0, quantity − freeUnits) / packageSize) × packagePrice. */
    static PricingModel package(Money packagePrice, qint64 packageSize, qint64 freeUnits = 0);

    PricingKind kind() const { return m_kind; }
    const Currency& currency() const { return m_currency; }
    /** The flat amount, the unit price or the package price; zero for tiered kinds. */
    Money price() const { return Money(m_priceMinor, m_currency); }
    /** The tiers of a graduated or volume model; empty otherwise. */
    const QList<PriceTier>& tiers() const { return m_tiers; }
    qint64 packageSize() const { return m_packageSize; }
    qint64 freeUnits() const { return m_freeUnits; }
    bool isTiered() const { return m_kind == PricingKind::Graduated || m_kind == PricingKind::Volume; }

    /** The first unit tier index covers (valid models): 1 for the first tier, the previous upTo + 1 after. */
    qint64 firstUnitOfTier(qsizetype index) const;

    /** Ok, or an Invalid error whose translated message names the first broken rule. */
    Status validate() const;

    /**
     * The amount for quantity units in one period (BILLING.md §6). An invalid model or a negative
     * quantity is an Invalid error; an amount beyond qint64 is an Overflow error.
     */
    Result<Money> priceFor(qint64 quantity) const;

    /**
     * The derivation of priceFor(quantity) for the clerk, one line per tier touched plus one per
     * flat fee charged; the line amounts sum exactly to priceFor(quantity). Amounts are written with
     * Money::toPlainString (locale-independent). Fails exactly when priceFor fails.
     */
    Result<QList<PriceLine>> breakdown(qint64 quantity) const;

    /** One-line summary, e.g. "Graduated (EUR): 1–10 at 5.00, 11+ at 4.00 + 10.00 flat". */
    QString describe() const;

    friend bool operator==(const PricingModel&, const PricingModel&) = default;

private:
    PricingModel(PricingKind kind, Currency currency)
        : m_kind(kind)
        , m_currency(std::move(currency))
    { }

    PricingKind m_kind = PricingKind::Flat;
    Currency m_currency;
    qint64 m_priceMinor = 0;
    QList<PriceTier> m_tiers;
    qint64 m_packageSize = 1;
    qint64 m_freeUnits = 0;
};

} // namespace subdesk::catalog
