#include "metrics/FxTable.h"

#include <QTest>

using namespace subdesk;
using metrics::FxRate;
using metrics::FxTable;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

/** The stored monthly rates and the conversion rule of FxTable (docs/billing-rules.md M3). */
class tst_FxTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRate_data();
    void parseRate();
    void rateText();
    void monthWithoutRateUsesTheLatestEarlierOne();
    void convert_data();
    void convert();
};

void tst_FxTable::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("rate"); // −1: refused
    QTest::newRow("dot decimals: 0.087312") << "0.087312" << qint64(8731200);
    QTest::newRow("comma decimals: 11,4531") << "11,4531" << qint64(1145310000);
    QTest::newRow("whole number: 1") << "1" << qint64(100000000);
    QTest::newRow("8 decimals: 0.00000001") << " 0.00000001 " << qint64(1);
    QTest::newRow("9 decimals refused") << "0.000000001" << qint64(-1);
    QTest::newRow("zero refused: a rate is above 0") << "0.0" << qint64(-1);
    QTest::newRow("negative refused") << "-1.2" << qint64(-1);
    QTest::newRow("two separators refused") << "1.2.3" << qint64(-1);
    QTest::newRow("letters refused") << "abc" << qint64(-1);
    QTest::newRow("empty refused") << "" << qint64(-1);
    QTest::newRow("more than 10 whole digits refused") << "12345678901" << qint64(-1);
}

void tst_FxTable::parseRate()
{
    QFETCH(QString, text);
    QFETCH(qint64, rate);
    Result<qint64> parsed = FxRate::parseRate(text);
    if (rate < 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Invalid);
        QVERIFY(!parsed.error().message.isEmpty());
    } else {
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(*parsed, rate);
    }
}

void tst_FxTable::rateText()
{
    QCOMPARE(FxRate::rateText(8731200), QStringLiteral("0.08731200"));
    QCOMPARE(FxRate::rateText(1145310000), QStringLiteral("11.45310000"));
    QCOMPARE(*FxRate::parseRate(FxRate::rateText(123456789)), qint64(123456789));
}

void tst_FxTable::monthWithoutRateUsesTheLatestEarlierOne()
{
    const FxTable fx(
        QStringLiteral("EUR"),
        {{d("2025-01-01"), QStringLiteral("SEK"), 9000000}, {d("2025-03-01"), QStringLiteral("SEK"), 8000000}});
    QCOMPARE(fx.rate(QStringLiteral("EUR"), d("2020-05-05")), std::optional<qint64>(FxRate::kScale));
    QCOMPARE(fx.rate(QStringLiteral("SEK"), d("2024-12-31")), std::nullopt); // before the first stored rate
    QCOMPARE(fx.rate(QStringLiteral("SEK"), d("2025-01-31")), std::optional<qint64>(9000000));
    QCOMPARE(fx.rate(QStringLiteral("SEK"), d("2025-02-14")), std::optional<qint64>(9000000)); // February: January's
    QCOMPARE(fx.rate(QStringLiteral("SEK"), d("2025-03-01")), std::optional<qint64>(8000000));
    QCOMPARE(fx.rate(QStringLiteral("SEK"), d("2030-01-01")), std::optional<qint64>(8000000));
    QCOMPARE(fx.rate(QStringLiteral("USD"), d("2025-03-01")), std::nullopt);
}

void tst_FxTable::convert_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("SEK 1000.00 at 0.087312 = EUR 87.31") << "SEK" << qint64(100000) << qint64(8731200) << qint64(8731);
    QTest::newRow("SEK 0.50 at 0.09 = 0.045 → EUR 0.05 (half up)")
        << "SEK" << qint64(50) << qint64(9000000) << qint64(5);
    QTest::newRow("JPY 1000 (no decimals) at 0.0061 = EUR 6.10")
        << "JPY" << qint64(1000) << qint64(610000) << qint64(610);
    QTest::newRow("BHD 1.000 (3 decimals) at 2.45 = EUR 2.45")
        << "BHD" << qint64(1000) << qint64(245000000) << qint64(245);
}

void tst_FxTable::convert()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(qint64, rate);
    QFETCH(qint64, expected);
    const FxTable fx(QStringLiteral("EUR"), {{d("2025-01-01"), currency, rate}});
    QCOMPARE(fx.convert(minor, currency, d("2025-06-30")), std::optional<qint64>(expected));
    QCOMPARE(fx.convert(minor, currency, d("2024-12-31")), std::nullopt);
    QCOMPARE(fx.convert(minor, QStringLiteral("EUR"), d("2024-12-31")), std::optional<qint64>(minor));
}

QTEST_GUILESS_MAIN(tst_FxTable)
#include "tst_fxtable.moc"
