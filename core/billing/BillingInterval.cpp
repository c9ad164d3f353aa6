#include "BillingInterval.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace subdesk::billing {

namespace {

const EnumKey<IntervalUnit> kUnits[] = {
    {IntervalUnit::Day, "day"},
    {IntervalUnit::Week, "week"},
    {IntervalUnit::Month, "month"},
    {IntervalUnit::Year, "year"},
};

} // namespace

QString intervalUnitKey(IntervalUnit unit)
{
    return enumkeys::key(kUnits, unit);
}

std::optional<IntervalUnit> intervalUnitFromKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    if (k.endsWith(QLatin1Char('s')))
        k.chop(1);
    return enumkeys::fromKey(kUnits, k);
}

Status BillingInterval::validate() const
{
    if (isValid())
        return {};
    return Error(ErrorCode::Invalid,
                 QCoreApplication::translate("Billing", "A billing interval counts between %1 and %2 units, not %3.")
                     .arg(minCount)
                     .arg(maxCount)
                     .arg(count));
}

QString BillingInterval::toString() const
{
    QString text = QString::number(count) + QLatin1Char(' ') + intervalUnitKey(unit);
    if (count != 1)
        text += QLatin1Char('s');
    return text;
}

Result<BillingInterval> BillingInterval::fromString(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d{1,9})\\s*)?([A-Za-z]+)\\s*$"));
    const auto match = pattern.match(text);
    const auto unit = match.hasMatch() ? intervalUnitFromKey(match.captured(2)) : std::nullopt;
    if (!unit) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Billing",
                                                 "\"%1\" is not a billing interval (expected e.g. \"1 month\", "
                                                 "\"3 months\", \"2 weeks\" or \"1 year\").")
                         .arg(text));
    }
    BillingInterval interval {*unit, 1};
    if (match.hasCaptured(1))
        interval.count = match.captured(1).toInt(); // at most 9 digits: always fits an int
    if (auto valid = interval.validate(); !valid)
        return valid.error();
    return interval;
}

QString BillingInterval::displayText() const
{
    if (count == 1) {
        switch (unit) {
        case IntervalUnit::Day:
            return QCoreApplication::translate("Billing", "Daily");
        case IntervalUnit::Week:
            return QCoreApplication::translate("Billing", "Weekly");
        case IntervalUnit::Month:
            return QCoreApplication::translate("Billing", "Monthly");
        case IntervalUnit::Year:
            return QCoreApplication::translate("Billing", "Yearly");
        }
    }
    switch (unit) {
    case IntervalUnit::Day:
        return QCoreApplication::translate("Billing", "Every %n day(s)", nullptr, count);
    case IntervalUnit::Week:
        return QCoreApplication::translate("Billing", "Every %n week(s)", nullptr, count);
    case IntervalUnit::Month:
        return QCoreApplication::translate("Billing", "Every %n month(s)", nullptr, count);
    case IntervalUnit::Year:
        return QCoreApplication::translate("Billing", "Every %n year(s)", nullptr, count);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace subdesk::billing
