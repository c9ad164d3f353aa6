#include "invoicing/CreditorReference.h"

#include <QTest>

using namespace subdesk::invoicing;

class TestCreditorReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::newRow("ISO 11649 example RF18539007547034") << QStringLiteral("RF18539007547034");
        QTest::newRow("the same printed in groups of four") << QStringLiteral("RF18 5390 0754 7034");
        QTest::newRow("a short one: RF712348231") << QStringLiteral("RF712348231");
        QTest::newRow("letters count A=10 … Z=35: RF36INV202600042") << QStringLiteral("RF36INV202600042");
        QTest::newRow("RF18000000000539007547034 (25 characters, the longest)")
            << QStringLiteral("RF18000000000539007547034");
        QTest::newRow("lower case is read as upper case") << QStringLiteral("rf18539007547034");
    }

    void valid()
    {
        QFETCH(QString, reference);
        QVERIFY(creditorreference::isValid(reference));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::newRow("one digit changed") << QStringLiteral("RF18539007547035");
        QTest::newRow("check digits swapped") << QStringLiteral("RF81539007547034");
        QTest::newRow("not starting with RF") << QStringLiteral("RE18539007547034");
        QTest::newRow("letters in the check digits") << QStringLiteral("RFAB539007547034");
        QTest::newRow("a character outside A–Z 0–9") << QStringLiteral("RF18-539007547034");
        QTest::newRow("too short: nothing after the check digits") << QStringLiteral("RF18");
        QTest::newRow("too long: 22 characters after the check digits") << QStringLiteral("RF180000000000539007547034");
        QTest::newRow("empty") << QString();
    }

    void invalid()
    {
        QFETCH(QString, reference);
        QVERIFY(!creditorreference::isValid(reference));
    }

    void fromBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ISO 11649 example: 539007547034 → RF18539007547034")
            << QStringLiteral("539007547034") << QStringLiteral("RF18539007547034");
        QTest::newRow("an invoice number loses its dashes: INV-2026-00042")
            << QStringLiteral("INV-2026-00042") << QStringLiteral("RF36INV202600042");
        QTest::newRow("lower case is upper-cased")
            << QStringLiteral("inv-2026-00042") << QStringLiteral("RF36INV202600042");
        QTest::newRow("check digits below 10 are zero-padded")
            << QStringLiteral("2348231") << QStringLiteral("RF712348231");
        QTest::newRow("only the last 21 characters are kept")
            << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ") << QStringLiteral("RF68FGHIJKLMNOPQRSTUVWXYZ");
        QTest::newRow("nothing alphanumeric: empty") << QStringLiteral("-/-") << QString();
    }

    void fromBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const QString reference = creditorreference::fromBase(base);
        QCOMPARE(reference, expected);
        if (!reference.isEmpty())
            QVERIFY(creditorreference::isValid(reference));
    }

    void formatted()
    {
        QCOMPARE(creditorreference::formatted(QStringLiteral("RF18539007547034")),
                 QStringLiteral("RF18 5390 0754 7034"));
        QCOMPARE(creditorreference::formatted(QStringLiteral("RF712348231")), QStringLiteral("RF71 2348 231"));
        QCOMPARE(creditorreference::formatted(QStringLiteral("RF18 5390 0754 7034")),
                 QStringLiteral("RF18 5390 0754 7034"));
    }
};

QTEST_GUILESS_MAIN(TestCreditorReference)
#include "tst_creditorreference.moc"
