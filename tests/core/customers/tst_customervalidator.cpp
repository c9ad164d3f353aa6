#include "TestSupport.h"
#include "customers/BankIdentifiers.h"
#include "customers/CustomerValidator.h"
#include "customers/VatId.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::customers;

namespace {
const QDate kToday(2026, 11, 21);

bool hasError(const QList<ValidationIssue>& issues, CustomerField field)
{
    return std::any_of(issues.begin(), issues.end(),
                       [field](const ValidationIssue& i) { return i.field == field && i.isError(); });
}
bool hasWarning(const QList<ValidationIssue>& issues, CustomerField field)
{
    return std::any_of(issues.begin(), issues.end(),
                       [field](const ValidationIssue& i) { return i.field == field && !i.isError(); });
}
} // namespace

class TestCustomerValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iban_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("German IBAN with correct check digits") << "DE89 3704 0044 0532 0130 00" << true;
        QTest::newRow("Finnish IBAN, 18 characters") << "FI21 1234 5600 0007 85" << true;
        QTest::newRow("Polish IBAN, 28 characters") << "PL61 1090 1014 0000 0712 1981 2874" << true;
        QTest::newRow("Italian IBAN with letters in the BBAN") << "IT60 X054 2811 1010 0000 0123 456" << true;
        QTest::newRow("lower case and dashes are normalised") << "de89-3704-0044-0532-0130-00" << true;
        QTest::newRow("one digit mistyped fails mod 97") << "DE89 3704 0044 0532 0130 01" << false;
        QTest::newRow("two digits swapped fails mod 97") << "DE98 3704 0044 0532 0130 00" << false;
        QTest::newRow("wrong length for the country") << "DE89 3704 0044 0532 0130" << false;
        QTest::newRow("country without IBANs (US)") << "US12 3456 7890 1234" << false;
        QTest::newRow("letters where check digits belong") << "DEXX 3704 0044 0532 0130 00" << false;
        QTest::newRow("punctuation inside") << "DE89.3704.0044.0532.0130.00" << false;
    }
    void iban()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        const QString problem = bank::ibanProblem(bank::normalize(iban));
        QCOMPARE(problem.isEmpty(), valid);
    }

    void ibanCheckDigitsAreComputed()
    {
        QCOMPARE(bank::ibanWithCheckDigits(QStringLiteral("DE"), QStringLiteral("370400440532013000")),
                 QStringLiteral("DE89370400440532013000"));
        QVERIFY(bank::ibanProblem(bank::ibanWithCheckDigits(QStringLiteral("FI"), QStringLiteral("12345600000785")))
                    .isEmpty());
    }

    void bic_data()
    {
        QTest::addColumn<QString>("bic");
        QTest::addColumn<bool>("valid");
        QTest::newRow("8-character BIC") << "DEUTDEFF" << true;
        QTest::newRow("11-character BIC with branch") << "NDEAFIHH XXX" << true;
        QTest::newRow("9 characters is neither form") << "DEUTDEFF5" << false;
        QTest::newRow("digits in the bank code") << "D3UTDEFF" << false;
        QTest::newRow("country part is not a country") << "DEUTQQFF" << false;
    }
    void bic()
    {
        QFETCH(QString, bic);
        QFETCH(bool, valid);
        QCOMPARE(bank::bicProblem(bank::normalize(bic)).isEmpty(), valid);
    }

    void vatId_data()
    {
        QTest::addColumn<QString>("vatId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("AT needs U and 8 digits") << "ATU12345678" << true;
        QTest::newRow("AT without U is wrong") << "AT12345678" << false;
        QTest::newRow("BE 10 digits starting 0 or 1") << "BE0123456789" << true;
        QTest::newRow("DE 9 digits") << "DE123456789" << true;
        QTest::newRow("DE 8 digits is too short") << "DE12345678" << false;
        QTest::newRow("EL is the prefix for Greece") << "EL123456789" << true;
        QTest::newRow("GR is refused for Greece") << "GR123456789" << false;
        QTest::newRow("ES letter-digits-letter") << "ESX1234567X" << true;
        QTest::newRow("FI 8 digits") << "FI12345678" << true;
        QTest::newRow("FR 2 characters + 9 digits") << "FR40303265045" << true;
        QTest::newRow("FR with I or O in the key is wrong") << "FRIO303265045" << false;
        QTest::newRow("IE old form 7 digits + letter") << "IE1234567T" << true;
        QTest::newRow("IE new form with second letter") << "IE1234567WA" << true;
        QTest::newRow("IT 11 digits") << "IT12345678901" << true;
        QTest::newRow("NL 9 digits B 2 digits") << "NL123456789B01" << true;
        QTest::newRow("NL without B is wrong") << "NL12345678901" << false;
        QTest::newRow("PL 10 digits") << "PL5260250274" << true;
        QTest::newRow("PL with 9 digits is wrong") << "PL526025027" << false;
        QTest::newRow("SE 12 digits ending 01") << "SE556677889901" << true;
        QTest::newRow("SE ending 02 is wrong") << "SE556677889902" << false;
        QTest::newRow("XI Northern Ireland") << "XI123456789" << true;
        QTest::newRow("CHE with MWST") << "CHE123456789MWST" << true;
        QTest::newRow("spaces and dots are normalised away") << "de 123.456.789" << true;
        QTest::newRow("unknown prefix US") << "US123456789" << false;
        QTest::newRow("no prefix at all") << "123456789" << false;
    }
    void vatId()
    {
        QFETCH(QString, vatId);
        QFETCH(bool, valid);
        QCOMPARE(vatid::problem(vatid::normalize(vatId)).isEmpty(), valid);
    }

    void email_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain address") << "anna.kowalska@firma.pl" << true;
        QTest::newRow("plus tag and subdomain") << "billing+subdesk@mail.example.co.uk" << true;
        QTest::newRow("non-ASCII local part (internationalised)") << "jürgen@beispiel.de" << true;
        QTest::newRow("missing @") << "anna.firma.pl" << false;
        QTest::newRow("missing top-level domain") << "anna@firma" << false;
        QTest::newRow("two @") << "a@b@c.pl" << false;
        QTest::newRow("double dot in local part") << "anna..k@firma.pl" << false;
        QTest::newRow("space inside") << "anna k@firma.pl" << false;
        QTest::newRow("numeric top-level domain") << "anna@firma.123" << false;
    }
    void email()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(CustomerValidator::isValidEmail(address), valid);
    }

    void sampleCustomerIsValid()
    {
        const CustomerValidator v(kToday);
        const auto issues = v.validate(CustomerValidator::normalized(test::sampleCustomer()));
        QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues, false)));
    }

    void fieldRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("field");
        QTest::newRow("empty name is an error on the name") << "name=" << int(CustomerField::DisplayName);
        QTest::newRow("e-mail channel without address is an error on e-mail")
            << "emails=" << int(CustomerField::Emails);
        QTest::newRow("malformed e-mail is an error on e-mail") << "emails=foo@" << int(CustomerField::Emails);
        QTest::newRow("missing country is an error on country") << "country=" << int(CustomerField::Country);
        QTest::newRow("unknown country code ZZ is an error") << "country=ZZ" << int(CustomerField::Country);
        QTest::newRow("EU is a grouping, not an ISO 3166 country") << "country=EU" << int(CustomerField::Country);
        QTest::newRow("IC (Canary Islands) is reserved, not an ISO 3166 country")
            << "country=IC" << int(CustomerField::Country);
        QTest::newRow("currency not in ISO 4217") << "currency=EUX" << int(CustomerField::Currency);
        QTest::newRow("language SubDesk has no documents in") << "language=de" << int(CustomerField::Language);
        QTest::newRow("payment terms above 365 days") << "terms=400" << int(CustomerField::PaymentTerms);
        QTest::newRow("negative payment terms") << "terms=-1" << int(CustomerField::PaymentTerms);
        QTest::newRow("malformed VAT ID") << "vat=FI1234" << int(CustomerField::VatId);
        QTest::newRow("SEPA without IBAN is an error on IBAN") << "sepa-no-iban" << int(CustomerField::Iban);
        QTest::newRow("SEPA without mandate reference") << "sepa-no-reference" << int(CustomerField::MandateReference);
        QTest::newRow("SEPA without signature date") << "sepa-no-date" << int(CustomerField::MandateSignedOn);
        QTest::newRow("mandate signed tomorrow is in the future")
            << "sepa-future" << int(CustomerField::MandateSignedOn);
        QTest::newRow("bad IBAN check digits even without SEPA")
            << "iban=FI2112345600000786" << int(CustomerField::Iban);
        QTest::newRow("e-invoice without endpoint") << "einvoice=" << int(CustomerField::EInvoiceEndpoint);
        QTest::newRow("e-invoice endpoint without scheme") << "einvoice=12345" << int(CustomerField::EInvoiceEndpoint);
        QTest::newRow("paper channel without street") << "paper-no-street" << int(CustomerField::Street);
    }
    void fieldRules()
    {
        QFETCH(QString, change);
        QFETCH(int, field);
        Customer c = test::sampleCustomer();
        const QString value = change.section(QLatin1Char('='), 1);
        if (change.startsWith(QLatin1String("name=")))
            c.displayName = value;
        else if (change.startsWith(QLatin1String("emails=")))
            c.emails = value.isEmpty() ? QStringList() : QStringList {value};
        else if (change.startsWith(QLatin1String("country=")))
            c.address.country = value;
        else if (change.startsWith(QLatin1String("currency=")))
            c.currency = value;
        else if (change.startsWith(QLatin1String("language=")))
            c.language = value;
        else if (change.startsWith(QLatin1String("terms=")))
            c.paymentTermsDays = value.toInt();
        else if (change.startsWith(QLatin1String("vat=")))
            c.vatId = value;
        else if (change.startsWith(QLatin1String("iban=")))
            c.sepa.iban = value;
        else if (change.startsWith(QLatin1String("einvoice="))) {
            c.preferredChannel = DeliveryChannel::EInvoice;
            c.eInvoiceEndpoint = value;
        } else if (change == QLatin1String("paper-no-street")) {
            c.preferredChannel = DeliveryChannel::Paper;
            c.address.streetLines.clear();
        } else if (change.startsWith(QLatin1String("sepa"))) {
            c.paymentMethod = PaymentMethod::SepaDirectDebit;
            c.sepa = {QStringLiteral("FI2112345600000785"), QStringLiteral("NDEAFIHH"), QStringLiteral("M-2026-001"),
                      QDate(2026, 1, 15)};
            if (change == QLatin1String("sepa-no-iban"))
                c.sepa.iban.clear();
            if (change == QLatin1String("sepa-no-reference"))
                c.sepa.reference.clear();
            if (change == QLatin1String("sepa-no-date"))
                c.sepa.signedOn = QDate();
            if (change == QLatin1String("sepa-future"))
                c.sepa.signedOn = kToday.addDays(1);
        }
        const auto issues = CustomerValidator(kToday).validate(CustomerValidator::normalized(c));
        QVERIFY2(hasError(issues, CustomerField(field)), qPrintable(describeIssues(issues, false)));
        for (const ValidationIssue& i : issues)
            QVERIFY2(!i.message.isEmpty(), "every issue says what is wrong");
    }

    void completeSepaCustomerIsValid()
    {
        Customer c = test::sampleCustomer();
        c.paymentMethod = PaymentMethod::SepaDirectDebit;
        c.sepa = {QStringLiteral("fi21 1234 5600 0007 85"), QStringLiteral("ndeafihh"), QStringLiteral("M-2026-001"),
                  kToday};
        const Customer n = CustomerValidator::normalized(c);
        QCOMPARE(n.sepa.iban, QStringLiteral("FI2112345600000785"));
        QCOMPARE(n.sepa.bic, QStringLiteral("NDEAFIHH"));
        QVERIFY(CustomerValidator(kToday).isValid(n));
    }

    void vatCountryMismatchIsOnlyAWarning()
    {
        Customer c = test::sampleCustomer();
        c.vatId = QStringLiteral("DE123456789");
        const auto issues = CustomerValidator(kToday).validate(CustomerValidator::normalized(c));
        QVERIFY(hasWarning(issues, CustomerField::VatId));
        QVERIFY(CustomerValidator(kToday).isValid(CustomerValidator::normalized(c)));
    }

    void greekVatIdMatchesCountryGR()
    {
        Customer c = test::sampleCustomer();
        c.address.country = QStringLiteral("GR");
        c.vatId = QStringLiteral("EL123456789");
        const auto issues = CustomerValidator(kToday).validate(CustomerValidator::normalized(c));
        QVERIFY2(issues.isEmpty(), qPrintable(describeIssues(issues, false)));
    }

    void normalisationTidiesInput()
    {
        Customer c = test::sampleCustomer();
        c.displayName = QStringLiteral("  Virtanen   Oy ");
        c.address.country = QStringLiteral("fi");
        c.vatId = QStringLiteral("fi 1234-5678");
        c.currency = QStringLiteral("eur");
        c.tags = {QStringLiteral(" vip "), QStringLiteral("vip"), QString()};
        const Customer n = CustomerValidator::normalized(c);
        QCOMPARE(n.displayName, QStringLiteral("Virtanen Oy"));
        QCOMPARE(n.address.country, QStringLiteral("FI"));
        QCOMPARE(n.vatId, QStringLiteral("FI12345678"));
        QCOMPARE(n.currency, QStringLiteral("EUR"));
        QCOMPARE(n.tags, QStringList {QStringLiteral("vip")});
    }
};

QTEST_GUILESS_MAIN(TestCustomerValidator)
#include "tst_customervalidator.moc"
