#include "BankIdentifiers.h"

#include "common/Countries.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace subdesk::customers::bank {

namespace {

// IBAN lengths per country from the SWIFT IBAN registry.
const QHash<QString, int>& ibanLengths()
{
    static const QHash<QString, int> lengths = [] {
        QHash<QString, int> t;
        const char* const table =
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
            "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 "
            "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 "
            "MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 "
            "SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
        for (const QString& entry : QString::fromLatin1(table).split(QLatin1Char(' ')))
            t.insert(entry.left(2), entry.mid(2).toInt());
        return t;
    }();
    return lengths;
}

// Remainder of the IBAN's rearranged digit string modulo 97, computed piecewise.
int mod97(const QString& rearranged)
{
    int remainder = 0;
    for (QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder;
}

} // namespace

QString normalize(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QChar(0x00A0))
            out += c.toUpper();
    }
    return out;
}

QString ibanProblem(const QString& iban)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]+$"));
    if (iban.size() < 5 || !shape.match(iban).hasMatch())
        return QCoreApplication::translate(
            "Validation",
            "An IBAN starts with a two-letter country code and two check digits, then letters and digits.");
    const QString country = iban.left(2);
    const auto it = ibanLengths().constFind(country);
    if (it == ibanLengths().constEnd())
        return QCoreApplication::translate("Validation", "%1 does not use IBANs.").arg(country);
    if (iban.size() != it.value())
        return QCoreApplication::translate("Validation", "An IBAN from %1 has %2 characters, this one has %3.")
            .arg(country)
            .arg(it.value())
            .arg(iban.size());
    if (mod97(iban.mid(4) + iban.left(4)) != 1)
        return QCoreApplication::translate("Validation",
                                           "The IBAN's check digits do not match: a character is probably mistyped.");
    return {};
}

QString ibanWithCheckDigits(const QString& country, const QString& bban)
{
    const int check = 98 - mod97(bban + country + QStringLiteral("00"));
    return country + QString::number(check).rightJustified(2, QLatin1Char('0')) + bban;
}

QString bicProblem(const QString& bic)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    const auto match = shape.match(bic);
    if (!match.hasMatch())
        return QCoreApplication::translate(
            "Validation",
            "A BIC has 8 or 11 characters: bank code, country, location and optional branch (e.g. DEUTDEFF).");
    if (!countries::isValidCode(match.captured(1)))
        return QCoreApplication::translate("Validation", "The BIC's country code %1 is not a country.")
            .arg(match.captured(1));
    return {};
}

} // namespace subdesk::customers::bank
