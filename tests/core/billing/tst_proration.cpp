#include "billing/Proration.h"

#include <QTest>

#include <limits>

using namespace subdesk;
using namespace subdesk::billing;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Currency cur(const QString& code)
{
    return *Currency::fromCode(code);
}

Money eur(qint64 cents)
{
    return Money(cents, cur(QStringLiteral("EUR")));
}

} // namespace

class TestProration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prorate_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QDate>("partStart");
        QTest::addColumn<QDate>("partEnd");
        QTest::addColumn<QDate>("fullStart");
        QTest::addColumn<QDate>("fullEnd");
        QTest::addColumn<qint64>("expected");
        const QString EUR = QStringLiteral("EUR");
        // A 3-day and a 2-day full period for the rounding rows.
        QTest::newRow("10.00 × 1/3 = 3.333… rounds down to 3.33")
            << EUR << qint64(1000) << d("2025-01-01") << d("2025-01-02") << d("2025-01-01") << d("2025-01-04")
            << qint64(333);
        QTest::newRow("20.00 × 1/3 = 6.666… rounds up to 6.67")
            << EUR << qint64(2000) << d("2025-01-01") << d("2025-01-02") << d("2025-01-01") << d("2025-01-04")
            << qint64(667);
        QTest::newRow("0.05 × 1/2 = 0.025 rounds half up to 0.03")
            << EUR << qint64(5) << d("2025-01-01") << d("2025-01-02") << d("2025-01-01") << d("2025-01-03")
            << qint64(3);
        QTest::newRow("credit -0.05 × 1/2 = -0.025 rounds away from zero to -0.03")
            << EUR << qint64(-5) << d("2025-01-01") << d("2025-01-02") << d("2025-01-01") << d("2025-01-03")
            << qint64(-3);
        QTest::newRow("1000.00 × 1/3 = 333.33 (a ratio rounded to 0.33 first would give 330.00)")
            << EUR << qint64(100000) << d("2025-01-03") << d("2025-01-04") << d("2025-01-01") << d("2025-01-04")
            << qint64(33333);
        QTest::newRow("BILLING.md: Pro 24.95 × 22/30 = 18.2966… rounds to 18.30")
            << EUR << qint64(2495) << d("2021-09-25") << d("2021-10-17") << d("2021-09-17") << d("2021-10-17")
            << qint64(1830);
        QTest::newRow("the whole period: 24.95 × 30/30 = 24.95 exactly")
            << EUR << qint64(2495) << d("2021-09-17") << d("2021-10-17") << d("2021-09-17") << d("2021-10-17")
            << qint64(2495);
        QTest::newRow("an empty part (0 days) costs 0.00") << EUR << qint64(2495) << d("2021-10-17") << d("2021-10-17")
                                                           << d("2021-09-17") << d("2021-10-17") << qint64(0);
        QTest::newRow("aligned start: 24.95 × 22/31 (Jan 10 → Feb 1) = 17.706… rounds to 17.71")
            << EUR << qint64(2495) << d("2025-01-10") << d("2025-02-01") << d("2025-01-01") << d("2025-02-01")
            << qint64(1771);
        QTest::newRow("leap February: 29.00 × 1/29 = 1.00 (1/28 would be 1.04)")
            << EUR << qint64(2900) << d("2024-02-10") << d("2024-02-11") << d("2024-02-01") << d("2024-03-01")
            << qint64(100);
        QTest::newRow("JPY has no minor unit: 1000 × 22/30 = 733.33 rounds to 733")
            << QStringLiteral("JPY") << qint64(1000) << d("2021-09-25") << d("2021-10-17") << d("2021-09-17")
            << d("2021-10-17") << qint64(733);
        QTest::newRow("BHD has three digits: 1.000 × 1/3 = 0.333")
            << QStringLiteral("BHD") << qint64(1000) << d("2025-01-01") << d("2025-01-02") << d("2025-01-01")
            << d("2025-01-04") << qint64(333);
        QTest::newRow("one day of leap year 2024: 99.00 × 1/366 = 0.2704… rounds to 0.27")
            << EUR << qint64(9900) << d("2024-06-01") << d("2024-06-02") << d("2024-01-01") << d("2025-01-01")
            << qint64(27);
    }
    void prorate()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, price);
        QFETCH(QDate, partStart);
        QFETCH(QDate, partEnd);
        QFETCH(QDate, fullStart);
        QFETCH(QDate, fullEnd);
        QFETCH(qint64, expected);
        const auto r = billing::prorate(Money(price, cur(currency)), {partStart, partEnd}, {fullStart, fullEnd});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->minorUnits(), expected);
        QCOMPARE(r->currency().code(), currency);
    }

    void prorateRefuses_data()
    {
        QTest::addColumn<QDate>("partStart");
        QTest::addColumn<QDate>("partEnd");
        QTest::addColumn<QDate>("fullStart");
        QTest::addColumn<QDate>("fullEnd");
        QTest::newRow("a part starting before the full period")
            << d("2025-08-31") << d("2025-09-10") << d("2025-09-01") << d("2025-10-01");
        QTest::newRow("a part ending after the full period")
            << d("2025-09-20") << d("2025-10-02") << d("2025-09-01") << d("2025-10-01");
        QTest::newRow("a part entirely after the full period")
            << d("2025-10-01") << d("2025-10-05") << d("2025-09-01") << d("2025-10-01");
        QTest::newRow("a reversed part (end before start)")
            << d("2025-09-20") << d("2025-09-10") << d("2025-09-01") << d("2025-10-01");
        QTest::newRow("an empty full period (would divide by 0 days)")
            << d("2025-09-01") << d("2025-09-01") << d("2025-09-01") << d("2025-09-01");
        QTest::newRow("a reversed full period")
            << d("2025-09-10") << d("2025-09-10") << d("2025-10-01") << d("2025-09-01");
        QTest::newRow("an invalid date in the full period")
            << d("2025-09-10") << d("2025-09-11") << QDate() << d("2025-10-01");
    }
    void prorateRefuses()
    {
        QFETCH(QDate, partStart);
        QFETCH(QDate, partEnd);
        QFETCH(QDate, fullStart);
        QFETCH(QDate, fullEnd);
        const auto r = billing::prorate(eur(3000), {partStart, partEnd}, {fullStart, fullEnd});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY(!r.error().message.isEmpty());
    }

    void proratedLineDerivation()
    {
        const auto line = proratedLine(QStringLiteral("Pro"), eur(2495), {d("2021-09-25"), d("2021-10-17")},
                                       {d("2021-09-17"), d("2021-10-17")});
        QVERIFY(line.ok());
        QCOMPARE(line->derivation, QStringLiteral("Pro 24.95 × 22/30 days (2021-09-25 → 2021-10-17) = 18.30"));
        QCOMPARE(line->amount, eur(1830));
        QCOMPARE(line->part.start, d("2021-09-25"));
        QCOMPARE(line->part.end, d("2021-10-17"));
        // A name with a placeholder-like text is shown as it is.
        const auto odd = proratedLine(QStringLiteral("Plan %2"), eur(1000), {d("2025-01-01"), d("2025-01-02")},
                                      {d("2025-01-01"), d("2025-01-03")});
        QVERIFY(odd.ok());
        QCOMPARE(odd->derivation, QStringLiteral("Plan %2 10.00 × 1/2 days (2025-01-01 → 2025-01-02) = 5.00"));
    }

    void immediateChange_data()
    {
        QTest::addColumn<QString>("oldName");
        QTest::addColumn<qint64>("oldPrice");
        QTest::addColumn<QString>("newName");
        QTest::addColumn<qint64>("newPrice");
        QTest::addColumn<QDate>("periodStart");
        QTest::addColumn<QDate>("periodEnd");
        QTest::addColumn<QDate>("changeDate");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("charge");
        QTest::addColumn<QString>("creditText");
        QTest::addColumn<QString>("chargeText");
        const QString basic = QStringLiteral("Basic");
        const QString pro = QStringLiteral("Pro");
        QTest::newRow("BILLING.md: Basic → Pro on Sep 25 of [Sep 17, Oct 17) credits 9.95 × 22/30 and charges 18.30")
            << basic << qint64(995) << pro << qint64(2495) << d("2021-09-17") << d("2021-10-17") << d("2021-09-25")
            << qint64(-730) << qint64(1830)
            << QStringLiteral("Basic -9.95 × 22/30 days (2021-09-25 → 2021-10-17) = -7.30")
            << QStringLiteral("Pro 24.95 × 22/30 days (2021-09-25 → 2021-10-17) = 18.30");
        QTest::newRow("upgrade on day 15 of a 30-day month credits 16/30: -16.00 for 30.00, +24.00 for 45.00")
            << basic << qint64(3000) << pro << qint64(4500) << d("2025-09-01") << d("2025-10-01") << d("2025-09-15")
            << qint64(-1600) << qint64(2400)
            << QStringLiteral("Basic -30.00 × 16/30 days (2025-09-15 → 2025-10-01) = -16.00")
            << QStringLiteral("Pro 45.00 × 16/30 days (2025-09-15 → 2025-10-01) = 24.00");
        QTest::newRow("downgrade on day 15 of a 30-day month: credit -24.00 exceeds charge +16.00")
            << pro << qint64(4500) << basic << qint64(3000) << d("2025-09-01") << d("2025-10-01") << d("2025-09-15")
            << qint64(-2400) << qint64(1600)
            << QStringLiteral("Pro -45.00 × 16/30 days (2025-09-15 → 2025-10-01) = -24.00")
            << QStringLiteral("Basic 30.00 × 16/30 days (2025-09-15 → 2025-10-01) = 16.00");
        QTest::newRow("change on the first day credits the full old price (30/30) and charges the full new one")
            << basic << qint64(3000) << pro << qint64(4500) << d("2025-09-01") << d("2025-10-01") << d("2025-09-01")
            << qint64(-3000) << qint64(4500)
            << QStringLiteral("Basic -30.00 × 30/30 days (2025-09-01 → 2025-10-01) = -30.00")
            << QStringLiteral("Pro 45.00 × 30/30 days (2025-09-01 → 2025-10-01) = 45.00");
        QTest::newRow("change on the last day prorates 1 day: -1.00 and +1.50 of a 30-day month")
            << basic << qint64(3000) << pro << qint64(4500) << d("2025-09-01") << d("2025-10-01") << d("2025-09-30")
            << qint64(-100) << qint64(150)
            << QStringLiteral("Basic -30.00 × 1/30 days (2025-09-30 → 2025-10-01) = -1.00")
            << QStringLiteral("Pro 45.00 × 1/30 days (2025-09-30 → 2025-10-01) = 1.50");
        QTest::newRow("upgrade on Jan 10 of a 31-day month prorates 22/31: -22.00 for 31.00, +17.71 for 24.95")
            << basic << qint64(3100) << pro << qint64(2495) << d("2025-01-01") << d("2025-02-01") << d("2025-01-10")
            << qint64(-2200) << qint64(1771)
            << QStringLiteral("Basic -31.00 × 22/31 days (2025-01-10 → 2025-02-01) = -22.00")
            << QStringLiteral("Pro 24.95 × 22/31 days (2025-01-10 → 2025-02-01) = 17.71");
        QTest::newRow("half-cent credit rounds away from zero: -0.05 × 1/2 = -0.03, charge 0.15 × 1/2 = 0.08")
            << basic << qint64(5) << pro << qint64(15) << d("2025-01-01") << d("2025-01-03") << d("2025-01-02")
            << qint64(-3) << qint64(8) << QStringLiteral("Basic -0.05 × 1/2 days (2025-01-02 → 2025-01-03) = -0.03")
            << QStringLiteral("Pro 0.15 × 1/2 days (2025-01-02 → 2025-01-03) = 0.08");
    }
    void immediateChange()
    {
        QFETCH(QString, oldName);
        QFETCH(qint64, oldPrice);
        QFETCH(QString, newName);
        QFETCH(qint64, newPrice);
        QFETCH(QDate, periodStart);
        QFETCH(QDate, periodEnd);
        QFETCH(QDate, changeDate);
        QFETCH(qint64, credit);
        QFETCH(qint64, charge);
        QFETCH(QString, creditText);
        QFETCH(QString, chargeText);
        const auto r = billing::immediateChange(oldName, eur(oldPrice), newName, eur(newPrice),
                                                {periodStart, periodEnd}, changeDate);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).amount, eur(credit));
        QCOMPARE(r->at(1).amount, eur(charge));
        QCOMPARE(r->at(0).derivation, creditText);
        QCOMPARE(r->at(1).derivation, chargeText);
        for (const ProrationLine& line : *r) {
            QCOMPARE(line.part.start, changeDate);
            QCOMPARE(line.part.end, periodEnd);
        }
    }

    void chainedChangesCreditWhatIsInEffect()
    {
        // [Sep 1, Oct 1) 2025, 30 days, billed in advance for Basic 15.00. Sep 10: Basic → Pro 30.00
        // (21 days left); Sep 20: Pro → Max 60.00 (11 days left). The second change credits Pro,
        // which the first one charged, so every plan ends up paid exactly for the days it was in effect.
        const BillingPeriod period {d("2025-09-01"), d("2025-10-01")};
        const auto first = billing::immediateChange(QStringLiteral("Basic"), eur(1500), QStringLiteral("Pro"),
                                                    eur(3000), period, d("2025-09-10"));
        QVERIFY(first.ok());
        QCOMPARE(first->at(0).amount, eur(-1050)); // 15.00 × 21/30
        QCOMPARE(first->at(1).amount, eur(2100)); // 30.00 × 21/30
        const auto second = billing::immediateChange(QStringLiteral("Pro"), eur(3000), QStringLiteral("Max"), eur(6000),
                                                     period, d("2025-09-20"));
        QVERIFY(second.ok());
        QCOMPARE(second->at(0).amount, eur(-1100)); // 30.00 × 11/30
        QCOMPARE(second->at(0).derivation,
                 QStringLiteral("Pro -30.00 × 11/30 days (2025-09-20 → 2025-10-01) = -11.00"));
        QCOMPARE(second->at(1).amount, eur(2200)); // 60.00 × 11/30
        QCOMPARE(second->at(1).derivation, QStringLiteral("Max 60.00 × 11/30 days (2025-09-20 → 2025-10-01) = 22.00"));

        // Pro net: +21.00 − 11.00 = 10.00 = 30.00 × 10/30 for Sep 10–19.
        QCOMPARE(first->at(1).amount.minorUnits() + second->at(0).amount.minorUnits(), qint64(1000));
        // All lines together: Basic 9 days (4.50) + Pro 10 days (10.00) + Max 11 days (22.00) = 36.50.
        qint64 total = 1500;
        for (const auto* lines : {&*first, &*second}) {
            for (const ProrationLine& line : *lines)
                total += line.amount.minorUnits();
        }
        QCOMPARE(total, qint64(3650));
    }

    void changeInTwoCurrenciesIsRefused()
    {
        const auto r = billing::immediateChange(QStringLiteral("Basic"), eur(1000), QStringLiteral("Pro"),
                                                Money(2000, cur(QStringLiteral("USD"))),
                                                {d("2025-09-01"), d("2025-10-01")}, d("2025-09-15"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY(r.error().message.contains(QStringLiteral("EUR")));
        QVERIFY(r.error().message.contains(QStringLiteral("USD")));
    }

    void changeOutsideThePeriodIsRefused_data()
    {
        QTest::addColumn<QDate>("changeDate");
        QTest::newRow("the day before the period starts") << d("2025-08-31");
        QTest::newRow("the period's end (Oct 1) belongs to the next period: a change at period end is not prorated")
            << d("2025-10-01");
        QTest::newRow("long after the period") << d("2025-12-01");
        QTest::newRow("an invalid date") << QDate();
    }
    void changeOutsideThePeriodIsRefused()
    {
        QFETCH(QDate, changeDate);
        const BillingPeriod period {d("2025-09-01"), d("2025-10-01")};
        const auto change = billing::immediateChange(QStringLiteral("Basic"), eur(1000), QStringLiteral("Pro"),
                                                     eur(2000), period, changeDate);
        QVERIFY(!change.ok());
        QVERIFY(!change.error().message.isEmpty());
        const auto cancel = billing::cancelCredit(QStringLiteral("Basic"), eur(1000), period, changeDate);
        QVERIFY(!cancel.ok());
    }

    void changeInAnEmptyPeriodIsRefused()
    {
        const BillingPeriod empty {d("2025-09-01"), d("2025-09-01")};
        QVERIFY(
            !billing::immediateChange(QStringLiteral("A"), eur(1), QStringLiteral("B"), eur(2), empty, d("2025-09-01"))
                 .ok());
    }

    void cancelCredit_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QDate>("cancelDate");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<QString>("derivation");
        // All rows: [Sep 1, Oct 1) 2025, 30 days.
        QTest::newRow("cancel on day 15 of a 30-day month credits 16/30: -16.00 of 30.00")
            << qint64(3000) << d("2025-09-15") << qint64(-1600)
            << QStringLiteral("Pro -30.00 × 16/30 days (2025-09-15 → 2025-10-01) = -16.00");
        QTest::newRow("cancel on the first day credits the whole price")
            << qint64(3000) << d("2025-09-01") << qint64(-3000)
            << QStringLiteral("Pro -30.00 × 30/30 days (2025-09-01 → 2025-10-01) = -30.00");
        QTest::newRow("cancel on the last day credits 1/30: 24.95 × 1/30 = 0.8316… → -0.83")
            << qint64(2495) << d("2025-09-30") << qint64(-83)
            << QStringLiteral("Pro -24.95 × 1/30 days (2025-09-30 → 2025-10-01) = -0.83");
        QTest::newRow("cancel with 10 of 30 days left: 20.00 × 1/3 = 6.666… → -6.67")
            << qint64(2000) << d("2025-09-21") << qint64(-667)
            << QStringLiteral("Pro -20.00 × 10/30 days (2025-09-21 → 2025-10-01) = -6.67");
    }
    void cancelCredit()
    {
        QFETCH(qint64, price);
        QFETCH(QDate, cancelDate);
        QFETCH(qint64, credit);
        QFETCH(QString, derivation);
        const auto r =
            billing::cancelCredit(QStringLiteral("Pro"), eur(price), {d("2025-09-01"), d("2025-10-01")}, cancelDate);
        QVERIFY(r.ok());
        QCOMPARE(r->amount, eur(credit));
        QCOMPARE(r->derivation, derivation);
        QCOMPARE(r->part.start, cancelDate);
        QCOMPARE(r->part.end, d("2025-10-01"));
    }

    void overflowIsAnError()
    {
        const Money most(std::numeric_limits<qint64>::min(), cur(QStringLiteral("EUR")));
        const auto r =
            billing::cancelCredit(QStringLiteral("Huge"), most, {d("2025-09-01"), d("2025-10-01")}, d("2025-09-01"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Overflow);
    }
};

QTEST_GUILESS_MAIN(TestProration)
#include "tst_proration.moc"
