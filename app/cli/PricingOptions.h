#pragma once

#include "CommandSupport.h"
#include "catalog/Price.h"

#include <variant>

namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::cli {

/** What kind of price the flags describe: which of --interval and --setup-fee apply. */
struct PriceFlags
{
    bool interval = true; ///< recurring plan and add-on prices have one
    bool setupFee = false; ///< plan prices only
};

/** --model, --price, --tier, --package-size and --free-units: a pricing model. */
QList<OptionSpec> pricingModelOptions();

/** --currency, --interval (when flags.interval), the model flags, --setup-fee (flags.setupFee), --from. */
QList<OptionSpec> priceOptions(PriceFlags flags, bool fromRequired = false);

/** Whether any flag of pricingModelOptions() was given. */
bool pricingModelGiven(const Invocation& invocation);

/**
 * A tier written "UPTO:UNIT[:FLAT]" (UPTO a whole number or "inf"), e.g. "10:5.00" or
 * "inf:4.00:10.00"; Invalid with a message saying how to write it.
 */
Result<catalog::PriceTier> parseTier(const QString& text, const Currency& currency);

/**
 * The pricing model the flags describe, in currency. The kind comes from --model, else fallback;
 * flags that do not fit the kind (--tier for a flat price) are usage errors. The model is not
 * validated here (tier order and amounts are the catalog's rules, reported with exit status 1).
 */
std::optional<catalog::PricingModel> pricingModelFromOptions(OptionReader& reader, const Currency& currency,
                                                             std::optional<catalog::PricingKind> fallback = {});

/**
 * A new price (owner and ownerId left for the caller) with its first version from the flags:
 * --currency required, --interval required when flags.interval and refused otherwise, --from
 * defaulting to today.
 */
std::optional<catalog::Price> priceFromOptions(OptionReader& reader, PriceFlags flags, QDate today);

/**
 * The price of owner that --currency and --interval select among its prices that are not archived;
 * either flag may be left out when only one price fits. No fitting price is a refusal (exit 1),
 * several are a usage error asking for the flags.
 */
std::variant<const catalog::Price*, ExitCode> selectPrice(OptionReader& reader, const catalog::Catalog& catalog,
                                                          catalog::PriceOwner owner, qint64 ownerId,
                                                          const QString& ownerName);

/**
 * The flags of a `version` command that can be checked before the company file is opened: --from
 * (required), --currency and --interval. Reports the first usage error and returns false.
 */
bool checkVersionFlags(const Invocation& invocation);

/**
 * `plans/addons/metered version`: selects the owner's price by --currency and --interval, reads the
 * model from the flags (its kind defaults to the current version's; a plan's setup fee too) and adds
 * the version from --from (required). Prints what it did; returns the exit status.
 */
ExitCode addPriceVersion(Invocation& invocation, catalog::CatalogService& service, catalog::PriceOwner owner,
                         qint64 ownerId, const QString& ownerName);

/** "EUR, 1 month" or "EUR" for a price without interval. */
QString priceLabel(const catalog::Price& price);

} // namespace subdesk::cli
