#include "common/Countries.h"
#include "customers/BankIdentifiers.h"
#include "customers/CustomerValidator.h"
#include "customers/VatId.h"
#include "demo/DemoCompany.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace subdesk;
using namespace subdesk::customers;

class TestDemoCompany : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCustomerIsValidAndNormalised_data();
    void everyCustomerIsValidAndNormalised();
    void sameSeedAndDateGiveSameCustomers();
    void differentSeedsGiveDifferentCustomers();
    void fewerCustomersArePrefixOfMore();
    void mixMatchesARealCustomerBase();
    void countryDecidesLanguageAndCurrency();
    void sepaPayersHaveMatchingBankDetails();
    void eInvoiceCustomersHaveEndpoints();
    void contactDataIsPlausible();
    void createdDatesSpanFiveYears();
    void hundredThousandCustomersInUnderOneSecond();

private:
    const QDate m_today {2026, 3, 31};
};

void TestDemoCompany::everyCustomerIsValidAndNormalised_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("today");
    QTest::newRow("seed 1 passes the validator") << 1u << m_today;
    QTest::newRow("seed 7 passes the validator") << 7u << m_today;
    QTest::newRow("seed 42 passes the validator on a leap day") << 42u << QDate(2028, 2, 29);
    QTest::newRow("seed 2024 passes the validator on New Year's Day") << 2024u << QDate(2025, 1, 1);
    QTest::newRow("seed 0xDEADBEEF passes the validator today") << 0xDEADBEEFu << QDate::currentDate();
}

void TestDemoCompany::everyCustomerIsValidAndNormalised()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);
    const CustomerValidator validator(today);
    const auto list = demo::DemoCompany::customers(5000, seed, today);
    QCOMPARE(list.size(), 5000);
    for (const Customer& c : list) {
        const auto issues = validator.validate(c);
        // Not even warnings (a VAT ID from another country would be one).
        QVERIFY2(issues.isEmpty(), qPrintable(c.displayName + QStringLiteral(": ") + describeIssues(issues, false)));
        QVERIFY2(CustomerValidator::normalized(c) == c, qPrintable(c.displayName));
        QVERIFY(!c.id.isValid());
    }
}

void TestDemoCompany::sameSeedAndDateGiveSameCustomers()
{
    QCOMPARE(demo::DemoCompany::customers(500, 7, m_today), demo::DemoCompany::customers(500, 7, m_today));
}

void TestDemoCompany::differentSeedsGiveDifferentCustomers()
{
    const auto a = demo::DemoCompany::customers(50, 1, m_today);
    const auto b = demo::DemoCompany::customers(50, 2, m_today);
    int same = 0;
    for (int i = 0; i < a.size(); ++i)
        same += a.at(i).displayName == b.at(i).displayName ? 1 : 0;
    QVERIFY2(same < 5, qPrintable(QString::number(same)));
}

void TestDemoCompany::fewerCustomersArePrefixOfMore()
{
    const auto few = demo::DemoCompany::customers(100, 3, m_today);
    const auto many = demo::DemoCompany::customers(300, 3, m_today);
    QCOMPARE(many.mid(0, 100), few);
    QVERIFY(demo::DemoCompany::customers(0, 3, m_today).isEmpty());
}

