#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace subdesk::demo::detail {

/** Text drawn by the demo generator with its ASCII-folded form ("Müller" → "mueller") for e-mail addresses. */
struct Words
{
    QStringList text;
    QStringList ascii;

    qsizetype size() const { return text.size(); }
};

enum class StreetStyle
{
    NameNumber, ///< "Hauptstraße 12"
    NumberName, ///< "12 rue Pasteur"
    NameCommaNumber, ///< "Calle Mayor, 12"
};

struct City
{
    QString name;
    QStringList postalPatterns; ///< '#' digit, '@' / '&' / '*' / '%' letters (see DemoCompany.cpp)
    QString region;
};

struct Bank
{
    QString bic;
    QString bbanPattern; ///< national account number before the country's own check digits are fixed
};

/**
 * How people, companies and addresses look in one country. The patterns use placeholders that
 * DemoCompany fills from its seeded generator, so the data stays reproducible.
 */
struct CountryProfile
{
    QString code;
    int weight = 1; ///< relative share of the demo customers
    QString language; ///< document language SubDesk has for the country, else "en"
    QString currency;
    QString altCurrency; ///< e.g. EUR for some Polish customers paying in euro
    int altCurrencyPercent = 0;
    Words femaleNames;
    Words maleNames;
    Words lastNames; ///< masculine / neutral form
    Words lastNamesFemale; ///< same order; differs where the language inflects (Kowalska, Nováková)
    bool twoSurnames = false; ///< Spanish "Carlos García López"
    QStringList streets;
    StreetStyle streetStyle = StreetStyle::NameNumber;
    QStringList numberSuffixes; ///< appended to the house number ("/5", " A 3", ", 2º B")
    QList<City> cities;
    QStringList legalForms; ///< repeated entries make a form more common
    QString associationPattern; ///< %1 association word, %2 brand ("%2 %1 ry")
    Words associationWords;
    Words businessWords;
    Words brands;
    bool wordFirst = false; ///< "Costruzioni Rossi" rather than "Rossi Costruzioni"
    QString vatPattern;
    QList<Bank> banks;
    QStringList phonePatterns; ///< mobile numbers first
    QString tld;
    QString billingMailbox; ///< local part of a company's invoice address ("laskutus", "faktury")
    QStringList mailProviders;
    int eInvoicePercent = 0; ///< share of businesses with a VAT ID that get documents as e-invoices
};

/** The demo countries, in a fixed order (the generator's draws depend on it). */
const QList<CountryProfile>& countryProfiles();

/** Names of Persian-speaking customers (document language fa), found in any country. */
const Words& persianFemaleNames();
const Words& persianMaleNames();
const Words& persianLastNames();

/** Brand-like words for start-ups and agencies ("Pixel", "Labs"), already ASCII. */
const QStringList& startupPrefixes();
const QStringList& startupSuffixes();

/** Lower-case ASCII letters and digits only, spelled as the country does in domain names. */
QString asciiFold(const QString& text, const QString& country);

} // namespace subdesk::demo::detail
