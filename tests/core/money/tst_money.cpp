#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "money/MoneyMath.h"

#include <QTest>

#include <limits>

using namespace subdesk;

namespace {
Currency cur(const char* code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyDigits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("digits");
        QTest::newRow("EUR has 2 minor digits") << "EUR" << 2;
        QTest::newRow("JPY has 0 minor digits") << "JPY" << 0;
        QTest::newRow("BHD has 3 minor digits") << "BHD" << 3;
        QTest::newRow("CLF has 4 minor digits") << "CLF" << 4;
        QTest::newRow("lower-case code is accepted") << "pln" << 2;
    }
    void currencyDigits()
    {
        QFETCH(QString, code);
        QFETCH(int, digits);
        const auto c = Currency::fromCode(code);
        QVERIFY(c.has_value());
        QCOMPARE(c->minorDigits(), digits);
    }

    void unknownCurrencyIsRejected()
    {
        QVERIFY(!Currency::fromCode(QStringLiteral("XYZ")));
        QVERIFY(!Currency::fromCode(QStringLiteral("EURO")));
        QVERIFY(!Currency::isValidCode(QStringLiteral("eur"))); // the plain check wants canonical codes
        QVERIFY(Currency::allCodes().contains(QStringLiteral("SEK")));
    }

    void roundHalfUp_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2495 x 22/30 = 1829.67 rounds to 1830")
            << qint64(2495) << qint64(22) << qint64(30) << qint64(1830);
        QTest::newRow("exactly half (5/2 = 2.5) rounds up to 3") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
        QTest::newRow("negative half (-5/2 = -2.5) rounds away from zero to -3")
            << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
        QTest::newRow("just below half (1/3 of 4 = 1.33) rounds down to 1")
            << qint64(4) << qint64(1) << qint64(3) << qint64(1);
        QTest::newRow("negative denominator flips the sign (10 x 1/-4 = -2.5 -> -3)")
            << qint64(10) << qint64(1) << qint64(-4) << qint64(-3);
        QTest::newRow("128-bit intermediate: max int64 x 3/3 stays exact")
            << std::numeric_limits<qint64>::max() << qint64(3) << qint64(3) << std::numeric_limits<qint64>::max();
        QTest::newRow("1999 x 17/31 = 1096.23 rounds to 1096")
            << qint64(1999) << qint64(17) << qint64(31) << qint64(1096);
    }
    void roundHalfUp()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        const auto r = moneymath::mulDivRoundHalfUp(value, num, den);
        QVERIFY(r.ok());
        QCOMPARE(*r, expected);
    }

    void overflowIsAnErrorNotAWrap()
    {
        const Money big(std::numeric_limits<qint64>::max(), cur("EUR"));
        const auto sum = big.add(Money(1, cur("EUR")));
        QVERIFY(!sum.ok());
        QCOMPARE(sum.error().code, ErrorCode::Overflow);
        QVERIFY(!big.multiplied(2).ok());
        QVERIFY(!big.scaled(3, 2).ok());
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), cur("EUR")).negated().ok());
    }

    void mixingCurrenciesIsAnError()
    {
        const auto r = Money(100, cur("EUR")).add(Money(100, cur("PLN")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("EUR")));
        QVERIFY(r.error().message.contains(QStringLiteral("PLN")));
    }

    void allocation_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("100 split in three equal parts: 34 + 33 + 33, first part gets the extra cent")
            << qint64(100) << QList<qint64> {1, 1, 1} << QList<qint64> {34, 33, 33};
        QTest::newRow("-100 split in three: -34 - 33 - 33 (sign kept, sum exact)")
            << qint64(-100) << QList<qint64> {1, 1, 1} << QList<qint64> {-34, -33, -33};
        QTest::newRow("1000 over weights 2000/1000: 667 + 333")
            << qint64(1000) << QList<qint64> {2000, 1000} << QList<qint64> {667, 333};
        QTest::newRow("5 over 10/30/60: 1 + 1 + 3 (largest remainders get the leftovers)")
            << qint64(5) << QList<qint64> {10, 30, 60} << QList<qint64> {1, 1, 3};
        QTest::newRow("all-zero weights split evenly: 7 -> 4 + 3")
            << qint64(7) << QList<qint64> {0, 0} << QList<qint64> {4, 3};
        QTest::newRow("zero weight gets nothing: 10 over 0/1 -> 0 + 10")
            << qint64(10) << QList<qint64> {0, 1} << QList<qint64> {0, 10};
    }
    void allocation()
    {
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, expected);
        const auto parts = Money(total, cur("EUR")).allocate(weights);
        QVERIFY(parts.ok());
        QList<qint64> minor;
        qint64 sum = 0;
        for (const Money& m : *parts) {
            minor.append(m.minorUnits());
            sum += m.minorUnits();
        }
        QCOMPARE(minor, expected);
        QCOMPARE(sum, total);
    }

    void allocationRejectsNegativeWeights()
    {
        QVERIFY(!Money(100, cur("EUR")).allocate({1, -1}).ok());
        QVERIFY(!Money(100, cur("EUR")).allocate({}).ok());
    }

    void plainString_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("EUR 1234.56") << "EUR" << qint64(123456) << "1234.56";
        QTest::newRow("EUR -0.05 keeps the sign below one euro") << "EUR" << qint64(-5) << "-0.05";
        QTest::newRow("JPY has no decimals") << "JPY" << qint64(1200) << "1200";
        QTest::newRow("BHD has three decimals") << "BHD" << qint64(1005) << "1.005";
        QTest::newRow("most negative int64 prints exactly")
            << "EUR" << std::numeric_limits<qint64>::min() << "-92233720368547758.08";
    }
    void plainString()
    {
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        const Money m(minor, cur(code.toLatin1().constData()));
        QCOMPARE(m.toPlainString(), text);
        const auto back = Money::fromPlainString(text, m.currency());
        QVERIFY(back.ok());
        QCOMPARE(*back, m);
    }

    void plainStringRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three decimals for EUR are refused, not rounded") << "1.005";
        QTest::newRow("letters") << "12a";
        QTest::newRow("empty") << "";
        QTest::newRow("dot without decimals") << "12.";
        QTest::newRow("beyond int64") << "99999999999999999999";
        QTest::newRow("one cent beyond the most negative int64") << "-92233720368547758.09";
        QTest::newRow("one cent beyond the largest int64") << "92233720368547758.08";
    }
    void plainStringRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::fromPlainString(text, cur("EUR")).ok());
    }

    void localeFormat_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US: EUR 1,234.56 with the euro sign") << "en_US"
                                                                << "EUR" << qint64(123456) << "€1,234.56";
        QTest::newRow("de_DE: 1.234,56 € with comma decimals")
            << "de_DE"
            << "EUR" << qint64(123456) << QStringLiteral("1.234,56\u00a0€");
        QTest::newRow("fi_FI: space groups and comma decimals")
            << "fi_FI"
            << "EUR" << qint64(123456) << QStringLiteral("1\u00a0234,56\u00a0€");
        QTest::newRow("pl_PL: own currency uses its local symbol")
            << "pl_PL"
            << "PLN" << qint64(99) << QStringLiteral("0,99\u00a0zł");
        QTest::newRow("en_US: JPY prints no decimals") << "en_US"
                                                       << "JPY" << qint64(1500) << "¥1,500";
        QTest::newRow("en_US: negative amount keeps minus before the symbol") << "en_US"
                                                                              << "EUR" << qint64(-250) << "-€2.50";
    }
    void localeFormat()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(QString, expected);
        const Money m(minor, cur(code.toLatin1().constData()));
        QCOMPARE(moneyformat::format(m, QLocale(locale)), expected);
    }

    void persianUsesPersianDigits()
    {
        const QString text = moneyformat::format(Money(123456, cur("EUR")), QLocale(QStringLiteral("fa_IR")),
                                                 moneyformat::Style::NumberOnly);
        QVERIFY2(text.contains(QChar(0x06F1)) && !text.contains(QLatin1Char('1')), qPrintable(text));
        const auto back = moneyformat::parse(text, cur("EUR"), QLocale(QStringLiteral("fa_IR")));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->minorUnits(), qint64(123456));
    }

    void localeParse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("de: 1.234,56 € parses to 123456") << "de_DE"
                                                         << "1.234,56 €" << true << qint64(123456);
        QTest::newRow("de: 12.50 is refused (dot is a group separator there, not 1250)")
            << "de_DE"
            << "12.50" << false << qint64(0);
        QTest::newRow("en: 1,234.5 parses with one decimal") << "en_US"
                                                             << "1,234.5" << true << qint64(123450);
        QTest::newRow("en: 1,23.45 is refused (group of two digits)") << "en_US"
                                                                      << "1,23.45" << false << qint64(0);
        QTest::newRow("fi: plain space as group separator is accepted") << "fi_FI"
                                                                        << "1 234,56" << true << qint64(123456);
        QTest::newRow("en: minus and code anywhere: -EUR 3.10") << "en_US"
                                                                << "-EUR 3.10" << true << qint64(-310);
        QTest::newRow("en: accounting parentheses mean negative") << "en_US"
                                                                  << "(3.10)" << true << qint64(-310);
        QTest::newRow("en: three decimals for EUR are refused") << "en_US"
                                                                << "1.005" << false << qint64(0);
        QTest::newRow("en: text is refused") << "en_US"
                                             << "ten euros" << false << qint64(0);
    }
    void localeParse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto r = moneyformat::parse(text, cur("EUR"), QLocale(locale));
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->minorUnits(), minor);
        else
            QVERIFY(!r.error().message.isEmpty());
    }

    void formatThenParseRoundTripsInEveryShippedLocale()
    {
        for (const char* name : {"en_US", "pl_PL", "it_IT", "fi_FI", "fa_IR"}) {
            const QLocale locale(QString::fromLatin1(name));
            for (qint64 minor : {qint64(0), qint64(1), qint64(-99), qint64(123456789), qint64(100000000000)}) {
                const Money m(minor, cur("EUR"));
                const QString text = moneyformat::format(m, locale);
                const auto back = moneyformat::parse(text, cur("EUR"), locale);
                QVERIFY2(back.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), text)));
                QCOMPARE(back->minorUnits(), minor);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
