#include "TaxCalculator.h"

#include "TaxCategory.h"
#include "common/Countries.h"
#include "money/MoneyMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace subdesk::tax {

namespace {

// GCC and Clang have a 128-bit integer; the per-line extraction below needs exact intermediates.
__extension__ typedef __int128 i128;

constexpr qint64 kHundredPercentBp = 10000;

/** Category, rate and exemption code of one line before amounts are looked at. */
struct Treatment
{
    TaxCategory category = TaxCategory::Standard;
    int rateBp = 0;
    QString exemptionCode;
};

/** How the whole document is taxed: the same for every line except for the rate lookup. */
enum class Regime
{
    Exempt, ///< the seller's small-business exemption
    ReverseCharge, ///< EU B2B across borders
    Export, ///< buyer outside the EU
    Domestic, ///< the seller's rates
    Oss, ///< an EU consumer in another member state: the buyer's rates
};

Regime regimeOf(const TaxContext& context)
{
    if (context.sellerExempt)
        return Regime::Exempt;
    // A buyer without a country is treated as one in the seller's country.
    const QString buyerCountry = context.buyerCountry.isEmpty() ? context.sellerCountry : context.buyerCountry;
    if (buyerCountry == context.sellerCountry)
        return Regime::Domestic;
    const bool sellerInEu = isEuCountry(context.sellerCountry);
    const bool buyerInEu = isEuCountry(buyerCountry);
    if (!buyerInEu)
        return Regime::Export;
    if (sellerInEu && !context.buyerVatId.trimmed().isEmpty())
        return Regime::ReverseCharge;
    return sellerInEu ? Regime::Oss : Regime::Domestic;
}

/** The rate of (country, class) on the day; the latest-starting one should spans ever overlap. */
const TaxRate* findRate(const QList<TaxRate>& rates, const QString& country, TaxClass taxClass, QDate day)
{
    const TaxRate* found = nullptr;
    for (const TaxRate& rate : rates) {
        if (rate.country != country || rate.taxClass != taxClass || !rate.appliesOn(day))
            continue;
        if (!found || rate.validFrom > found->validFrom)
            found = &rate;
    }
    return found;
}

Result<Treatment> treatmentOf(const TaxContext& context, Regime regime, TaxClass taxClass)
{
    switch (regime) {
    case Regime::Exempt:
        // No EU-wide VATEX code covers the small-business exemption; the exemption text does (BR-E-10).
        return Treatment {TaxCategory::Exempt, 0, QString()};
    case Regime::ReverseCharge:
        return Treatment {TaxCategory::ReverseCharge, 0, QStringLiteral("VATEX-EU-AE")};
    case Regime::Export:
        return Treatment {TaxCategory::Export, 0, QStringLiteral("VATEX-EU-G")};
    case Regime::Domestic:
    case Regime::Oss:
        break;
    }
    if (taxClass == TaxClass::Zero)
        return Treatment {TaxCategory::Zero, 0, QString()};
    const QString country = regime == Regime::Oss ? context.buyerCountry : context.sellerCountry;
    const TaxRate* rate = findRate(context.rates, country, taxClass, context.taxPoint);
    if (!rate) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("TaxCalculator", "No %1 rate for %2 on %3 in the tax-rate table.")
                         .arg(taxClassName(taxClass), country, context.taxPoint.toString(Qt::ISODate)));
    }
    if (rate->rateBp == 0)
        return Treatment {TaxCategory::Zero, 0, QString()};
    return Treatment {TaxCategory::Standard, rate->rateBp, QString()};
}

/**
 * Splits a group's net (already rounded once on the group's gross) over its lines so that the parts
 * sum exactly to it: each line gets its exact share gross × 10000 / (10000 + rate) rounded toward
 * zero in the group's direction, and the minor units still missing go to the lines with the largest
 * remainders (earlier lines on ties). The work is done on the group's sign (a credit note's lines are
 * negated, split and negated back), so a credit note mirrors the invoice it cancels line by line.
 * Unlike moneymath::allocate this accepts lines of both signs (a credit line next to a charge in the
 * same group), and every line stays within one minor unit of its exact net.
 */
