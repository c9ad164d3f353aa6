#include "Proration.h"

#include <QCoreApplication>

namespace subdesk::billing {

namespace {

Error invalid(const QString& message)
{
    return Error(ErrorCode::Invalid, message);
}

Status checkDateInside(QDate date, BillingPeriod current)
{
    if (!current.isValid() || current.isEmpty()) {
        return invalid(QCoreApplication::translate("Billing", "The billing period %1 is empty or not a valid period.")
                           .arg(current.toString()));
    }
    if (!current.contains(date)) {
        return invalid(QCoreApplication::translate("Billing", "%1 is not inside the billing period %2.")
                           .arg(date.toString(Qt::ISODate), current.toString()));
    }
    return {};
}

/** The credit for the unused part [c, q) of current: the price negated, prorated. */
Result<ProrationLine> creditLine(const QString& name, const Money& price, BillingPeriod current, QDate date)
{
    const auto negated = price.negated();
    if (!negated)
        return negated.error();
    return proratedLine(name, *negated, BillingPeriod {date, current.end}, current);
}

} // namespace

Result<Money> prorate(const Money& price, BillingPeriod part, BillingPeriod full)
{
    if (!full.isValid() || full.isEmpty()) {
        return invalid(QCoreApplication::translate("Billing", "The billing period %1 is empty or not a valid period.")
                           .arg(full.toString()));
    }
    if (!full.covers(part)) {
        return invalid(QCoreApplication::translate("Billing", "The part %1 is not inside the billing period %2.")
                           .arg(part.toString(), full.toString()));
    }
    return price.scaled(part.days(), full.days());
}

Result<ProrationLine> proratedLine(const QString& name, const Money& price, BillingPeriod part, BillingPeriod full)
{
    const auto amount = prorate(price, part, full);
    if (!amount)
        return amount.error();
    //: How a prorated line was computed: %1 plan or item, %2 price, %3 days charged, %4 days in the
    //: full period, %5 and %6 first and end date of the part (end excluded), %7 the result.
    const QString derivation =
        QCoreApplication::translate("Billing", "%1 %2 × %3/%4 days (%5 → %6) = %7")
            .arg(name, price.toPlainString(), QString::number(part.days()), QString::number(full.days()),
                 part.start.toString(Qt::ISODate), part.end.toString(Qt::ISODate), amount->toPlainString());
    return ProrationLine {derivation, *amount, part};
}

Result<QList<ProrationLine>> immediateChange(const QString& oldName, const Money& oldPrice, const QString& newName,
                                             const Money& newPrice, BillingPeriod current, QDate changeDate)
{
    if (oldPrice.currency() != newPrice.currency()) {
        return invalid(
            QCoreApplication::translate("Billing", "Cannot change from a price in %1 to a price in %2 within a period.")
                .arg(oldPrice.currency().code(), newPrice.currency().code()));
    }
    if (auto inside = checkDateInside(changeDate, current); !inside)
        return inside.error();
    const auto credit = creditLine(oldName, oldPrice, current, changeDate);
    if (!credit)
        return credit.error();
    const auto charge = proratedLine(newName, newPrice, BillingPeriod {changeDate, current.end}, current);
    if (!charge)
        return charge.error();
    return QList<ProrationLine> {*credit, *charge};
}

Result<ProrationLine> cancelCredit(const QString& name, const Money& price, BillingPeriod current, QDate cancelDate)
{
    if (auto inside = checkDateInside(cancelDate, current); !inside)
        return inside.error();
    return creditLine(name, price, current, cancelDate);
}

} // namespace subdesk::billing
