#include "catalog/Coupon.h"
#include "catalog/DiscountCalculator.h"

#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <limits>

using namespace subdesk;
using namespace subdesk::catalog;

Q_DECLARE_METATYPE(subdesk::catalog::Coupon)

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr int kOk = -1; // "no error" in the error-code columns

Currency cur(const char* code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

Money eur(qint64 minor)
{
    return Money(minor, cur("EUR"));
}

Coupon percent(int basisPoints)
{
    return Coupon::percentOff(QStringLiteral("SPRING25"), QStringLiteral("Spring sale"), basisPoints);
}

Coupon fixed(qint64 minor, const char* currency = "EUR")
{
    return Coupon::fixedAmountOff(QStringLiteral("WELCOME10"), QStringLiteral("Welcome"), Money(minor, cur(currency)));
}

Coupon withDuration(CouponDuration duration, int periods = 0)
{
    Coupon coupon = percent(2500);
    coupon.duration = duration;
    coupon.durationPeriods = periods;
    return coupon;
}

QList<DiscountableLine> linesOf(const QList<qint64>& minor, const char* currency = "EUR")
{
    QList<DiscountableLine> lines;
    for (qsizetype i = 0; i < minor.size(); ++i)
        lines.append({QStringLiteral("Line %1").arg(i + 1), Money(minor[i], cur(currency))});
    return lines;
}

int codeOf(const Status& status)
{
    return status.ok() ? kOk : int(status.error().code);
}

// Checks what every discount must satisfy: one part per line, each in [−line, 0], summing to total.
void checkInvariants(const QList<DiscountableLine>& lines, const DiscountResult& result)
{
    QCOMPARE(result.perLine.size(), lines.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(result.perLine[i].currency(), lines[i].amount.currency());
        QVERIFY2(result.perLine[i].minorUnits() <= 0, qPrintable(result.derivation));
        QVERIFY2(lines[i].amount.minorUnits() + result.perLine[i].minorUnits() >= 0, qPrintable(result.derivation));
        sum += result.perLine[i].minorUnits();
    }
    QCOMPARE(result.total.minorUnits(), sum);
    QCOMPARE(result.producesLine(), sum != 0);
}

} // namespace

