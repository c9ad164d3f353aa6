#pragma once

#include "BillingCalendar.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QList>
#include <QString>

namespace subdesk::billing {

/**
 * Whole-day proration (BILLING.md §4): the charge for a part [a, b) of a full period [p, q) is
 * round_half_up(price × days(a, b) / days(p, q)), computed exactly and rounded once per line.
 * Pure functions: no storage, no clock.
 */

/** One generated line: its amount, the part of the period it covers and how it was computed. */
struct ProrationLine
{
    /** e.g. "Pro 24.95 × 22/30 days (2021-09-25 → 2021-10-17) = 18.30"; credits show the price negated. */
    QString derivation;
    Money amount;
    BillingPeriod part;
};

/**
 * price × days(part) / days(full), rounded HALF_UP once. Invalid when full is empty or invalid,
 * or part is not a valid period inside full; an Overflow error when the result leaves qint64.
 */
Result<Money> prorate(const Money& price, BillingPeriod part, BillingPeriod full);

/** prorate() as a line with its derivation under name (a plan, add-on or quantity label). */
Result<ProrationLine> proratedLine(const QString& name, const Money& price, BillingPeriod part, BillingPeriod full);

/**
 * An immediate change on changeDate c inside the billed period current = [p, q): first the credit
 * line −oldPrice × days(c, q) / days(p, q), then the charge line +newPrice × days(c, q) / days(p, q),
 * each rounded once. The period stays as it was. For a second change in the same period pass the
 * price the first one put in effect as oldPrice: its credit then undoes exactly what is left of
 * that charge. Errors: the prices are in different currencies, or c is not in [p, q) (a change on
 * q is a change at period end, which is not prorated).
 */
Result<QList<ProrationLine>> immediateChange(const QString& oldName, const Money& oldPrice, const QString& newName,
                                             const Money& newPrice, BillingPeriod current, QDate changeDate);

/**
 * Cancelling immediately on cancelDate c inside current = [p, q): the credit for the unused part,
 * −price × days(c, q) / days(p, q). Cancelling on p credits the whole price. c must be in [p, q).
 */
Result<ProrationLine> cancelCredit(const QString& name, const Money& price, BillingPeriod current, QDate cancelDate);

} // namespace subdesk::billing
