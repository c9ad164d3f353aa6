#include "Currency.h"

#include <QHash>

namespace subdesk {

namespace {

// ISO 4217 active codes with their minor-unit digits (list of 2024, HRK and SLL withdrawn).
// Codes not listed under 0, 3 or 4 digits have 2.
const char* const kTwoDigitCodes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD "
    "CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL "
    "GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD "
    "LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN "
    "PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB "
    "TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL";
const char* const kZeroDigitCodes = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const char* const kThreeDigitCodes = "BHD IQD JOD KWD LYD OMR TND";
const char* const kFourDigitCodes = "CLF UYW";

const QHash<QString, int>& digitsTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const auto add = [&t](const char* codes, int digits) {
            const QStringList list = QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString& c : list)
                t.insert(c, digits);
        };
        add(kTwoDigitCodes, 2);
        add(kZeroDigitCodes, 0);
        add(kThreeDigitCodes, 3);
        add(kFourDigitCodes, 4);
        return t;
    }();
    return table;
}

} // namespace

std::optional<Currency> Currency::fromCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    const auto it = digitsTable().constFind(upper);
    if (it == digitsTable().constEnd())
        return std::nullopt;
    return Currency(upper, it.value());
}

bool Currency::isValidCode(const QString& code)
{
    return digitsTable().contains(code);
}

QList<QString> Currency::allCodes()
{
    QList<QString> codes = digitsTable().keys();
    std::sort(codes.begin(), codes.end());
    return codes;
}

qint64 Currency::minorPerMajor() const
{
    qint64 f = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        f *= 10;
    return f;
}

} // namespace subdesk
