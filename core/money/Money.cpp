#include "Money.h"

#include "MoneyMath.h"

#include <QCoreApplication>

#include <limits>

namespace subdesk {

Result<Money> Money::sameCurrency(const Money& other) const
{
    if (m_currency != other.m_currency) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Money", "Cannot combine amounts in %1 and %2.")
                         .arg(m_currency.code(), other.m_currency.code()));
    }
    return *this;
}

Result<Money> Money::add(const Money& other) const
{
    if (auto check = sameCurrency(other); !check)
        return check.error();
    auto sum = moneymath::checkedAdd(m_minor, other.m_minor);
    if (!sum)
        return sum.error();
    return Money(*sum, m_currency);
}

Result<Money> Money::subtract(const Money& other) const
{
    if (auto check = sameCurrency(other); !check)
        return check.error();
    auto diff = moneymath::checkedSub(m_minor, other.m_minor);
    if (!diff)
        return diff.error();
    return Money(*diff, m_currency);
}

Result<Money> Money::negated() const
{
    auto r = moneymath::checkedSub(0, m_minor);
    if (!r)
        return r.error();
    return Money(*r, m_currency);
}

Result<Money> Money::multiplied(qint64 factor) const
{
    auto r = moneymath::checkedMul(m_minor, factor);
    if (!r)
        return r.error();
    return Money(*r, m_currency);
}

Result<Money> Money::scaled(qint64 num, qint64 den) const
{
    if (den == 0)
        return Error(ErrorCode::Invalid, QCoreApplication::translate("Money", "Division by zero."));
    auto r = moneymath::mulDivRoundHalfUp(m_minor, num, den);
    if (!r)
        return r.error();
    return Money(*r, m_currency);
}

Result<QList<Money>> Money::allocate(const QList<qint64>& weights) const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        return Error(ErrorCode::Overflow, QCoreApplication::translate("Money", "The amount is too large."));
    auto parts = moneymath::allocate(m_minor, weights);
    if (!parts)
        return parts.error();
    QList<Money> result;
    result.reserve(parts->size());
    for (qint64 p : *parts)
        result.append(Money(p, m_currency));
    return result;
}

QString Money::toPlainString() const
{
    const int digits = m_currency.minorDigits();
    // Work on the magnitude as unsigned so that the most negative qint64 prints correctly too.
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 per = quint64(m_currency.minorPerMajor());
    QString text = QString::number(magnitude / per);
    if (digits > 0)
        text += QLatin1Char('.') + QString::number(magnitude % per).rightJustified(digits, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

Result<Money> Money::fromPlainString(const QString& text, const Currency& currency)
{
    const auto invalid = [&] {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Money", "\"%1\" is not an amount in %2 (expected e.g. %3).")
                         .arg(text, currency.code(), Money(123456, currency).toPlainString()));
    };
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()))
        return invalid();
    for (QChar c : whole + fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid();
    }
    if (fraction.size() > currency.minorDigits()) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Money", "\"%1\" has more decimals than %2 allows (%3).")
                         .arg(text, currency.code())
                         .arg(currency.minorDigits()));
    }
    // Build the magnitude unsigned, so the most negative qint64 (which toPlainString() prints)
    // parses back too; anything beyond the qint64 range is an overflow, never a wrap.
    const Error tooLarge(ErrorCode::Overflow, QCoreApplication::translate("Money", "The amount is too large."));
    bool ok = false;
    const quint64 major = whole.toULongLong(&ok);
    if (!ok)
        return tooLarge;
    const quint64 minor =
        fraction.isEmpty() ? 0 : fraction.leftJustified(currency.minorDigits(), QLatin1Char('0')).toULongLong();
    quint64 magnitude = 0;
    if (__builtin_mul_overflow(major, quint64(currency.minorPerMajor()), &magnitude)
        || __builtin_add_overflow(magnitude, minor, &magnitude))
        return tooLarge;
    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    if (magnitude > maxPositive + (negative ? 1 : 0))
        return tooLarge;
    const qint64 value = negative
        ? (magnitude == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude))
        : qint64(magnitude);
    return Money(value, currency);
}

} // namespace subdesk
