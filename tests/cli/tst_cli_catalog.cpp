#include "CliFixture.h"

#include <QFileInfo>
#include <QTest>

/**
 * subdesk-cli's catalog commands (plans, add-ons, metered charges, coupons), run as a process on a
 * fresh company file per test, with "today" fixed through $SUBDESK_TODAY.
 */
class TestCliCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void usageErrorsExitTwoNamingTheFlag_data();
    void usageErrorsExitTwoNamingTheFlag();
    void refusalsExitOneNamingTheCause_data();
    void refusalsExitOneNamingTheCause();

    void helpListsTheBillingCommands();
    void catalogBuiltByCliShowsInJson();
    void quoteBreaksDownThePrice_data();
    void quoteBreaksDownThePrice();
    void newPriceVersionAndMigration();
    void couponsAddEditAndShow();

private:
    std::unique_ptr<CliFixture> m_cli;
};

void TestCliCatalog::init()
{
    m_cli = std::make_unique<CliFixture>(QStringLiteral(SUBDESK_CLI_PATH), QStringLiteral("2026-04-01"));
    QVERIFY(m_cli->isValid());
}

void TestCliCatalog::usageErrorsExitTwoNamingTheFlag_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");

    const QString plan = QStringLiteral("plans add --code PRO --name Pro --product P --currency EUR ");
    QTest::newRow("plans add without --code")
        << QStringLiteral("plans add --name Pro --product P") << QStringLiteral("--code");
    QTest::newRow("plans add without --product")
        << QStringLiteral("plans add --code PRO --name Pro") << QStringLiteral("--product");
    QTest::newRow("a flat price without --price")
        << plan + QStringLiteral("--interval month --model flat") << QStringLiteral("--price");
    QTest::newRow("an unknown pricing model")
        << plan + QStringLiteral("--interval month --model cubic --price 1") << QStringLiteral("--model");
    QTest::newRow("a price without --model")
        << plan + QStringLiteral("--interval month --price 1") << QStringLiteral("--model");
    QTest::newRow("a currency that is not ISO 4217")
        << QStringLiteral("plans add --code PRO --name Pro --product P --currency EURO --interval month --model flat "
                          "--price 1")
        << QStringLiteral("--currency");
    QTest::newRow("an interval that is not one")
        << plan + QStringLiteral("--interval fortnight --model flat --price 1") << QStringLiteral("--interval");
    QTest::newRow("a recurring price without --interval")
        << plan + QStringLiteral("--model flat --price 1") << QStringLiteral("--interval");
    QTest::newRow("an amount with a decimal comma")
        << plan + QStringLiteral("--interval month --model flat --price 1,50") << QStringLiteral("--price");
    QTest::newRow("more decimals than EUR has")
        << plan + QStringLiteral("--interval month --model flat --price 1.505") << QStringLiteral("--price");
    QTest::newRow("a tier without its unit price")
        << plan + QStringLiteral("--interval month --model graduated --tier 10") << QStringLiteral("--tier");
    QTest::newRow("a tier bound that is not a number")
        << plan + QStringLiteral("--interval month --model volume --tier ten:5.00") << QStringLiteral("--tier");
    QTest::newRow("--tier on a flat price")
        << plan + QStringLiteral("--interval month --model flat --price 1 --tier 10:1") << QStringLiteral("--tier");
    QTest::newRow("a package price without --package-size")
        << plan + QStringLiteral("--interval month --model package --price 5") << QStringLiteral("--package-size");
    QTest::newRow("a negative trial") << QStringLiteral("plans add --code PRO --name Pro --product P --trial-days -3")
                                      << QStringLiteral("--trial-days");
    QTest::newRow("an unknown term end") << QStringLiteral(
        "plans add --code PRO --name Pro --product P --term-end stop")
                                         << QStringLiteral("--term-end");
    QTest::newRow("plans version without --from")
        << QStringLiteral("plans version PRO --model flat --price 1") << QStringLiteral("--from");
    QTest::newRow("plans quote without --quantity")
        << QStringLiteral("plans quote PRO") << QStringLiteral("--quantity");
    QTest::newRow("plans migrate with a bad subscription")
        << QStringLiteral("plans migrate PRO --from 2026-05-01 --subscription x") << QStringLiteral("--subscription");
    QTest::newRow("coupons add with both --percent and --amount")
        << QStringLiteral("coupons add --code C10 --name C --percent 10 --amount 5 --currency EUR")
        << QStringLiteral("--percent");
    QTest::newRow("coupons add --amount without --currency")
        << QStringLiteral("coupons add --code C10 --name C --amount 5") << QStringLiteral("--currency");
    QTest::newRow("coupons add with a malformed percentage")
        << QStringLiteral("coupons add --code C10 --name C --percent ten") << QStringLiteral("--percent");
    QTest::newRow("coupons add with an unknown duration")
        << QStringLiteral("coupons add --code C10 --name C --percent 10 --duration always")
        << QStringLiteral("--duration");
    QTest::newRow("coupons add with a malformed expiry")
        << QStringLiteral("coupons add --code C10 --name C --percent 10 --expires 31.12.2026")
        << QStringLiteral("--expires");
}

