#include "money/Money.h"
#include "tax/TaxCalculator.h"

#include <QTest>

#include <limits>

using namespace subdesk;
using namespace subdesk::tax;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

TaxRate rate(const char* country, TaxClass taxClass, int bp, const char* from, const char* to = nullptr)
{
    TaxRate r;
    r.country = QString::fromLatin1(country);
    r.taxClass = taxClass;
    r.name = taxClassName(taxClass);
    r.rateBp = bp;
    r.validFrom = d(from);
    if (to)
        r.validTo = d(to);
    return r;
}

/** The rates the rows use: real ones, plus a 0 % PL super-reduced rate for the "0 rate → Z" row. */
QList<TaxRate> fixtureRates()
{
    return {
        rate("PL", TaxClass::Standard, 2300, "2020-01-01"),
        rate("PL", TaxClass::Reduced, 800, "2020-01-01"),
        rate("PL", TaxClass::Reduced2, 500, "2020-01-01"),
        rate("PL", TaxClass::SuperReduced, 0, "2020-01-01"),
        rate("DE", TaxClass::Standard, 1900, "2021-01-01"),
        rate("DE", TaxClass::Reduced, 700, "2021-01-01"),
        rate("AT", TaxClass::Standard, 2000, "2020-01-01"),
        rate("FI", TaxClass::Standard, 2400, "2020-01-01", "2024-08-31"),
        rate("FI", TaxClass::Standard, 2550, "2024-09-01"),
        rate("FI", TaxClass::Reduced, 1400, "2020-01-01"),
    };
}

qint64 minor(const QString& amount)
{
    Result<Money> m = Money::fromPlainString(amount, *Currency::fromCode(QStringLiteral("EUR")));
    if (!m)
        qFatal("bad amount in a test row: %s", qPrintable(amount));
    return m->minorUnits();
}

/** "standard 10.00; zero 5.00" → lines. */
QList<TaxLineInput> parseLines(const QString& spec)
{
    QList<TaxLineInput> lines;
    for (const QString& part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = part.trimmed().split(QLatin1Char(' '));
        lines.append(TaxLineInput {*taxClassFromKey(f.at(0)), minor(f.at(1))});
    }
    return lines;
}