void TestDemoCompany::mixMatchesARealCustomerBase()
{
    const auto list = demo::DemoCompany::customers(5000, 11, m_today);
    int businesses = 0;
    int archived = 0;
    int withVat = 0;
    QSet<QString> countries;
    QSet<QString> segments;
    QSet<QString> tags;
    QSet<QString> names;
    for (const Customer& c : list) {
        if (c.kind == CustomerKind::Business) {
            ++businesses;
            withVat += c.vatId.isEmpty() ? 0 : 1;
        } else {
            QVERIFY2(c.vatId.isEmpty(), qPrintable(c.displayName));
            QVERIFY(c.contactPerson.isEmpty());
        }
        archived += c.status == CustomerStatus::Archived ? 1 : 0;
        countries.insert(c.address.country);
        segments.insert(c.segment);
        for (const QString& t : c.tags)
            tags.insert(t);
        names.insert(c.displayName);
    }
    QVERIFY2(businesses > 3500 && businesses < 4000, qPrintable(QString::number(businesses)));
    QVERIFY2(withVat > businesses * 85 / 100, qPrintable(QString::number(withVat)));
    QVERIFY2(archived > 150 && archived < 350, qPrintable(QString::number(archived)));
    const QStringList expectedCountries = {
        QStringLiteral("FI"), QStringLiteral("PL"), QStringLiteral("IT"), QStringLiteral("DE"), QStringLiteral("FR"),
        QStringLiteral("ES"), QStringLiteral("NL"), QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("SE"),
        QStringLiteral("IE"), QStringLiteral("PT"), QStringLiteral("DK"), QStringLiteral("CZ"), QStringLiteral("CH"),
        QStringLiteral("GB"), QStringLiteral("NO")};
    for (const QString& code : expectedCountries)
        QVERIFY2(countries.contains(code), qPrintable(code));
    for (const char* s : {"SMB", "Enterprise", "Non-profit", "Education", "Startup", "Agency"})
        QVERIFY2(segments.contains(QString::fromLatin1(s)), s);
    for (const char* t : {"newsletter", "vip", "reseller", "late-payer", "beta"})
        QVERIFY2(tags.contains(QString::fromLatin1(t)), t);
    // Names repeat in a big company, but not all the time.
    QVERIFY2(names.size() > 2500, qPrintable(QString::number(names.size())));
}

void TestDemoCompany::countryDecidesLanguageAndCurrency()
{
    const auto list = demo::DemoCompany::customers(5000, 5, m_today);
    QSet<QString> currencies;
    int persian = 0;
    int finnishInFinnish = 0;
    for (const Customer& c : list) {
        const QString& country = c.address.country;
        currencies.insert(c.currency);
        if (c.language == QLatin1String("fa")) {
            ++persian;
            QCOMPARE(c.kind, CustomerKind::Individual);
            continue;
        }
        if (country == QLatin1String("FI")) {
            QVERIFY(c.language == QLatin1String("fi") || c.language == QLatin1String("en"));
            finnishInFinnish += c.language == QLatin1String("fi") ? 1 : 0;
        } else if (country == QLatin1String("PL")) {
            QVERIFY(c.language == QLatin1String("pl") || c.language == QLatin1String("en"));
            QVERIFY(c.currency == QLatin1String("PLN") || c.currency == QLatin1String("EUR"));
        } else if (country == QLatin1String("IT")) {
            QVERIFY(c.language == QLatin1String("it") || c.language == QLatin1String("en"));
        } else {
            QCOMPARE(c.language, QStringLiteral("en"));
        }
        if (country == QLatin1String("GB"))
            QVERIFY(c.currency == QLatin1String("GBP") || c.currency == QLatin1String("EUR"));
    }
    QVERIFY(persian > 5);
    QVERIFY(finnishInFinnish > 500);
    for (const char* code : {"EUR", "PLN", "SEK", "DKK", "CZK", "CHF", "GBP", "NOK"})
        QVERIFY2(currencies.contains(QString::fromLatin1(code)), code);
}

void TestDemoCompany::sepaPayersHaveMatchingBankDetails()
{
    const auto list = demo::DemoCompany::customers(5000, 9, m_today);
    QSet<QString> references;
    QSet<QString> ibanCountries;
    for (const Customer& c : list) {
        if (c.paymentMethod != PaymentMethod::SepaDirectDebit) {
            QVERIFY(c.sepa.iban.isEmpty());
            continue;
        }
        QCOMPARE(c.currency, QStringLiteral("EUR"));
        QVERIFY2(bank::ibanProblem(c.sepa.iban).isEmpty(), qPrintable(c.sepa.iban));
        QVERIFY2(bank::bicProblem(c.sepa.bic).isEmpty(), qPrintable(c.sepa.bic));
        QCOMPARE(c.sepa.iban.left(2), c.address.country);
        QCOMPARE(c.sepa.bic.mid(4, 2), c.address.country);
        QVERIFY(c.sepa.signedOn.isValid() && c.sepa.signedOn <= m_today);
        QVERIFY(c.sepa.signedOn >= c.created.date());
        QVERIFY2(!references.contains(c.sepa.reference), qPrintable(c.sepa.reference));
        references.insert(c.sepa.reference);
        ibanCountries.insert(c.address.country);
    }
    QVERIFY(references.size() > 500);
    QVERIFY2(ibanCountries.size() >= 12, qPrintable(QStringList(ibanCountries.values()).join(u',')));
}