QList<qint64> splitNet(qint64 groupNet, const QList<qint64>& grossParts, int rateBp)
{
    const i128 sign = groupNet < 0 ? -1 : 1;
    const i128 den = kHundredPercentBp + rateBp;
    QList<qint64> parts(grossParts.size());
    QList<i128> remainders(grossParts.size());
    i128 assigned = 0;
    for (int i = 0; i < grossParts.size(); ++i) {
        const i128 exact = sign * i128(grossParts[i]) * kHundredPercentBp;
        i128 floorPart = exact / den;
        i128 remainder = exact % den;
        if (remainder < 0) { // C++ division truncates toward zero; we want the floor
            floorPart -= 1;
            remainder += den;
        }
        parts[i] = qint64(floorPart);
        remainders[i] = remainder;
        assigned += floorPart;
    }
    QList<int> order(grossParts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders[a] > remainders[b]; });
    // |groupNet| is the half-up rounded sum of the exact shares, so 0 ≤ leftover ≤ number of lines.
    i128 leftover = sign * i128(groupNet) - assigned;
    Q_ASSERT(leftover >= 0 && leftover <= grossParts.size());
    for (int k = 0; leftover > 0; ++k, --leftover)
        ++parts[order[k % order.size()]];
    if (sign < 0) {
        for (qint64& part : parts)
            part = -part;
    }
    return parts;
}

struct GroupAccumulator
{
    Treatment treatment;
    QList<int> lineIndexes;
    qint64 amountSum = 0; ///< net (exclusive) or gross (inclusive)
};

bool groupOrder(const TaxGroupTotal& a, const TaxGroupTotal& b)
{
    const QString codeA = taxCategoryCode(a.category);
    const QString codeB = taxCategoryCode(b.category);
    if (codeA != codeB)
        return codeA < codeB;
    return a.rateBp > b.rateBp;
}

} // namespace

Result<TaxResult> TaxCalculator::compute(const TaxContext& context, const QList<TaxLineInput>& lines)
{
    const Regime regime = regimeOf(context);
    TaxResult result;
    result.lines.resize(lines.size());

    // Group the lines by (category, rate) in order of first appearance.
    QList<GroupAccumulator> groups;
    for (int i = 0; i < lines.size(); ++i) {
        Result<Treatment> treatment = treatmentOf(context, regime, lines[i].taxClass);
        if (!treatment)
            return treatment.error();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const GroupAccumulator& g) {
            return g.treatment.category == treatment->category && g.treatment.rateBp == treatment->rateBp;
        });
        if (it == groups.end()) {
            groups.append(GroupAccumulator {*treatment, {}, 0});
            it = std::prev(groups.end());
        }
        Result<qint64> sum = moneymath::checkedAdd(it->amountSum, lines[i].amountMinor);
        if (!sum)
            return sum.error();
        it->amountSum = *sum;
        it->lineIndexes.append(i);
        result.lines[i].category = treatment->category;
        result.lines[i].rateBp = treatment->rateBp;
        result.lines[i].netMinor = lines[i].amountMinor;
    }

    for (const GroupAccumulator& group : std::as_const(groups)) {
        TaxGroupTotal total;
        total.category = group.treatment.category;
        total.rateBp = group.treatment.rateBp;
        total.exemptionCode = group.treatment.exemptionCode;
        if (context.pricesIncludeTax) {
            // Extracted once from the group's gross sum (BILLING.md §8), then spread over the lines.
            Result<qint64> net =
                moneymath::mulDivRoundHalfUp(group.amountSum, kHundredPercentBp, kHundredPercentBp + total.rateBp);
            if (!net)
                return net.error();
            total.taxableMinor = *net;
            total.taxMinor = group.amountSum - *net; // |net| ≤ |gross| with the same sign: cannot overflow
            QList<qint64> grossParts;
            grossParts.reserve(group.lineIndexes.size());
            for (int index : group.lineIndexes)
                grossParts.append(lines[index].amountMinor);
            const QList<qint64> netParts = splitNet(*net, grossParts, total.rateBp);
            for (int k = 0; k < group.lineIndexes.size(); ++k)
                result.lines[group.lineIndexes[k]].netMinor = netParts[k];
        } else {
            // Computed once on the group's net sum and rounded once (BILLING.md §8).
            Result<qint64> tax = moneymath::mulDivRoundHalfUp(group.amountSum, total.rateBp, kHundredPercentBp);
            if (!tax)
                return tax.error();
            total.taxableMinor = group.amountSum;
            total.taxMinor = *tax;
        }
        result.groups.append(total);
    }
    std::stable_sort(result.groups.begin(), result.groups.end(), groupOrder);

    for (const TaxGroupTotal& group : std::as_const(result.groups)) {
        Result<qint64> net = moneymath::checkedAdd(result.netMinor, group.taxableMinor);
        if (!net)
            return net.error();
        Result<qint64> tax = moneymath::checkedAdd(result.taxMinor, group.taxMinor);
        if (!tax)
            return tax.error();
        result.netMinor = *net;
        result.taxMinor = *tax;
    }
    Result<qint64> gross = moneymath::checkedAdd(result.netMinor, result.taxMinor);
    if (!gross)
        return gross.error();
    result.grossMinor = *gross;
    return result;
}

bool isEuCountry(const QString& country)
{
    return countries::isEuMember(country);
}

} // namespace subdesk::tax
