#include "company/CompanyService.h"
#include "customers/BankIdentifiers.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace subdesk;
using namespace subdesk::company;

Q_DECLARE_METATYPE(subdesk::company::BankAccount)
Q_DECLARE_METATYPE(subdesk::tax::TaxRate)

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/** Keeps everything in memory, with the repository's documented default and ordering rules. */
class FakeCompanyRepository final : public CompanyRepository
{
public:
    Result<CompanyProfile> profile() override { return m_profile; }
    Status saveProfile(const CompanyProfile& profile) override
    {
        m_profile = profile;
        ++profileSaves;
        return {};
    }
    Result<InvoicingSettings> invoicingSettings() override { return m_settings; }
    Status saveInvoicingSettings(const InvoicingSettings& settings) override
    {
        m_settings = settings;
        return {};
    }

    Result<QList<BankAccount>> bankAccounts() override { return accounts; }
    Result<BankAccount> saveBankAccount(const BankAccount& account) override
    {
        BankAccount a = account;
        if (a.id == 0)
            a.id = ++m_lastId;
        if (a.isDefault) {
            for (BankAccount& other : accounts)
                other.isDefault = false;
        }
        upsert(accounts, a);
        return a;
    }

    Result<QList<tax::TaxRate>> taxRates() override { return rates; }
    Result<tax::TaxRate> saveTaxRate(const tax::TaxRate& rate) override
    {
        tax::TaxRate r = rate;
        if (r.id == 0)
            r.id = ++m_lastId;
        upsert(rates, r);
        return r;
    }
    Status removeTaxRate(qint64 id) override
    {
        rates.removeIf([id](const tax::TaxRate& r) { return r.id == id; });
        return {};
    }

    Result<QList<NumberSeries>> numberSeries() override { return series; }
    Result<NumberSeries> saveNumberSeries(const NumberSeries& s) override
    {
        NumberSeries n = s;
        if (n.id == 0)
            n.id = ++m_lastId;
        if (n.isDefault) {
            for (NumberSeries& other : series) {
                if (other.kind == n.kind)
                    other.isDefault = false;
            }
        }
        upsert(series, n);
        return n;
    }
    Result<qint64> lastNumber(qint64 seriesId, int year) override { return counters.value({seriesId, year}, 0); }

    QList<BankAccount> accounts;
    QList<tax::TaxRate> rates;
    QList<NumberSeries> series;
    QHash<std::pair<qint64, int>, qint64> counters;
    int profileSaves = 0;

private:
    template <typename T>
    static void upsert(QList<T>& list, const T& item)
    {
        for (T& existing : list) {
            if (existing.id == item.id) {
                existing = item;
                return;
            }
        }
        list.append(item);
    }

    CompanyProfile m_profile;
    InvoicingSettings m_settings;
    qint64 m_lastId = 0;
};

CompanyProfile validProfile()
{
    CompanyProfile p;
    p.name = QStringLiteral("Kowalski Software sp. z o.o.");
    p.address.streetLines = {QStringLiteral("ul. Prosta 1")};
    p.address.postalCode = QStringLiteral("00-001");
    p.address.city = QStringLiteral("Warszawa");
    p.address.country = QStringLiteral("PL");
    p.vatId = QStringLiteral("PL5260250995");
    p.email = QStringLiteral("billing@example.pl");
    return p;
}

