#include "PricingOptions.h"

#include "BillingFormat.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogService.h"

#include <QCoreApplication>

namespace subdesk::cli {

using catalog::Price;
using catalog::PriceOwner;
using catalog::PriceTier;
using catalog::PricingKind;
using catalog::PricingModel;

namespace {

const QStringList& modelFlags()
{
    static const QStringList flags = {QStringLiteral("model"), QStringLiteral("price"), QStringLiteral("tier"),
                                      QStringLiteral("package-size"), QStringLiteral("free-units")};
    return flags;
}

QStringList pricingKindKeys()
{
    QStringList keys;
    for (PricingKind kind : catalog::allPricingKinds())
        keys.append(catalog::pricingKindKey(kind));
    return keys;
}

/** Reports a flag that the kind does not use; returns false when one was given. */
bool refuseUnused(OptionReader& reader, PricingKind kind, const QStringList& unused)
{
    for (const QString& flag : unused) {
        if (reader.isSet(flag)) {
            reader.error(QCoreApplication::translate("Cli", "--%1 does not apply to %2 prices.")
                             .arg(flag, catalog::pricingKindKey(kind)));
            return false;
        }
    }
    return true;
}

} // namespace

QList<OptionSpec> pricingModelOptions()
{
    return {
        {{QStringLiteral("model")},
         pricingKindKeys().join(QLatin1Char('|')),
         QCoreApplication::translate("Cli", "How the price turns a quantity into an amount.")},
        {{QStringLiteral("price")},
         QStringLiteral("AMOUNT"),
         QCoreApplication::translate("Cli",
                                     "flat: the amount; per_unit: the unit price; package: the price of a package "
                                     "(e.g. 20.00).")},
        {{QStringLiteral("tier")},
         QStringLiteral("UPTO:UNIT[:FLAT]"),
         QCoreApplication::translate("Cli",
                                     "graduated and volume: a tier up to UPTO units (\"inf\" for the last) at UNIT "
                                     "each, plus an optional flat fee, e.g. --tier 10:5.00 --tier inf:4.00:10.00."),
         true},
        {{QStringLiteral("package-size")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "package: units per package.")},
        {{QStringLiteral("free-units")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "package: units free of charge (default 0).")},
    };
}

QList<OptionSpec> priceOptions(PriceFlags flags, bool fromRequired)
{
    QList<OptionSpec> options {
        {{QStringLiteral("currency")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "ISO 4217 currency of the price, e.g. EUR.")},
    };
    if (flags.interval) {
        options.append(
            {{QStringLiteral("interval")},
             QStringLiteral("\"N UNIT\""),
             QCoreApplication::translate("Cli", "Billing interval: \"1 month\", \"3 months\", \"1 year\"...")});
    }
    options += pricingModelOptions();
    if (flags.setupFee) {
        options.append({{QStringLiteral("setup-fee")},
                        QStringLiteral("AMOUNT"),
                        QCoreApplication::translate("Cli", "Charged once when a subscription starts (default 0).")});
    }
    options.append({{QStringLiteral("from")},
                    QStringLiteral("YYYY-MM-DD"),
                    fromRequired
                        ? QCoreApplication::translate("Cli", "The day the price takes effect (required).")
                        : QCoreApplication::translate("Cli", "The day the price takes effect (default: today).")});
    return options;
}

bool pricingModelGiven(const Invocation& invocation)
{
    for (const QString& flag : modelFlags()) {
        if (invocation.isSet(flag))
            return true;
    }
    return false;
}

Result<PriceTier> parseTier(const QString& text, const Currency& currency)
{
    const auto invalid = [&text](const QString& why) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Cli",
                                                 "--tier \"%1\": %2 Write it as UPTO:UNIT_PRICE[:FLAT_FEE], e.g. "
                                                 "10:5.00 or inf:4.00:10.00.")
                         .arg(text, why));
    };
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return invalid(QCoreApplication::translate("Cli", "it needs two or three parts."));
    PriceTier tier;
    const QString upTo = parts.at(0).trimmed().toLower();
    if (upTo != QLatin1String("inf") && upTo != QLatin1String("infinity") && upTo != QStringLiteral("∞")) {
        bool ok = false;
        const qint64 bound = upTo.toLongLong(&ok);
        if (!ok || bound < 1)
            return invalid(
                QCoreApplication::translate("Cli", "\"%1\" is not a number of units or inf.").arg(parts.at(0)));
        tier.upTo = bound;
    }
    const auto unit = Money::fromPlainString(parts.at(1), currency);
    if (!unit)
        return invalid(unit.error().message);
    tier.unitPriceMinor = unit->minorUnits();
    if (parts.size() == 3) {
        const auto flat = Money::fromPlainString(parts.at(2), currency);
        if (!flat)
            return invalid(flat.error().message);
        tier.flatFeeMinor = flat->minorUnits();
    }
    return tier;
}

