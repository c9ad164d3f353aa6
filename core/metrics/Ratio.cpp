#include "Ratio.h"

namespace subdesk::metrics {

namespace {

__extension__ typedef __int128 i128;

/** round(num × factor ÷ den), half away from zero, in 128 bits (den > 0). */
qint64 scaledRounded(qint64 num, qint64 factor, qint64 den)
{
    Q_ASSERT(den > 0);
    const i128 n = i128(num) * factor;
    const bool negative = n < 0;
    const i128 magnitude = negative ? -n : n;
    i128 q = magnitude / den;
    if ((magnitude % den) * 2 >= den)
        ++q;
    return qint64(negative ? -q : q);
}

} // namespace

bool operator==(const Ratio& a, const Ratio& b)
{
    return i128(a.num) * b.den == i128(b.num) * a.den;
}

qint64 Ratio::basisPoints() const
{
    return scaledRounded(num, 10000, den);
}

qint64 Ratio::percentScaled(int decimals) const
{
    qint64 factor = 100;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    return scaledRounded(num, factor, den);
}

} // namespace subdesk::metrics