void TestCliCatalog::usageErrorsExitTwoNamingTheFlag()
{
    QFETCH(QString, line);
    QFETCH(QString, named);
    const CliRun result = m_cli->run(line);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().startsWith(QStringLiteral("subdesk-cli: ")), result.err.constData());
    QVERIFY2(result.errText().contains(named), result.err.constData());
    QVERIFY2(result.errText().contains(QStringLiteral("help")), result.err.constData());
    QVERIFY2(!QFileInfo::exists(m_cli->db()), "a usage error never opens (or creates) the company file");
}

void TestCliCatalog::refusalsExitOneNamingTheCause_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");

    QTest::newRow("an unknown plan") << QStringLiteral("plans show BASIC") << QStringLiteral("BASIC");
    QTest::newRow("a plan code that is taken")
        << QStringLiteral("plans add --code PRO --name Again --product P") << QStringLiteral("PRO");
    QTest::newRow("a trial longer than 730 days")
        << QStringLiteral("plans add --code LONG --name Long --product P --trial-days 1000") << QStringLiteral("730");
    QTest::newRow("tiers whose bounds do not grow")
        << QStringLiteral("plans price PRO --currency EUR --interval \"1 year\" --model graduated --tier 10:5.00 "
                          "--tier 5:4.00 --tier inf:3.00")
        << QStringLiteral("tier");
    QTest::newRow("a second price for the same currency and interval")
        << QStringLiteral("plans price PRO --currency EUR --interval \"1 month\" --model flat --price 5.00")
        << QStringLiteral("EUR");
    QTest::newRow("a plan allowing an unknown add-on")
        << QStringLiteral("plans add --code LITE --name Lite --product P --addon NOPE") << QStringLiteral("NOPE");
    QTest::newRow("a price version not after the current one")
        << QStringLiteral("plans version PRO --model per_unit --price 12.00 --from 2025-12-31")
        << QStringLiteral("after");
    QTest::newRow("a quote of a plan sold in no such currency")
        << QStringLiteral("plans quote PRO --quantity 1 --currency SEK") << QStringLiteral("SEK");
    QTest::newRow("a coupon for an unknown plan")
        << QStringLiteral("coupons add --code ONLYX --name X --percent 10 --plan NOPE") << QStringLiteral("NOPE");
    QTest::newRow("a coupon of more than 100%")
        << QStringLiteral("coupons add --code HUGE --name Huge --percent 150") << QStringLiteral("100%");
}

void TestCliCatalog::refusalsExitOneNamingTheCause()
{
    QFETCH(QString, line);
    QFETCH(QString, named);
    QVERIFY(m_cli->buildCatalog());
    const CliRun result = m_cli->run(line);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().startsWith(QStringLiteral("subdesk-cli: ")), result.err.constData());
    QVERIFY2(result.errText().contains(named), result.err.constData());
}

