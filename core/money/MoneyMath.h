#pragma once

#include "common/Result.h"

#include <QList>

namespace subdesk::moneymath {

/**
 * round_half_up(value × num / den) computed exactly with 128-bit intermediates (BILLING.md §1):
 * 0.5 rounds away from zero. den must be non-zero; a result outside qint64 is an Overflow error.
 */
Result<qint64> mulDivRoundHalfUp(qint64 value, qint64 num, qint64 den);

/** a + b, a − b and a × k, each an Overflow error instead of wrapping. */
Result<qint64> checkedAdd(qint64 a, qint64 b);
Result<qint64> checkedSub(qint64 a, qint64 b);
Result<qint64> checkedMul(qint64 a, qint64 k);

/**
 * Splits total over parts proportional to non-negative weights so that the parts sum exactly to
 * total (largest-remainder method; ties go to the earlier part). All-zero weights split evenly.
 */
Result<QList<qint64>> allocate(qint64 total, const QList<qint64>& weights);

} // namespace subdesk::moneymath