QByteArray pngBytes()
{
    QImage image(4, 4, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QString kIban = QStringLiteral("FI2112345600000785");

BankAccount account(const char* currency, bool isDefault, bool archived = false)
{
    BankAccount a;
    a.label = QString::fromLatin1(currency);
    a.iban = kIban;
    a.currency = QString::fromLatin1(currency);
    a.isDefault = isDefault;
    a.archived = archived;
    return a;
}

tax::TaxRate rate(const char* country, tax::TaxClass taxClass, int bp, const char* from, const char* to = nullptr)
{
    tax::TaxRate r;
    r.country = QString::fromLatin1(country);
    r.taxClass = taxClass;
    r.name = QStringLiteral("Standard rate");
    r.rateBp = bp;
    r.validFrom = d(from);
    if (to)
        r.validTo = d(to);
    return r;
}

NumberSeries numberSeries(billing::DocumentKind kind, const char* pattern, bool isDefault, bool archived = false)
{
    NumberSeries s;
    s.kind = kind;
    s.name = QStringLiteral("Series");
    s.pattern = QString::fromLatin1(pattern);
    s.yearlyReset = QString::fromLatin1(pattern).contains(QLatin1String("{YYYY}"));
    s.isDefault = isDefault;
    s.archived = archived;
    return s;
}

} // namespace

class TestCompanyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProfileIsSavedNormalised()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        CompanyProfile p = validProfile();
        p.name = QStringLiteral("  Kowalski Software sp. z o.o. ");
        p.vatId = QStringLiteral("pl 526-025-09-95");
        p.address.country = QStringLiteral("pl");
        p.logo = pngBytes();
        const Status s = service.saveProfile(p);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(repo.profileSaves, 1);
        QCOMPARE(service.profile()->name, QStringLiteral("Kowalski Software sp. z o.o."));
        QCOMPARE(service.profile()->vatId, QStringLiteral("PL5260250995"));
        QCOMPARE(service.profile()->address.country, QStringLiteral("PL"));
    }

    void profileRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty name") << QStringLiteral("name") << QStringLiteral("Name: ");
        QTest::newRow("no country") << QStringLiteral("country-empty") << QStringLiteral("Country: ");
        QTest::newRow("unknown country XX") << QStringLiteral("country") << QStringLiteral("Country: \"XX\"");
        QTest::newRow("VAT ID of the wrong syntax") << QStringLiteral("vat") << QStringLiteral("VAT ID: ");
        QTest::newRow("bad e-mail") << QStringLiteral("email") << QStringLiteral("E-mail: ");
        QTest::newRow("logo that is not an image") << QStringLiteral("logo") << QStringLiteral("Logo: ");
        QTest::newRow("PNG signature but no image behind it")
            << QStringLiteral("logo-truncated") << QStringLiteral("Logo: ");
        QTest::newRow("logo over 1 MB") << QStringLiteral("logo-big") << QStringLiteral("Logo: ");
        QTest::newRow("payment terms of 366 days") << QStringLiteral("terms-high") << QStringLiteral("Payment terms: ");
        QTest::newRow("payment terms of -1 days") << QStringLiteral("terms-low") << QStringLiteral("Payment terms: ");
        QTest::newRow("VAT exempt without the exemption text")
            << QStringLiteral("exempt") << QStringLiteral("Exemption text: ");
    }

    void profileRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        CompanyProfile p = validProfile();
        if (field == QLatin1String("name"))
            p.name = QStringLiteral("   ");
        else if (field == QLatin1String("country-empty"))
            p.address.country.clear();
        else if (field == QLatin1String("country"))
            p.address.country = QStringLiteral("XX");
        else if (field == QLatin1String("vat"))
            p.vatId = QStringLiteral("PL12345");
        else if (field == QLatin1String("email"))
            p.email = QStringLiteral("billing@");
        else if (field == QLatin1String("logo"))
            p.logo = QByteArray("GIF89a not what we take");
        else if (field == QLatin1String("logo-truncated"))
            p.logo = pngBytes().left(20);
        else if (field == QLatin1String("logo-big"))
            p.logo = pngBytes() + QByteArray(1024 * 1024, '\0');
        else if (field == QLatin1String("terms-high"))
            p.defaultPaymentTermsDays = 366;
        else if (field == QLatin1String("terms-low"))
            p.defaultPaymentTermsDays = -1;
        else if (field == QLatin1String("exempt"))
            p.vatExempt = true;
        FakeCompanyRepository repo;
        CompanyService service(repo);
        const Status s = service.saveProfile(p);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
        QVERIFY2(s.error().message.startsWith(messagePart), qPrintable(s.error().message));
        QCOMPARE(repo.profileSaves, 0);
    }

    void profileBoundaries()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        CompanyProfile p = validProfile();
        p.defaultPaymentTermsDays = 0;
        QVERIFY(service.saveProfile(p).ok());
        p.defaultPaymentTermsDays = 365;
        p.vatExempt = true;
        p.exemptionText = QStringLiteral("Zwolnienie podmiotowe z VAT (art. 113 ust. 1 ustawy o VAT)");
        p.vatId.clear(); // optional
        p.email.clear(); // optional
        QVERIFY(service.saveProfile(p).ok());
    }

    void severalProblemsAreReportedTogether()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        CompanyProfile p = validProfile();
        p.name.clear();
        p.email = QStringLiteral("nope");
        const Status s = service.saveProfile(p);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("Name: ")));
        QVERIFY(s.error().message.contains(QLatin1String("; E-mail: ")));
    }

    void bankAccountRefusals_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<QString>("bic");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("IBAN with wrong check digits")
            << QStringLiteral("FI2212345600000785") << QString() << QString() << QStringLiteral("IBAN: ");
        QTest::newRow("no IBAN") << QString() << QString() << QString() << QStringLiteral("IBAN: ");
        QTest::newRow("BIC of the wrong shape")
            << kIban << QStringLiteral("NDEA") << QString() << QStringLiteral("BIC: ");
        QTest::newRow("unknown currency")
            << kIban << QString() << QStringLiteral("EUX") << QStringLiteral("Currency: ");
    }

    void bankAccountRefusals()
    {
        QFETCH(QString, iban);
        QFETCH(QString, bic);
        QFETCH(QString, currency);
        QFETCH(QString, messagePart);
        FakeCompanyRepository repo;
        CompanyService service(repo);
        BankAccount a;
        a.iban = iban;
        a.bic = bic;
        a.currency = currency;
        const Result<BankAccount> saved = service.saveBankAccount(a);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Invalid);
        QVERIFY2(saved.error().message.startsWith(messagePart), qPrintable(saved.error().message));
        QVERIFY(repo.accounts.isEmpty());
    }

    void bankAccountIsNormalised()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        BankAccount a;
        a.iban = QStringLiteral("fi21 1234 5600 0007 85");
        a.bic = QStringLiteral("ndeafihh");
        a.currency = QStringLiteral("eur");
        const Result<BankAccount> saved = service.saveBankAccount(a);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->iban, kIban);
        QCOMPARE(saved->bic, QStringLiteral("NDEAFIHH"));
        QCOMPARE(saved->currency, QStringLiteral("EUR"));
    }

    void accountFor_data()
    {
        QTest::addColumn<QList<BankAccount>>("accounts");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expectedLabel"); ///< empty: none
        QTest::newRow("the default account of the currency")
            << QList<BankAccount> {account("", false), account("EUR", true)} << QStringLiteral("EUR")
            << QStringLiteral("EUR");
        QTest::newRow("else the default account for any currency")
            << QList<BankAccount> {account("EUR", false), account("", true)} << QStringLiteral("PLN") << QString();
        QTest::newRow("else the first unarchived account of the currency, before a default in another one")
            << QList<BankAccount> {account("USD", true), account("PLN", false, true), account("PLN", false)}
            << QStringLiteral("PLN") << QStringLiteral("PLN");
        QTest::newRow("else the first unarchived account for any currency")
            << QList<BankAccount> {account("USD", true), account("", false)} << QStringLiteral("PLN") << QString();
        QTest::newRow("else the first unarchived one at all")
            << QList<BankAccount> {account("USD", false, true), account("SEK", false), account("USD", false)}
            << QStringLiteral("PLN") << QStringLiteral("SEK");
        QTest::newRow("an archived default is skipped")
            << QList<BankAccount> {account("EUR", true, true), account("EUR", false)} << QStringLiteral("EUR")
            << QStringLiteral("EUR");
        QTest::newRow("only archived accounts: none")
            << QList<BankAccount> {account("EUR", false, true)} << QStringLiteral("EUR") << QStringLiteral("-");
        QTest::newRow("no accounts: none") << QList<BankAccount> {} << QStringLiteral("EUR") << QStringLiteral("-");
    }

    void accountFor()
    {
        QFETCH(QList<BankAccount>, accounts);
        QFETCH(QString, currency);
        QFETCH(QString, expectedLabel);
        FakeCompanyRepository repo;
        qint64 id = 0;
        for (BankAccount a : accounts) {
            a.id = ++id;
            repo.accounts.append(a);
        }
        CompanyService service(repo);
        const Result<std::optional<BankAccount>> found = service.accountFor(currency);
        QVERIFY(found.ok());
        if (expectedLabel == QLatin1String("-")) {
            QVERIFY(!found->has_value());
            return;
        }
        QVERIFY(found->has_value());
        QCOMPARE((*found)->label, expectedLabel);
        QVERIFY(!(*found)->archived);
        // Among equals the first by id wins: the expected one is the first that fits in the fixture.
        for (const BankAccount& a : std::as_const(repo.accounts)) {
            if (!a.archived && a.label == expectedLabel) {
                QCOMPARE((*found)->id, a.id);
                break;
            }
        }
    }

    void taxRateRefusals_data()
    {
        QTest::addColumn<tax::TaxRate>("rate");
        QTest::addColumn<QString>("messagePart");
        tax::TaxRate r = rate("XX", tax::TaxClass::Standard, 2300, "2026-01-01");
        QTest::newRow("unknown country") << r << QStringLiteral("Country: ");
        r = rate("PL", tax::TaxClass::Standard, 10001, "2026-01-01");
        QTest::newRow("rate over 100 %") << r << QStringLiteral("Rate: ");
        r = rate("PL", tax::TaxClass::Standard, -1, "2026-01-01");
        QTest::newRow("negative rate") << r << QStringLiteral("Rate: ");
        r = rate("PL", tax::TaxClass::Standard, 2300, "2026-01-01");
        r.name = QStringLiteral(" ");
        QTest::newRow("empty name") << r << QStringLiteral("Name: ");
        r = rate("PL", tax::TaxClass::Standard, 2300, "2026-01-01", "2025-12-31");
        QTest::newRow("valid to before valid from") << r << QStringLiteral("Valid to: ");
        r = rate("PL", tax::TaxClass::Standard, 2300, "2026-01-01");
        r.validFrom = QDate();
        QTest::newRow("no valid-from date") << r << QStringLiteral("Valid from: ");
    }

    void taxRateRefusals()
    {
        QFETCH(tax::TaxRate, rate);
        QFETCH(QString, messagePart);
        FakeCompanyRepository repo;
        CompanyService service(repo);
        const Result<tax::TaxRate> saved = service.saveTaxRate(rate);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Invalid);
        QVERIFY2(saved.error().message.startsWith(messagePart), qPrintable(saved.error().message));
        QVERIFY(repo.rates.isEmpty());
    }

    void taxRateSpans_data()
    {
        // The stored rates: PL standard 23 % over [2020-01-01, 2025-12-31] and from 2027-01-01 on.
        QTest::addColumn<tax::TaxRate>("rate");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the gap 2026 fits exactly")
            << rate("PL", tax::TaxClass::Standard, 2200, "2026-01-01", "2026-12-31") << true;
        QTest::newRow("overlapping the first span's last day")
            << rate("PL", tax::TaxClass::Standard, 2200, "2025-12-31", "2026-12-31") << false;
        QTest::newRow("overlapping the open span's first day")
            << rate("PL", tax::TaxClass::Standard, 2200, "2026-01-01", "2027-01-01") << false;
        QTest::newRow("open-ended from 2026 overlaps the open span")
            << rate("PL", tax::TaxClass::Standard, 2200, "2026-01-01") << false;
        QTest::newRow("inside the first span")
            << rate("PL", tax::TaxClass::Standard, 2200, "2021-01-01", "2021-01-31") << false;
        QTest::newRow("another class may overlap") << rate("PL", tax::TaxClass::Reduced, 800, "2020-01-01") << true;
        QTest::newRow("another country may overlap") << rate("DE", tax::TaxClass::Standard, 1900, "2020-01-01") << true;
    }

    void taxRateSpans()
    {
        QFETCH(tax::TaxRate, rate);
        QFETCH(bool, accepted);
        FakeCompanyRepository repo;
        CompanyService service(repo);
        QVERIFY(service.saveTaxRate(::rate("PL", tax::TaxClass::Standard, 2300, "2020-01-01", "2025-12-31")).ok());
        QVERIFY(service.saveTaxRate(::rate("PL", tax::TaxClass::Standard, 2300, "2027-01-01")).ok());
        const Result<tax::TaxRate> saved = service.saveTaxRate(rate);
        QCOMPARE(saved.ok(), accepted);
        if (!accepted) {
            QCOMPARE(saved.error().code, ErrorCode::Conflict);
            QVERIFY2(saved.error().message.contains(QLatin1String("PL")), qPrintable(saved.error().message));
            QCOMPARE(repo.rates.size(), 2);
        }
    }

    void editingARateDoesNotOverlapItself()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        Result<tax::TaxRate> saved = service.saveTaxRate(rate("FI", tax::TaxClass::Standard, 2400, "2020-01-01"));
        QVERIFY(saved.ok());
        tax::TaxRate edited = *saved;
        edited.validTo = d("2024-08-31");
        QVERIFY(service.saveTaxRate(edited).ok());
        QVERIFY(service.saveTaxRate(rate("FI", tax::TaxClass::Standard, 2550, "2024-09-01")).ok());
        QCOMPARE(repo.rates.size(), 2);
        QCOMPARE(repo.rates.first().validTo, d("2024-08-31"));
    }

    void seriesRefusals()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        NumberSeries s = numberSeries(billing::DocumentKind::Invoice, "INV-{YYYY}", true);
        Result<NumberSeries> saved = service.saveNumberSeries(s);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(QLatin1String("Pattern: ")), qPrintable(saved.error().message));
        s = numberSeries(billing::DocumentKind::Invoice, "INV-{#####}", false);
        s.name = QStringLiteral("  ");
        saved = service.saveNumberSeries(s);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(QLatin1String("Name: ")), qPrintable(saved.error().message));
        s = numberSeries(billing::DocumentKind::Invoice, "INV-{#####}", true, true);
        saved = service.saveNumberSeries(s);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(QLatin1String("Default: ")), qPrintable(saved.error().message));
        QVERIFY(repo.series.isEmpty());
    }

    void defaultSeries()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        const Result<NumberSeries> none = service.defaultSeries(billing::DocumentKind::Invoice);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::Conflict);
        QVERIFY(none.error().message.contains(QLatin1String("invoices")));

        QVERIFY(
            service.saveNumberSeries(numberSeries(billing::DocumentKind::Invoice, "INV-{YYYY}-{#####}", true)).ok());
        QVERIFY(
            service.saveNumberSeries(numberSeries(billing::DocumentKind::CreditNote, "CN-{YYYY}-{#####}", true)).ok());
        const Result<NumberSeries> shop =
            service.saveNumberSeries(numberSeries(billing::DocumentKind::Invoice, "SHOP-{#####}", true));
        QVERIFY(shop.ok());
        QCOMPARE(service.defaultSeries(billing::DocumentKind::Invoice)->pattern, QStringLiteral("SHOP-{#####}"));
        QCOMPARE(service.defaultSeries(billing::DocumentKind::CreditNote)->pattern,
                 QStringLiteral("CN-{YYYY}-{#####}"));

        // An archived series is never the default, even if the flag were left on in storage.
        repo.series[0].archived = true;
        repo.series[0].isDefault = false;
        repo.series[1].archived = true;
        const Result<NumberSeries> archived = service.defaultSeries(billing::DocumentKind::CreditNote);
        QVERIFY(!archived.ok());
        QVERIFY(archived.error().message.contains(QLatin1String("credit notes")));
    }

    void nextNumberPreview()
    {
        FakeCompanyRepository repo;
        CompanyService service(repo);
        const Result<NumberSeries> yearly =
            service.saveNumberSeries(numberSeries(billing::DocumentKind::Invoice, "INV-{YYYY}-{#####}", true));
        QVERIFY(yearly.ok());
        repo.counters.insert({yearly->id, 2026}, 41);
        QCOMPARE(*service.nextNumberPreview(*yearly, d("2026-12-31")), QStringLiteral("INV-2026-00042"));
        QCOMPARE(*service.nextNumberPreview(*yearly, d("2027-01-01")), QStringLiteral("INV-2027-00001"));

        NumberSeries running = numberSeries(billing::DocumentKind::Invoice, "R-{#####}", false);
        running = *service.saveNumberSeries(running);
        repo.counters.insert({running.id, 0}, 99999);
        QCOMPARE(*service.nextNumberPreview(running, d("2027-01-01")), QStringLiteral("R-100000"));

        // An unsaved series starts at 1; a broken pattern is refused, not formatted.
        QCOMPARE(
            *service.nextNumberPreview(numberSeries(billing::DocumentKind::Invoice, "N{###}", false), d("2026-01-01")),
            QStringLiteral("N001"));
        QVERIFY(!service.nextNumberPreview(numberSeries(billing::DocumentKind::Invoice, "N{##", false), d("2026-01-01"))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestCompanyService)
#include "tst_companyservice.moc"
