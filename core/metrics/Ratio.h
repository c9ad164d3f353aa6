#pragma once

#include <QtGlobal>

namespace subdesk::metrics {

/**
 * An exact ratio num ÷ den (den > 0), so rates (churn, NRR, NPS) are computed without floating
 * point and rounded only for display. A figure whose denominator would be 0 is std::nullopt at
 * the call site, never a Ratio.
 */
struct Ratio
{
    qint64 num = 0;
    qint64 den = 1;

    /** The ratio in basis points (1 % = 100), rounded half away from zero. */
    qint64 basisPoints() const;
    /** The ratio × 100 rounded half away from zero to `decimals` places, as an integer: percent(1) of 1/3 = 333. */
    qint64 percentScaled(int decimals) const;
    double toDouble() const { return den == 0 ? 0.0 : double(num) / double(den); }
    /** Equal in value (1/5 == 2/10), compared exactly. */
    friend bool operator==(const Ratio& a, const Ratio& b);
};

} // namespace subdesk::metrics
