#include "io/CustomerColumnNames.h"
#include "io/CustomerCsvExporter.h"
#include "io/CustomerCsvImporter.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace subdesk;
using namespace subdesk::io;
using customers::CustomerField;

Q_DECLARE_METATYPE(CustomerField)

namespace {

/** Stands in for an installed catalogue: "Kind" reads "Klientenart" in this made-up language. */
class FakeTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "CustomerField") == 0 && qstrcmp(sourceText, "Kind") == 0)
            return QStringLiteral("Klientenart");
        return {};
    }
};

} // namespace

class TestCustomerColumnNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized_data();
    void normalized();
    void headerGuess_data();
    void headerGuess();
    void unknownHeadersMapToNothing_data();
    void unknownHeadersMapToNothing();
    void exportLabelsAndKeysMapBack();
    void englishLabelsEqualTheUntranslatedFieldLabels();
    void labelOfTheRunningTranslationMapsBack();
    void exportHeaderStaysEnglishUnderATranslation();
    void everyKnownNameMapsToItsOwnField();
    void everyFieldHasSeveralNames();
};

void TestCustomerColumnNames::normalized_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("case is folded") << QStringLiteral("VAT ID") << QStringLiteral("vatid");
    QTest::newRow("punctuation and spaces dropped") << QStringLiteral(" P. IVA ") << QStringLiteral("piva");
    QTest::newRow("hyphen dropped") << QStringLiteral("E-Mail") << QStringLiteral("email");
    QTest::newRow("Italian accent dropped") << QStringLiteral(u"Città") << QStringLiteral("citta");
    QTest::newRow("Finnish umlauts dropped") << QStringLiteral(u"Sähköposti") << QStringLiteral("sahkoposti");
    QTest::newRow("Polish l with stroke folded")
        << QStringLiteral(u"Termin płatności") << QStringLiteral("terminplatnosci");
    QTest::newRow("Polish capital L with stroke folded") << QStringLiteral(u"ŁÓDŹ") << QStringLiteral("lodz");
    QTest::newRow("Persian zero-width non-joiner dropped")
        << QStringLiteral(u"برچسب‌ها") << QStringLiteral(u"برچسبها");
    QTest::newRow("Arabic yeh typed for Persian yeh") << QStringLiteral(u"ايميل") << QStringLiteral(u"ایمیل");
    QTest::newRow("Arabic kaf typed for Persian kaf") << QStringLiteral(u"كد پستی") << QStringLiteral(u"کدپستی");
    QTest::newRow("required-field star dropped") << QStringLiteral("Name *") << QStringLiteral("name");
    QTest::newRow("only punctuation gives nothing") << QStringLiteral("#") << QString();
}

void TestCustomerColumnNames::normalized()
{
    QFETCH(QString, header);
    QFETCH(QString, normalized);
    QCOMPARE(CustomerColumnNames::normalized(header), normalized);
}

