#include "InvoiceFixture.h"

#include <QStandardPaths>

using namespace subdesk;
using namespace subdesk::company;
using namespace subdesk::test;

class TestCompanyRepository : public QObject
{
    Q_OBJECT

    InvoiceFixture f;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.dir.isValid());
    }

    void init() { QVERIFY(f.open()); }

    void cleanupTestCase() { f.reset(); }

    void aNewFileHasTheDefaultProfileAndSettings()
    {
        QCOMPARE(*f.settings->profile(), CompanyProfile {});
        QCOMPARE(*f.settings->invoicingSettings(), InvoicingSettings {});
        QVERIFY(f.settings->bankAccounts()->isEmpty());
    }

    void theProfileRoundTripsWithItsLogo()
    {
        CompanyProfile p;
        p.name = QStringLiteral("Kääpä & Co Oy");
        p.address.streetLines = {QStringLiteral("Aleksanterinkatu 1"), QStringLiteral("PL 100")};
        p.address.postalCode = QStringLiteral("00100");
        p.address.city = QStringLiteral("Helsinki");
        p.address.region = QStringLiteral("Uusimaa");
        p.address.country = QStringLiteral("FI");
        p.vatId = QStringLiteral("FI12345678");
        p.registrationId = QStringLiteral("1234567-8");
        p.email = QStringLiteral("laskut@kaapa.fi");
        p.phone = QStringLiteral("+358 9 123");
        p.website = QStringLiteral("https://kaapa.fi");
        p.eInvoiceEndpoint = QStringLiteral("0216:003712345678");
        p.logo = QByteArray("\x89PNG\r\n\x1a\n\0\xff binary", 18);
        p.vatExempt = true;
        p.exemptionText = QStringLiteral("VAT exempt under art. 113");
        p.defaultPaymentTermsDays = 30;
        p.documentFooter = QStringLiteral("Line 1\nLine 2");
        QVERIFY(f.settings->saveProfile(p));
        QCOMPARE(*f.settings->profile(), p);
        // Saved again with fewer fields: nothing of the old profile lingers.
        CompanyProfile smaller;
        smaller.name = QStringLiteral("Kääpä Oy");
        smaller.address.country = QStringLiteral("FI");
        QVERIFY(f.settings->saveProfile(smaller));
        QCOMPARE(*f.settings->profile(), smaller);
        // The invoicing settings are apart from the profile.
        QCOMPARE(*f.settings->invoicingSettings(), InvoicingSettings {});
    }

    void invoicingSettingsRoundTrip()
    {
        InvoicingSettings s;
        s.taxInclusiveCurrencies = {QStringLiteral("SEK"), QStringLiteral("EUR")};
        s.applyCreditOnIssue = false;
        QVERIFY(f.settings->saveInvoicingSettings(s));
        QCOMPARE(*f.settings->invoicingSettings(), s);
        s.taxInclusiveCurrencies.clear();
        QVERIFY(f.settings->saveInvoicingSettings(s));
        QCOMPARE(*f.settings->invoicingSettings(), s);
    }

    void oneDefaultBankAccountPerCurrency()
    {
        BankAccount eur {0,
                         QStringLiteral("Main EUR"),
                         QStringLiteral("Nordea"),
                         QStringLiteral("FI2112345600000785"),
                         QStringLiteral("NDEAFIHH"),
                         QStringLiteral("EUR"),
                         true,
                         false};
        BankAccount sek {0,
                         QStringLiteral("SEK"),
                         QStringLiteral("SEB"),
                         QStringLiteral("SE4550000000058398257466"),
                         QStringLiteral("ESSESESS"),
                         QStringLiteral("SEK"),
                         true,
                         false};
        eur = *f.settings->saveBankAccount(eur);
        sek = *f.settings->saveBankAccount(sek);
        QVERIFY(eur.id > 0 && sek.id > eur.id);
        QCOMPARE(*f.settings->bankAccounts(), (QList<BankAccount> {eur, sek}));
        BankAccount second = eur;
        second.id = 0;
        second.label = QStringLiteral("Second EUR");
        second = *f.settings->saveBankAccount(second);
        const auto accounts = *f.settings->bankAccounts();
        QCOMPARE(accounts.size(), 3);
        QVERIFY(!accounts.at(0).isDefault); // the old EUR default gave way
        QVERIFY(accounts.at(1).isDefault); // SEK kept its own
        QVERIFY(accounts.at(2).isDefault);
        eur.archived = true;
        eur.isDefault = false;
        QVERIFY(f.settings->saveBankAccount(eur));
        QCOMPARE(f.settings->bankAccounts()->at(0), eur);
        BankAccount missing = eur;
        missing.id = 99;
        QCOMPARE(f.settings->saveBankAccount(missing).error().code, ErrorCode::NotFound);
    }

    void taxRatesAreSavedUpdatedAndRemoved()
    {
        const qsizetype before = f.settings->taxRates()->size(); // the EU rates the schema pre-fills
        tax::TaxRate r;
        r.country = QStringLiteral("XK");
        r.taxClass = tax::TaxClass::Reduced;
        r.name = QStringLiteral("Reduced");
        r.rateBp = 800;
        r.validFrom = QDate(2020, 1, 1);
        r.validTo = QDate(2025, 12, 31);
        r = *f.settings->saveTaxRate(r);
        QVERIFY(r.id > 0);
        r.rateBp = 1000;
        r.validTo = QDate();
        QVERIFY(f.settings->saveTaxRate(r));
        const auto rates = *f.settings->taxRates();
        QCOMPARE(rates.size(), before + 1);
        QVERIFY(rates.contains(r));
        QVERIFY(f.settings->removeTaxRate(r.id));
        QCOMPARE(f.settings->taxRates()->size(), before);
        QCOMPARE(f.settings->removeTaxRate(r.id).error().code, ErrorCode::NotFound);
        r.rateBp = 20000; // the schema's CHECK
        r.id = 0;
        QVERIFY(!f.settings->saveTaxRate(r));
    }

    void oneDefaultSeriesPerKindAndNoPatternChangeOnceUsed()
    {
        const auto seeded = *f.settings->numberSeries();
        QCOMPARE(seeded.size(), 2);
        QCOMPARE(seeded.at(0).kind, billing::DocumentKind::Invoice);
        QCOMPARE(seeded.at(0).pattern, QStringLiteral("INV-{YYYY}-{#####}"));
        QVERIFY(seeded.at(0).yearlyReset && seeded.at(0).isDefault);
        QCOMPARE(seeded.at(1).kind, billing::DocumentKind::CreditNote);

        NumberSeries shop {
            0, billing::DocumentKind::Invoice, QStringLiteral("Shop"), QStringLiteral("S{#####}"), false, true, false};
        shop = *f.settings->saveNumberSeries(shop);
        auto all = *f.settings->numberSeries();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1), shop); // invoices first, by id
        QVERIFY(!all.at(0).isDefault); // the old invoice default gave way
        QVERIFY(all.at(2).isDefault); // the credit-note default did not

        // Unused: the pattern and the yearly restart may change.
        NumberSeries main = all.at(0);
        main.pattern = QStringLiteral("R-{YY}-{####}");
        main.yearlyReset = false;
        QVERIFY(f.settings->saveNumberSeries(main));
        main.yearlyReset = true;
        main.pattern = QStringLiteral("INV-{YYYY}-{#####}");
        QVERIFY(f.settings->saveNumberSeries(main));
        // Once a document is issued in it, no more; the name and flags still change.
        const CustomerId customer = f.addCustomer(QStringLiteral("Virtanen Oy"));
        QCOMPARE(f.invoiceSeries, main.id);
        QVERIFY(f.storeAndIssue(draftOf(customer, QDate(2026, 3, 1), {1000}), QDate(2026, 3, 2), QDate(2026, 3, 16)));
        main.pattern = QStringLiteral("NEW-{#####}");
        const auto refused = f.settings->saveNumberSeries(main);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        main.pattern = QStringLiteral("INV-{YYYY}-{#####}");
        // Nor its yearly restart: numbers already given would be given again (or a year's restart lost).
        main.yearlyReset = false;
        const auto noReset = f.settings->saveNumberSeries(main);
        QVERIFY(!noReset);
        QCOMPARE(noReset.error().code, ErrorCode::Conflict);
        QVERIFY2(noReset.error().message.contains(QStringLiteral("yearly restart")),
                 qPrintable(noReset.error().message));
        main.yearlyReset = true;
        main.name = QStringLiteral("Invoices (old)");
        main.archived = true;
        QVERIFY(f.settings->saveNumberSeries(main));
        QCOMPARE(f.settings->numberSeries()->at(0), main);
        QCOMPARE(*f.settings->lastNumber(main.id, 2026), 1);
        QCOMPARE(*f.settings->lastNumber(shop.id, 2026), 0);
        NumberSeries missing = main;
        missing.id = 77;
        QCOMPARE(f.settings->saveNumberSeries(missing).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCompanyRepository)
#include "tst_companyrepository.moc"
