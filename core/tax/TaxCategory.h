#pragma once

#include <QString>

#include <optional>

namespace subdesk::tax {

/**
 * What kind of supply a line is for VAT purposes, as set on catalog items and manual lines. The rate
 * comes from (class, country, date) in the tax-rate table (BILLING.md §8).
 */
enum class TaxClass
{
    Standard,
    Reduced,
    Reduced2, ///< a second reduced rate (e.g. PL 5 %, IT 5 %)
    SuperReduced,
    Zero, ///< zero-rated supply (UBL category Z)
};

QString taxClassKey(TaxClass taxClass); ///< "standard", "reduced", "reduced2", "super_reduced", "zero"
std::optional<TaxClass> taxClassFromKey(const QString& key);
QString taxClassName(TaxClass taxClass); ///< translated

/** EN 16931 VAT category (UNCL5305 subset) that applied to a line or a tax group. */
enum class TaxCategory
{
    Standard, ///< S
    Zero, ///< Z
    Exempt, ///< E: e.g. the small-business exemption; carries an exemption text
    ReverseCharge, ///< AE: EU B2B across borders, rate 0, "Reverse charge"
    IntraCommunity, ///< K
    Export, ///< G: customer outside the EU
    OutOfScope, ///< O
};

QString taxCategoryCode(TaxCategory category); ///< "S", "Z", "E", "AE", "K", "G", "O"
std::optional<TaxCategory> taxCategoryFromCode(const QString& code);
QString taxCategoryName(TaxCategory category); ///< translated

} // namespace subdesk::tax
