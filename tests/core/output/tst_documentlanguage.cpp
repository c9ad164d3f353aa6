#include "output/DocumentLanguage.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::output;

class TestDocumentLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en: whole rate without decimals") << QStringLiteral("en") << 2300 << QStringLiteral("23%");
        QTest::newRow("pl: no space before %") << QStringLiteral("pl") << 800 << QStringLiteral("8%");
        QTest::newRow("de: decimal comma and a no-break space")
            << QStringLiteral("de") << 550 << QStringLiteral("5,5\u00a0%");
        QTest::newRow("fr: 2,1 %") << QStringLiteral("fr") << 210 << QStringLiteral("2,1\u00a0%");
        QTest::newRow("it: 5,5% with two decimals trimmed to one")
            << QStringLiteral("it") << 550 << QStringLiteral("5,5%");
        QTest::newRow("en: two decimals kept when needed") << QStringLiteral("en") << 725 << QStringLiteral("7.25%");
        QTest::newRow("en: zero") << QStringLiteral("en") << 0 << QStringLiteral("0%");
    }

    void percent()
    {
        QFETCH(QString, language);
        QFETCH(int, basisPoints);
        QFETCH(QString, expected);
        QCOMPARE(DocumentLanguage(language).percent(basisPoints), expected);
    }

    void date_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pl: d.MM.yyyy") << QStringLiteral("pl") << QStringLiteral("2.03.2026");
        QTest::newRow("de: four-digit year although the short format has two")
            << QStringLiteral("de") << QStringLiteral("02.03.2026");
        QTest::newRow("en: four-digit year") << QStringLiteral("en") << QStringLiteral("3/2/2026");
        QTest::newRow("fi: d.M.yyyy") << QStringLiteral("fi") << QStringLiteral("2.3.2026");
    }

    void date()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(DocumentLanguage(language).date(QDate(2026, 3, 2)), expected);
        QCOMPARE(DocumentLanguage(language).date(QDate()), QString());
    }

    void money()
    {
        const Money eur(123456, *Currency::fromCode(QStringLiteral("EUR")));
        const Money jpy(11569, *Currency::fromCode(QStringLiteral("JPY")));
        QCOMPARE(DocumentLanguage(QStringLiteral("en")).money(eur), QStringLiteral("€1,234.56"));
        QCOMPARE(DocumentLanguage(QStringLiteral("en")).amount(jpy), QStringLiteral("11,569"));
        // Polish groups digits from five on (CLDR minimum grouping digits 2).
        QCOMPARE(DocumentLanguage(QStringLiteral("pl")).amount(eur), QStringLiteral("1234,56"));
        QCOMPARE(DocumentLanguage(QStringLiteral("pl")).amount(Money(1234567, eur.currency())),
                 QStringLiteral("12\u00a0345,67"));
        // Persian digits and the Arabic decimal separator.
        QVERIFY(DocumentLanguage(QStringLiteral("fa")).amount(eur).contains(QStringLiteral("۲۳۴٫۵۶")));
    }

    void directionFollowsTheLanguage()
    {
        QCOMPARE(DocumentLanguage(QStringLiteral("fa")).direction(), Qt::RightToLeft);
        QCOMPARE(DocumentLanguage(QStringLiteral("pl")).direction(), Qt::LeftToRight);
        QCOMPARE(DocumentLanguage(QString()).code(), QStringLiteral("en"));
    }

    void textFallsBackToTheSource()
    {
        // A language without a catalogue, and a source no catalogue has, print the English source.
        QCOMPARE(DocumentLanguage(QStringLiteral("de")).text("Invoice"), QStringLiteral("Invoice"));
        QCOMPARE(DocumentLanguage(QStringLiteral("pl")).text("No such source text"),
                 QStringLiteral("No such source text"));
    }

    void exemptionTexts_data()
    {
        QTest::addColumn<tax::TaxCategory>("category");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AE: reverse charge") << tax::TaxCategory::ReverseCharge << QStringLiteral("Reverse charge");
        QTest::newRow("G: export") << tax::TaxCategory::Export
                                   << QStringLiteral("Export outside the EU — VAT not charged");
        QTest::newRow("K: intra-community")
            << tax::TaxCategory::IntraCommunity << QStringLiteral("Intra-community supply exempt from VAT");
        QTest::newRow("O: out of scope") << tax::TaxCategory::OutOfScope << QStringLiteral("Not subject to VAT");
        QTest::newRow("S: nothing to say") << tax::TaxCategory::Standard << QString();
    }

    void exemptionTexts()
    {
        QFETCH(tax::TaxCategory, category);
        QFETCH(QString, expected);
        QCOMPARE(standardExemptionText(category, DocumentLanguage(QStringLiteral("en"))), expected);
    }
};

QTEST_MAIN(TestDocumentLanguage)
#include "tst_documentlanguage.moc"
