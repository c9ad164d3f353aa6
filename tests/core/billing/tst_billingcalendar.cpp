#include "billing/BillingCalendar.h"
#include "billing/BillingInterval.h"

#include <QTest>

using namespace subdesk::billing;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

BillingInterval every(int count, IntervalUnit unit)
{
    return BillingInterval {unit, count};
}

QStringList isoDates(const QList<QDate>& dates)
{
    QStringList out;
    for (QDate date : dates)
        out.append(date.toString(Qt::ISODate));
    return out;
}

QStringList periodTexts(const QList<BillingPeriod>& periods)
{
    QStringList out;
    for (const BillingPeriod& p : periods)
        out.append(p.toString());
    return out;
}

} // namespace

class TestBillingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalKeys()
    {
        QCOMPARE(intervalUnitKey(IntervalUnit::Day), QStringLiteral("day"));
        QCOMPARE(intervalUnitKey(IntervalUnit::Week), QStringLiteral("week"));
        QCOMPARE(intervalUnitKey(IntervalUnit::Month), QStringLiteral("month"));
        QCOMPARE(intervalUnitKey(IntervalUnit::Year), QStringLiteral("year"));
        for (IntervalUnit unit : {IntervalUnit::Day, IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year})
            QCOMPARE(intervalUnitFromKey(intervalUnitKey(unit)), std::optional<IntervalUnit>(unit));
        QCOMPARE(intervalUnitFromKey(QStringLiteral("fortnight")), std::nullopt);
        QCOMPARE(intervalUnitFromKey(QString()), std::nullopt);
    }

    void intervalParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        const auto row = [](const char* name, const char* text, bool ok, IntervalUnit unit, int count) {
            QTest::newRow(name) << QString::fromUtf8(text) << ok << int(unit) << count;
        };
        row("\"1 month\" is one month", "1 month", true, IntervalUnit::Month, 1);
        row("\"3 months\" is a quarter", "3 months", true, IntervalUnit::Month, 3);
        row("\"1 year\" is one year", "1 year", true, IntervalUnit::Year, 1);
        row("\"14 days\" is fourteen days, not two weeks", "14 days", true, IntervalUnit::Day, 14);
        row("\"2 weeks\" is two weeks", "2 weeks", true, IntervalUnit::Week, 2);
        row("spacing and case are free: \"  6 Months \"", "  6 Months ", true, IntervalUnit::Month, 6);
        row("a bare unit \"week\" counts 1", "week", true, IntervalUnit::Week, 1);
        row("366 days is the largest count", "366 days", true, IntervalUnit::Day, 366);
        row("0 months is refused (count starts at 1)", "0 months", false, IntervalUnit::Month, 0);
        row("367 days is refused (count ends at 366)", "367 days", false, IntervalUnit::Day, 0);
        row("a negative count is refused", "-1 month", false, IntervalUnit::Month, 0);
        row("a fractional count is refused", "1.5 months", false, IntervalUnit::Month, 0);
        row("an unknown unit is refused", "2 fortnights", false, IntervalUnit::Month, 0);
        row("empty text is refused", "", false, IntervalUnit::Month, 0);
    }
    void intervalParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, unit);
        QFETCH(int, count);
        const auto r = BillingInterval::fromString(text);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().message.isEmpty());
            return;
        }
        QCOMPARE(int(r->unit), unit);
        QCOMPARE(r->count, count);
        // The stable form parses back to the same interval.
        const auto back = BillingInterval::fromString(r->toString());
        QVERIFY(back.ok());
        QVERIFY(*back == *r);
    }

    void intervalFormat_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display");
        QTest::newRow("1 month is singular and shown as Monthly")
            << int(IntervalUnit::Month) << 1 << QStringLiteral("1 month") << QStringLiteral("Monthly");
        QTest::newRow("3 months is plural")
            << int(IntervalUnit::Month) << 3 << QStringLiteral("3 months") << QStringLiteral("Every 3 month(s)");
        QTest::newRow("1 year is shown as Yearly")
            << int(IntervalUnit::Year) << 1 << QStringLiteral("1 year") << QStringLiteral("Yearly");
        QTest::newRow("1 week is shown as Weekly")
            << int(IntervalUnit::Week) << 1 << QStringLiteral("1 week") << QStringLiteral("Weekly");
        QTest::newRow("14 days is plural")
            << int(IntervalUnit::Day) << 14 << QStringLiteral("14 days") << QStringLiteral("Every 14 day(s)");
    }
    void intervalFormat()
    {
        QFETCH(int, unit);
        QFETCH(int, count);
        QFETCH(QString, text);
        QFETCH(QString, display);
        const BillingInterval interval {IntervalUnit(unit), count};
        QCOMPARE(interval.toString(), text);
        // No translator is installed here, so this is the source text.
        QCOMPARE(interval.displayText(), display);
    }

    void intervalValidationAndEquality()
    {
        QVERIFY(every(1, IntervalUnit::Month).validate().ok());
        QVERIFY(every(366, IntervalUnit::Day).validate().ok());
        QVERIFY(!every(0, IntervalUnit::Month).validate().ok());
        QVERIFY(!every(367, IntervalUnit::Year).validate().ok());
        QVERIFY(!every(-3, IntervalUnit::Week).isValid());
        QVERIFY(every(3, IntervalUnit::Month) == every(3, IntervalUnit::Month));
        QVERIFY(!(every(3, IntervalUnit::Month) == every(1, IntervalUnit::Month)));
        QVERIFY(!(every(1, IntervalUnit::Month) == every(1, IntervalUnit::Year)));
    }

    // Boundaries firstIndex, firstIndex + 1, ... of a calendar.
    void boundaries_data()
    {
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<int>("anchorDay");
        QTest::addColumn<int>("firstIndex");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };

        QTest::newRow("monthly from 2024-01-31 (leap): Feb 29, then back to the 31st or the month's last day")
            << d("2024-01-31") << QStringLiteral("1 month") << 0 << 0
            << list("2024-01-31 2024-02-29 2024-03-31 2024-04-30 2024-05-31 2024-06-30 2024-07-31 2024-08-31 "
                    "2024-09-30 2024-10-31 2024-11-30 2024-12-31 2025-01-31");
        QTest::newRow("monthly from 2025-01-31 (non-leap): Feb 28, then Mar 31, not Mar 28")
            << d("2025-01-31") << QStringLiteral("1 month") << 0 << 0
            << list("2025-01-31 2025-02-28 2025-03-31 2025-04-30 2025-05-31 2025-06-30 2025-07-31 2025-08-31 "
                    "2025-09-30 2025-10-31 2025-11-30 2025-12-31 2026-01-31");
        QTest::newRow("monthly from 2024-01-30 (leap): Feb 29, then Mar 30")
            << d("2024-01-30") << QStringLiteral("1 month") << 0 << 0
            << list("2024-01-30 2024-02-29 2024-03-30 2024-04-30 2024-05-30 2024-06-30 2024-07-30 2024-08-30 "
                    "2024-09-30 2024-10-30 2024-11-30 2024-12-30 2025-01-30");
        QTest::newRow("monthly from 2025-01-30 (non-leap): Feb 28, then Mar 30")
            << d("2025-01-30") << QStringLiteral("1 month") << 0 << 0
            << list("2025-01-30 2025-02-28 2025-03-30 2025-04-30 2025-05-30 2025-06-30 2025-07-30 2025-08-30 "
                    "2025-09-30 2025-10-30 2025-11-30 2025-12-30 2026-01-30");
        QTest::newRow("monthly from 2024-01-29 (leap): Feb 29 exists, every boundary on the 29th")
            << d("2024-01-29") << QStringLiteral("1 month") << 0 << 0
            << list("2024-01-29 2024-02-29 2024-03-29 2024-04-29 2024-05-29 2024-06-29 2024-07-29 2024-08-29 "
                    "2024-09-29 2024-10-29 2024-11-29 2024-12-29 2025-01-29");
        QTest::newRow("monthly from 2025-01-29 (non-leap): Feb 28, then Mar 29")
            << d("2025-01-29") << QStringLiteral("1 month") << 0 << 0
            << list("2025-01-29 2025-02-28 2025-03-29 2025-04-29 2025-05-29 2025-06-29 2025-07-29 2025-08-29 "
                    "2025-09-29 2025-10-29 2025-11-29 2025-12-29 2026-01-29");
        QTest::newRow("monthly from 2025-03-31 backwards: periods -1 and -2 start Feb 28 and Jan 31")
            << d("2025-03-31") << QStringLiteral("1 month") << 0 << -2
            << list("2025-01-31 2025-02-28 2025-03-31 2025-04-30");
        QTest::newRow("anchor 2025-02-28 with anchor day 31 continues Mar 31, Apr 30 (not Mar 28)")
            << d("2025-02-28") << QStringLiteral("1 month") << 31 << 0
            << list("2025-02-28 2025-03-31 2025-04-30 2025-05-31");
        QTest::newRow("anchor 2025-02-28 without anchor day stays on the 28th")
            << d("2025-02-28") << QStringLiteral("1 month") << 0 << 0
            << list("2025-02-28 2025-03-28 2025-04-28 2025-05-28");
        QTest::newRow("quarterly from 2023-11-30: Feb 29 2024, then May 30, Aug 30, Nov 30")
            << d("2023-11-30") << QStringLiteral("3 months") << 0 << 0
            << list("2023-11-30 2024-02-29 2024-05-30 2024-08-30 2024-11-30 2025-02-28 2025-05-30");
        QTest::newRow("yearly from 2024-02-29: Feb 28 in 2025-2027, Feb 29 again in 2028")
            << d("2024-02-29") << QStringLiteral("1 year") << 0 << -1
            << list("2023-02-28 2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29 2029-02-28");
        QTest::newRow("every 2 years from 2024-02-29: 2026-02-28, 2028-02-29")
            << d("2024-02-29") << QStringLiteral("2 years") << 0 << 0
            << list("2024-02-29 2026-02-28 2028-02-29 2030-02-28");
        QTest::newRow("yearly from 2025-08-15 is the same day each year")
            << d("2025-08-15") << QStringLiteral("1 year") << 0 << 0 << list("2025-08-15 2026-08-15 2027-08-15");
        QTest::newRow("weekly from Mon 2024-12-30 steps 7 days across the new year")
            << d("2024-12-30") << QStringLiteral("1 week") << 0 << -1
            << list("2024-12-23 2024-12-30 2025-01-06 2025-01-13 2025-01-20");
        QTest::newRow("14 days from 2024-02-20 counts Feb 29: Mar 5, Mar 19")
            << d("2024-02-20") << QStringLiteral("14 days") << 0 << 0
            << list("2024-02-20 2024-03-05 2024-03-19 2024-04-02");
        QTest::newRow("14 days from 2025-02-20 (no Feb 29): Mar 6, Mar 20")
            << d("2025-02-20") << QStringLiteral("14 days") << 0 << 0
            << list("2025-02-20 2025-03-06 2025-03-20 2025-04-03");
        QTest::newRow("2 weeks from 2025-02-20 equals 14 days: Mar 6, Mar 20")
            << d("2025-02-20") << QStringLiteral("2 weeks") << 0 << 0 << list("2025-02-20 2025-03-06 2025-03-20");
    }
    void boundaries()
    {
        QFETCH(QDate, anchor);
        QFETCH(QString, interval);
        QFETCH(int, anchorDay);
        QFETCH(int, firstIndex);
        QFETCH(QStringList, expected);
        const auto parsed = BillingInterval::fromString(interval);
        QVERIFY(parsed.ok());
        const BillingCalendar calendar(anchor, *parsed, anchorDay);
        QList<QDate> dates;
        for (int i = 0; i < expected.size(); ++i)
            dates.append(calendar.boundary(firstIndex + i));
        QCOMPARE(isoDates(dates), expected);
        // Each period is the pair of consecutive boundaries and is found again from its start.
        for (int i = 0; i + 1 < expected.size(); ++i) {
            const BillingPeriod p = calendar.period(firstIndex + i);
            QCOMPARE(p.start.toString(Qt::ISODate), expected.at(i));
            QCOMPARE(p.end.toString(Qt::ISODate), expected.at(i + 1));
            QCOMPARE(calendar.indexOf(p.start), qint64(firstIndex + i));
        }
    }

    void periodContaining_data()
    {
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<qint64>("index");
        QTest::newRow("monthly from Jan 31: the anchor itself starts period 0")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-01-31") << d("2025-01-31") << d("2025-02-28")
            << qint64(0);
        QTest::newRow("monthly from Jan 31: Feb 27 is the last day of period 0")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-02-27") << d("2025-01-31") << d("2025-02-28")
            << qint64(0);
        QTest::newRow("monthly from Jan 31: boundary Feb 28 belongs to the next period (half-open)")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-02-28") << d("2025-02-28") << d("2025-03-31")
            << qint64(1);
        QTest::newRow("monthly from Jan 31: Mar 30 is still in [Feb 28, Mar 31)")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-03-30") << d("2025-02-28") << d("2025-03-31")
            << qint64(1);
        QTest::newRow("monthly from Jan 31: Dec 31 2025 starts period 11")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-12-31") << d("2025-12-31") << d("2026-01-31")
            << qint64(11);
        QTest::newRow("monthly from Jan 31: the day before the anchor is in [Dec 31, Jan 31)")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-01-30") << d("2024-12-31") << d("2025-01-31")
            << qint64(-1);
        QTest::newRow("monthly from Jan 31: Dec 30 2024 falls two periods back, in [Nov 30, Dec 31)")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2024-12-30") << d("2024-11-30") << d("2024-12-31")
            << qint64(-2);
        QTest::newRow("monthly from Mar 31: Feb 28 2025 is the clamped boundary of period -1")
            << d("2025-03-31") << QStringLiteral("1 month") << d("2025-02-28") << d("2025-02-28") << d("2025-03-31")
            << qint64(-1);
        QTest::newRow("monthly from Mar 31 in a leap year: Feb 28 2024 is before the Feb 29 boundary")
            << d("2024-03-31") << QStringLiteral("1 month") << d("2024-02-28") << d("2024-01-31") << d("2024-02-29")
            << qint64(-2);
        QTest::newRow("yearly from 2024-02-29: 2025-02-27 is still in the first year")
            << d("2024-02-29") << QStringLiteral("1 year") << d("2025-02-27") << d("2024-02-29") << d("2025-02-28")
            << qint64(0);
        QTest::newRow("yearly from 2024-02-29: 2028-02-28 is the last day before the Feb 29 boundary")
            << d("2024-02-29") << QStringLiteral("1 year") << d("2028-02-28") << d("2027-02-28") << d("2028-02-29")
            << qint64(3);
        QTest::newRow("weekly from Wed 2025-01-01: Wed Jan 15 starts period 2")
            << d("2025-01-01") << QStringLiteral("1 week") << d("2025-01-15") << d("2025-01-15") << d("2025-01-22")
            << qint64(2);
        QTest::newRow("weekly from Wed 2025-01-01: Tue Dec 31 2024 is in the week before")
            << d("2025-01-01") << QStringLiteral("1 week") << d("2024-12-31") << d("2024-12-25") << d("2025-01-01")
            << qint64(-1);
        QTest::newRow("14 days from 2025-01-01: day 27 (Jan 28) is in [Jan 15, Jan 29)")
            << d("2025-01-01") << QStringLiteral("14 days") << d("2025-01-28") << d("2025-01-15") << d("2025-01-29")
            << qint64(1);
        QTest::newRow("14 days from 2025-01-01: 15 days before is in [Dec 4, Dec 18)")
            << d("2025-01-01") << QStringLiteral("14 days") << d("2024-12-17") << d("2024-12-04") << d("2024-12-18")
            << qint64(-2);
    }
    void periodContaining()
    {
        QFETCH(QDate, anchor);
        QFETCH(QString, interval);
        QFETCH(QDate, date);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(qint64, index);
        const BillingCalendar calendar(anchor, *BillingInterval::fromString(interval));
        const BillingPeriod p = calendar.periodContaining(date);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, end);
        QCOMPARE(calendar.indexOf(date), index);
        QVERIFY(p.contains(date));
        QVERIFY(p.contains(p.start));
        QVERIFY(!p.contains(p.end));
        QCOMPARE(calendar.nextBoundaryAfter(date), end);
    }

    void periodStartingOnOrAfter_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("nextBoundary");
        // All rows: monthly from 2025-01-31.
        QTest::newRow("on boundary Feb 28: that period starts there; the next boundary after it is Mar 31")
            << d("2025-02-28") << d("2025-02-28") << d("2025-03-31") << d("2025-03-31");
        QTest::newRow("the day after a boundary (Mar 1): the next period starts Mar 31")
            << d("2025-03-01") << d("2025-03-31") << d("2025-04-30") << d("2025-03-31");
        QTest::newRow("the day before a boundary (Apr 29): the next period starts Apr 30")
            << d("2025-04-29") << d("2025-04-30") << d("2025-05-31") << d("2025-04-30");
        QTest::newRow("before the anchor (Jan 15): the period starting Jan 31")
            << d("2025-01-15") << d("2025-01-31") << d("2025-02-28") << d("2025-01-31");
    }
    void periodStartingOnOrAfter()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, nextBoundary);
        const BillingCalendar calendar(d("2025-01-31"), every(1, IntervalUnit::Month));
        const BillingPeriod p = calendar.periodStartingOnOrAfter(date);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, end);
        QCOMPARE(calendar.nextBoundaryAfter(date), nextBoundary);
    }

    void periodsBetween_data()
    {
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        const QString feb = QStringLiteral("2025-02-28 → 2025-03-31");
        const QString mar = QStringLiteral("2025-03-31 → 2025-04-30");
        const QString apr = QStringLiteral("2025-04-30 → 2025-05-31");
        const QString may = QStringLiteral("2025-05-31 → 2025-06-30");
        QTest::newRow("catch-up: last run Jan 31, run as of Jun 15 bills the 4 missed months Feb 28 to May 31")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-02-01") << d("2025-06-15")
            << QStringList {feb, mar, apr, may};
        QTest::newRow("both ends inclusive: from Feb 28 to May 31 gives the same 4 periods")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-02-28") << d("2025-05-31")
            << QStringList {feb, mar, apr, may};
        QTest::newRow("a run the day after a boundary bills exactly that one period")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-03-01") << d("2025-04-01") << QStringList {mar};
        QTest::newRow("no boundary inside the range: nothing to bill")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-03-01") << d("2025-03-30") << QStringList {};
        QTest::newRow("from after to: nothing")
            << d("2025-01-31") << QStringLiteral("1 month") << d("2025-05-01") << d("2025-04-01") << QStringList {};
        QTest::newRow("weekly catch-up over 3 weeks from before the anchor")
            << d("2025-01-01") << QStringLiteral("1 week") << d("2024-12-20") << d("2025-01-08")
            << QStringList {QStringLiteral("2024-12-25 → 2025-01-01"), QStringLiteral("2025-01-01 → 2025-01-08"),
                            QStringLiteral("2025-01-08 → 2025-01-15")};
    }
    void periodsBetween()
    {
        QFETCH(QDate, anchor);
        QFETCH(QString, interval);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        const BillingCalendar calendar(anchor, *BillingInterval::fromString(interval));
        QCOMPARE(periodTexts(calendar.periodsBetween(from, to)), expected);
    }

    void daysCounts_data()
    {
        QTest::addColumn<QDate>("a");
        QTest::addColumn<QDate>("b");
        QTest::addColumn<qint64>("days");
        QTest::newRow("February 2024 has 29 days") << d("2024-02-01") << d("2024-03-01") << qint64(29);
        QTest::newRow("February 2025 has 28 days") << d("2025-02-01") << d("2025-03-01") << qint64(28);
        QTest::newRow("2024 has 366 days") << d("2024-01-01") << d("2025-01-01") << qint64(366);
        QTest::newRow("the same day is 0 days") << d("2025-05-05") << d("2025-05-05") << qint64(0);
        QTest::newRow("backwards is negative") << d("2024-03-01") << d("2024-02-01") << qint64(-29);
    }
    void daysCounts()
    {
        QFETCH(QDate, a);
        QFETCH(QDate, b);
        QFETCH(qint64, days);
        QCOMPARE(BillingCalendar::days(a, b), days);
        QCOMPARE((BillingPeriod {a, b}.days()), days);
    }

    void alignedStart_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("anchorDay");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<int>("anchorMonth");
        QTest::addColumn<QDate>("firstEnd");
        QTest::addColumn<QDate>("fullStart");
        QTest::addColumn<qint64>("partDays");
        QTest::addColumn<qint64>("fullDays");
        QTest::addColumn<QDate>("secondEnd");
        QTest::newRow("start Jan 10, anchor day 1: first period Jan 10 → Feb 1, 22 days of 31, then Mar 1")
            << d("2025-01-10") << 1 << QStringLiteral("1 month") << 0 << d("2025-02-01") << d("2025-01-01")
            << qint64(22) << qint64(31) << d("2025-03-01");
        QTest::newRow("start on the anchor day (Jan 1, day 1): a full first period of 31 days")
            << d("2025-01-01") << 1 << QStringLiteral("1 month") << 0 << d("2025-02-01") << d("2025-01-01")
            << qint64(31) << qint64(31) << d("2025-03-01");
        QTest::newRow("anchor day 0 is the start's own day: Feb 29 2024 → Mar 29, full")
            << d("2024-02-29") << 0 << QStringLiteral("1 month") << 0 << d("2024-03-29") << d("2024-02-29")
            << qint64(29) << qint64(29) << d("2024-04-29");
        QTest::newRow("start Jan 20, anchor day 15: up to Feb 15, 26 days of 31 ([Jan 15, Feb 15))")
            << d("2025-01-20") << 15 << QStringLiteral("1 month") << 0 << d("2025-02-15") << d("2025-01-15")
            << qint64(26) << qint64(31) << d("2025-03-15");
        QTest::newRow("start Feb 10 2025, anchor day 31: up to Feb 28 (18 of 28 days), then Mar 31, not Mar 28")
            << d("2025-02-10") << 31 << QStringLiteral("1 month") << 0 << d("2025-02-28") << d("2025-01-31")
            << qint64(18) << qint64(28) << d("2025-03-31");
        QTest::newRow("start Feb 28 2025 with anchor day 31 is on the (clamped) anchor: full period to Mar 31")
            << d("2025-02-28") << 31 << QStringLiteral("1 month") << 0 << d("2025-03-31") << d("2025-02-28")
            << qint64(31) << qint64(31) << d("2025-04-30");
        QTest::newRow("quarterly, start Jan 10, anchor day 1: up to Feb 1, 22 of 92 days ([Nov 1, Feb 1))")
            << d("2025-01-10") << 1 << QStringLiteral("3 months") << 0 << d("2025-02-01") << d("2024-11-01")
            << qint64(22) << qint64(92) << d("2025-05-01");
        QTest::newRow("yearly on Jan 1, start Mar 10 2024: up to 2025-01-01, 297 of 366 days")
            << d("2024-03-10") << 1 << QStringLiteral("1 year") << 1 << d("2025-01-01") << d("2024-01-01")
            << qint64(297) << qint64(366) << d("2026-01-01");
        QTest::newRow("yearly, anchor day 1 without a month: next 1st is Apr 1, 22 of 366 days (Feb 29 2024)")
            << d("2024-03-10") << 1 << QStringLiteral("1 year") << 0 << d("2024-04-01") << d("2023-04-01") << qint64(22)
            << qint64(366) << d("2025-04-01");
        QTest::newRow("yearly on 2/29 from 2025-01-10: up to 2025-02-28, then 2026-02-28")
            << d("2025-01-10") << 29 << QStringLiteral("1 year") << 2 << d("2025-02-28") << d("2024-02-29")
            << qint64(49) << qint64(365) << d("2026-02-28");
        QTest::newRow("weekly on Mondays, start Wed 2025-01-08: up to Mon Jan 13, 5 of 7 days")
            << d("2025-01-08") << 1 << QStringLiteral("1 week") << 0 << d("2025-01-13") << d("2025-01-06") << qint64(5)
            << qint64(7) << d("2025-01-20");
    }
    void alignedStart()
    {
        QFETCH(QDate, start);
        QFETCH(int, anchorDay);
        QFETCH(QString, interval);
        QFETCH(int, anchorMonth);
        QFETCH(QDate, firstEnd);
        QFETCH(QDate, fullStart);
        QFETCH(qint64, partDays);
        QFETCH(qint64, fullDays);
        QFETCH(QDate, secondEnd);
        const BillingInterval every = *BillingInterval::fromString(interval);
        const BillingPeriod first = BillingCalendar::firstPeriod(start, anchorDay, every, anchorMonth);
        QCOMPARE(first.start, start);
        QCOMPARE(first.end, firstEnd);
        QCOMPARE(first.days(), partDays);

        const BillingCalendar calendar = BillingCalendar::aligned(start, anchorDay, every, anchorMonth);
        const BillingPeriod full = calendar.periodContaining(start);
        QCOMPARE(full.start, fullStart);
        QCOMPARE(full.end, firstEnd);
        QCOMPARE(full.days(), fullDays);
        QCOMPARE(calendar.nextBoundaryAfter(firstEnd), secondEnd);
    }

    void trials_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("trialDays");
        QTest::addColumn<int>("anchorDay");
        QTest::addColumn<QDate>("trialEnd");
        QTest::addColumn<QDate>("paidEnd");
        QTest::addColumn<qint64>("partDays");
        QTest::addColumn<qint64>("fullDays");
        QTest::newRow("14-day trial from Mar 5 without anchor day: trial end Mar 19 anchors a full month to Apr 19")
            << d("2024-03-05") << 14 << 0 << d("2024-03-19") << d("2024-04-19") << qint64(31) << qint64(31);
        QTest::newRow("14-day trial from Mar 5 with anchor day 1: paid Mar 19 → Apr 1, prorated 13/31")
            << d("2024-03-05") << 14 << 1 << d("2024-03-19") << d("2024-04-01") << qint64(13) << qint64(31);
        QTest::newRow("30-day trial from Jan 31 2025 ends Mar 2 (February has 28 days), paid to Apr 2")
            << d("2025-01-31") << 30 << 0 << d("2025-03-02") << d("2025-04-02") << qint64(31) << qint64(31);
        QTest::newRow("30-day trial from Jan 1 2024 ends Jan 31: paid to Feb 29 (leap), anchored on the 31st")
            << d("2024-01-01") << 30 << 0 << d("2024-01-31") << d("2024-02-29") << qint64(29) << qint64(29);
        QTest::newRow("no trial (0 days): the first paid period starts at the start")
            << d("2025-06-10") << 0 << 0 << d("2025-06-10") << d("2025-07-10") << qint64(30) << qint64(30);
        QTest::newRow("7-day trial ending on the anchor day 15: a full period, no proration")
            << d("2025-06-08") << 7 << 15 << d("2025-06-15") << d("2025-07-15") << qint64(30) << qint64(30);
    }
    void trials()
    {
        QFETCH(QDate, start);
        QFETCH(int, trialDays);
        QFETCH(int, anchorDay);
        QFETCH(QDate, trialEnd);
        QFETCH(QDate, paidEnd);
        QFETCH(qint64, partDays);
        QFETCH(qint64, fullDays);
        const BillingInterval monthly = every(1, IntervalUnit::Month);
        const QDate end = BillingCalendar::trialEnd(start, trialDays);
        QCOMPARE(end, trialEnd);
        QCOMPARE(BillingCalendar::days(start, end), qint64(trialDays));
        const BillingPeriod paid = BillingCalendar::firstPeriod(end, anchorDay, monthly);
        QCOMPARE(paid.start, trialEnd);
        QCOMPARE(paid.end, paidEnd);
        QCOMPARE(paid.days(), partDays);
        QCOMPARE(BillingCalendar::aligned(end, anchorDay, monthly).periodContaining(end).days(), fullDays);
    }

    void trialEndingOnThe31stKeepsThe31st()
    {
        // The trial end becomes the anchor: 2024-01-31, so after Feb 29 the periods return to the 31st.
        const QDate end = BillingCalendar::trialEnd(d("2024-01-01"), 30);
        const BillingCalendar calendar = BillingCalendar::aligned(end, 0, every(1, IntervalUnit::Month));
        QCOMPARE(calendar.period(1).start, d("2024-02-29"));
        QCOMPARE(calendar.period(1).end, d("2024-03-31"));
    }
};

QTEST_GUILESS_MAIN(TestBillingCalendar)
#include "tst_billingcalendar.moc"
