#include "MoneyMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

namespace subdesk::moneymath {

namespace {

// GCC and Clang (also MinGW and clang-cl) have a 128-bit integer; BILLING.md §1 wants exact intermediates.
__extension__ typedef __int128 i128;

Error overflow()
{
    return Error(ErrorCode::Overflow, QCoreApplication::translate("Money", "The amount is too large."));
}

bool fits(i128 v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

} // namespace

Result<qint64> mulDivRoundHalfUp(qint64 value, qint64 num, qint64 den)
{
    Q_ASSERT(den != 0);
    i128 n = i128(value) * i128(num);
    i128 d = den;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const bool negative = n < 0;
    const i128 magnitude = negative ? -n : n;
    i128 q = magnitude / d;
    const i128 r = magnitude % d;
    if (r * 2 >= d) // half goes away from zero
        ++q;
    const i128 result = negative ? -q : q;
    if (!fits(result))
        return overflow();
    return qint64(result);
}

Result<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return overflow();
    return r;
}

Result<qint64> checkedSub(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_sub_overflow(a, b, &r))
        return overflow();
    return r;
}

Result<qint64> checkedMul(qint64 a, qint64 k)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, k, &r))
        return overflow();
    return r;
}

Result<QList<qint64>> allocate(qint64 total, const QList<qint64>& weights)
{
    if (weights.isEmpty())
        return Error(ErrorCode::Invalid, QCoreApplication::translate("Money", "Nothing to split the amount over."));
    i128 weightSum = 0;
    for (qint64 w : weights) {
        if (w < 0)
            return Error(ErrorCode::Invalid, QCoreApplication::translate("Money", "A split weight is negative."));
        weightSum += w;
    }
    QList<qint64> effective = weights;
    if (weightSum == 0) {
        std::fill(effective.begin(), effective.end(), 1);
        weightSum = effective.size();
    }

    const bool negative = total < 0;
    const i128 magnitude = negative ? -i128(total) : i128(total);
    QList<qint64> parts(effective.size());
    QList<i128> remainders(effective.size());
    i128 assigned = 0;
    for (int i = 0; i < effective.size(); ++i) {
        const i128 exact = magnitude * effective[i];
        parts[i] = qint64(exact / weightSum);
        remainders[i] = exact % weightSum;
        assigned += parts[i];
    }
    // Hand the leftover minor units to the largest remainders, earlier parts first on ties.
    QList<int> order(effective.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders[a] > remainders[b]; });
    i128 leftover = magnitude - assigned;
    for (int k = 0; leftover > 0; ++k, --leftover)
        ++parts[order[k % order.size()]];
    if (negative) {
        for (qint64& p : parts)
            p = -p;
    }
    return parts;
}

} // namespace subdesk::moneymath