void TestDemoCompany::eInvoiceCustomersHaveEndpoints()
{
    const auto list = demo::DemoCompany::customers(5000, 13, m_today);
    QSet<QString> countries;
    for (const Customer& c : list) {
        if (c.preferredChannel != DeliveryChannel::EInvoice) {
            QVERIFY(c.eInvoiceEndpoint.isEmpty());
            continue;
        }
        QCOMPARE(c.kind, CustomerKind::Business);
        countries.insert(c.address.country);
        if (c.address.country == QLatin1String("FI"))
            QCOMPARE(c.eInvoiceEndpoint, QStringLiteral("0216:0037") + c.vatId.mid(2));
    }
    QVERIFY(countries.contains(QStringLiteral("FI")));
    QVERIFY(countries.contains(QStringLiteral("IT")));
}

void TestDemoCompany::contactDataIsPlausible()
{
    const auto list = demo::DemoCompany::customers(5000, 17, m_today);
    int withPhone = 0;
    for (const Customer& c : list) {
        for (const QString& e : c.emails) {
            for (QChar ch : e)
                QVERIFY2(ch.unicode() < 128 && !ch.isUpper(), qPrintable(e));
        }
        if (!c.phone.isEmpty()) {
            ++withPhone;
            QVERIFY2(c.phone.startsWith(QLatin1Char('+')), qPrintable(c.phone));
        }
        QVERIFY(!c.address.streetLines.isEmpty());
        QVERIFY(!c.address.postalCode.isEmpty());
        QVERIFY(!c.address.city.isEmpty());
        QVERIFY(countries::isValidCode(c.address.country));
        QVERIFY(c.paymentTermsDays == 7 || c.paymentTermsDays == 14 || c.paymentTermsDays == 30);
        if (!c.vatId.isEmpty())
            QCOMPARE(vatid::countryOfPrefix(c.vatId), c.address.country);
    }
    QVERIFY(withPhone > 4000);
}

void TestDemoCompany::createdDatesSpanFiveYears()
{
    const auto list = demo::DemoCompany::customers(5000, 19, m_today);
    QDate oldest = m_today;
    QDate newest = m_today.addYears(-10);
    for (const Customer& c : list) {
        QVERIFY(c.created.isValid());
        QCOMPARE(c.created.timeSpec(), Qt::UTC);
        oldest = qMin(oldest, c.created.date());
        newest = qMax(newest, c.created.date());
    }
    QVERIFY(newest < m_today);
    QVERIFY2(oldest >= m_today.addYears(-5).addDays(-2), qPrintable(oldest.toString(Qt::ISODate)));
    QVERIFY2(oldest < m_today.addYears(-4), qPrintable(oldest.toString(Qt::ISODate)));
    QVERIFY2(newest > m_today.addDays(-30), qPrintable(newest.toString(Qt::ISODate)));
}

void TestDemoCompany::hundredThousandCustomersInUnderOneSecond()
{
    QElapsedTimer timer;
    timer.start();
    const auto list = demo::DemoCompany::customers(100000, 1, m_today);
    const qint64 ms = timer.elapsed();
    QCOMPARE(list.size(), 100000);
    qInfo("100,000 demo customers in %lld ms", ms);
#ifndef QT_DEBUG
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
#endif
}

QTEST_GUILESS_MAIN(TestDemoCompany)
#include "tst_democompany.moc"