class TestCoupon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        const QStringList kindKeys = {QStringLiteral("percent"), QStringLiteral("fixed_amount")};
        QCOMPARE(allCouponKinds().size(), kindKeys.size());
        for (qsizetype i = 0; i < kindKeys.size(); ++i) {
            const CouponKind kind = allCouponKinds().at(i);
            QCOMPARE(couponKindKey(kind), kindKeys.at(i));
            QCOMPARE(couponKindFromKey(kindKeys.at(i)), std::optional<CouponKind>(kind));
        }
        QCOMPARE(couponKindName(CouponKind::Percent), QStringLiteral("Percentage"));
        QCOMPARE(couponKindName(CouponKind::FixedAmount), QStringLiteral("Fixed amount"));
        QCOMPARE(couponKindFromKey(QStringLiteral("Percent")), std::nullopt); // keys are exact
        QCOMPARE(couponKindFromKey(QString()), std::nullopt);

        const QStringList durationKeys = {QStringLiteral("once"), QStringLiteral("repeating"),
                                          QStringLiteral("forever")};
        QCOMPARE(allCouponDurations().size(), durationKeys.size());
        QStringList names;
        for (qsizetype i = 0; i < durationKeys.size(); ++i) {
            const CouponDuration duration = allCouponDurations().at(i);
            QCOMPARE(couponDurationKey(duration), durationKeys.at(i));
            QCOMPARE(couponDurationFromKey(durationKeys.at(i)), std::optional<CouponDuration>(duration));
            QVERIFY(!names.contains(couponDurationName(duration)));
            names.append(couponDurationName(duration));
        }
        QCOMPARE(names, (QStringList {QStringLiteral("Once"), QStringLiteral("Repeating"), QStringLiteral("Forever")}));
        QCOMPARE(couponDurationFromKey(QStringLiteral("always")), std::nullopt);
    }

    void formatBasisPoints_data()
    {
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("text");
        QTest::newRow("2500 bp is 25%") << 2500 << QStringLiteral("25%");
        QTest::newRow("1250 bp is 12.5% (no trailing zero)") << 1250 << QStringLiteral("12.5%");
        QTest::newRow("3333 bp is 33.33%") << 3333 << QStringLiteral("33.33%");
        QTest::newRow("1 bp is 0.01%") << 1 << QStringLiteral("0.01%");
        QTest::newRow("10 bp is 0.1%") << 10 << QStringLiteral("0.1%");
        QTest::newRow("10000 bp is 100%") << 10000 << QStringLiteral("100%");
        QTest::newRow("0 bp is 0%") << 0 << QStringLiteral("0%");
        QTest::newRow("-505 bp is -5.05%") << -505 << QStringLiteral("-5.05%");
    }
    void formatBasisPoints()
    {
        QFETCH(int, basisPoints);
        QFETCH(QString, text);
        QCOMPARE(catalog::formatBasisPoints(basisPoints), text);
    }

    void validate_data()
    {
        QTest::addColumn<Coupon>("coupon");
        QTest::addColumn<QString>("fragment"); // empty: valid

        QTest::newRow("SPRING25, 25% once for all plans, is valid") << percent(2500) << QString();
        QTest::newRow("0.01% (1 bp), the smallest percentage, is valid") << percent(1) << QString();
        QTest::newRow("100% (10000 bp) is valid") << percent(10000) << QString();
        Coupon forever = fixed(1000);
        forever.duration = CouponDuration::Forever;
        QTest::newRow("10.00 EUR off forever is valid") << forever << QString();
        QTest::newRow("0.01 EUR off, the smallest amount, is valid") << fixed(1) << QString();
        Coupon full = withDuration(CouponDuration::Repeating, 3);
        full.planCodes = {QStringLiteral("PRO"), QStringLiteral("TEAM")};
        full.redemptionLimit = 1;
        full.expiresOn = QDate(2026, 4, 1);
        QTest::newRow("repeating 3 periods, 2 plans, limit 1, expiring 2026-04-01 is valid") << full << QString();
        Coupon shortCode = percent(2500);
        shortCode.code = QStringLiteral("ABC");
        QTest::newRow("a code of 3 characters (ABC) is valid") << shortCode << QString();
        Coupon longCode = percent(2500);
        longCode.code = QString(32, QLatin1Char('Z'));
        QTest::newRow("a code of 32 characters is valid") << longCode << QString();
        Coupon symbols = percent(2500);
        symbols.code = QStringLiteral("BLACK-FRIDAY_2026");
        QTest::newRow("digits, - and _ in the code (BLACK-FRIDAY_2026) are valid") << symbols << QString();
        Coupon onceWithPeriods = percent(2500);
        onceWithPeriods.durationPeriods = -4;
        QTest::newRow("durationPeriods is ignored unless repeating") << onceWithPeriods << QString();
        Coupon strayAmount = percent(2500);
        strayAmount.amountOff = eur(-500);
        QTest::newRow("a percentage ignores the amount off") << strayAmount << QString();
        Coupon strayPercent = fixed(1000);
        strayPercent.percentBasisPoints = 20000;
        QTest::newRow("a fixed amount ignores the percentage") << strayPercent << QString();

        Coupon noCode = percent(2500);
        noCode.code.clear();
        QTest::newRow("an empty code is refused") << noCode << QStringLiteral("needs a code");
        Coupon twoChars = percent(2500);
        twoChars.code = QStringLiteral("AB");
        QTest::newRow("a code of 2 characters is refused") << twoChars << QStringLiteral("\"AB\" has 2 characters");
        Coupon tooLong = percent(2500);
        tooLong.code = QString(33, QLatin1Char('Z'));
        QTest::newRow("a code of 33 characters is refused") << tooLong << QStringLiteral("has 33 characters");
        const QStringList badCodes = {QStringLiteral("spring25"), QStringLiteral("SPRING 25"),
                                      QStringLiteral("SPRING.25"), QStringLiteral("ÉTÉ25"),
                                      QStringLiteral("SPRING25 ")};
        for (const QString& code : badCodes) {
            Coupon bad = percent(2500);
            bad.code = code;
            QTest::addRow("the code \"%s\" has a character outside A-Z 0-9 - _", qPrintable(code))
                << bad << QStringLiteral("may only contain");
        }
        Coupon blankName = percent(2500);
        blankName.name = QStringLiteral("  ");
        QTest::newRow("a blank name is refused") << blankName << QStringLiteral("SPRING25 needs a name");
        QTest::newRow("0% takes nothing off and is refused") << percent(0) << QStringLiteral("takes off 0%;");
        QTest::newRow("100.01% would take more than the line and is refused")
            << percent(10001) << QStringLiteral("takes off 100.01%;");
        QTest::newRow("-5% is refused") << percent(-500) << QStringLiteral("takes off -5%;");
        QTest::newRow("0.00 EUR off is refused")
            << fixed(0) << QStringLiteral("is 0.00 EUR; it must be more than zero");
        QTest::newRow("-1.00 EUR off is refused") << fixed(-100) << QStringLiteral("is -1.00 EUR");
        Coupon noCurrency = fixed(1000);
        noCurrency.amountOff = Money();
        QTest::newRow("an amount off without currency is refused") << noCurrency << QStringLiteral("has no currency");
        QTest::newRow("repeating for 0 periods is refused")
            << withDuration(CouponDuration::Repeating, 0) << QStringLiteral("it is set to 0.");
        QTest::newRow("repeating for -2 periods is refused")
            << withDuration(CouponDuration::Repeating, -2) << QStringLiteral("it is set to -2.");
        Coupon emptyPlan = percent(2500);
        emptyPlan.planCodes = {QStringLiteral("PRO"), QString()};
        QTest::newRow("an empty plan code is refused") << emptyPlan << QStringLiteral("plan codes is empty");
        Coupon zeroLimit = percent(2500);
        zeroLimit.redemptionLimit = 0;
        QTest::newRow("a redemption limit of 0 is refused") << zeroLimit << QStringLiteral("limit is 0;");
        Coupon badDate = percent(2500);
        badDate.expiresOn = QDate(2026, 2, 30);
        QTest::newRow("an expiry date of 2026-02-30 is refused")
            << badDate << QStringLiteral("expiry date is not a valid date");
    }
    void validate()
    {
        QFETCH(Coupon, coupon);
        QFETCH(QString, fragment);
        const Status status = coupon.validate();
        if (fragment.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
            return;
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Invalid);
        QVERIFY2(status.error().message.contains(fragment), qPrintable(status.error().message));
    }

    void normalizedCode()
    {
        QCOMPARE(Coupon::normalizedCode(QStringLiteral("  spring25\t")), QStringLiteral("SPRING25"));
        QCOMPARE(Coupon::normalizedCode(QStringLiteral("Black-Friday_2026")), QStringLiteral("BLACK-FRIDAY_2026"));
        Coupon typed = percent(2500);
        typed.code = Coupon::normalizedCode(QStringLiteral(" spring25 "));
        QVERIFY(typed.validate().ok());
    }

    void appliesToPlan_data()
    {
        QTest::addColumn<QStringList>("limitedTo");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("applies");
        QTest::newRow("no plan limit: applies to PRO") << QStringList() << QStringLiteral("PRO") << true;
        QTest::newRow("no plan limit: applies to any plan, BASIC") << QStringList() << QStringLiteral("BASIC") << true;
        const QStringList proTeam = {QStringLiteral("PRO"), QStringLiteral("TEAM")};
        QTest::newRow("limited to PRO, TEAM: applies to PRO") << proTeam << QStringLiteral("PRO") << true;
        QTest::newRow("limited to PRO, TEAM: applies to TEAM") << proTeam << QStringLiteral("TEAM") << true;
        QTest::newRow("limited to PRO, TEAM: not to BASIC") << proTeam << QStringLiteral("BASIC") << false;
        QTest::newRow("limited to PRO, TEAM: plan codes match exactly, not pro")
            << proTeam << QStringLiteral("pro") << false;
        QTest::newRow("limited to PRO, TEAM: not to no plan") << proTeam << QString() << false;
    }
    void appliesToPlan()
    {
        QFETCH(QStringList, limitedTo);
        QFETCH(QString, plan);
        QFETCH(bool, applies);
        Coupon coupon = percent(2500);
        coupon.planCodes = QSet<QString>(limitedTo.cbegin(), limitedTo.cend());
        QCOMPARE(coupon.appliesToPlan(plan), applies);
    }

    void appliesInPeriod_data()
    {
        QTest::addColumn<Coupon>("coupon");
        QTest::addColumn<int>("period");
        QTest::addColumn<bool>("applies");
        const Coupon once = withDuration(CouponDuration::Once);
        QTest::newRow("once applies to the first billed period 0") << once << 0 << true;
        QTest::newRow("once does not apply to period 1") << once << 1 << false;
        QTest::newRow("once does not apply to period 12") << once << 12 << false;
        const Coupon three = withDuration(CouponDuration::Repeating, 3);
        QTest::newRow("repeating 3 applies to period 0") << three << 0 << true;
        QTest::newRow("repeating 3 applies to period 1") << three << 1 << true;
        QTest::newRow("repeating 3 applies to period 2, its third") << three << 2 << true;
        QTest::newRow("repeating 3 does not apply to period 3, a fourth") << three << 3 << false;
        QTest::newRow("repeating 3 does not apply to period 10") << three << 10 << false;
        const Coupon single = withDuration(CouponDuration::Repeating, 1);
        QTest::newRow("repeating 1 applies to period 0 like once") << single << 0 << true;
        QTest::newRow("repeating 1 does not apply to period 1") << single << 1 << false;
        const Coupon forever = withDuration(CouponDuration::Forever);
        QTest::newRow("forever applies to period 0") << forever << 0 << true;
        QTest::newRow("forever applies to period 1") << forever << 1 << true;
        QTest::newRow("forever applies to period 1000") << forever << 1000 << true;
        QTest::newRow("forever applies to the last int period") << forever << std::numeric_limits<int>::max() << true;
        QTest::newRow("forever: a period before the redemption (-1) is never discounted") << forever << -1 << false;
        QTest::newRow("once: period -1 is never discounted") << once << -1 << false;
    }
    void appliesInPeriod()
    {
        QFETCH(Coupon, coupon);
        QFETCH(int, period);
        QFETCH(bool, applies);
        QCOMPARE(coupon.appliesInPeriod(period), applies);
    }

    void isRecurring()
    {
        // BILLING.md §10: MRR deducts recurring discounts, never once-only coupons.
        QVERIFY(!withDuration(CouponDuration::Once).isRecurring());
        QVERIFY(withDuration(CouponDuration::Repeating, 3).isRecurring());
        QVERIFY(withDuration(CouponDuration::Forever).isRecurring());
    }

    void canRedeem_data()
    {
        QTest::addColumn<Coupon>("coupon");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("redemptionsSoFar");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<QString>("fragment");

        const int conflict = int(ErrorCode::Conflict);
        const int invalid = int(ErrorCode::Invalid);
        const Coupon open = percent(2500);
        QTest::newRow("no expiry, no limit: redeemable after 1000 redemptions")
            << open << QDate(2040, 1, 1) << 1000 << kOk << QString();

        Coupon expiring = percent(2500);
        expiring.expiresOn = QDate(2026, 4, 1);
        QTest::newRow("expiring 2026-04-01: redeemable long before, on 2025-01-01")
            << expiring << QDate(2025, 1, 1) << 0 << kOk << QString();
        QTest::newRow("expiring 2026-04-01: the day before, 2026-03-31, is allowed")
            << expiring << QDate(2026, 3, 31) << 0 << kOk << QString();
        QTest::newRow("expiring 2026-04-01: on the expiry date itself is refused")
            << expiring << QDate(2026, 4, 1) << 0 << conflict << QStringLiteral("SPRING25 expired on 2026-04-01");
        QTest::newRow("expiring 2026-04-01: the day after is refused")
            << expiring << QDate(2026, 4, 2) << 0 << conflict << QStringLiteral("expired on 2026-04-01");

        Coupon limited = percent(2500);
        limited.redemptionLimit = 3;
        QTest::newRow("limit 3 after 0 redemptions: the first is allowed")
            << limited << QDate(2026, 1, 1) << 0 << kOk << QString();
        QTest::newRow("limit 3 after 2 redemptions: the third is allowed")
            << limited << QDate(2026, 1, 1) << 2 << kOk << QString();
        QTest::newRow("limit 3 after 3 redemptions: a fourth is refused")
            << limited << QDate(2026, 1, 1) << 3 << conflict
            << QStringLiteral("SPRING25 has reached its redemption limit (3)");
        QTest::newRow("limit 3 after 4 redemptions: refused")
            << limited << QDate(2026, 1, 1) << 4 << conflict
            << QStringLiteral("SPRING25 has reached its redemption limit (3)");
        Coupon once = percent(2500);
        once.redemptionLimit = 1;
        QTest::newRow("limit 1 after 0 redemptions: allowed") << once << QDate(2026, 1, 1) << 0 << kOk << QString();
        QTest::newRow("limit 1 after 1 redemption: refused")
            << once << QDate(2026, 1, 1) << 1 << conflict << QStringLiteral("redemption limit (1)");

        Coupon both = expiring;
        both.redemptionLimit = 3;
        QTest::newRow("expired and at its limit: the expiry is reported")
            << both << QDate(2026, 5, 1) << 3 << conflict << QStringLiteral("expired");
        QTest::newRow("before expiry but at its limit: the limit is reported")
            << both << QDate(2026, 3, 1) << 3 << conflict << QStringLiteral("redemption limit (3)");
        QTest::newRow("an invalid coupon (0%) cannot be redeemed")
            << percent(0) << QDate(2026, 1, 1) << 0 << invalid << QStringLiteral("takes off 0%");
        QTest::newRow("an invalid redemption date is refused")
            << expiring << QDate() << 0 << invalid << QStringLiteral("redemption date is not a valid date");
    }
    void canRedeem()
    {
        QFETCH(Coupon, coupon);
        QFETCH(QDate, on);
        QFETCH(int, redemptionsSoFar);
        QFETCH(int, errorCode);
        QFETCH(QString, fragment);
        const Status status = coupon.canRedeem(on, redemptionsSoFar);
        QCOMPARE(codeOf(status), errorCode);
        if (!status.ok())
            QVERIFY2(status.error().message.contains(fragment), qPrintable(status.error().message));
    }

    void percentDiscount_data()
    {
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QList<qint64>>("amounts");
        QTest::addColumn<QList<qint64>>("takenOff"); // per line, positive minor units
        QTest::addColumn<qint64>("totalOff");

        const QString e = QStringLiteral("EUR");
        using L = QList<qint64>;
        QTest::newRow("25% of 120.00 = 30.00 off") << 2500 << e << L {12000} << L {3000} << qint64(3000);
        QTest::newRow("25% of 33.33 + 66.67: 8.3325 → 8.33 + 16.6675 → 16.67 = 25.00 off")
            << 2500 << e << L {3333, 6667} << L {833, 1667} << qint64(2500);
        QTest::newRow("12.5% of 0.04 = 0.005 rounds half up to 0.01") << 1250 << e << L {4} << L {1} << qint64(1);
        QTest::newRow("12.5% of 0.03 = 0.00375 rounds down to 0.00") << 1250 << e << L {3} << L {0} << qint64(0);
        QTest::newRow("12.5% of 0.04 + 0.04 rounds per line: 0.01 + 0.01 = 0.02, not 12.5% of 0.08 = 0.01")
            << 1250 << e << L {4, 4} << L {1, 1} << qint64(2);
        QTest::newRow("12.5% of 0.03 + 0.03 rounds per line: 0.00 + 0.00, not 12.5% of 0.06 = 0.0075 → 0.01")
            << 1250 << e << L {3, 3} << L {0, 0} << qint64(0);
        QTest::newRow("10% of 0.05 = 0.005 rounds half up to 0.01") << 1000 << e << L {5} << L {1} << qint64(1);
        QTest::newRow("10% of 0.04 = 0.004 rounds down to 0.00") << 1000 << e << L {4} << L {0} << qint64(0);
        QTest::newRow("0.01% of 50.00 = 0.005 rounds half up to 0.01") << 1 << e << L {5000} << L {1} << qint64(1);
        QTest::newRow("0.01% of 49.99 = 0.004999 rounds down to 0.00") << 1 << e << L {4999} << L {0} << qint64(0);
        QTest::newRow("33.33% of 10.00 = 3.333 → 3.33") << 3333 << e << L {1000} << L {333} << qint64(333);
        QTest::newRow("100% of 49.00 + 0.01 + 12.34 makes each line exactly zero")
            << 10000 << e << L {4900, 1, 1234} << L {4900, 1, 1234} << qint64(6135);
        QTest::newRow("25% of 0.00 + 10.00: 0.00 + 2.50 = 2.50 off")
            << 2500 << e << L {0, 1000} << L {0, 250} << qint64(250);
        QTest::newRow("25% of a 0.00 line alone is 0.00") << 2500 << e << L {0} << L {0} << qint64(0);
        QTest::newRow("10% of 1005 JPY (no decimals) = 100.5 rounds half up to 101")
            << 1000 << QStringLiteral("JPY") << L {1005} << L {101} << qint64(101);
        QTest::newRow("12.5% of 0.004 BHD (3 decimals) = 0.0005 rounds half up to 0.001")
            << 1250 << QStringLiteral("BHD") << L {4} << L {1} << qint64(1);
        QTest::newRow("99.99% of the largest amount: exact in 128 bits, 0.01% of it stays")
            << 9999 << e << L {kMax} << L {kMax - (kMax / 10000 + 1)} << kMax - (kMax / 10000 + 1);
    }
    void percentDiscount()
    {
        QFETCH(int, basisPoints);
        QFETCH(QString, currency);
        QFETCH(QList<qint64>, amounts);
        QFETCH(QList<qint64>, takenOff);
        QFETCH(qint64, totalOff);

        const QList<DiscountableLine> lines = linesOf(amounts, qPrintable(currency));
        const auto result = DiscountCalculator(percent(basisPoints)).apply(lines);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QList<qint64> actual;
        for (const Money& part : result->perLine)
            actual.append(-part.minorUnits());
        QCOMPARE(actual, takenOff);
        QCOMPARE(result->total, Money(-totalOff, *Currency::fromCode(currency)));
        checkInvariants(lines, *result);
    }

    void fixedDiscount_data()
    {
        QTest::addColumn<qint64>("amountOff");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QList<qint64>>("amounts");
        QTest::addColumn<QList<qint64>>("takenOff"); // per line, positive minor units
        QTest::addColumn<qint64>("totalOff");

        const QString e = QStringLiteral("EUR");
        using L = QList<qint64>;
        QTest::newRow("fixed 10.00 over one 49.00 line takes 10.00")
            << qint64(1000) << e << L {4900} << L {1000} << qint64(1000);
        QTest::newRow("fixed 10.00 over 3.00 + 7.00 + 10.00: 1.50 + 3.50 + 5.00")
            << qint64(1000) << e << L {300, 700, 1000} << L {150, 350, 500} << qint64(1000);
        QTest::newRow("fixed 10.00 over three equal lines: 3.34 + 3.33 + 3.33 (the cent left goes first)")
            << qint64(1000) << e << L {1000, 1000, 1000} << L {334, 333, 333} << qint64(1000);
        QTest::newRow("fixed 5.00 over 1.00 + 2.00 + 3.00 + 4.00: 0.50 + 1.00 + 1.50 + 2.00")
            << qint64(500) << e << L {100, 200, 300, 400} << L {50, 100, 150, 200} << qint64(500);
        QTest::newRow("fixed 0.10 over 0.07 × 3: 0.0333 each → 0.04 + 0.03 + 0.03")
            << qint64(10) << e << L {7, 7, 7} << L {4, 3, 3} << qint64(10);
        QTest::newRow("fixed 1.00 over 3.33 + 6.67: 0.333 + 0.667 → 0.33 + 0.67 (largest remainder)")
            << qint64(100) << e << L {333, 667} << L {33, 67} << qint64(100);
        QTest::newRow("fixed 0.01 over 1.00 × 3: 0.01 + 0.00 + 0.00 (ties go to the first)")
            << qint64(1) << e << L {100, 100, 100} << L {1, 0, 0} << qint64(1);
        QTest::newRow("fixed 10.00 over 8.00 is capped at 8.00")
            << qint64(1000) << e << L {800} << L {800} << qint64(800);
        QTest::newRow("fixed 50.00 over lines totalling 20.00 is capped at 20.00: 5.00 + 15.00")
            << qint64(5000) << e << L {500, 1500} << L {500, 1500} << qint64(2000);
        QTest::newRow("fixed 20.00 over exactly 20.00 (8.00 + 12.00) takes every line to zero, no cap")
            << qint64(2000) << e << L {800, 1200} << L {800, 1200} << qint64(2000);
        QTest::newRow("fixed 1.00 over 0.01 × 3 is capped at 0.03: 0.01 each")
            << qint64(100) << e << L {1, 1, 1} << L {1, 1, 1} << qint64(3);
        QTest::newRow("fixed 10.00 over 0.00 + 10.00: all on the second line, the zero line stays 0.00")
            << qint64(1000) << e << L {0, 1000} << L {0, 1000} << qint64(1000);
        QTest::newRow("fixed 0.03 over 0.00 + 0.01 + 0.00 + 0.05: never on a zero line, 0.00 + 0.01 + 0.00 + 0.02")
            << qint64(3) << e << L {0, 1, 0, 5} << L {0, 1, 0, 2} << qint64(3);
        QTest::newRow("fixed 10.00 over 0.00 + 0.00 is capped at 0.00: nothing off")
            << qint64(1000) << e << L {0, 0} << L {0, 0} << qint64(0);
        QTest::newRow("fixed 100 JPY over 333 + 667 JPY: 33.3 + 66.7 → 33 + 67")
            << qint64(100) << QStringLiteral("JPY") << L {333, 667} << L {33, 67} << qint64(100);
        QTest::newRow("fixed 1.000 BHD over 0.500 + 0.250: capped at 0.750")
            << qint64(1000) << QStringLiteral("BHD") << L {500, 250} << L {500, 250} << qint64(750);
    }
    void fixedDiscount()
    {
        QFETCH(qint64, amountOff);
        QFETCH(QString, currency);
        QFETCH(QList<qint64>, amounts);
        QFETCH(QList<qint64>, takenOff);
        QFETCH(qint64, totalOff);

        const QList<DiscountableLine> lines = linesOf(amounts, qPrintable(currency));
        const auto result = DiscountCalculator(fixed(amountOff, qPrintable(currency))).apply(lines);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QList<qint64> actual;
        for (const Money& part : result->perLine)
            actual.append(-part.minorUnits());
        QCOMPARE(actual, takenOff);
        QCOMPARE(result->total, Money(-totalOff, *Currency::fromCode(currency)));
        checkInvariants(lines, *result);
    }

    void derivation_data()
    {
        QTest::addColumn<Coupon>("coupon");
        QTest::addColumn<QList<qint64>>("amounts");
        QTest::addColumn<QString>("text");
        using L = QList<qint64>;
        QTest::newRow("25% of one 120.00 line")
            << percent(2500) << L {12000} << QStringLiteral("Coupon SPRING25: 25% of 120.00 = -30.00");
        QTest::newRow("12.5% of 0.04 shows the rounded 0.01")
            << percent(1250) << L {4} << QStringLiteral("Coupon SPRING25: 12.5% of 0.04 = -0.01");
        QTest::newRow("25% of a 0.00 line is 0.00, without a minus")
            << percent(2500) << L {0} << QStringLiteral("Coupon SPRING25: 25% of 0.00 = 0.00");
        QTest::newRow("25% of two lines lists each line's rounded discount")
            << percent(2500) << L {3333, 6667}
            << QStringLiteral("Coupon SPRING25: 25% of each line (33.33 → 8.33, 66.67 → 16.67) = -25.00");
        QTest::newRow("fixed 10.00 off one 120.00 line")
            << fixed(1000) << L {12000} << QStringLiteral("Coupon WELCOME10: 10.00 off 120.00 = -10.00");
        QTest::newRow("fixed 10.00 off one 8.00 line says it is capped")
            << fixed(1000) << L {800}
            << QStringLiteral("Coupon WELCOME10: 10.00 off 8.00 (capped at the lines' total) = -8.00");
        QTest::newRow("fixed 10.00 split over three lines shows each share")
            << fixed(1000) << L {300, 700, 1000}
            << QStringLiteral("Coupon WELCOME10: 10.00 off 20.00, split in proportion "
                              "(3.00 → 1.50, 7.00 → 3.50, 10.00 → 5.00) = -10.00");
        QTest::newRow("fixed 50.00 over two lines totalling 20.00 is capped and split")
            << fixed(5000) << L {500, 1500}
            << QStringLiteral("Coupon WELCOME10: 50.00 off 20.00 (capped at the lines' total), split in proportion "
                              "(5.00 → 5.00, 15.00 → 15.00) = -20.00");
    }
    void derivation()
    {
        QFETCH(Coupon, coupon);
        QFETCH(QList<qint64>, amounts);
        QFETCH(QString, text);
        const auto result = DiscountCalculator(coupon).apply(linesOf(amounts));
        QVERIFY(result.ok());
        QCOMPARE(result->derivation, text);
        QVERIFY(result->derivation.endsWith(result->total.toPlainString()));
    }

    void noLinesGiveNoDiscountLine()
    {
        const auto byPercent = DiscountCalculator(percent(2500)).apply({});
        QVERIFY(byPercent.ok());
        QVERIFY(byPercent->perLine.isEmpty());
        QVERIFY(byPercent->total.isZero());
        QVERIFY(!byPercent->producesLine());
        QVERIFY(byPercent->derivation.isEmpty());

        const auto byAmount = DiscountCalculator(fixed(1000)).apply({});
        QVERIFY(byAmount.ok());
        QVERIFY(byAmount->perLine.isEmpty());
        QCOMPARE(byAmount->total, eur(0));
        QVERIFY(!byAmount->producesLine());
        QVERIFY(byAmount->derivation.isEmpty());

        // A discount that rounds to nothing adds no invoice line either; a real one does.
        QVERIFY(!DiscountCalculator(percent(1250)).apply(linesOf({3}))->producesLine());
        QVERIFY(DiscountCalculator(percent(1250)).apply(linesOf({4}))->producesLine());
    }

    void errors_data()
    {
        QTest::addColumn<Coupon>("coupon");
        QTest::addColumn<QList<DiscountableLine>>("lines");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<QString>("fragment");
        const int invalid = int(ErrorCode::Invalid);

        QTest::newRow("fixed 10.00 EUR off a line in USD is refused")
            << fixed(1000) << linesOf({1000}, "USD") << invalid
            << QStringLiteral("\"Line 1\" is in USD, but the coupon WELCOME10 takes off an amount in EUR");
        QList<DiscountableLine> mixed = linesOf({1000, 2000});
        mixed[1].amount = Money(2000, cur("USD"));
        QTest::newRow("fixed 10.00 EUR off EUR and USD lines names the USD line")
            << fixed(1000) << mixed << invalid << QStringLiteral("\"Line 2\" is in USD");
        QTest::newRow("25% off EUR and USD lines is refused: one invoice, one currency")
            << percent(2500) << mixed << invalid
            << QStringLiteral("\"Line 2\" is in USD, but the lines before it are in EUR");
        QTest::newRow("25% off a line of -5.00 is refused (credits are not discounted)")
            << percent(2500) << linesOf({1000, -500}) << invalid << QStringLiteral("\"Line 2\" is -5.00");
        QTest::newRow("fixed 10.00 off a line of -0.01 is refused")
            << fixed(1000) << linesOf({-1}) << invalid << QStringLiteral("\"Line 1\" is -0.01");
        QList<DiscountableLine> noCurrency = linesOf({1000});
        noCurrency[0].amount = Money();
        QTest::newRow("25% off a line without currency is refused")
            << percent(2500) << noCurrency << invalid << QStringLiteral("has no currency");
        QTest::newRow("an invalid coupon (0%) discounts nothing")
            << percent(0) << linesOf({1000}) << invalid << QStringLiteral("takes off 0%");
        QTest::newRow("lines summing beyond the qint64 range are an overflow, not a wrap")
            << percent(2500) << linesOf({kMax, 1}) << int(ErrorCode::Overflow) << QString();
        QTest::newRow("fixed off lines summing beyond the qint64 range is an overflow")
            << fixed(1000) << linesOf({kMax, kMax}) << int(ErrorCode::Overflow) << QString();
    }
    void errors()
    {
        QFETCH(Coupon, coupon);
        QFETCH(QList<DiscountableLine>, lines);
        QFETCH(int, errorCode);
        QFETCH(QString, fragment);
        const auto result = DiscountCalculator(coupon).apply(lines);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), errorCode);
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    }

    // A sweep over many line sets: the per-line rules hold, independent of the hand-picked rows.
    void sweepHoldsTheRules()
    {
        quint64 seed = 20260401;
        const auto next = [&seed](qint64 bound) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            return qint64((seed >> 33) % quint64(bound));
        };
        const QList<int> percents = {1, 333, 1250, 2500, 5000, 9999, 10000};
        const QList<qint64> amountsOff = {1, 7, 1000, 99999};
        for (int round = 0; round < 400; ++round) {
            QList<qint64> amounts;
            const qint64 count = 1 + next(5);
            for (qint64 i = 0; i < count; ++i)
                amounts.append(next(4) == 0 ? 0 : next(50000));
            const QList<DiscountableLine> lines = linesOf(amounts);
            qint64 sum = 0;
            for (qint64 a : amounts)
                sum += a;

            for (int bp : percents) {
                const auto result = DiscountCalculator(percent(bp)).apply(lines);
                QVERIFY(result.ok());
                checkInvariants(lines, *result);
                for (qsizetype i = 0; i < lines.size(); ++i) // round half up of a non-negative a × bp / 10000
                    QCOMPARE(-result->perLine[i].minorUnits(), (amounts[i] * bp + 5000) / 10000);
            }
            for (qint64 off : amountsOff) {
                const auto result = DiscountCalculator(fixed(off)).apply(lines);
                QVERIFY(result.ok());
                checkInvariants(lines, *result);
                const qint64 cap = std::min(off, sum);
                QCOMPARE(result->total, eur(-cap));
                // Each share is within one cent of its exact proportional share cap × a / sum.
                for (qsizetype i = 0; i < lines.size() && sum > 0; ++i) {
                    const qint64 scaledShare = -result->perLine[i].minorUnits() * sum;
                    QVERIFY(std::abs(scaledShare - cap * amounts[i]) < sum);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCoupon)
#include "tst_coupon.moc"