void TestCliCatalog::helpListsTheBillingCommands()
{
    const CliRun help = m_cli->cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"plans add", "plans quote", "addons add", "metered add", "coupons add",
                                "subscriptions create", "subscriptions change", "usage import", "bill"})
        QVERIFY2(help.outText().contains(QString::fromLatin1(command)), command);
    const CliRun plans = m_cli->cli({QStringLiteral("help"), QStringLiteral("plans"), QStringLiteral("price")});
    QCOMPARE(plans.exitCode, 0);
    for (const char* flag : {"--model", "--tier", "--package-size", "--free-units", "--setup-fee", "--from"})
        QVERIFY2(plans.outText().contains(QString::fromLatin1(flag)), flag);
}

void TestCliCatalog::catalogBuiltByCliShowsInJson()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(
        QStringLiteral("plans price PRO --currency EUR --interval \"1 year\" --model graduated --tier 10:5.00 --tier "
                       "inf:4.00:10.00 --setup-fee 25.00 --from 2026-01-01"));
    const QJsonObject pro = m_cli->ok(QStringLiteral("plans show PRO --json")).object();
    QCOMPARE(pro.value(QStringLiteral("code")).toString(), QStringLiteral("PRO"));
    QCOMPARE(pro.value(QStringLiteral("product")).toString(), QStringLiteral("Cloud backup"));
    QCOMPARE(pro.value(QStringLiteral("features")).toArray(),
             (QJsonArray {QStringLiteral("5 users"), QStringLiteral("Phone support")}));
    QCOMPARE(pro.value(QStringLiteral("addons")).toArray(), QJsonArray {QStringLiteral("EXTRA")});
    const QJsonArray prices = pro.value(QStringLiteral("prices")).toArray();
    QCOMPARE(prices.size(), 2);
    const QJsonObject monthly = prices.at(0).toObject();
    QCOMPARE(monthly.value(QStringLiteral("interval")).toString(), QStringLiteral("1 month"));
    const QJsonObject monthlyModel =
        monthly.value(QStringLiteral("versions")).toArray().at(0).toObject().value(QStringLiteral("model")).toObject();
    QCOMPARE(monthlyModel.value(QStringLiteral("kind")).toString(), QStringLiteral("per_unit"));
    QCOMPARE(minorOf(monthlyModel.value(QStringLiteral("price"))), 1000);
    QCOMPARE(monthlyModel.value(QStringLiteral("price")).toObject().value(QStringLiteral("currency")).toString(),
             QStringLiteral("EUR"));
    const QJsonObject yearlyVersion =
        prices.at(1).toObject().value(QStringLiteral("versions")).toArray().at(0).toObject();
    QCOMPARE(yearlyVersion.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(minorOf(yearlyVersion.value(QStringLiteral("setup_fee"))), 2500);
    const QJsonArray tiers =
        yearlyVersion.value(QStringLiteral("model")).toObject().value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers.at(0).toObject().value(QStringLiteral("up_to")).toInt(), 10);
    QCOMPARE(minorOf(tiers.at(0).toObject().value(QStringLiteral("unit_price"))), 500);
    QVERIFY(tiers.at(1).toObject().value(QStringLiteral("up_to")).isNull());
    QCOMPARE(minorOf(tiers.at(1).toObject().value(QStringLiteral("flat_fee"))), 1000);
    const QJsonObject metered = pro.value(QStringLiteral("metered")).toArray().at(0).toObject();
    QCOMPARE(metered.value(QStringLiteral("metric")).toString(), QStringLiteral("api_calls"));
    QCOMPARE(metered.value(QStringLiteral("aggregation")).toString(), QStringLiteral("sum"));

    const QJsonArray addOns = m_cli->ok(QStringLiteral("addons list --json")).array();
    QCOMPARE(addOns.size(), 1);
    QCOMPARE(addOns.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("recurring"));

    // One-time add-ons have no interval: giving one is a usage error.
    QCOMPARE(
        m_cli
            ->ok(QStringLiteral("addons add --code SETUP --name Onboarding --kind one_time --currency EUR --model flat "
                                "--price 150.00"))
            .exitCode,
        0);
    QCOMPARE(m_cli
                 ->run(QStringLiteral(
                     "addons price SETUP --currency USD --interval \"1 month\" --model flat --price 150.00"))
                 .exitCode,
             2);

    // Text output is a table with the plan and its price.
    const CliRun list = m_cli->ok(QStringLiteral("plans list"));
    QVERIFY2(list.outText().startsWith(QStringLiteral("Code")), list.out.constData());
    QVERIFY2(list.outText().contains(QStringLiteral("PRO")), list.out.constData());

    // Archived plans leave the default list and come back with restore.
    m_cli->ok(QStringLiteral("plans archive PRO"));
    QCOMPARE(m_cli->ok(QStringLiteral("plans list --json")).array().size(), 0);
    QCOMPARE(m_cli->ok(QStringLiteral("plans list --status archived --json")).array().size(), 1);
    m_cli->ok(QStringLiteral("plans restore PRO"));
    QCOMPARE(m_cli->ok(QStringLiteral("plans list --json")).array().size(), 1);

    m_cli->ok(QStringLiteral("plans edit PRO --name \"Pro 2026\" --trial-days 14 --clear-addons"));
    const QJsonObject edited = m_cli->ok(QStringLiteral("plans show PRO --json")).object();
    QCOMPARE(edited.value(QStringLiteral("name")).toString(), QStringLiteral("Pro 2026"));
    QCOMPARE(edited.value(QStringLiteral("trial_days")).toInt(), 14);
    QCOMPARE(edited.value(QStringLiteral("addons")).toArray(), QJsonArray());
    QCOMPARE(edited.value(QStringLiteral("features")).toArray().size(), 2);
}