void TestCustomerColumnNames::headerGuess_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<CustomerField>("field");

    struct Case
    {
        const char* rule;
        const char16_t* header;
        CustomerField field;
    };
    const Case cases[] = {
        // English
        {"English 'name' is the name", u"name", CustomerField::DisplayName},
        {"English 'Customer name' is the name", u"Customer name", CustomerField::DisplayName},
        {"English 'email' is the e-mail", u"email", CustomerField::Emails},
        {"English 'E-mail address' is the e-mail", u"E-mail address", CustomerField::Emails},
        {"English 'VAT number' is the VAT ID", u"VAT number", CustomerField::VatId},
        {"English 'ZIP' is the postal code", u"ZIP", CustomerField::PostalCode},
        {"English 'Address' is the street", u"Address", CustomerField::Street},
        {"English 'Telephone' is the phone", u"Telephone", CustomerField::Phone},
        {"English 'Comments' are the notes", u"Comments", CustomerField::Notes},
        {"English 'Customer since' is the creation date", u"Customer since", CustomerField::Created},
        {"English 'Peppol ID' is the e-invoice endpoint", u"Peppol ID", CustomerField::EInvoiceEndpoint},
        {"English 'SWIFT' is the BIC", u"SWIFT", CustomerField::Bic},
        {"English 'State' is the region", u"State", CustomerField::Region},
        // Polish
        {"Polish 'Nazwa' is the name", u"Nazwa", CustomerField::DisplayName},
        {"Polish 'Adres e-mail' is the e-mail", u"Adres e-mail", CustomerField::Emails},
        {"Polish 'NIP' is the VAT ID", u"NIP", CustomerField::VatId},
        {"Polish 'Kraj' is the country", u"Kraj", CustomerField::Country},
        {"Polish 'Miasto' is the city", u"Miasto", CustomerField::City},
        {"Polish 'Miejscowość' is the city", u"Miejscowość", CustomerField::City},
        {"Polish 'Kod pocztowy' is the postal code", u"Kod pocztowy", CustomerField::PostalCode},
        {"Polish 'Ulica' is the street", u"Ulica", CustomerField::Street},
        {"Polish 'Adres' is the street", u"Adres", CustomerField::Street},
        {"Polish 'Telefon' is the phone", u"Telefon", CustomerField::Phone},
        {"Polish 'Osoba kontaktowa' is the contact person", u"Osoba kontaktowa", CustomerField::ContactPerson},
        {"Polish 'Termin płatności (dni)' is the payment terms", u"Termin płatności (dni)",
         CustomerField::PaymentTerms},
        {"Polish 'Sposób płatności' is the payment method", u"Sposób płatności", CustomerField::PaymentMethod},
        {"Polish 'Numer konta' is the IBAN", u"Numer konta", CustomerField::Iban},
        {"Polish 'Województwo' is the region", u"Województwo", CustomerField::Region},
        {"Polish 'Język' is the language", u"Język", CustomerField::Language},
        {"Polish 'Waluta' is the currency", u"Waluta", CustomerField::Currency},
        {"Polish 'Uwagi' are the notes", u"Uwagi", CustomerField::Notes},
        {"Polish 'Tagi' are the tags", u"Tagi", CustomerField::Tags},
        {"Polish 'Data utworzenia' is the creation date", u"Data utworzenia", CustomerField::Created},
        // Italian
        {"Italian 'Nome' is the name", u"Nome", CustomerField::DisplayName},
        {"Italian 'Ragione sociale' is the name", u"Ragione sociale", CustomerField::DisplayName},
        {"Italian 'Partita IVA' is the VAT ID", u"Partita IVA", CustomerField::VatId},
        {"Italian 'P.IVA' is the VAT ID", u"P.IVA", CustomerField::VatId},
        {"Italian 'Paese' is the country", u"Paese", CustomerField::Country},
        {"Italian 'Nazione' is the country", u"Nazione", CustomerField::Country},
        {"Italian 'Città' is the city", u"Città", CustomerField::City},
        {"Italian 'Citta'' typed without accent is the city", u"Citta'", CustomerField::City},
        {"Italian 'CAP' is the postal code", u"CAP", CustomerField::PostalCode},
        {"Italian 'Indirizzo' is the street", u"Indirizzo", CustomerField::Street},
        {"Italian 'Indirizzo e-mail' is the e-mail", u"Indirizzo e-mail", CustomerField::Emails},
        {"Italian 'Telefono' is the phone", u"Telefono", CustomerField::Phone},
        {"Italian 'Stato' is the status", u"Stato", CustomerField::Status},
        {"Italian 'Lingua' is the language", u"Lingua", CustomerField::Language},
        {"Italian 'Codice destinatario' is the e-invoice endpoint", u"Codice destinatario",
         CustomerField::EInvoiceEndpoint},
        {"Italian 'Riferimento mandato' is the mandate reference", u"Riferimento mandato",
         CustomerField::MandateReference},
        // Finnish
        {"Finnish 'Nimi' is the name", u"Nimi", CustomerField::DisplayName},
        {"Finnish 'Sähköposti' is the e-mail", u"Sähköposti", CustomerField::Emails},
        {"Finnish 'ALV-tunnus' is the VAT ID", u"ALV-tunnus", CustomerField::VatId},
        {"Finnish 'Y-tunnus' is the VAT ID", u"Y-tunnus", CustomerField::VatId},
        {"Finnish 'Maa' is the country", u"Maa", CustomerField::Country},
        {"Finnish 'Kaupunki' is the city", u"Kaupunki", CustomerField::City},
        {"Finnish 'Postitoimipaikka' is the city", u"Postitoimipaikka", CustomerField::City},
        {"Finnish 'Postinumero' is the postal code", u"Postinumero", CustomerField::PostalCode},
        {"Finnish 'Katuosoite' is the street", u"Katuosoite", CustomerField::Street},
        {"Finnish 'Puhelin' is the phone", u"Puhelin", CustomerField::Phone},
        {"Finnish 'Yhteyshenkilö' is the contact person", u"Yhteyshenkilö", CustomerField::ContactPerson},
        {"Finnish 'Maksuehto' is the payment terms", u"Maksuehto", CustomerField::PaymentTerms},
        {"Finnish 'Maksutapa' is the payment method", u"Maksutapa", CustomerField::PaymentMethod},
        {"Finnish 'Verkkolaskuosoite' is the e-invoice endpoint", u"Verkkolaskuosoite",
         CustomerField::EInvoiceEndpoint},
        {"Finnish 'Kieli' is the language", u"Kieli", CustomerField::Language},
        {"Finnish 'Tila' is the status", u"Tila", CustomerField::Status},
        {"Finnish 'Toimitustapa' is the preferred channel", u"Toimitustapa", CustomerField::PreferredChannel},
        // Persian
        {"Persian 'nām' is the name", u"نام", CustomerField::DisplayName},
        {"Persian 'email' is the e-mail", u"ایمیل", CustomerField::Emails},
        {"Persian 'tax ID' is the VAT ID", u"شناسه مالیاتی", CustomerField::VatId},
        {"Persian 'country' is the country", u"کشور", CustomerField::Country},
        {"Persian 'city' is the city", u"شهر", CustomerField::City},
        {"Persian 'postal code' is the postal code", u"کد پستی", CustomerField::PostalCode},
        {"Persian 'address' is the street", u"آدرس", CustomerField::Street},
        {"Persian 'telephone' is the phone", u"تلفن", CustomerField::Phone},
        {"Persian 'language' is the language", u"زبان", CustomerField::Language},
        {"Persian 'tags' are the tags", u"برچسب‌ها", CustomerField::Tags},
        {"Persian 'status' is the status", u"وضعیت", CustomerField::Status},
        {"Persian 'creation date' is the creation date", u"تاریخ ایجاد", CustomerField::Created},
        {"Persian 'payment method' is the payment method", u"روش پرداخت", CustomerField::PaymentMethod},
        // SubDesk's own export headers
        {"export header 'Payment terms (days)' maps back", u"Payment terms (days)", CustomerField::PaymentTerms},
        {"field key 'mandate_signed_on' maps back", u"mandate_signed_on", CustomerField::MandateSignedOn},
        {"'No.' is the number column", u"No.", CustomerField::Id},
        {"'id' is the number column", u"id", CustomerField::Id},
        // Insensitivity
        {"upper case matches", u"SÄHKÖPOSTI", CustomerField::Emails},
        {"missing accents match", u"Miejscowosc", CustomerField::City},
        {"extra punctuation matches", u"  Kod-pocztowy: ", CustomerField::PostalCode},
    };
    for (const Case& c : cases)
        QTest::newRow(c.rule) << QString::fromUtf16(c.header) << c.field;
}

