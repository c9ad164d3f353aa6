#include "Coupon.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace subdesk::catalog {

namespace {

const EnumKey<CouponKind> kKinds[] = {
    {CouponKind::Percent, "percent", QT_TRANSLATE_NOOP("Coupon", "Percentage")},
    {CouponKind::FixedAmount, "fixed_amount", QT_TRANSLATE_NOOP("Coupon", "Fixed amount")},
};

const EnumKey<CouponDuration> kDurations[] = {
    {CouponDuration::Once, "once", QT_TRANSLATE_NOOP("Coupon", "Once")},
    {CouponDuration::Repeating, "repeating", QT_TRANSLATE_NOOP("Coupon", "Repeating")},
    {CouponDuration::Forever, "forever", QT_TRANSLATE_NOOP("Coupon", "Forever")},
};

Error invalid(const QString& message)
{
    return Error(ErrorCode::Invalid, message);
}

bool isCodeCharacter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || c == QLatin1Char('-') || c == QLatin1Char('_');
}

Status validateCode(const QString& code)
{
    if (code.isEmpty())
        return invalid(QCoreApplication::translate("Coupon", "The coupon needs a code."));
    if (code.size() < Coupon::kMinCodeLength || code.size() > Coupon::kMaxCodeLength) {
        return invalid(
            QCoreApplication::translate("Coupon", "The coupon code \"%1\" has %2 characters; it must have %3 to %4.")
                .arg(code)
                .arg(code.size())
                .arg(Coupon::kMinCodeLength)
                .arg(Coupon::kMaxCodeLength));
    }
    for (QChar c : code) {
        if (!isCodeCharacter(c)) {
            return invalid(QCoreApplication::translate("Coupon",
                                                       "The coupon code \"%1\" may only contain upper-case letters "
                                                       "A–Z, digits, \"-\" and \"_\".")
                               .arg(code));
        }
    }
    return {};
}

} // namespace

const QList<CouponKind>& allCouponKinds()
{
    static const QList<CouponKind> kinds = enumkeys::values(kKinds);
    return kinds;
}

QString couponKindKey(CouponKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<CouponKind> couponKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString couponKindName(CouponKind kind)
{
    return enumkeys::name(kKinds, kind, "Coupon");
}

const QList<CouponDuration>& allCouponDurations()
{
    static const QList<CouponDuration> durations = enumkeys::values(kDurations);
    return durations;
}

QString couponDurationKey(CouponDuration duration)
{
    return enumkeys::key(kDurations, duration);
}

std::optional<CouponDuration> couponDurationFromKey(const QString& key)
{
    return enumkeys::fromKey(kDurations, key);
}

QString couponDurationName(CouponDuration duration)
{
    return enumkeys::name(kDurations, duration, "Coupon");
}

QString formatBasisPoints(int basisPoints)
{
    // Integer arithmetic only: whole percent, then the two decimals without trailing zeros.
    const bool negative = basisPoints < 0;
    const qint64 magnitude = negative ? -qint64(basisPoints) : qint64(basisPoints);
    QString text = QString::number(magnitude / 100);
    const qint64 hundredths = magnitude % 100;
    if (hundredths != 0) {
        text += QLatin1Char('.');
        if (hundredths % 10 == 0)
            text += QString::number(hundredths / 10);
        else
            text += QString::number(hundredths).rightJustified(2, QLatin1Char('0'));
    }
    text += QLatin1Char('%');
    return negative ? QLatin1Char('-') + text : text;
}

Coupon Coupon::percentOff(QString code, QString name, int basisPoints)
{
    Coupon coupon;
    coupon.code = std::move(code);
    coupon.name = std::move(name);
    coupon.kind = CouponKind::Percent;
    coupon.percentBasisPoints = basisPoints;
    return coupon;
}

Coupon Coupon::fixedAmountOff(QString code, QString name, Money amount)
{
    Coupon coupon;
    coupon.code = std::move(code);
    coupon.name = std::move(name);
    coupon.kind = CouponKind::FixedAmount;
    coupon.amountOff = std::move(amount);
    return coupon;
}

QString Coupon::normalizedCode(const QString& typed)
{
    return typed.trimmed().toUpper();
}

Status Coupon::validate() const
{
    if (auto codeOk = validateCode(code); !codeOk)
        return codeOk;
    if (name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Coupon", "The coupon %1 needs a name.").arg(code));

    switch (kind) {
    case CouponKind::Percent:
        if (percentBasisPoints < 1 || percentBasisPoints > kMaxBasisPoints) {
            return invalid(
                QCoreApplication::translate("Coupon", "The coupon takes off %1; it must take off 0.01% to 100%.")
                    .arg(formatBasisPoints(percentBasisPoints)));
        }
        break;
    case CouponKind::FixedAmount:
        if (!amountOff.currency().isValid())
            return invalid(QCoreApplication::translate("Coupon", "The amount off has no currency."));
        if (amountOff.minorUnits() <= 0) {
            return invalid(QCoreApplication::translate("Coupon", "The amount off is %1 %2; it must be more than zero.")
                               .arg(amountOff.toPlainString(), amountOff.currency().code()));
        }
        break;
    }

    if (duration == CouponDuration::Repeating && durationPeriods < 1) {
        return invalid(QCoreApplication::translate(
                           "Coupon", "A repeating coupon must last at least 1 billing period; it is set to %1.")
                           .arg(durationPeriods));
    }
    for (const QString& plan : planCodes) {
        if (plan.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("Coupon", "One of the coupon's plan codes is empty."));
    }
    if (redemptionLimit && *redemptionLimit < 1) {
        return invalid(
            QCoreApplication::translate("Coupon", "The redemption limit is %1; it must be at least 1 (or no limit).")
                .arg(*redemptionLimit));
    }
    if (expiresOn && !expiresOn->isValid())
        return invalid(QCoreApplication::translate("Coupon", "The expiry date is not a valid date."));
    return {};
}

bool Coupon::appliesToPlan(const QString& planCode) const
{
    return planCodes.isEmpty() || planCodes.contains(planCode);
}

bool Coupon::appliesInPeriod(int periodIndex) const
{
    if (periodIndex < 0)
        return false;
    switch (duration) {
    case CouponDuration::Once:
        return periodIndex == 0;
    case CouponDuration::Repeating:
        return periodIndex < durationPeriods;
    case CouponDuration::Forever:
        return true;
    }
    Q_UNREACHABLE();
    return false;
}

Status Coupon::canRedeem(QDate on, int redemptionsSoFar) const
{
    Q_ASSERT(redemptionsSoFar >= 0);
    if (auto valid = validate(); !valid)
        return valid;
    if (!on.isValid())
        return invalid(QCoreApplication::translate("Coupon", "The redemption date is not a valid date."));
    // The expiry date itself is already refused: "valid until" is the day before.
    if (expiresOn && on >= *expiresOn) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("Coupon", "The coupon %1 expired on %2.")
                         .arg(code, expiresOn->toString(Qt::ISODate)));
    }
    if (redemptionLimit && redemptionsSoFar >= *redemptionLimit) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("Coupon", "The coupon %1 has reached its redemption limit (%2).")
                         .arg(code)
                         .arg(*redemptionLimit));
    }
    return {};
}

} // namespace subdesk::catalog