void TestCliCatalog::quoteBreaksDownThePrice_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("breakdownLines");

    QTest::newRow("per unit: 3 seats × 20.00 = 60.00")
        << QStringLiteral("--model per_unit --price 20.00") << 3 << qint64(6000) << 1;
    QTest::newRow("graduated: 12 units = 10×5.00 + 2×4.00 = 58.00")
        << QStringLiteral("--model graduated --tier 10:5.00 --tier inf:4.00") << 12 << qint64(5800) << 2;
    QTest::newRow("graduated with a flat fee on tier 2: 12 units = 50.00 + 8.00 + 10.00 = 68.00")
        << QStringLiteral("--model graduated --tier 10:5.00 --tier inf:4.00:10.00") << 12 << qint64(6800) << 3;
    QTest::newRow("volume: 12 units all at 4.00 + 10.00 flat = 58.00")
        << QStringLiteral("--model volume --tier 10:5.00 --tier inf:4.00:10.00") << 12 << qint64(5800) << 2;
    QTest::newRow("volume: 10 units all at 5.00 = 50.00 (more than 12 units cost)")
        << QStringLiteral("--model volume --tier 10:5.00 --tier inf:4.00") << 10 << qint64(5000) << 1;
    QTest::newRow("package: 250 units, 50 free, packages of 100: 2 × 20.00 = 40.00")
        << QStringLiteral("--model package --price 20.00 --package-size 100 --free-units 50") << 250 << qint64(4000)
        << 1;
    QTest::newRow("flat: 20.00 whatever the quantity")
        << QStringLiteral("--model flat --price 20.00") << 7 << qint64(2000) << 1;
}

void TestCliCatalog::quoteBreaksDownThePrice()
{
    QFETCH(QString, model);
    QFETCH(int, quantity);
    QFETCH(qint64, total);
    QFETCH(int, breakdownLines);
    m_cli->ok(
        QStringLiteral("plans add --code QQ --name Quoted --product P --currency EUR --interval \"1 month\" --from "
                       "2026-01-01 ")
        + model);
    const QJsonObject quote = m_cli->ok(QStringLiteral("plans quote QQ --quantity %1 --json").arg(quantity)).object();
    QCOMPARE(minorOf(quote.value(QStringLiteral("total"))), total);
    const QJsonArray lines = quote.value(QStringLiteral("breakdown")).toArray();
    QCOMPARE(lines.size(), breakdownLines);
    qint64 sum = 0;
    for (const QJsonValue& line : lines) {
        sum += minorOf(line.toObject().value(QStringLiteral("amount")));
        QVERIFY(!line.toObject().value(QStringLiteral("text")).toString().isEmpty());
    }
    QCOMPARE(sum, total);
    const CliRun text = m_cli->ok(QStringLiteral("plans quote QQ --quantity %1").arg(quantity));
    QVERIFY2(text.outText().contains(QStringLiteral("Total")), text.out.constData());
}

