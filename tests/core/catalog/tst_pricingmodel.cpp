#include "catalog/PricingModel.h"

#include <QTest>

#include <limits>

using namespace subdesk;
using namespace subdesk::catalog;

Q_DECLARE_METATYPE(subdesk::catalog::PricingModel)

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

Currency cur(const char* code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

Money eur(qint64 minor)
{
    return Money(minor, cur("EUR"));
}

PriceTier tier(std::optional<qint64> upTo, qint64 unitPriceMinor, qint64 flatFeeMinor = 0)
{
    return PriceTier {upTo, unitPriceMinor, flatFeeMinor};
}

// 1–10 at 5.00, 11–25 at 4.00, 26+ at 3.00.
QList<PriceTier> threeTiers()
{
    return {tier(10, 500), tier(25, 400), tier(std::nullopt, 300)};
}

PricingModel graduated()
{
    return PricingModel::graduated(cur("EUR"), threeTiers());
}

// Same unit prices; flat fees 10.00 (base fee), 2.50 and 1.00.
PricingModel graduatedWithFees()
{
    return PricingModel::graduated(cur("EUR"), {tier(10, 500, 1000), tier(25, 400, 250), tier(std::nullopt, 300, 100)});
}

PricingModel volume()
{
    return PricingModel::volume(cur("EUR"), threeTiers());
}

// Same unit prices; flat fees 2.00, 10.00 and 20.00.
PricingModel volumeWithFees()
{
    return PricingModel::volume(cur("EUR"), {tier(10, 500, 200), tier(25, 400, 1000), tier(std::nullopt, 300, 2000)});
}

// Packages of 50 units at 20.00, the first 100 units free.
PricingModel packageWithFreeUnits()
{
    return PricingModel::package(eur(2000), 50, 100);
}

// Packages of 10 units at 5.00.
PricingModel package()
{
    return PricingModel::package(eur(500), 10);
}

qint64 sumOf(const QList<PriceLine>& lines)
{
    qint64 total = 0;
    for (const PriceLine& line : lines)
        total += line.amount.minorUnits();
    return total;
}

} // namespace

class TestPricingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindKeys()
    {
        const QStringList expected = {QStringLiteral("flat"), QStringLiteral("per_unit"), QStringLiteral("graduated"),
                                      QStringLiteral("volume"), QStringLiteral("package")};
        QCOMPARE(allPricingKinds().size(), expected.size());
        QStringList names;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const PricingKind kind = allPricingKinds().at(i);
            QCOMPARE(pricingKindKey(kind), expected.at(i));
            QCOMPARE(pricingKindFromKey(expected.at(i)), std::optional<PricingKind>(kind));
            QVERIFY(!pricingKindName(kind).isEmpty());
            QVERIFY(!names.contains(pricingKindName(kind)));
            names.append(pricingKindName(kind));
        }
        QCOMPARE(pricingKindName(PricingKind::PerUnit), QStringLiteral("Per unit"));
        QCOMPARE(pricingKindFromKey(QStringLiteral("tiered")), std::nullopt);
        QCOMPARE(pricingKindFromKey(QStringLiteral("Per_Unit")), std::nullopt); // keys are exact
        QCOMPARE(pricingKindFromKey(QString()), std::nullopt);
    }

    void factoriesKeepTheirParts()
    {
        const PricingModel p = packageWithFreeUnits();
        QCOMPARE(p.kind(), PricingKind::Package);
        QCOMPARE(p.currency(), cur("EUR"));
        QCOMPARE(p.price(), eur(2000));
        QCOMPARE(p.packageSize(), qint64(50));
        QCOMPARE(p.freeUnits(), qint64(100));
        QVERIFY(p.tiers().isEmpty());

        const PricingModel g = graduated();
        QCOMPARE(g.kind(), PricingKind::Graduated);
        QCOMPARE(g.tiers(), threeTiers());
        QCOMPARE(g.firstUnitOfTier(0), qint64(1));
        QCOMPARE(g.firstUnitOfTier(1), qint64(11));
        QCOMPARE(g.firstUnitOfTier(2), qint64(26));
        QCOMPARE(volume().kind(), PricingKind::Volume);
        QCOMPARE(PricingModel::perUnit(eur(400)).kind(), PricingKind::PerUnit);
        QCOMPARE(PricingModel::flat(eur(4900)).price(), eur(4900));

        // Equality compares everything that prices: kind, currency, amounts, tiers, package terms.
        QVERIFY(graduated() == graduated());
        QVERIFY(graduated() != volume());
        QVERIFY(graduated() != graduatedWithFees());
        QVERIFY(PricingModel::perUnit(eur(400)) != PricingModel::perUnit(Money(400, cur("PLN"))));
        QVERIFY(PricingModel::package(eur(2000), 50, 100) != PricingModel::package(eur(2000), 50, 99));
    }

    void priceFor_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("expectedMinor");

        const PricingModel flat = PricingModel::flat(eur(4900));
        QTest::newRow("flat 0 units: 49.00 regardless of quantity") << flat << qint64(0) << qint64(4900);
        QTest::newRow("flat 1 unit: 49.00") << flat << qint64(1) << qint64(4900);
        QTest::newRow("flat 1000 units: still 49.00") << flat << qint64(1000) << qint64(4900);

        const PricingModel seats = PricingModel::perUnit(eur(400));
        QTest::newRow("per unit 0 seats: 0×4.00 = 0.00") << seats << qint64(0) << qint64(0);
        QTest::newRow("per unit 1 seat: 1×4.00 = 4.00") << seats << qint64(1) << qint64(400);
        QTest::newRow("per unit 7 seats: 7×4.00 = 28.00") << seats << qint64(7) << qint64(2800);
        const PricingModel yen = PricingModel::perUnit(Money(1200, cur("JPY")));
        QTest::newRow("per unit JPY (0 decimals) 0 seats: 0×1200 = 0") << yen << qint64(0) << qint64(0);
        QTest::newRow("per unit JPY (0 decimals) 3 seats: 3×1200 = 3600") << yen << qint64(3) << qint64(3600);
        const PricingModel dinar = PricingModel::perUnit(Money(1250, cur("BHD")));
        QTest::newRow("per unit BHD (3 decimals) 0 seats: 0×1.250 = 0.000") << dinar << qint64(0) << qint64(0);
        QTest::newRow("per unit BHD (3 decimals) 3 seats: 3×1.250 = 3.750") << dinar << qint64(3) << qint64(3750);

        const PricingModel g = graduated();
        QTest::newRow("graduated 0 units: 0.00 (no base fee)") << g << qint64(0) << qint64(0);
        QTest::newRow("graduated 1 unit: 1×5.00 = 5.00") << g << qint64(1) << qint64(500);
        QTest::newRow("graduated 9 units: 9×5.00 = 45.00") << g << qint64(9) << qint64(4500);
        QTest::newRow("graduated 10 units (end of tier 1): 10×5.00 = 50.00") << g << qint64(10) << qint64(5000);
        QTest::newRow("graduated 11 units: 10×5.00 + 1×4.00 = 54.00") << g << qint64(11) << qint64(5400);
        QTest::newRow("graduated 24 units: 10×5.00 + 14×4.00 = 106.00") << g << qint64(24) << qint64(10600);
        QTest::newRow("graduated 25 units: 10×5.00 + 15×4.00 = 110.00") << g << qint64(25) << qint64(11000);
        QTest::newRow("graduated 26 units: 10×5.00 + 15×4.00 + 1×3.00 = 113.00") << g << qint64(26) << qint64(11300);
        QTest::newRow("graduated 100 units: 10×5.00 + 15×4.00 + 75×3.00 = 335.00") << g << qint64(100) << qint64(33500);

        const PricingModel gf = graduatedWithFees();
        QTest::newRow("graduated with fees 0 units: base fee 10.00 only") << gf << qint64(0) << qint64(1000);
        QTest::newRow("graduated with fees 1 unit: 1×5.00 + 10.00 = 15.00") << gf << qint64(1) << qint64(1500);
        QTest::newRow("graduated with fees 10 units: 10×5.00 + 10.00 = 60.00") << gf << qint64(10) << qint64(6000);
        QTest::newRow("graduated with fees 11 units: 10×5.00 + 1×4.00 + 10.00 + 2.50 = 66.50")
            << gf << qint64(11) << qint64(6650);
        QTest::newRow("graduated with fees 25 units: 10×5.00 + 15×4.00 + 10.00 + 2.50 = 122.50")
            << gf << qint64(25) << qint64(12250);
        QTest::newRow("graduated with fees 26 units: 10×5.00 + 15×4.00 + 1×3.00 + 10.00 + 2.50 + 1.00 = 126.50")
            << gf << qint64(26) << qint64(12650);
        const PricingModel single =
            PricingModel::graduated(cur("EUR"), {tier(std::nullopt, 200, 500)}); // one unbounded tier
        QTest::newRow("graduated single tier 0 units: base fee 5.00") << single << qint64(0) << qint64(500);
        QTest::newRow("graduated single tier 3 units: 3×2.00 + 5.00 = 11.00") << single << qint64(3) << qint64(1100);

        const PricingModel v = volume();
        QTest::newRow("volume 0 units: 0×5.00 (tier 1) = 0.00") << v << qint64(0) << qint64(0);
        QTest::newRow("volume 1 unit: 1×5.00 = 5.00") << v << qint64(1) << qint64(500);
        QTest::newRow("volume 9 units: 9×5.00 = 45.00") << v << qint64(9) << qint64(4500);
        QTest::newRow("volume 10 units: 10×5.00 = 50.00") << v << qint64(10) << qint64(5000);
        QTest::newRow("volume 11 units: all 11×4.00 = 44.00") << v << qint64(11) << qint64(4400);
        QTest::newRow("volume 24 units: 24×4.00 = 96.00") << v << qint64(24) << qint64(9600);
        QTest::newRow("volume 25 units: 25×4.00 = 100.00") << v << qint64(25) << qint64(10000);
        QTest::newRow("volume 26 units: all 26×3.00 = 78.00") << v << qint64(26) << qint64(7800);

        const PricingModel vf = volumeWithFees();
        QTest::newRow("volume with fees 0 units: tier 1 flat fee 2.00 only") << vf << qint64(0) << qint64(200);
        QTest::newRow("volume with fees 1 unit: 1×5.00 + 2.00 = 7.00") << vf << qint64(1) << qint64(700);
        QTest::newRow("volume with fees 10 units: 10×5.00 + 2.00 = 52.00") << vf << qint64(10) << qint64(5200);
        QTest::newRow("volume with fees 11 units: 11×4.00 + 10.00 = 54.00") << vf << qint64(11) << qint64(5400);
        QTest::newRow("volume with fees 25 units: 25×4.00 + 10.00 = 110.00") << vf << qint64(25) << qint64(11000);
        QTest::newRow("volume with fees 26 units: 26×3.00 + 20.00 = 98.00") << vf << qint64(26) << qint64(9800);

        const PricingModel pf = packageWithFreeUnits();
        QTest::newRow("package 0 units with 100 free: 0.00") << pf << qint64(0) << qint64(0);
        QTest::newRow("package 99 units with 100 free: 0.00") << pf << qint64(99) << qint64(0);
        QTest::newRow("package 100 units with 100 free: 0.00") << pf << qint64(100) << qint64(0);
        QTest::newRow("package 101 units with 100 free: ceil(1/50) = 1 × 20.00 = 20.00")
            << pf << qint64(101) << qint64(2000);
        QTest::newRow("package 149 units with 100 free: ceil(49/50) = 1 × 20.00 = 20.00")
            << pf << qint64(149) << qint64(2000);
        QTest::newRow("package 150 units with 100 free: ceil(50/50) = 1 × 20.00 = 20.00")
            << pf << qint64(150) << qint64(2000);
        QTest::newRow("package 151 units with 100 free: ceil(51/50) = 2 × 20.00 = 40.00")
            << pf << qint64(151) << qint64(4000);

        const PricingModel p = package();
        QTest::newRow("package 0 units: 0 packages of 10 = 0.00") << p << qint64(0) << qint64(0);
        QTest::newRow("package 1 unit: ceil(1/10) = 1 × 5.00 = 5.00") << p << qint64(1) << qint64(500);
        QTest::newRow("package 9 units: ceil(9/10) = 1 × 5.00 = 5.00") << p << qint64(9) << qint64(500);
        QTest::newRow("package 10 units: ceil(10/10) = 1 × 5.00 = 5.00") << p << qint64(10) << qint64(500);
        QTest::newRow("package 11 units: ceil(11/10) = 2 × 5.00 = 10.00") << p << qint64(11) << qint64(1000);
        QTest::newRow("package 21 units: ceil(21/10) = 3 × 5.00 = 15.00") << p << qint64(21) << qint64(1500);
        QTest::newRow("package of 1 unit, 7 units: 7 × 5.00 = 35.00")
            << PricingModel::package(eur(500), 1) << qint64(7) << qint64(3500);

        QTest::newRow("per unit at the edge: (max/400) seats × 4.00 still fits")
            << seats << qint64(kMax / 400) << qint64(kMax / 400 * 400);
    }
    void priceFor()
    {
        QFETCH(PricingModel, model);
        QFETCH(qint64, quantity);
        QFETCH(qint64, expectedMinor);

        QVERIFY(model.validate().ok());
        const auto price = model.priceFor(quantity);
        QVERIFY2(price.ok(), qPrintable(price.ok() ? QString() : price.error().message));
        QCOMPARE(*price, Money(expectedMinor, model.currency()));

        // The clerk's derivation adds up to the same amount, in the same currency.
        const auto lines = model.breakdown(quantity);
        QVERIFY(lines.ok());
        QVERIFY(!lines->isEmpty());
        for (const PriceLine& line : *lines) {
            QCOMPARE(line.amount.currency(), model.currency());
            QVERIFY2(line.text.endsWith(line.amount.toPlainString()), qPrintable(line.text));
        }
        QCOMPARE(sumOf(*lines), price->minorUnits());
    }

    void volumeTotalCanDrop()
    {
        // "volume total drops from 50.00 at 10 to 44.00 at 11" (BILLING.md §6: intended).
        const auto at10 = volume().priceFor(10);
        const auto at11 = volume().priceFor(11);
        QVERIFY(at10.ok() && at11.ok());
        QCOMPARE(*at10, eur(5000));
        QCOMPARE(*at11, eur(4400));
        QVERIFY(at11->minorUnits() < at10->minorUnits());
        // Graduated pricing never drops: the same tiers give 54.00 at 11.
        QCOMPARE(*graduated().priceFor(11), eur(5400));
    }

    void breakdownTexts_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<QStringList>("texts");

        QTest::newRow("flat shows its price whatever the quantity")
            << PricingModel::flat(eur(4900)) << qint64(3)
            << QStringList {QStringLiteral("Flat price (any quantity) = 49.00")};
        QTest::newRow("per unit JPY shows 3 × 1200 = 3600 without decimals")
            << PricingModel::perUnit(Money(1200, cur("JPY"))) << qint64(3)
            << QStringList {QStringLiteral("Quantity 3 × 1200 = 3600")};
        QTest::newRow("per unit BHD shows 3 × 1.250 = 3.750 with three decimals")
            << PricingModel::perUnit(Money(1250, cur("BHD"))) << qint64(3)
            << QStringList {QStringLiteral("Quantity 3 × 1.250 = 3.750")};
        QTest::newRow("graduated 25 units: one line per tier touched, 50.00 + 60.00")
            << graduated() << qint64(25)
            << QStringList {QStringLiteral("Units 1–10 × 5.00 = 50.00"), QStringLiteral("Units 11–25 × 4.00 = 60.00")};
        QTest::newRow("graduated 0 units without base fee still says 0.00")
            << graduated() << qint64(0) << QStringList {QStringLiteral("Quantity 0 = 0.00")};
        QTest::newRow("graduated with fees 0 units: only the base fee 10.00")
            << graduatedWithFees() << qint64(0) << QStringList {QStringLiteral("Tier 1 flat fee 10.00")};
        QTest::newRow("graduated with fees 11 units: each tier's units then its fee, unit 11 alone")
            << graduatedWithFees() << qint64(11)
            << QStringList {QStringLiteral("Units 1–10 × 5.00 = 50.00"), QStringLiteral("Tier 1 flat fee 10.00"),
                            QStringLiteral("Unit 11 × 4.00 = 4.00"), QStringLiteral("Tier 2 flat fee 2.50")};
        QTest::newRow("volume 26 units: all at tier 3 (26+), 26 × 3.00 = 78.00")
            << volume() << qint64(26) << QStringList {QStringLiteral("Quantity 26 at tier 3 (26+) × 3.00 = 78.00")};
        QTest::newRow("volume with fees 11 units: 11 × 4.00 = 44.00 plus tier 2 fee 10.00")
            << volumeWithFees() << qint64(11)
            << QStringList {QStringLiteral("Quantity 11 at tier 2 (11–25) × 4.00 = 44.00"),
                            QStringLiteral("Tier 2 flat fee 10.00")};
        QTest::newRow("volume with fees 0 units: in tier 1, fee 2.00")
            << volumeWithFees() << qint64(0)
            << QStringList {QStringLiteral("Quantity 0 at tier 1 (1–10) × 5.00 = 0.00"),
                            QStringLiteral("Tier 1 flat fee 2.00")};
        QTest::newRow("package 151 with 100 free: 51 billable in 2 packages = 40.00")
            << packageWithFreeUnits() << qint64(151)
            << QStringList {QStringLiteral("Quantity 151 − 100 free = 51 in packages of 50: 2 × 20.00 = 40.00")};
        QTest::newRow("package 100 with 100 free: within the free units")
            << packageWithFreeUnits() << qint64(100)
            << QStringList {QStringLiteral("Quantity 100 within 100 free units = 0.00")};
        QTest::newRow("package 21 without free units: 3 packages of 10 = 15.00")
            << package() << qint64(21)
            << QStringList {QStringLiteral("Quantity 21 in packages of 10: 3 × 5.00 = 15.00")};
    }
    void breakdownTexts()
    {
        QFETCH(PricingModel, model);
        QFETCH(qint64, quantity);
        QFETCH(QStringList, texts);
        const auto lines = model.breakdown(quantity);
        QVERIFY(lines.ok());
        QStringList actual;
        for (const PriceLine& line : *lines)
            actual.append(line.text);
        QCOMPARE(actual, texts);
    }

    void describe_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<QString>("text");
        QTest::newRow("flat 49.00 EUR") << PricingModel::flat(eur(4900)) << QStringLiteral("Flat: 49.00 EUR");
        QTest::newRow("per unit 1200 JPY each")
            << PricingModel::perUnit(Money(1200, cur("JPY"))) << QStringLiteral("Per unit: 1200 JPY each");
        QTest::newRow("graduated lists its ranges and unit prices")
            << graduated() << QStringLiteral("Graduated (EUR): 1–10 at 5.00, 11–25 at 4.00, 26+ at 3.00");
        QTest::newRow("graduated with fees adds each tier's flat fee")
            << graduatedWithFees()
            << QStringLiteral("Graduated (EUR): 1–10 at 5.00 + 10.00 flat, 11–25 at 4.00 + 2.50 flat, "
                              "26+ at 3.00 + 1.00 flat");
        QTest::newRow("volume with a one-unit first tier shows it as a single number")
            << PricingModel::volume(cur("EUR"), {tier(1, 1000), tier(std::nullopt, 800)})
            << QStringLiteral("Volume (EUR): 1 at 10.00, 2+ at 8.00");
        QTest::newRow("package with free units")
            << packageWithFreeUnits()
            << QStringLiteral("Package: 20.00 EUR per package of 50, the first 100 units free");
        QTest::newRow("package without free units")
            << package() << QStringLiteral("Package: 5.00 EUR per package of 10");
    }
    void describe()
    {
        QFETCH(PricingModel, model);
        QFETCH(QString, text);
        QCOMPARE(model.describe(), text);
    }

    void validEdgesAreAccepted_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::newRow("a free flat price (0.00) is valid") << PricingModel::flat(eur(0));
        QTest::newRow("a free unit price (0.00) is valid") << PricingModel::perUnit(eur(0));
        QTest::newRow("a package of 1 unit with 0 free units is valid") << PricingModel::package(eur(100), 1, 0);
        QTest::newRow("a single unbounded tier is valid") << PricingModel::volume(cur("EUR"), {tier(std::nullopt, 0)});
        QTest::newRow("a first tier of exactly unit 1 is valid")
            << PricingModel::graduated(cur("EUR"), {tier(1, 0), tier(2, 0), tier(std::nullopt, 0)});
    }
    void validEdgesAreAccepted()
    {
        QFETCH(PricingModel, model);
        const Status status = model.validate();
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QVERIFY(model.priceFor(5).ok());
    }

    void validationRules_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<QString>("fragment");
        const Currency eurCur = cur("EUR");
        QTest::newRow("a model without a currency is rejected") << PricingModel() << QStringLiteral("no currency");
        QTest::newRow("a negative flat price (-1.00) is rejected")
            << PricingModel::flat(eur(-100)) << QStringLiteral("price -1.00 is negative");
        QTest::newRow("a negative unit price (-0.01) is rejected")
            << PricingModel::perUnit(eur(-1)) << QStringLiteral("price -0.01 is negative");
        QTest::newRow("a negative package price (-20.00) is rejected")
            << PricingModel::package(eur(-2000), 50) << QStringLiteral("price -20.00 is negative");
        QTest::newRow("a package size of 0 is rejected")
            << PricingModel::package(eur(2000), 0) << QStringLiteral("package size is 0");
        QTest::newRow("a package size of -5 is rejected")
            << PricingModel::package(eur(2000), -5) << QStringLiteral("package size is -5");
        QTest::newRow("-1 free units are rejected")
            << PricingModel::package(eur(2000), 50, -1) << QStringLiteral("free units is -1");
        QTest::newRow("a graduated price without tiers is rejected")
            << PricingModel::graduated(eurCur, {}) << QStringLiteral("at least one tier");
        QTest::newRow("a volume price without tiers is rejected")
            << PricingModel::volume(eurCur, {}) << QStringLiteral("at least one tier");
        QTest::newRow("tier bounds 10 then 10 do not strictly increase")
            << PricingModel::graduated(eurCur, {tier(10, 500), tier(10, 400), tier(std::nullopt, 300)})
            << QStringLiteral("Tier 2 ends at 10, which is not above the end of tier 1 (10)");
        QTest::newRow("tier bounds 25 then 10 decrease")
            << PricingModel::volume(eurCur, {tier(25, 500), tier(10, 400), tier(std::nullopt, 300)})
            << QStringLiteral("Tier 2 ends at 10, which is not above the end of tier 1 (25)");
        QTest::newRow("an unbounded first tier before a bounded one is rejected")
            << PricingModel::graduated(eurCur, {tier(std::nullopt, 500), tier(std::nullopt, 400)})
            << QStringLiteral("Tier 1 has no upper bound");
        QTest::newRow("a bounded last tier (ends at 25) leaves larger quantities unpriced")
            << PricingModel::volume(eurCur, {tier(10, 500), tier(25, 400)})
            << QStringLiteral("last tier (tier 2) ends at 25");
        QTest::newRow("a first tier ending at 0 covers no unit")
            << PricingModel::graduated(eurCur, {tier(0, 500), tier(std::nullopt, 400)})
            << QStringLiteral("Tier 1 ends at 0");
        QTest::newRow("a first tier ending at -5 is rejected")
            << PricingModel::volume(eurCur, {tier(-5, 500), tier(std::nullopt, 400)})
            << QStringLiteral("Tier 1 ends at -5");
        QTest::newRow("a tier ending at the qint64 maximum leaves no units for the next one")
            << PricingModel::graduated(eurCur, {tier(kMax, 500), tier(std::nullopt, 400)})
            << QStringLiteral("Tier 1 ends at 9223372036854775807, which leaves no units");
        QTest::newRow("a negative unit price (-0.01) in tier 2 is rejected")
            << PricingModel::graduated(eurCur, {tier(10, 500), tier(25, -1), tier(std::nullopt, 300)})
            << QStringLiteral("Tier 2 has a negative unit price (-0.01)");
        QTest::newRow("a negative flat fee (-10.00) in tier 3 is rejected")
            << PricingModel::volume(eurCur, {tier(10, 500), tier(25, 400), tier(std::nullopt, 300, -1000)})
            << QStringLiteral("Tier 3 has a negative flat fee (-10.00)");
    }
    void validationRules()
    {
        QFETCH(PricingModel, model);
        QFETCH(QString, fragment);
        const Status status = model.validate();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Invalid);
        QVERIFY2(status.error().message.contains(fragment), qPrintable(status.error().message));
        // An invalid model never prices, with the same message.
        const auto price = model.priceFor(1);
        QVERIFY(!price.ok());
        QCOMPARE(price.error().message, status.error().message);
        QVERIFY(!model.breakdown(1).ok());
    }

    void negativeQuantityIsAnError_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<qint64>("quantity");
        QTest::newRow("flat -1 units is an error even though flat ignores quantity")
            << PricingModel::flat(eur(4900)) << qint64(-1);
        QTest::newRow("per unit -1 seats is an error, not -4.00") << PricingModel::perUnit(eur(400)) << qint64(-1);
        QTest::newRow("graduated -1 units is an error, not the base fee") << graduatedWithFees() << qint64(-1);
        QTest::newRow("volume -1 units is an error") << volume() << qint64(-1);
        QTest::newRow("package -1 units is an error, not 0.00") << package() << qint64(-1);
        QTest::newRow("per unit with the most negative quantity is an error")
            << PricingModel::perUnit(eur(400)) << std::numeric_limits<qint64>::min();
    }
    void negativeQuantityIsAnError()
    {
        QFETCH(PricingModel, model);
        QFETCH(qint64, quantity);
        const auto price = model.priceFor(quantity);
        QVERIFY(!price.ok());
        QCOMPARE(price.error().code, ErrorCode::Invalid);
        QVERIFY2(price.error().message.contains(QString::number(quantity)), qPrintable(price.error().message));
        const auto lines = model.breakdown(quantity);
        QVERIFY(!lines.ok());
        QCOMPARE(lines.error().code, ErrorCode::Invalid);
    }

    void overflowIsAnError_data()
    {
        QTest::addColumn<PricingModel>("model");
        QTest::addColumn<qint64>("quantity");
        const Currency eurCur = cur("EUR");
        QTest::newRow("per unit: max quantity × 4.00 overflows") << PricingModel::perUnit(eur(400)) << kMax;
        QTest::newRow("per unit: (max/400 + 1) seats × 4.00 overflows by one seat")
            << PricingModel::perUnit(eur(400)) << qint64(kMax / 400 + 1);
        QTest::newRow("graduated: a huge quantity in the last tier (× 3.00) overflows") << graduated() << kMax / 2;
        QTest::newRow("graduated: flat fees (max − 5) + 0.10 overflow when tier 2 is reached")
            << PricingModel::graduated(eurCur, {tier(10, 0, kMax - 5), tier(std::nullopt, 0, 10)}) << qint64(11);
        QTest::newRow("graduated: units 1×1 + base fee max overflow together")
            << PricingModel::graduated(eurCur, {tier(std::nullopt, 1, kMax)}) << qint64(1);
        QTest::newRow("volume: a huge quantity × 3.00 overflows") << volume() << kMax / 2;
        QTest::newRow("volume: 1×0.01 plus a flat fee of max overflows")
            << PricingModel::volume(eurCur, {tier(std::nullopt, 1, kMax)}) << qint64(1);
        QTest::newRow("package: max units in packages of 1 at 20.00 overflow")
            << PricingModel::package(eur(2000), 1) << kMax;
    }
    void overflowIsAnError()
    {
        QFETCH(PricingModel, model);
        QFETCH(qint64, quantity);
        const auto price = model.priceFor(quantity);
        QVERIFY(!price.ok());
        QCOMPARE(price.error().code, ErrorCode::Overflow);
        const auto lines = model.breakdown(quantity);
        QVERIFY(!lines.ok());
        QCOMPARE(lines.error().code, ErrorCode::Overflow);
    }

    void justBelowOverflowStillPrices()
    {
        // The overflow rows above fail for the amount, not the model: one step less prices fine.
        const auto fees = PricingModel::graduated(cur("EUR"), {tier(10, 0, kMax - 5), tier(std::nullopt, 0, 10)});
        QCOMPARE(*fees.priceFor(10), eur(kMax - 5));
        const auto volumeFee = PricingModel::volume(cur("EUR"), {tier(std::nullopt, 1, kMax)});
        QCOMPARE(*volumeFee.priceFor(0), eur(kMax));
        const auto lines = volumeFee.breakdown(0);
        QVERIFY(lines.ok());
        QCOMPARE(sumOf(*lines), kMax);
        QCOMPARE(*PricingModel::package(eur(2000), 1).priceFor(kMax / 2000), eur(kMax / 2000 * 2000));
    }
};

QTEST_GUILESS_MAIN(TestPricingModel)
#include "tst_pricingmodel.moc"
