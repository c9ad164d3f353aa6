#pragma once

#include "CommandSupport.h"
#include "catalog/Coupon.h"
#include "catalog/Plan.h"

namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::cli {

/** Which catalog entries a list shows. */
enum class ArchiveFilter
{
    Active,
    Archived,
    All,
};

/** --status active|archived|all (default active). */
OptionSpec archiveFilterOption();
std::optional<ArchiveFilter> archiveFilterFromOptions(OptionReader& reader);
bool matches(ArchiveFilter filter, bool archived);

/**
 * The plan flags of `plans add` and `plans edit`: --name, --product, --description, --feature,
 * --trial-days, --term-periods, --term-end and --addon (edit adds --clear-features and --clear-addons).
 */
QList<OptionSpec> planFieldOptions(bool forEdit);

/**
 * Applies the plan flags that need no catalog (all but --product and --addon) to plan. A repeated
 * --feature replaces the list. Returns false on a usage error (already reported); *changed is set
 * when a flag was given.
 */
bool applyPlanFields(OptionReader& reader, catalog::Plan& plan, bool* changed = nullptr);

/**
 * Applies --addon (each an add-on code; the set is replaced) and --clear-addons against the
 * catalog. An unknown code is reported (exit status 1) and false returned.
 */
bool applyPlanAddOns(const OptionReader& reader, const catalog::Catalog& catalog, catalog::Plan& plan);

/**
 * The product named --product (compared ignoring case), created when there is none; nullopt when
 * the flag is absent. On a refused save the message is reported and *failed set.
 */
std::optional<ProductId> productFromOptions(const OptionReader& reader, catalog::CatalogService& service, bool* failed);

/**
 * The coupon flags of `coupons add` and `coupons edit`: --name, --percent, --amount, --currency,
 * --duration, --periods, --plan, --limit, --expires (edit adds --clear-plans; an empty --limit or
 * --expires clears it).
 */
QList<OptionSpec> couponFieldOptions(bool forEdit);

/** Applies the coupon flags given; false on a usage error (reported). */
bool applyCouponFields(OptionReader& reader, catalog::Coupon& coupon, bool* changed = nullptr);

/** "12.5" → 1250 basis points; nullopt when not a percentage with at most two decimals. */
std::optional<int> parseBasisPoints(const QString& text);

} // namespace subdesk::cli
