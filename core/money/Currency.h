#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace subdesk {

/** An ISO 4217 currency: its code and how many digits its minor unit has (EUR 2, JPY 0, BHD 3). */
class Currency
{
public:
    Currency() = default;

    /** The currency for an ISO 4217 code ("eur" is accepted); nullopt for codes not in ISO 4217. */
    static std::optional<Currency> fromCode(const QString& code);
    static bool isValidCode(const QString& code);
    /** All active ISO 4217 codes, sorted. */
    static QList<QString> allCodes();

    const QString& code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    /** 10^minorDigits: minor units per major unit. */
    qint64 minorPerMajor() const;
    bool isValid() const { return !m_code.isEmpty(); }

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Currency& a, const Currency& b) { return !(a == b); }

private:
    Currency(QString code, int digits)
        : m_code(std::move(code))
        , m_minorDigits(digits)
    { }

    QString m_code;
    int m_minorDigits = 2;
};

} // namespace subdesk