std::optional<PricingModel> pricingModelFromOptions(OptionReader& reader, const Currency& currency,
                                                    std::optional<PricingKind> fallback)
{
    std::optional<PricingKind> kind = reader.choice<PricingKind>(
        QStringLiteral("model"), [](const QString& key) { return catalog::pricingKindFromKey(key); },
        pricingKindKeys());
    if (reader.failed())
        return std::nullopt;
    if (!kind)
        kind = fallback;
    if (!kind) {
        reader.error(QCoreApplication::translate("Cli", "--model is required: one of %1.")
                         .arg(pricingKindKeys().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const QString priceFlag = QStringLiteral("price");
    switch (*kind) {
    case PricingKind::Flat:
    case PricingKind::PerUnit: {
        if (!refuseUnused(reader, *kind,
                          {QStringLiteral("tier"), QStringLiteral("package-size"), QStringLiteral("free-units")})
            || !reader.require(priceFlag))
            return std::nullopt;
        const auto price = reader.amount(priceFlag, currency);
        if (!price)
            return std::nullopt;
        return *kind == PricingKind::Flat ? PricingModel::flat(*price) : PricingModel::perUnit(*price);
    }
    case PricingKind::Graduated:
    case PricingKind::Volume: {
        if (!refuseUnused(reader, *kind, {priceFlag, QStringLiteral("package-size"), QStringLiteral("free-units")})
            || !reader.require(QStringLiteral("tier")))
            return std::nullopt;
        QList<PriceTier> tiers;
        for (const QString& text : reader.invocation().values(QStringLiteral("tier"))) {
            const auto tier = parseTier(text, currency);
            if (!tier) {
                reader.error(tier.error().message);
                return std::nullopt;
            }
            tiers.append(*tier);
        }
        return *kind == PricingKind::Graduated ? PricingModel::graduated(currency, tiers)
                                               : PricingModel::volume(currency, tiers);
    }
    case PricingKind::Package: {
        if (!refuseUnused(reader, *kind, {QStringLiteral("tier")}) || !reader.require(priceFlag)
            || !reader.require(QStringLiteral("package-size")))
            return std::nullopt;
        const auto price = reader.amount(priceFlag, currency);
        const auto size = reader.number(QStringLiteral("package-size"), 1, std::numeric_limits<qint32>::max());
        const qint64 freeUnits =
            reader.number(QStringLiteral("free-units"), 0, std::numeric_limits<qint32>::max()).value_or(0);
        if (reader.failed() || !price || !size)
            return std::nullopt;
        return PricingModel::package(*price, *size, freeUnits);
    }
    }
    return std::nullopt;
}

std::optional<Price> priceFromOptions(OptionReader& reader, PriceFlags flags, QDate today)
{
    if (!reader.require(QStringLiteral("currency")))
        return std::nullopt;
    const auto currency = reader.currency(QStringLiteral("currency"));
    if (!currency)
        return std::nullopt;
    Price price;
    price.currency = *currency;
    if (flags.interval) {
        if (!reader.require(QStringLiteral("interval")))
            return std::nullopt;
        price.interval = reader.interval(QStringLiteral("interval"));
        if (!price.interval)
            return std::nullopt;
    }
    const auto model = pricingModelFromOptions(reader, *currency);
    if (!model)
        return std::nullopt;
    catalog::PriceVersion version;
    version.effectiveFrom = reader.date(QStringLiteral("from")).value_or(today);
    version.model = *model;
    version.setupFee = Money::zero(*currency);
    if (flags.setupFee && reader.isSet(QStringLiteral("setup-fee"))) {
        if (const auto fee = reader.amount(QStringLiteral("setup-fee"), *currency))
            version.setupFee = *fee;
    }
    if (reader.failed())
        return std::nullopt;
    price.versions.append(version);
    return price;
}

std::variant<const Price*, ExitCode> selectPrice(OptionReader& reader, const catalog::Catalog& catalog,
                                                 catalog::PriceOwner owner, qint64 ownerId, const QString& ownerName)
{
    const auto currency = reader.currency(QStringLiteral("currency"));
    std::optional<billing::BillingInterval> interval;
    if (definesOption(reader.invocation().command(), QStringLiteral("interval")))
        interval = reader.interval(QStringLiteral("interval"));
    if (reader.failed())
        return ExitCode::Usage;
    QList<const Price*> fitting;
    QStringList all;
    for (const Price* price : catalog.pricesOf(owner, ownerId)) {
        if (price->archived)
            continue;
        all.append(priceLabel(*price));
        if ((!currency || price->currency == *currency) && (!interval || price->interval == interval))
            fitting.append(price);
    }
    if (fitting.size() == 1)
        return fitting.constFirst();
    if (fitting.isEmpty()) {
        QString wanted;
        if (currency)
            wanted = currency->code();
        if (interval)
            wanted += (wanted.isEmpty() ? QString() : QStringLiteral(", ")) + interval->toString();
        if (all.isEmpty())
            return output::fail(QCoreApplication::translate("Cli", "%1 has no price yet.").arg(ownerName));
        return output::fail(QCoreApplication::translate("Cli", "%1 has no price for %2 (it has: %3).")
                                .arg(ownerName, wanted, all.join(QStringLiteral("; "))));
    }
    QStringList labels;
    for (const Price* price : fitting)
        labels.append(priceLabel(*price));
    reader.error(QCoreApplication::translate("Cli", "%1 has several prices (%2): choose one with --currency%3.")
                     .arg(ownerName, labels.join(QStringLiteral("; ")),
                          fitting.constFirst()->interval ? QStringLiteral(" and --interval") : QString()));
    return ExitCode::Usage;
}

bool checkVersionFlags(const Invocation& invocation)
{
    OptionReader reader(invocation);
    if (reader.require(QStringLiteral("from")))
        (void)reader.date(QStringLiteral("from"));
    (void)reader.currency(QStringLiteral("currency"));
    (void)reader.interval(QStringLiteral("interval"));
    return !reader.failed();
}

ExitCode addPriceVersion(Invocation& inv, catalog::CatalogService& service, PriceOwner owner, qint64 ownerId,
                         const QString& ownerName)
{
    OptionReader reader(inv);
    const auto from = reader.require(QStringLiteral("from")) ? reader.date(QStringLiteral("from")) : std::nullopt;
    if (reader.failed())
        return ExitCode::Usage;
    const auto selected = selectPrice(reader, service.catalog(), owner, ownerId, ownerName);
    if (auto* code = std::get_if<ExitCode>(&selected))
        return *code;
    const Price* price = std::get<const Price*>(selected);
    const catalog::PriceVersion* latest = price->latest();
    const auto model =
        pricingModelFromOptions(reader, price->currency, latest ? std::optional(latest->model.kind()) : std::nullopt);
    if (!model)
        return ExitCode::Usage;
    Money setupFee = latest && owner == PriceOwner::Plan ? latest->setupFee : Money::zero(price->currency);
    if (reader.isSet(QStringLiteral("setup-fee"))) {
        const auto fee = reader.amount(QStringLiteral("setup-fee"), price->currency);
        if (!fee)
            return ExitCode::Usage;
        setupFee = *fee;
    }
    if (const Status valid = model->validate(); !valid)
        return output::fail(valid.error());
    const QString label = priceLabel(*price);
    const auto added = service.addPriceVersion(price->id, *from, *model, setupFee);
    if (!added)
        return output::fail(added.error());
    output::out(QCoreApplication::translate("Cli", "%1 (%2) costs from %3: %4.")
                    .arg(ownerName, label, billingformat::dateText(added->effectiveFrom), added->model.describe()));
    return ExitCode::Ok;
}

QString priceLabel(const Price& price)
{
    if (!price.interval)
        return price.currency.code();
    return price.currency.code() + QStringLiteral(", ") + price.interval->toString();
}

} // namespace subdesk::cli
