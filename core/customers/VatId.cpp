#include "VatId.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace subdesk::customers::vatid {

namespace {

struct Format
{
    QRegularExpression pattern; ///< the part after the prefix
    const char* example;
};

// National VAT number formats (the part after the two-letter prefix), per the EU's VIES rules.
const QHash<QString, Format>& formats()
{
    static const QHash<QString, Format> table = [] {
        QHash<QString, Format> t;
        const auto add = [&t](const char* prefix, const char* regex, const char* example) {
            t.insert(QString::fromLatin1(prefix),
                     Format {QRegularExpression(QStringLiteral("^(?:%1)$").arg(QString::fromLatin1(regex))), example});
        };
        add("AT", "U[0-9]{8}", "ATU12345678");
        add("BE", "[01][0-9]{9}", "BE0123456789");
        add("BG", "[0-9]{9,10}", "BG123456789");
        add("CY", "[0-9]{8}[A-Z]", "CY12345678X");
        add("CZ", "[0-9]{8,10}", "CZ12345678");
        add("DE", "[0-9]{9}", "DE123456789");
        add("DK", "[0-9]{8}", "DK12345678");
        add("EE", "[0-9]{9}", "EE123456789");
        add("EL", "[0-9]{9}", "EL123456789");
        add("ES", "[A-Z0-9][0-9]{7}[A-Z0-9]", "ESX1234567X");
        add("FI", "[0-9]{8}", "FI12345678");
        add("FR", "[A-HJ-NP-Z0-9]{2}[0-9]{9}", "FR12345678901");
        add("HR", "[0-9]{11}", "HR12345678901");
        add("HU", "[0-9]{8}", "HU12345678");
        add("IE", "[0-9]{7}[A-W][A-I]?|[0-9][A-Z+*][0-9]{5}[A-W]", "IE1234567WA");
        add("IT", "[0-9]{11}", "IT12345678901");
        add("LT", "[0-9]{9}|[0-9]{12}", "LT123456789");
        add("LU", "[0-9]{8}", "LU12345678");
        add("LV", "[0-9]{11}", "LV12345678901");
        add("MT", "[0-9]{8}", "MT12345678");
        add("NL", "[0-9]{9}B[0-9]{2}", "NL123456789B01");
        add("PL", "[0-9]{10}", "PL1234567890");
        add("PT", "[0-9]{9}", "PT123456789");
        add("RO", "[1-9][0-9]{1,9}", "RO1234567890");
        add("SE", "[0-9]{10}01", "SE123456789001");
        add("SI", "[0-9]{8}", "SI12345678");
        add("SK", "[0-9]{10}", "SK1234567890");
        add("XI", "[0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2}", "XI123456789");
        add("GB", "[0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2}", "GB123456789");
        add("CH", "E[0-9]{9}(MWST|TVA|IVA)?", "CHE123456789MWST");
        add("NO", "[0-9]{9}(MVA)?", "NO123456789MVA");
        return t;
    }();
    return table;
}

} // namespace

QString normalize(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('*'))
            out += c.toUpper();
    }
    return out;
}

QString countryOfPrefix(const QString& vatId)
{
    const QString prefix = vatId.left(2);
    if (prefix == QLatin1String("EL"))
        return QStringLiteral("GR");
    if (prefix == QLatin1String("XI"))
        return QStringLiteral("GB");
    return formats().contains(prefix) ? prefix : QString();
}

QString problem(const QString& vatId)
{
    if (vatId.size() < 3 || !vatId.at(0).isLetter() || !vatId.at(1).isLetter())
        return QCoreApplication::translate("Validation",
                                           "A VAT ID starts with its two-letter country prefix (e.g. FI12345678).");
    const QString prefix = vatId.left(2);
    if (prefix == QLatin1String("GR"))
        return QCoreApplication::translate("Validation", "Greek VAT IDs use the prefix EL, not GR.");
    const auto it = formats().constFind(prefix);
    if (it == formats().constEnd())
        return QCoreApplication::translate("Validation", "SubDesk does not know VAT IDs with the prefix %1.")
            .arg(prefix);
    if (!it->pattern.match(vatId.mid(2)).hasMatch())
        return QCoreApplication::translate("Validation", "%1 is not a valid %2 VAT ID (expected e.g. %3).")
            .arg(vatId, prefix, QString::fromLatin1(it->example));
    return {};
}

} // namespace subdesk::customers::vatid