void TestCustomerColumnNames::headerGuess()
{
    QFETCH(QString, header);
    QFETCH(CustomerField, field);
    const auto guessed = CustomerCsvImporter::guessField(header);
    QVERIFY2(guessed.has_value(), qPrintable(header));
    QCOMPARE(*guessed, field);
}

void TestCustomerColumnNames::unknownHeadersMapToNothing_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("empty header") << QString();
    QTest::newRow("punctuation only") << QStringLiteral("#");
    QTest::newRow("unrelated word") << QStringLiteral("Favourite colour");
    QTest::newRow("a data value, not a header") << QStringLiteral("Virtanen Oy");
}

void TestCustomerColumnNames::unknownHeadersMapToNothing()
{
    QFETCH(QString, header);
    QVERIFY(!CustomerCsvImporter::guessField(header).has_value());
}

void TestCustomerColumnNames::exportLabelsAndKeysMapBack()
{
    for (const CustomerField field : customers::allCustomerFields()) {
        QVERIFY(CustomerCsvImporter::guessField(customers::fieldLabel(field)) == field);
        QVERIFY(CustomerCsvImporter::guessField(customers::fieldKey(field)) == field);
        QVERIFY(CustomerCsvImporter::guessField(CustomerColumnNames::englishLabel(field)) == field);
        QCOMPARE(CustomerColumnNames::guess(customers::fieldLabel(field))->rank, CustomerColumnNames::Rank::Exact);
    }
}

