#pragma once

#include "TaxRate.h"
#include "common/Result.h"

#include <QList>

namespace subdesk::tax {

/** Who sells to whom, which decides the category and rate of every line (BILLING.md §8). */
struct TaxContext
{
    QString sellerCountry; ///< ISO 3166-1 alpha-2
    bool sellerExempt = false; ///< small-business exemption: everything category E
    QString buyerCountry;
    QString buyerVatId; ///< empty for consumers
    bool pricesIncludeTax = false;
    QDate taxPoint; ///< the date whose rates apply (the issue date)
    QList<TaxRate> rates;
};

/** One line to tax: its class and its amount as entered (net, or gross for inclusive prices). */
struct TaxLineInput
{
    TaxClass taxClass = TaxClass::Standard;
    qint64 amountMinor = 0;
};

struct TaxedLine
{
    TaxCategory category = TaxCategory::Standard;
    int rateBp = 0;
    qint64 netMinor = 0;
};

struct TaxGroupTotal
{
    TaxCategory category = TaxCategory::Standard;
    int rateBp = 0;
    qint64 taxableMinor = 0;
    qint64 taxMinor = 0;
    QString exemptionCode; ///< "VATEX-EU-AE", "VATEX-EU-G" or "VATEX-EU-132"-style code for E (empty otherwise)
};

struct TaxResult
{
    QList<TaxedLine> lines; ///< parallel to the input
    QList<TaxGroupTotal> groups; ///< ordered by category code then rate descending
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 grossMinor = 0;
};

/**
 * Taxes a document's lines (BILLING.md §8), documented rule by rule in docs/billing-rules.md:
 * - seller exempt → E; buyer in another EU country with a VAT ID → AE (reverse charge);
 *   buyer outside the EU → G; else the rate of (class, country) on the tax point, where country is
 *   the buyer's for an EU consumer in another EU country (OSS) and the seller's otherwise; class
 *   Zero or a 0 rate → Z.
 * - lines are grouped by (category, rate); exclusive: tax = round_half_up(net sum × rate) once per
 *   group; inclusive: net = round_half_up(gross sum ÷ (1 + rate)) once per group, tax = gross − net,
 *   and the group's net is allocated over its lines (largest remainder) so lines sum exactly.
 * Fails with Invalid naming the country and class when no rate applies on the tax point.
 */
class TaxCalculator
{
public:
    static Result<TaxResult> compute(const TaxContext& context, const QList<TaxLineInput>& lines);
};

/** The EU member states (ISO 3166-1 alpha-2, GR for Greece) for the rules above. */
bool isEuCountry(const QString& country);

} // namespace subdesk::tax