void TestCliCatalog::newPriceVersionAndMigration()
{
    QVERIFY(m_cli->buildCatalog());
    const QString id =
        m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01")).outText();
    QCOMPARE(id, QStringLiteral("1\n"));
    // The kind stays per_unit when --model is left out.
    m_cli->ok(QStringLiteral("plans version PRO --price 12.00 --from 2026-06-01"));
    const QJsonArray versions = m_cli->ok(QStringLiteral("plans show PRO --json"))
                                    .object()
                                    .value(QStringLiteral("prices"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("versions"))
                                    .toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(
        minorOf(versions.at(1).toObject().value(QStringLiteral("model")).toObject().value(QStringLiteral("price"))),
        1200);
    // Grandfathered: June is still billed at 10.00 until migrated.
    const CliRun before =
        m_cli->ok(QStringLiteral("bill --preview --as-of 2026-06-01 --json"), QStringLiteral("2026-06-01"));
    QList<QJsonObject> lines = documentLines(before.object().value(QStringLiteral("documents")).toArray());
    QCOMPARE(lines.size(), 2); // May and June
    QCOMPARE(minorOf(lines.at(1).value(QStringLiteral("amount"))), 1000);

    const CliRun migrated =
        m_cli->ok(QStringLiteral("plans migrate PRO --from 2026-06-01"), QStringLiteral("2026-05-15"));
    QVERIFY2(migrated.outText().trimmed().endsWith(QStringLiteral(": 1.")), migrated.out.constData());
    const CliRun after =
        m_cli->ok(QStringLiteral("bill --preview --as-of 2026-06-01 --json"), QStringLiteral("2026-06-01"));
    lines = documentLines(after.object().value(QStringLiteral("documents")).toArray());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(minorOf(lines.at(0).value(QStringLiteral("amount"))), 1000); // May at the old price
    QCOMPARE(minorOf(lines.at(1).value(QStringLiteral("amount"))), 1200); // June at the new one
}

void TestCliCatalog::couponsAddEditAndShow()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("coupons add --code spring25 --name \"Spring sale\" --percent 12.5 --periods 3 --plan PRO "
                             "--limit 100 --expires 2026-06-30"));
    QJsonObject coupon = m_cli->ok(QStringLiteral("coupons show SPRING25 --json")).object();
    QCOMPARE(coupon.value(QStringLiteral("code")).toString(), QStringLiteral("SPRING25"));
    QCOMPARE(coupon.value(QStringLiteral("kind")).toString(), QStringLiteral("percent"));
    QCOMPARE(coupon.value(QStringLiteral("percent_basis_points")).toInt(), 1250);
    QCOMPARE(coupon.value(QStringLiteral("duration")).toString(), QStringLiteral("repeating"));
    QCOMPARE(coupon.value(QStringLiteral("periods")).toInt(), 3);
    QCOMPARE(coupon.value(QStringLiteral("plans")).toArray(), QJsonArray {QStringLiteral("PRO")});
    QCOMPARE(coupon.value(QStringLiteral("limit")).toInt(), 100);
    QCOMPARE(coupon.value(QStringLiteral("expires")).toString(), QStringLiteral("2026-06-30"));
    QCOMPARE(coupon.value(QStringLiteral("redemptions")).toInt(), 0);

    m_cli->ok(QStringLiteral(
        "coupons edit SPRING25 --amount 5.00 --currency EUR --duration forever --limit \"\" --clear-plans"));
    coupon = m_cli->ok(QStringLiteral("coupons show SPRING25 --json")).object();
    QCOMPARE(coupon.value(QStringLiteral("kind")).toString(), QStringLiteral("fixed_amount"));
    QCOMPARE(minorOf(coupon.value(QStringLiteral("amount_off"))), 500);
    QVERIFY(coupon.value(QStringLiteral("limit")).isNull());
    QCOMPARE(coupon.value(QStringLiteral("plans")).toArray(), QJsonArray());

    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --coupon SPRING25"));
    QCOMPARE(m_cli->ok(QStringLiteral("coupons list --json"))
                 .array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("redemptions"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
