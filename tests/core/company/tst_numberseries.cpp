#include "company/NumberSeries.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::company;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

NumberSeries series(const QString& pattern, bool yearlyReset)
{
    NumberSeries s;
    s.name = QStringLiteral("Invoices");
    s.pattern = pattern;
    s.yearlyReset = yearlyReset;
    return s;
}

} // namespace

class TestNumberSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QDate>("issueDate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("§9 INV-{YYYY}-{#####}: counter 42 padded to five digits")
            << QStringLiteral("INV-{YYYY}-{#####}") << qint64(42) << d("2026-03-05")
            << QStringLiteral("INV-2026-00042");
        QTest::newRow("the first number is 1")
            << QStringLiteral("INV-{YYYY}-{#####}") << qint64(1) << d("2026-01-01") << QStringLiteral("INV-2026-00001");
        QTest::newRow("a number exactly as wide as the padding")
            << QStringLiteral("INV-{YYYY}-{#####}") << qint64(99999) << d("2026-12-31")
            << QStringLiteral("INV-2026-99999");
        QTest::newRow("a wider number is printed in full, never cut")
            << QStringLiteral("INV-{YYYY}-{#####}") << qint64(123456) << d("2026-12-31")
            << QStringLiteral("INV-2026-123456");
        QTest::newRow("{YY} and {MM} are two digits each")
            << QStringLiteral("{YY}{MM}/{###}") << qint64(7) << d("2027-02-10") << QStringLiteral("2702/007");
        QTest::newRow("{YY} of 2100 is 00")
            << QStringLiteral("R{YY}-{#}") << qint64(5) << d("2100-06-01") << QStringLiteral("R00-5");
        QTest::newRow("a single # does not pad")
            << QStringLiteral("CN{#}") << qint64(12) << d("2026-01-01") << QStringLiteral("CN12");
        QTest::newRow("the counter may come first, literals may be anything but braces")
            << QStringLiteral("{####}/{YYYY}/Sprzedaż") << qint64(3) << d("2026-05-05")
            << QStringLiteral("0003/2026/Sprzedaż");
    }

    void format()
    {
        QFETCH(QString, pattern);
        QFETCH(qint64, n);
        QFETCH(QDate, issueDate);
        QFETCH(QString, expected);
        QVERIFY(NumberSeries::validatePattern(pattern, false).ok());
        QCOMPARE(series(pattern, false).format(n, issueDate), expected);
    }

    void counterYear()
    {
        QCOMPARE(series(QStringLiteral("INV-{YYYY}-{#####}"), true).counterYear(d("2026-12-31")), 2026);
        QCOMPARE(series(QStringLiteral("INV-{YYYY}-{#####}"), true).counterYear(d("2027-01-01")), 2027);
        QCOMPARE(series(QStringLiteral("INV-{#####}"), false).counterYear(d("2027-01-01")), 0);
    }

    void invalidPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("yearlyReset");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no counter") << QStringLiteral("INV-{YYYY}") << false << QStringLiteral("no counter");
        QTest::newRow("two counters") << QStringLiteral("{###}-{###}") << false << QStringLiteral("more than one");
        QTest::newRow("unknown token {DD}")
            << QStringLiteral("INV-{DD}-{###}") << false << QStringLiteral("unknown token {DD}");
        QTest::newRow("lower-case {yyyy} is unknown")
            << QStringLiteral("INV-{yyyy}-{###}") << false << QStringLiteral("unknown token {yyyy}");
        QTest::newRow("a counter token with other characters")
            << QStringLiteral("INV-{##a}") << false << QStringLiteral("unknown token {##a}");
        QTest::newRow("empty braces") << QStringLiteral("INV-{}-{###}") << false << QStringLiteral("unknown token {}");
        QTest::newRow("stray {") << QStringLiteral("INV-{YYYY-{###}") << false
                                 << QStringLiteral("without a matching \"}\" at position 5");
        QTest::newRow("stray }") << QStringLiteral("INV-}{###}") << false
                                 << QStringLiteral("without a matching \"{\" at position 5");
        QTest::newRow("unclosed at the end")
            << QStringLiteral("INV-{###") << false << QStringLiteral("without a matching \"}\"");
        QTest::newRow("yearly reset without the year would repeat numbers")
            << QStringLiteral("INV-{MM}-{#####}") << true << QStringLiteral("needs the year");
        QTest::newRow("41 characters of output") << QStringLiteral("INVOICE-OF-THE-COMPANY-{YYYY}-{#############}")
                                                 << false << QStringLiteral("41 characters");
        QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
        QTest::newRow("leading space") << QStringLiteral(" INV{###}") << false << QStringLiteral("space");
    }

    void invalidPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, yearlyReset);
        QFETCH(QString, messagePart);
        const Status status = NumberSeries::validatePattern(pattern, yearlyReset);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Invalid);
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
    }

    void validPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("yearlyReset");
        QTest::newRow("yearly reset with {YYYY}") << QStringLiteral("INV-{YYYY}-{#####}") << true;
        QTest::newRow("yearly reset with {YY}") << QStringLiteral("{YY}/{####}") << true;
        QTest::newRow("no reset, no year") << QStringLiteral("CN-{######}") << false;
        QTest::newRow("exactly 40 characters of output")
            << QStringLiteral("INVOICE-OF-THE-COMPANY-{YYYY}-{############}") << false;
    }

    void validPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, yearlyReset);
        const Status status = NumberSeries::validatePattern(pattern, yearlyReset);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNumberSeries)
#include "tst_numberseries.moc"