void TestCustomerColumnNames::englishLabelsEqualTheUntranslatedFieldLabels()
{
    // No translator is installed here, so fieldLabel() returns its source text.
    for (const CustomerField field : customers::allCustomerFields())
        QCOMPARE(CustomerColumnNames::englishLabel(field), customers::fieldLabel(field));
}

void TestCustomerColumnNames::labelOfTheRunningTranslationMapsBack()
{
    QVERIFY(!CustomerCsvImporter::guessField(QStringLiteral("Klientenart")).has_value());
    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(customers::fieldLabel(CustomerField::Kind), QStringLiteral("Klientenart"));
    QVERIFY(CustomerCsvImporter::guessField(QStringLiteral("KLIENTENART")) == CustomerField::Kind);
    QVERIFY(CustomerCsvImporter::guessField(QStringLiteral("Kind")) == CustomerField::Kind);
    QCoreApplication::removeTranslator(&translator);
}

void TestCustomerColumnNames::exportHeaderStaysEnglishUnderATranslation()
{
    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QByteArray csv = CustomerCsvExporter::toCsv({});
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(csv.contains(",Kind,"), csv.constData());
    QVERIFY(!csv.contains("Klientenart"));
}

void TestCustomerColumnNames::everyKnownNameMapsToItsOwnField()
{
    // Catches a name listed under two fields: the second listing would silently never match.
    for (const CustomerColumnNames::Name& name : CustomerColumnNames::knownNames()) {
        QVERIFY2(!CustomerColumnNames::normalized(name.name).isEmpty(), qPrintable(name.name));
        const auto guessed = CustomerColumnNames::guess(name.name);
        QVERIFY2(guessed.has_value(), qPrintable(name.name));
        QVERIFY2(guessed->field == name.field, qPrintable(name.name));
    }
}

void TestCustomerColumnNames::everyFieldHasSeveralNames()
{
    // At least the English label, the key and three more names per field.
    for (const CustomerField field : customers::allCustomerFields()) {
        int count = 0;
        for (const CustomerColumnNames::Name& name : CustomerColumnNames::knownNames())
            count += name.field == field ? 1 : 0;
        QVERIFY2(count >= 5, qPrintable(customers::fieldKey(field)));
    }
}

QTEST_GUILESS_MAIN(TestCustomerColumnNames)
#include "tst_customercolumnnames.moc"
