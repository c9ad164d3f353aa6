#pragma once

#include "Currency.h"
#include "common/Result.h"

#include <QList>

namespace subdesk {

/**
 * An amount of money: an integer count of the currency's minor unit plus its currency
 * (BILLING.md §1). No floating point anywhere. Operations that could overflow or mix currencies
 * return Result instead of wrapping or guessing.
 */
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    { }
    static Money zero(const Currency& currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> add(const Money& other) const;
    Result<Money> subtract(const Money& other) const;
    Result<Money> negated() const;
    /** this × factor, exact. */
    Result<Money> multiplied(qint64 factor) const;
    /** round_half_up(this × num / den), rounded once (BILLING.md §1 and §4). */
    Result<Money> scaled(qint64 num, qint64 den) const;
    /** Parts proportional to weights that sum exactly to this amount. */
    Result<QList<Money>> allocate(const QList<qint64>& weights) const;

    /** Locale-independent "1234.56" / "-0.05" / "1200" (JPY), as stored in files and JSON. */
    QString toPlainString() const;
    /** Parses toPlainString()'s form; more fraction digits than the currency has is an error. */
    static Result<Money> fromPlainString(const QString& text, const Currency& currency);

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }

private:
    Result<Money> sameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace subdesk