/** 2300 → "23", 2550 → "25.5". */
QString percent(int bp)
{
    QString text = QString::number(bp / 100);
    if (bp % 100 != 0) {
        QString fraction = QString::number(bp % 100).rightJustified(2, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

/** Groups as "S 23% 0.30 0.07 [code]" joined by "; ", the way the rows write them. */
QString describeGroups(const QList<TaxGroupTotal>& groups)
{
    QStringList parts;
    for (const TaxGroupTotal& g : groups) {
        const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
        QString s = taxCategoryCode(g.category) + QLatin1Char(' ') + percent(g.rateBp);
        s += QStringLiteral("% ") + Money(g.taxableMinor, eur).toPlainString() + QLatin1Char(' ')
            + Money(g.taxMinor, eur).toPlainString();
        if (!g.exemptionCode.isEmpty())
            s += QLatin1Char(' ') + g.exemptionCode;
        parts.append(s);
    }
    return parts.join(QStringLiteral("; "));
}

QString describeLineNets(const QList<TaxedLine>& lines)
{
    QStringList parts;
    for (const TaxedLine& l : lines)
        parts.append(Money(l.netMinor, *Currency::fromCode(QStringLiteral("EUR"))).toPlainString());
    return parts.join(QLatin1Char(' '));
}

struct Parties
{
    const char* seller;
    const char* buyer;
    const char* buyerVatId;
    bool sellerExempt;
};

const Parties kDomestic {"PL", "PL", "", false};
const Parties kDomesticB2b {"PL", "PL", "PL5260250995", false};
const Parties kReverseCharge {"PL", "DE", "DE123456789", false};
const Parties kOssConsumer {"PL", "DE", "", false};
const Parties kExport {"PL", "US", "", false};
const Parties kExportWithVatId {"PL", "CH", "CHE123456789", false};
const Parties kExempt {"PL", "PL", "", true};
const Parties kExemptToEuBusiness {"PL", "DE", "DE123456789", true};

} // namespace

class TestTaxCalculator : public QObject
{
    Q_OBJECT

private:
    static void addRow(const char* name, Parties p, bool inclusive, const char* taxPoint, const char* lines,
                       const char* groups, const char* lineNets, const char* totals)
    {
        QTest::newRow(name) << QString::fromLatin1(p.seller) << p.sellerExempt << QString::fromLatin1(p.buyer)
                            << QString::fromLatin1(p.buyerVatId) << inclusive << d(taxPoint) << QString::fromUtf8(lines)
                            << QString::fromUtf8(groups) << QString::fromUtf8(lineNets) << QString::fromUtf8(totals);
    }

private Q_SLOTS:
    void compute_data()
    {
        QTest::addColumn<QString>("seller");
        QTest::addColumn<bool>("sellerExempt");
        QTest::addColumn<QString>("buyer");
        QTest::addColumn<QString>("buyerVatId");
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<QDate>("taxPoint");
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("groups"); ///< "category rate taxable tax [exemption code]; …"
        QTest::addColumn<QString>("lineNets");
        QTest::addColumn<QString>("totals"); ///< "net tax gross"
        const char* day = "2026-03-15";

        // Exclusive prices: tax once per (category, rate) group on the group's net sum.
        addRow("§8 exclusive: 3 × 0.10 at 23% taxed once on the group 0.30 → 0.07 (not 3 × 0.02)", kDomestic, false,
               day, "standard 0.10; standard 0.10; standard 0.10", "S 23% 0.30 0.07", "0.10 0.10 0.10",
               "0.30 0.07 0.37");
        addRow("§8 exclusive: 10.00 + 10.00 + 10.01 at 23% → group 30.01 tax 6.9023 rounds to 6.90", kDomestic, false,
               day, "standard 10.00; standard 10.00; standard 10.01", "S 23% 30.01 6.90", "10.00 10.00 10.01",
               "30.01 6.90 36.91");
        addRow("§8 several rates: 100.00 at 23%, 50.00 at 8%, 20.00 at 5% → three groups, highest rate first",
               kDomestic, false, day, "reduced2 20.00; standard 100.00; reduced 50.00",
               "S 23% 100.00 23.00; S 8% 50.00 4.00; S 5% 20.00 1.00", "20.00 100.00 50.00", "170.00 28.00 198.00");
        addRow("§1 HALF_UP: 2.50 at 23% = 0.575 rounds up to 0.58", kDomestic, false, day, "standard 2.50",
               "S 23% 2.50 0.58", "2.50", "2.50 0.58 3.08");
        addRow("§1 HALF_UP: 2.49 at 23% = 0.5727 rounds to 0.57", kDomestic, false, day, "standard 2.49",
               "S 23% 2.49 0.57", "2.49", "2.49 0.57 3.06");
        addRow("§8 credit note: -2.50 at 23% = -0.575 rounds away from zero to -0.58", kDomestic, false, day,
               "standard -2.50", "S 23% -2.50 -0.58", "-2.50", "-2.50 -0.58 -3.08");
        addRow("§8 credit note: -0.10 × 3 at 23% → group -0.30 tax -0.069 → -0.07", kDomestic, false, day,
               "standard -0.10; standard -0.10; standard -0.10", "S 23% -0.30 -0.07", "-0.10 -0.10 -0.10",
               "-0.30 -0.07 -0.37");
        addRow("§8 a credit line in a charge's group: 30.00 − 10.00 at 23% → group 20.00 tax 4.60", kDomestic, false,
               day, "standard 30.00; standard -10.00", "S 23% 20.00 4.60", "30.00 -10.00", "20.00 4.60 24.60");

        // Inclusive prices: the net is extracted once per group, the lines share it exactly.
        addRow("§8 inclusive: 123.00 gross at 23% → 100.00 net + 23.00 tax", kDomestic, true, day, "standard 123.00",
               "S 23% 100.00 23.00", "100.00", "100.00 23.00 123.00");
        addRow("§8 inclusive: 10.00 gross at 23% → 8.1300… net rounds to 8.13, tax 1.87", kDomestic, true, day,
               "standard 10.00", "S 23% 8.13 1.87", "8.13", "8.13 1.87 10.00");
        addRow("§8 inclusive: 3 × 1.00 gross at 23% → group net 2.439 → 2.44 (per line 3 × 0.81 = 2.43); lines "
               "0.82 + 0.81 + 0.81",
               kDomestic, true, day, "standard 1.00; standard 1.00; standard 1.00", "S 23% 2.44 0.56", "0.82 0.81 0.81",
               "2.44 0.56 3.00");
        addRow("§8 inclusive HALF_UP: 0.09 gross at 20% → net 0.075 rounds up to 0.08, tax 0.01",
               Parties {"AT", "AT", "", false}, true, day, "standard 0.09", "S 20% 0.08 0.01", "0.08",
               "0.08 0.01 0.09");
        addRow("§8 inclusive, two rates: 123.00 at 23% and 108.00 at 8% → 100.00 + 23.00 and 100.00 + 8.00", kDomestic,
               true, day, "standard 123.00; reduced 108.00", "S 23% 100.00 23.00; S 8% 100.00 8.00", "100.00 100.00",
               "200.00 31.00 231.00");
        addRow("§8 inclusive credit note: -10.00 gross at 23% → -8.13 net, -1.87 tax", kDomestic, true, day,
               "standard -10.00", "S 23% -8.13 -1.87", "-8.13", "-8.13 -1.87 -10.00");
        addRow("§8 inclusive credit note: 3 × -1.00 gross at 23% → -2.44 shared as -0.82 − 0.81 − 0.81", kDomestic,
               true, day, "standard -1.00; standard -1.00; standard -1.00", "S 23% -2.44 -0.56", "-0.82 -0.81 -0.81",
               "-2.44 -0.56 -3.00");
        addRow("§8 inclusive, mixed signs: 30.00 − 10.00 gross at 23% → group 16.26, lines 24.39 and -8.13", kDomestic,
               true, day, "standard 30.00; standard -10.00", "S 23% 16.26 3.74", "24.39 -8.13", "16.26 3.74 20.00");

        // Which category and whose rate.
        addRow("§8 reverse charge: PL seller, DE business with VAT ID → AE 0%, VATEX-EU-AE", kReverseCharge, false, day,
               "standard 100.00; reduced 50.00", "AE 0% 150.00 0.00 VATEX-EU-AE", "100.00 50.00", "150.00 0.00 150.00");
        addRow("§8 reverse charge with inclusive prices: the whole amount is net", kReverseCharge, true, day,
               "standard 123.00", "AE 0% 123.00 0.00 VATEX-EU-AE", "123.00", "123.00 0.00 123.00");
        addRow("same country with a VAT ID is domestic: PL → PL business pays 23%", kDomesticB2b, false, day,
               "standard 100.00", "S 23% 100.00 23.00", "100.00", "100.00 23.00 123.00");
        addRow("OSS: PL seller, DE consumer → the buyer's DE rate 19%", kOssConsumer, false, day,
               "standard 100.00; reduced 10.00", "S 19% 100.00 19.00; S 7% 10.00 0.70", "100.00 10.00",
               "110.00 19.70 129.70");
        addRow("export: buyer in the US → G 0%, VATEX-EU-G", kExport, false, day, "standard 100.00",
               "G 0% 100.00 0.00 VATEX-EU-G", "100.00", "100.00 0.00 100.00");
        addRow("export: a Swiss business with a VAT ID is still G (outside the EU)", kExportWithVatId, false, day,
               "standard 100.00", "G 0% 100.00 0.00 VATEX-EU-G", "100.00", "100.00 0.00 100.00");
        addRow("exempt seller → E 0% on every line, no code (the exemption text says why)", kExempt, false, day,
               "standard 100.00; reduced 10.00", "E 0% 110.00 0.00", "100.00 10.00", "110.00 0.00 110.00");
        addRow("exempt seller to an EU business: the exemption wins over reverse charge", kExemptToEuBusiness, false,
               day, "standard 100.00", "E 0% 100.00 0.00", "100.00", "100.00 0.00 100.00");
        addRow("class zero → Z 0%, listed after S", kDomestic, false, day, "zero 50.00; standard 100.00",
               "S 23% 100.00 23.00; Z 0% 50.00 0.00", "50.00 100.00", "150.00 23.00 173.00");
        addRow("a 0% rate in the table → Z", kDomestic, false, day, "super_reduced 40.00", "Z 0% 40.00 0.00", "40.00",
               "40.00 0.00 40.00");

        // Rates over time: the tax point picks the rate.
        addRow("FI on 2024-08-31: 100.00 at 24% → 24.00", Parties {"FI", "FI", "", false}, false, "2024-08-31",
               "standard 100.00", "S 24% 100.00 24.00", "100.00", "100.00 24.00 124.00");
        addRow("FI on 2024-09-01: 100.00 at 25.5% → 25.50", Parties {"FI", "FI", "", false}, false, "2024-09-01",
               "standard 100.00", "S 25.5% 100.00 25.50", "100.00", "100.00 25.50 125.50");
        addRow("no lines: nothing to tax", kDomestic, false, day, "", "", "", "0.00 0.00 0.00");
    }

    void compute()
    {
        QFETCH(QString, seller);
        QFETCH(bool, sellerExempt);
        QFETCH(QString, buyer);
        QFETCH(QString, buyerVatId);
        QFETCH(bool, inclusive);
        QFETCH(QDate, taxPoint);
        QFETCH(QString, lines);
        QFETCH(QString, groups);
        QFETCH(QString, lineNets);
        QFETCH(QString, totals);

        const TaxContext context {seller, sellerExempt, buyer, buyerVatId, inclusive, taxPoint, fixtureRates()};
        const QList<TaxLineInput> input = parseLines(lines);
        const Result<TaxResult> result = TaxCalculator::compute(context, input);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));

        QCOMPARE(describeGroups(result->groups), groups);
        QCOMPARE(describeLineNets(result->lines), lineNets);
        const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
        QCOMPARE(
            QStringList({Money(result->netMinor, eur).toPlainString(), Money(result->taxMinor, eur).toPlainString(),
                         Money(result->grossMinor, eur).toPlainString()})
                .join(QLatin1Char(' ')),
            totals);

        // Invariants every row must keep: each line is in a group of its category and rate, the
        // groups' taxable amounts are exactly their lines' nets, the totals are the groups' sums.
        QCOMPARE(result->lines.size(), input.size());
        qint64 taxable = 0;
        qint64 tax = 0;
        for (const TaxGroupTotal& g : result->groups) {
            qint64 linesNet = 0;
            for (const TaxedLine& l : result->lines) {
                if (l.category == g.category && l.rateBp == g.rateBp)
                    linesNet += l.netMinor;
            }
            QCOMPARE(linesNet, g.taxableMinor);
            taxable += g.taxableMinor;
            tax += g.taxMinor;
        }
        QCOMPARE(result->netMinor, taxable);
        QCOMPARE(result->taxMinor, tax);
        QCOMPARE(result->grossMinor, taxable + tax);
        if (inclusive) {
            qint64 gross = 0;
            for (const TaxLineInput& l : input)
                gross += l.amountMinor;
            QCOMPARE(result->grossMinor, gross);
        }
    }

    void missingRate_data()
    {
        QTest::addColumn<QString>("seller");
        QTest::addColumn<QString>("buyer");
        QTest::addColumn<QString>("taxClass");
        QTest::addColumn<QDate>("taxPoint");
        QTest::addColumn<QString>("message");
        QTest::newRow("no PL rate before the table starts")
            << QStringLiteral("PL") << QStringLiteral("PL") << QStringLiteral("standard") << d("2019-12-31")
            << QStringLiteral("No Standard rate for PL on 2019-12-31");
        QTest::newRow("no DE second reduced rate at all")
            << QStringLiteral("DE") << QStringLiteral("DE") << QStringLiteral("reduced2") << d("2026-11-21")
            << QStringLiteral("No Second reduced rate for DE on 2026-11-21");
        QTest::newRow("OSS names the buyer's country: no HU rate in the table")
            << QStringLiteral("PL") << QStringLiteral("HU") << QStringLiteral("standard") << d("2026-11-21")
            << QStringLiteral("No Standard rate for HU on 2026-11-21");
        QTest::newRow("a non-EU seller selling at home needs its own rate")
            << QStringLiteral("CH") << QStringLiteral("CH") << QStringLiteral("standard") << d("2026-11-21")
            << QStringLiteral("No Standard rate for CH on 2026-11-21");
    }

    void missingRate()
    {
        QFETCH(QString, seller);
        QFETCH(QString, buyer);
        QFETCH(QString, taxClass);
        QFETCH(QDate, taxPoint);
        QFETCH(QString, message);
        const TaxContext context {seller, false, buyer, QString(), false, taxPoint, fixtureRates()};
        const Result<TaxResult> result = TaxCalculator::compute(
            context, {TaxLineInput {TaxClass::Standard, 100}, {*taxClassFromKey(taxClass), 100}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
    }

    void overflowIsAnError()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        const TaxContext context {QStringLiteral("PL"), false,         QStringLiteral("PL"), QString(), false,
                                  d("2026-01-01"),      fixtureRates()};
        const Result<TaxResult> sum =
            TaxCalculator::compute(context, {{TaxClass::Standard, kMax}, {TaxClass::Standard, 1}});
        QVERIFY(!sum.ok());
        QCOMPARE(sum.error().code, ErrorCode::Overflow);
        // The net fits, net + 23 % tax does not.
        const Result<TaxResult> gross = TaxCalculator::compute(context, {{TaxClass::Standard, kMax - 10}});
        QVERIFY(!gross.ok());
        QCOMPARE(gross.error().code, ErrorCode::Overflow);
    }

    void keysAndCodes()
    {
        for (TaxClass c :
             {TaxClass::Standard, TaxClass::Reduced, TaxClass::Reduced2, TaxClass::SuperReduced, TaxClass::Zero})
            QCOMPARE(taxClassFromKey(taxClassKey(c)), std::optional<TaxClass>(c));
        QCOMPARE(taxClassKey(TaxClass::SuperReduced), QStringLiteral("super_reduced"));
        QCOMPARE(taxClassFromKey(QStringLiteral("Standard")), std::nullopt);
        const QStringList codes = {QStringLiteral("S"), QStringLiteral("Z"), QStringLiteral("E"), QStringLiteral("AE"),
                                   QStringLiteral("K"), QStringLiteral("G"), QStringLiteral("O")};
        for (const QString& code : codes)
            QCOMPARE(taxCategoryCode(*taxCategoryFromCode(code)), code);
        QCOMPARE(taxCategoryFromCode(QStringLiteral("X")), std::nullopt);
        QCOMPARE(taxCategoryName(TaxCategory::ReverseCharge), QStringLiteral("Reverse charge"));
    }

    void euMembers()
    {
        QVERIFY(isEuCountry(QStringLiteral("GR")));
        QVERIFY(!isEuCountry(QStringLiteral("EL"))); // the VAT prefix, not the country code
        QVERIFY(isEuCountry(QStringLiteral("HR")));
        QVERIFY(!isEuCountry(QStringLiteral("GB")));
        QVERIFY(!isEuCountry(QStringLiteral("CH")));
        QVERIFY(!isEuCountry(QStringLiteral("NO")));
    }
};

QTEST_GUILESS_MAIN(TestTaxCalculator)
#include "tst_taxcalculator.moc"
