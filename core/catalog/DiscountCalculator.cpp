#include "DiscountCalculator.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace subdesk::catalog {

namespace {

Error invalid(const QString& message)
{
    return Error(ErrorCode::Invalid, message);
}

/** Every line has the same valid currency (the coupon's for a fixed amount) and is not negative. */
Status checkLines(const Coupon& coupon, const QList<DiscountableLine>& lines)
{
    const Currency& currency = lines.first().amount.currency();
    for (const DiscountableLine& line : lines) {
        const Currency& lineCurrency = line.amount.currency();
        if (!lineCurrency.isValid()) {
            return invalid(
                QCoreApplication::translate("Coupon", "The line \"%1\" has no currency.").arg(line.description));
        }
        if (coupon.kind == CouponKind::FixedAmount && lineCurrency != coupon.amountOff.currency()) {
            return invalid(
                QCoreApplication::translate("Coupon",
                                            "The line \"%1\" is in %2, but the coupon %3 takes off an amount in %4.")
                    .arg(line.description, lineCurrency.code(), coupon.code, coupon.amountOff.currency().code()));
        }
        if (lineCurrency != currency) {
            return invalid(
                QCoreApplication::translate("Coupon", "The line \"%1\" is in %2, but the lines before it are in %3.")
                    .arg(line.description, lineCurrency.code(), currency.code()));
        }
        if (line.amount.isNegative()) {
            return invalid(QCoreApplication::translate(
                               "Coupon", "The line \"%1\" is %2; a coupon only discounts lines of zero or more.")
                               .arg(line.description, line.amount.toPlainString()));
        }
    }
    return {};
}

Result<Money> sumOf(const QList<Money>& amounts, const Currency& currency)
{
    Money total = Money::zero(currency);
    for (const Money& amount : amounts) {
        auto sum = total.add(amount);
        if (!sum)
            return sum.error();
        total = *sum;
    }
    return total;
}

/** "33.33 → 8.33, 66.67 → 16.67": each line and what the coupon takes off it (as a positive amount). */
QString perLineText(const QList<DiscountableLine>& lines, const QList<qint64>& takenOffMinor)
{
    QStringList parts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Money& amount = lines[i].amount;
        parts.append(amount.toPlainString() + QStringLiteral(" → ")
                     + Money(takenOffMinor[i], amount.currency()).toPlainString());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<DiscountResult> DiscountCalculator::apply(const QList<DiscountableLine>& lines) const
{
    if (auto valid = m_coupon.validate(); !valid)
        return valid.error();
    if (lines.isEmpty()) {
        const bool fixed = m_coupon.kind == CouponKind::FixedAmount;
        return DiscountResult {{}, fixed ? Money::zero(m_coupon.amountOff.currency()) : Money(), QString()};
    }
    if (auto linesOk = checkLines(m_coupon, lines); !linesOk)
        return linesOk.error();

    QList<Money> amounts;
    amounts.reserve(lines.size());
    for (const DiscountableLine& line : lines)
        amounts.append(line.amount);
    const auto linesTotal = sumOf(amounts, lines.first().amount.currency());
    if (!linesTotal)
        return linesTotal.error();

    switch (m_coupon.kind) {
    case CouponKind::Percent:
        return applyPercent(lines, *linesTotal);
    case CouponKind::FixedAmount:
        return applyFixedAmount(lines, *linesTotal);
    }
    Q_UNREACHABLE();
    return invalid(QString());
}

Result<DiscountResult> DiscountCalculator::applyPercent(const QList<DiscountableLine>& lines,
                                                        const Money& linesTotal) const
{
    // Rounded once per line (see the class comment): a line's discount belongs to that line's tax group.
    DiscountResult result;
    QList<qint64> takenOff;
    for (const DiscountableLine& line : lines) {
        const auto off = line.amount.scaled(m_coupon.percentBasisPoints, Coupon::kMaxBasisPoints);
        if (!off)
            return off.error();
        // 0 ≤ amount × bp / 10000 ≤ amount, and rounding an exact value ≤ an integer stays ≤ it.
        Q_ASSERT(off->minorUnits() >= 0 && off->minorUnits() <= line.amount.minorUnits());
        const auto negated = off->negated();
        if (!negated)
            return negated.error();
        takenOff.append(off->minorUnits());
        result.perLine.append(*negated);
    }
    const auto total = sumOf(result.perLine, linesTotal.currency());
    if (!total)
        return total.error();
    result.total = *total;

    const QString percent = formatBasisPoints(m_coupon.percentBasisPoints);
    if (lines.size() == 1) {
        //: Derivation of a percentage discount line: %1 coupon code, %2 percentage, %3 the line's
        //: amount, %4 the (negative) discount.
        result.derivation = QCoreApplication::translate("Coupon", "Coupon %1: %2 of %3 = %4")
                                .arg(m_coupon.code, percent, linesTotal.toPlainString(), total->toPlainString());
    } else {
        //: Derivation of a percentage discount over several lines, rounded per line: %1 coupon code,
        //: %2 percentage, %3 "line amount → amount off" for each line, %4 the (negative) discount.
        result.derivation = QCoreApplication::translate("Coupon", "Coupon %1: %2 of each line (%3) = %4")
                                .arg(m_coupon.code, percent, perLineText(lines, takenOff), total->toPlainString());
    }
    return result;
}

Result<DiscountResult> DiscountCalculator::applyFixedAmount(const QList<DiscountableLine>& lines,
                                                            const Money& linesTotal) const
{
    // Never more than the lines total, so no line can go below zero (BILLING.md §7).
    const bool capped = m_coupon.amountOff.minorUnits() > linesTotal.minorUnits();
    const Money cap = capped ? linesTotal : m_coupon.amountOff;

    QList<qint64> weights;
    weights.reserve(lines.size());
    for (const DiscountableLine& line : lines)
        weights.append(line.amount.minorUnits());
    // With cap ≤ sum of weights, each part is at most its own weight (largest remainder rounds each
    // exact share cap × w / sum < w up by at most one unit). All-zero lines split a zero cap.
    const auto parts = cap.allocate(weights);
    if (!parts)
        return parts.error();

    DiscountResult result;
    QList<qint64> takenOff;
    for (qsizetype i = 0; i < parts->size(); ++i) {
        const Money& part = parts->at(i);
        Q_ASSERT(part.minorUnits() >= 0 && part.minorUnits() <= lines[i].amount.minorUnits());
        const auto negated = part.negated();
        if (!negated)
            return negated.error();
        takenOff.append(part.minorUnits());
        result.perLine.append(*negated);
    }
    const auto total = cap.negated();
    if (!total)
        return total.error();
    result.total = *total;

    const QString off = m_coupon.amountOff.toPlainString();
    const QString of = linesTotal.toPlainString();
    const QString discount = total->toPlainString();
    if (lines.size() == 1 && !capped) {
        //: Derivation of a fixed discount on one line: %1 coupon code, %2 amount off, %3 the line's
        //: amount, %4 the (negative) discount.
        result.derivation =
            QCoreApplication::translate("Coupon", "Coupon %1: %2 off %3 = %4").arg(m_coupon.code, off, of, discount);
    } else if (lines.size() == 1) {
        //: Derivation of a fixed discount larger than its one line: %1 coupon code, %2 amount off,
        //: %3 the line's amount, %4 the (negative) discount, which equals the line.
        result.derivation =
            QCoreApplication::translate("Coupon", "Coupon %1: %2 off %3 (capped at the lines' total) = %4")
                .arg(m_coupon.code, off, of, discount);
    } else if (!capped) {
        //: Derivation of a fixed discount split over several lines: %1 coupon code, %2 amount off,
        //: %3 the lines' total, %4 "line amount → share of the discount" for each line, %5 the
        //: (negative) discount.
        result.derivation = QCoreApplication::translate("Coupon", "Coupon %1: %2 off %3, split in proportion (%4) = %5")
                                .arg(m_coupon.code, off, of, perLineText(lines, takenOff), discount);
    } else {
        //: As "Coupon %1: %2 off %3, split in proportion (%4) = %5", for an amount off larger than
        //: the lines' total %3, which is then taken off entirely.
        result.derivation =
            QCoreApplication::translate(
                "Coupon", "Coupon %1: %2 off %3 (capped at the lines' total), split in proportion (%4) = %5")
                .arg(m_coupon.code, off, of, perLineText(lines, takenOff), discount);
    }
    return result;
}

} // namespace subdesk::catalog
