#include "CliFixture.h"

#include <QFile>
#include <QTest>

/**
 * subdesk-cli's metrics, fx and nps commands, run as a process on a fresh company file per test,
 * with "today" fixed through $SUBDESK_TODAY. The small history: customer 1 Virtanen Oy (segment
 * smb) takes BASIC at 49.00 on 2026-03-01, customer 2 Lahti Oy (segment enterprise) takes LITE at
 * 20.00 on 2026-03-10 and cancels at once on 2026-04-10; customer 3 Svensson AB pays 500.00 SEK
 * a month for NORD from 2026-03-01.
 */
class TestCliMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void usageErrorsExitTwoNamingTheFlag_data();
    void usageErrorsExitTwoNamingTheFlag();
    void refusalsExitOneNamingTheCause_data();
    void refusalsExitOneNamingTheCause();

    void jsonGivesExactMovementsAndRatios();
    void textShowsEveryFigureAndTheIdentityHolds();
    void csvHasOneRowPerMonth();
    void bySegmentSplitsTheMovements();
    void rowsAndPayingListTheCustomersBehindAFigure();
    void settingsRoundTrip();

    void fxSetListRemove();
    void fxImportStoresAllRows();
    void fxImportWithABadRowStoresNothingAndNamesTheLine();
    void anotherCurrencyConvertsAtTheStoredRate();

    void npsAddListAndReport();
    void npsReportShowsNoAnswersForEmptyMonths();
    void npsImportWithErrorsStoresNothing();
    void npsImportStoresEveryAnswer();

private:
    bool buildHistory(bool withSek = false) const;
    QJsonObject month(const QJsonObject& report, const QString& month) const;

    std::unique_ptr<CliFixture> m_cli;
};

namespace {

qint64 minor(const QJsonObject& o, const QString& key)
{
    return minorOf(o.value(key));
}

QString percentOf(const QJsonObject& o, const QString& key)
{
    return o.value(key).toObject().value(QStringLiteral("percent")).toString();
}

} // namespace

void TestCliMetrics::init()
{
    m_cli = std::make_unique<CliFixture>(QStringLiteral(SUBDESK_CLI_PATH), QStringLiteral("2026-05-15"));
    QVERIFY(m_cli->isValid());
}

bool TestCliMetrics::buildHistory(bool withSek) const
{
    QList<QPair<QString, QString>> steps = {
        {QStringLiteral("customers add --name \"Virtanen Oy\" --country FI --email laskut@virtanen.fi --segment smb"),
         QStringLiteral("2026-01-02")},
        {QStringLiteral("customers add --name \"Lahti Oy\" --country FI --email laskut@lahti.fi --segment enterprise"),
         QStringLiteral("2026-01-02")},
        {QStringLiteral("plans add --code BASIC --name Basic --product \"Cloud backup\" --currency EUR --interval "
                        "\"1 month\" --model flat --price 49.00 --from 2026-01-01"),
         QStringLiteral("2026-01-02")},
        {QStringLiteral("plans add --code LITE --name Lite --product \"Cloud backup\" --currency EUR --interval "
                        "\"1 month\" --model flat --price 20.00 --from 2026-01-01"),
         QStringLiteral("2026-01-02")},
        {QStringLiteral("metrics settings --currency EUR"), QStringLiteral("2026-01-02")},
        {QStringLiteral("subscriptions create --customer 1 --plan BASIC --start 2026-03-01"),
         QStringLiteral("2026-03-01")},
        {QStringLiteral("subscriptions create --customer 2 --plan LITE --start 2026-03-10"),
         QStringLiteral("2026-03-10")},
        {QStringLiteral("subscriptions cancel 2 --now"), QStringLiteral("2026-04-10")},
    };
    if (withSek) {
        steps.append({QStringLiteral("customers add --name \"Svensson AB\" --country SE --email info@svensson.se "
                                     "--currency SEK --segment smb"),
                      QStringLiteral("2026-01-02")});
        steps.append({QStringLiteral("plans add --code NORD --name Nord --product \"Cloud backup\" --currency SEK "
                                     "--interval \"1 month\" --model flat --price 500.00 --from 2026-01-01"),
                      QStringLiteral("2026-01-02")});
        steps.append({QStringLiteral("subscriptions create --customer 3 --plan NORD --start 2026-03-01"),
                      QStringLiteral("2026-03-01")});
    }
    for (const auto& [step, day] : std::as_const(steps)) {
        if (m_cli->ok(step, day).exitCode != 0)
            return false;
    }
    return true;
}

QJsonObject TestCliMetrics::month(const QJsonObject& report, const QString& month) const
{
    for (const QJsonValue& m : report.value(QStringLiteral("months")).toArray()) {
        if (m.toObject().value(QStringLiteral("month")).toString() == month)
            return m.toObject();
    }
    return {};
}

void TestCliMetrics::usageErrorsExitTwoNamingTheFlag_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");

    QTest::newRow("metrics --from must be a month YYYY-MM (13 is no month)")
        << QStringLiteral("metrics --from 2026-13") << QStringLiteral("--from");
    QTest::newRow("metrics --to must be a month YYYY-MM, not a day")
        << QStringLiteral("metrics --to 2026-03-01") << QStringLiteral("--to");
    QTest::newRow("metrics --from after --to is refused")
        << QStringLiteral("metrics --from 2026-05 --to 2026-03") << QStringLiteral("--from");
    QTest::newRow("metrics --by takes segment or plan only")
        << QStringLiteral("metrics --by country") << QStringLiteral("--by");
    QTest::newRow("metrics --movement needs --rows")
        << QStringLiteral("metrics --movement churn") << QStringLiteral("--rows");
    QTest::newRow("metrics --movement takes the five movement keys")
        << QStringLiteral("metrics --rows 2026-04 --movement lost") << QStringLiteral("--movement");
    QTest::newRow("metrics --json and --csv exclude each other")
        << QStringLiteral("metrics --json --csv") << QStringLiteral("--csv");
    QTest::newRow("metrics --rows and --paying exclude each other")
        << QStringLiteral("metrics --rows 2026-04 --paying 2026-04") << QStringLiteral("--paying");
    QTest::newRow("metrics --currency must be an ISO 4217 code")
        << QStringLiteral("metrics --currency EURO") << QStringLiteral("--currency");
    QTest::newRow("metrics --country must be two letters")
        << QStringLiteral("metrics --country FIN") << QStringLiteral("--country");
    QTest::newRow("metrics with an unknown flag")
        << QStringLiteral("metrics --month 2026-03") << QStringLiteral("month");
    QTest::newRow("metrics settings --gross-margin above 100 is refused")
        << QStringLiteral("metrics settings --gross-margin 101") << QStringLiteral("--gross-margin");
    QTest::newRow("metrics settings --gross-margin with three decimals is refused")
        << QStringLiteral("metrics settings --gross-margin 72.505") << QStringLiteral("--gross-margin");
    QTest::newRow("fx set MONTH must be YYYY-MM")
        << QStringLiteral("fx set 2026-3 SEK 0.0873") << QStringLiteral("MONTH");
    QTest::newRow("fx set CURRENCY must be an ISO 4217 code")
        << QStringLiteral("fx set 2026-03 KRONA 0.0873") << QStringLiteral("CURRENCY");
    QTest::newRow("fx set RATE with more than 8 decimals is refused")
        << QStringLiteral("fx set 2026-03 SEK 0.087312345") << QStringLiteral("RATE");
    QTest::newRow("fx set RATE must be a number") << QStringLiteral("fx set 2026-03 SEK abc") << QStringLiteral("RATE");
    QTest::newRow("fx set RATE must be positive") << QStringLiteral("fx set 2026-03 SEK 0") << QStringLiteral("RATE");
    QTest::newRow("nps add needs --customer or --email")
        << QStringLiteral("nps add --score 9") << QStringLiteral("--customer");
    QTest::newRow("nps add --score must be a whole number")
        << QStringLiteral("nps add --customer 1 --score nine") << QStringLiteral("--score");
    QTest::newRow("nps add --kind takes nps or csat")
        << QStringLiteral("nps add --customer 1 --score 4 --kind ces") << QStringLiteral("--kind");
    QTest::newRow("nps add --date must be YYYY-MM-DD")
        << QStringLiteral("nps add --customer 1 --score 9 --date 15.5.2026") << QStringLiteral("--date");
    QTest::newRow("nps list --group takes promoter, passive or detractor")
        << QStringLiteral("nps list --group fan") << QStringLiteral("--group");
    QTest::newRow("nps report --from must be a month YYYY-MM")
        << QStringLiteral("nps report --from March") << QStringLiteral("--from");
}

void TestCliMetrics::usageErrorsExitTwoNamingTheFlag()
{
    QFETCH(QString, line);
    QFETCH(QString, named);
    const CliRun run = m_cli->run(line);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(named), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
}

void TestCliMetrics::refusalsExitOneNamingTheCause_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");

    QTest::newRow("metrics --plan with an unknown code")
        << QStringLiteral("metrics --plan NOPE") << QStringLiteral("NOPE");
    QTest::newRow("fx set for the reporting currency itself")
        << QStringLiteral("fx set 2026-03 EUR 1.0") << QStringLiteral("EUR");
    QTest::newRow("fx remove of a rate that does not exist")
        << QStringLiteral("fx remove 2026-03 SEK") << QStringLiteral("SEK");
    QTest::newRow("nps add for a customer that does not exist")
        << QStringLiteral("nps add --customer 9 --score 9") << QStringLiteral("no customer number 9");
    QTest::newRow("nps add with an NPS score of 11")
        << QStringLiteral("nps add --customer 1 --score 11") << QStringLiteral("from 0 to 10, not 11");
    QTest::newRow("nps add with a CSAT score of 0")
        << QStringLiteral("nps add --customer 1 --score 0 --kind csat") << QStringLiteral("from 1 to 5, not 0");
    QTest::newRow("nps add dated after today") << QStringLiteral("nps add --customer 1 --score 9 --date 2026-06-01")
                                               << QStringLiteral("2026-06-01 is in the future");
    QTest::newRow("nps add for an e-mail address nobody has")
        << QStringLiteral("nps add --email nobody@example.com --score 9") << QStringLiteral("nobody@example.com");
}

void TestCliMetrics::refusalsExitOneNamingTheCause()
{
    QFETCH(QString, line);
    QFETCH(QString, named);
    QVERIFY(buildHistory());
    const CliRun run = m_cli->run(line);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(named), qPrintable(run.errText()));
}

void TestCliMetrics::jsonGivesExactMovementsAndRatios()
{
    QVERIFY(buildHistory());
    const QJsonObject report = m_cli->ok(QStringLiteral("metrics --from 2026-02 --to 2026-05 --json")).object();
    QCOMPARE(report.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(report.value(QStringLiteral("months")).toArray().size(), 4);

    const QJsonObject march = month(report, QStringLiteral("2026-03"));
    const QJsonObject marchMoves = march.value(QStringLiteral("movements")).toObject();
    QCOMPARE(minor(march, QStringLiteral("mrr_start")), 0);
    QCOMPARE(minor(marchMoves, QStringLiteral("new")), 6900);
    QCOMPARE(minor(marchMoves, QStringLiteral("churn")), 0);
    QCOMPARE(minor(march, QStringLiteral("mrr_end")), 6900);
    QCOMPARE(minor(march, QStringLiteral("arr")), 82800);
    QCOMPARE(march.value(QStringLiteral("mrr_end")).toObject().value(QStringLiteral("decimal")).toString(),
             QStringLiteral("69.00"));
    QCOMPARE(march.value(QStringLiteral("paying_end")).toInt(), 2);
    QCOMPARE(march.value(QStringLiteral("new_customers")).toInt(), 2);
    // No paying customers at the start of March: the churn rates have no base, null rather than 0.
    QVERIFY(march.value(QStringLiteral("logo_churn")).isNull());
    QCOMPARE(minor(march, QStringLiteral("arpa")), 3450);
    // Without any churn CLV cannot be estimated: null, never infinity.
    QVERIFY(march.value(QStringLiteral("clv")).isNull());

    const QJsonObject april = month(report, QStringLiteral("2026-04"));
    const QJsonObject aprilMoves = april.value(QStringLiteral("movements")).toObject();
    QCOMPARE(minor(april, QStringLiteral("mrr_start")), 6900);
    QCOMPARE(minor(aprilMoves, QStringLiteral("new")), 0);
    QCOMPARE(minor(aprilMoves, QStringLiteral("churn")), 2000);
    QCOMPARE(minor(april, QStringLiteral("mrr_end")), 4900);
    QCOMPARE(april.value(QStringLiteral("paying_start")).toInt(), 2);
    QCOMPARE(april.value(QStringLiteral("paying_end")).toInt(), 1);
    QCOMPARE(april.value(QStringLiteral("churned_customers")).toInt(), 1);
    const QJsonObject logo = april.value(QStringLiteral("logo_churn")).toObject();
    QCOMPARE(logo.value(QStringLiteral("num")).toInteger() * 2, logo.value(QStringLiteral("den")).toInteger());
    QCOMPARE(percentOf(april, QStringLiteral("logo_churn")), QStringLiteral("50.00"));
    // Gross MRR churn = 20.00 ÷ 69.00 = 28.9855… %.
    QCOMPARE(percentOf(april, QStringLiteral("gross_mrr_churn")), QStringLiteral("28.99"));
    QCOMPARE(percentOf(april, QStringLiteral("net_mrr_churn")), QStringLiteral("28.99"));
    QCOMPARE(minor(april, QStringLiteral("arpa")), 4900);

    // The identity, exact to the cent, on every month.
    for (const QJsonValue& value : report.value(QStringLiteral("months")).toArray()) {
        const QJsonObject m = value.toObject();
        const QJsonObject moves = m.value(QStringLiteral("movements")).toObject();
        const qint64 net = minor(moves, QStringLiteral("new")) + minor(moves, QStringLiteral("reactivation"))
            + minor(moves, QStringLiteral("expansion")) - minor(moves, QStringLiteral("contraction"))
            - minor(moves, QStringLiteral("churn"));
        QCOMPARE(minor(m, QStringLiteral("mrr_end")), minor(m, QStringLiteral("mrr_start")) + net);
    }
}

void TestCliMetrics::textShowsEveryFigureAndTheIdentityHolds()
{
    QVERIFY(buildHistory());
    const CliRun run = m_cli->ok(QStringLiteral("--lang en metrics --from 2026-04 --to 2026-04"));
    const QString text = run.outText();
    for (const QString& label :
         {QStringLiteral("2026-04"), QStringLiteral("MRR at start"), QStringLiteral("Exchange-rate effect"),
          QStringLiteral("New"), QStringLiteral("Reactivation"), QStringLiteral("Expansion"),
          QStringLiteral("Contraction"), QStringLiteral("Churn"), QStringLiteral("MRR at end"), QStringLiteral("ARR"),
          QStringLiteral("Paying customers"), QStringLiteral("Logo churn"), QStringLiteral("Gross MRR churn"),
          QStringLiteral("Net MRR churn"), QStringLiteral("NRR"), QStringLiteral("GRR"), QStringLiteral("ARPA"),
          QStringLiteral("CLV")})
        QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" missing in\n") + text));
    QVERIFY2(text.contains(QStringLiteral("69.00")) && text.contains(QStringLiteral("49.00"))
                 && text.contains(QStringLiteral("20.00")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("50.00 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 → 1")), qPrintable(text));
}

void TestCliMetrics::csvHasOneRowPerMonth()
{
    QVERIFY(buildHistory());
    const QStringList lines = m_cli->ok(QStringLiteral("metrics --from 2026-03 --to 2026-04 --csv"))
                                  .outText()
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("month,currency,mrr_start,fx_effect,new,reactivation,expansion,")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-03,EUR,0.00,0.00,69.00,0.00,0.00,0.00,0.00,69.00,828.00")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("2026-04,EUR,69.00,0.00,0.00,0.00,0.00,0.00,20.00,49.00,588.00")),
             qPrintable(lines.at(2)));
}

void TestCliMetrics::bySegmentSplitsTheMovements()
{
    QVERIFY(buildHistory());
    const QJsonObject split =
        m_cli->ok(QStringLiteral("metrics --from 2026-04 --to 2026-04 --by segment --json")).object();
    QCOMPARE(split.value(QStringLiteral("by")).toString(), QStringLiteral("segment"));
    QHash<QString, QJsonObject> april;
    for (const QJsonValue& g : split.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject group = g.toObject();
        april.insert(group.value(QStringLiteral("key")).toString(), month(group, QStringLiteral("2026-04")));
    }
    QCOMPARE(april.size(), 2);
    QCOMPARE(minor(april.value(QStringLiteral("smb")), QStringLiteral("mrr_end")), 4900);
    QCOMPARE(minor(april.value(QStringLiteral("smb")).value(QStringLiteral("movements")).toObject(),
                   QStringLiteral("churn")),
             0);
    QCOMPARE(minor(april.value(QStringLiteral("enterprise")), QStringLiteral("mrr_start")), 2000);
    QCOMPARE(minor(april.value(QStringLiteral("enterprise")).value(QStringLiteral("movements")).toObject(),
                   QStringLiteral("churn")),
             2000);
    QCOMPARE(minor(april.value(QStringLiteral("enterprise")), QStringLiteral("mrr_end")), 0);

    // One segment as a filter gives that segment's figures.
    const QJsonObject smb =
        m_cli->ok(QStringLiteral("metrics --from 2026-04 --to 2026-04 --segment smb --json")).object();
    QCOMPARE(minor(month(smb, QStringLiteral("2026-04")), QStringLiteral("mrr_end")), 4900);

    // By plan: plan codes, not ids.
    const QJsonObject byPlan =
        m_cli->ok(QStringLiteral("metrics --from 2026-04 --to 2026-04 --by plan --json")).object();
    QStringList keys;
    for (const QJsonValue& g : byPlan.value(QStringLiteral("groups")).toArray())
        keys.append(g.toObject().value(QStringLiteral("key")).toString());
    keys.sort();
    QCOMPARE(keys, (QStringList {QStringLiteral("BASIC"), QStringLiteral("LITE")}));
}

void TestCliMetrics::rowsAndPayingListTheCustomersBehindAFigure()
{
    QVERIFY(buildHistory());
    const QJsonArray churned = m_cli->ok(QStringLiteral("metrics --rows 2026-04 --movement churn --json")).array();
    QCOMPARE(churned.size(), 1);
    QCOMPARE(churned.at(0).toObject().value(QStringLiteral("customer")).toInt(), 2);
    QCOMPARE(churned.at(0).toObject().value(QStringLiteral("movement")).toString(), QStringLiteral("churn"));
    QCOMPARE(minorOf(churned.at(0).toObject().value(QStringLiteral("amount"))), 2000);

    const QJsonArray marchNew = m_cli->ok(QStringLiteral("metrics --rows 2026-03 --json")).array();
    QCOMPARE(marchNew.size(), 2);
    // Largest first.
    QCOMPARE(minorOf(marchNew.at(0).toObject().value(QStringLiteral("amount"))), 4900);
    QCOMPARE(minorOf(marchNew.at(1).toObject().value(QStringLiteral("amount"))), 2000);

    const QJsonArray paying = m_cli->ok(QStringLiteral("metrics --paying 2026-04 --json")).array();
    QCOMPARE(paying.size(), 1);
    const QJsonObject virtanen = paying.at(0).toObject();
    QCOMPARE(virtanen.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Virtanen Oy"));
    QCOMPARE(minorOf(virtanen.value(QStringLiteral("mrr"))), 4900);
    QCOMPARE(virtanen.value(QStringLiteral("subscriptions")).toArray().at(0).toObject().value(QStringLiteral("plan")),
             QStringLiteral("BASIC"));

    const QString text = m_cli->ok(QStringLiteral("--lang en metrics --rows 2026-04")).outText();
    QVERIFY2(text.contains(QStringLiteral("Lahti Oy")) && text.contains(QStringLiteral("20.00")), qPrintable(text));
}

void TestCliMetrics::settingsRoundTrip()
{
    m_cli->ok(QStringLiteral("customers add --name \"Virtanen Oy\" --country FI --email laskut@virtanen.fi"));
    QJsonObject settings =
        m_cli->ok(QStringLiteral("metrics settings --currency SEK --gross-margin 72.5 --json")).object();
    QCOMPARE(settings.value(QStringLiteral("reporting_currency")).toString(), QStringLiteral("SEK"));
    QCOMPARE(settings.value(QStringLiteral("gross_margin_basis_points")).toInt(), 7250);
    settings = m_cli->ok(QStringLiteral("metrics settings --no-gross-margin --json")).object();
    QCOMPARE(settings.value(QStringLiteral("reporting_currency")).toString(), QStringLiteral("SEK"));
    QVERIFY(settings.value(QStringLiteral("gross_margin_basis_points")).isNull());
}

void TestCliMetrics::fxSetListRemove()
{
    QVERIFY(buildHistory());
    QVERIFY(m_cli->ok(QStringLiteral("--lang en fx set 2026-03 SEK 0.087312"))
                .outText()
                .contains(QStringLiteral("1 SEK = 0.08731200 EUR")));
    m_cli->ok(QStringLiteral("fx set 2026-04 sek 0,0880"));
    m_cli->ok(QStringLiteral("fx set 2026-03 USD 0.92"));
    // Setting a month again replaces its rate.
    m_cli->ok(QStringLiteral("fx set 2026-03 USD 0.93"));
    QJsonObject listed = m_cli->ok(QStringLiteral("fx list --json")).object();
    QCOMPARE(listed.value(QStringLiteral("reporting_currency")).toString(), QStringLiteral("EUR"));
    QJsonArray rates = listed.value(QStringLiteral("rates")).toArray();
    QCOMPARE(rates.size(), 3);
    QCOMPARE(rates.at(0).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("SEK"));
    QCOMPARE(rates.at(0).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(rates.at(0).toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("0.08731200"));
    QCOMPARE(rates.at(0).toObject().value(QStringLiteral("rate_scaled")).toInteger(), 8731200);
    QCOMPARE(rates.at(1).toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("0.08800000"));
    QCOMPARE(rates.at(2).toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("0.93000000"));

    const QJsonArray sekOnly =
        m_cli->ok(QStringLiteral("fx list --currency SEK --json")).object().value(QStringLiteral("rates")).toArray();
    QCOMPARE(sekOnly.size(), 2);
    QVERIFY(
        m_cli->ok(QStringLiteral("--lang en fx list")).outText().contains(QStringLiteral("1 USD = 0.93000000 EUR")));

    m_cli->ok(QStringLiteral("fx remove 2026-03 USD"));
    rates = m_cli->ok(QStringLiteral("fx list --json")).object().value(QStringLiteral("rates")).toArray();
    QCOMPARE(rates.size(), 2);
}

void TestCliMetrics::fxImportStoresAllRows()
{
    QVERIFY(buildHistory());
    const QString path = m_cli->filePath(QStringLiteral("rates.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("month,currency,rate\n2026-01,SEK,0.0861\n2026-02,SEK,0.08655\n2026-01,USD,0.91\n");
    file.close();
    QVERIFY(m_cli->ok(QStringLiteral("--lang en fx import %1 --dry-run").arg(path))
                .outText()
                .contains(QStringLiteral("Dry run: 3 rates would be imported")));
    QVERIFY(m_cli->ok(QStringLiteral("fx list --json")).object().value(QStringLiteral("rates")).toArray().isEmpty());
    m_cli->ok(QStringLiteral("fx import %1").arg(path));
    const QJsonArray rates =
        m_cli->ok(QStringLiteral("fx list --json")).object().value(QStringLiteral("rates")).toArray();
    QCOMPARE(rates.size(), 3);
    QCOMPARE(rates.at(1).toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("0.08655000"));
}

void TestCliMetrics::fxImportWithABadRowStoresNothingAndNamesTheLine()
{
    QVERIFY(buildHistory());
    const QString path = m_cli->filePath(QStringLiteral("rates.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("month,currency,rate\n2026-01,SEK,0.0861\n2026-02,SEK,0.086123456\n2026-13,USD,0.91\n"
               "2026-01,EUR,1\n2026-01,SEK,0.0862\n");
    file.close();
    const CliRun run = m_cli->run(QStringLiteral("fx import %1").arg(path));
    QCOMPARE(run.exitCode, 1);
    const QString err = run.errText();
    QVERIFY2(err.contains(QStringLiteral("Line 3")) && err.contains(QStringLiteral("column 3")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Line 4")) && err.contains(QStringLiteral("2026-13")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Line 5")) && err.contains(QStringLiteral("reporting currency")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Line 6")) && err.contains(QStringLiteral("twice")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("Line 2")), qPrintable(err));
    // All or none: the good row on line 2 is not stored either.
    QVERIFY(m_cli->ok(QStringLiteral("fx list --json")).object().value(QStringLiteral("rates")).toArray().isEmpty());
}

void TestCliMetrics::anotherCurrencyConvertsAtTheStoredRate()
{
    QVERIFY(buildHistory(true));
    // Without a rate the SEK subscription is left out, with a warning naming the currency.
    const CliRun without = m_cli->ok(QStringLiteral("metrics --from 2026-03 --to 2026-03 --json"));
    QCOMPARE(minor(month(without.object(), QStringLiteral("2026-03")), QStringLiteral("mrr_end")), 6900);
    QVERIFY2(without.errText().contains(QStringLiteral("SEK")), qPrintable(without.errText()));

    // 500.00 SEK × 0.0873 = 43.65 EUR in March; April's rate 0.0880 makes it 44.00.
    m_cli->ok(QStringLiteral("fx set 2026-03 SEK 0.0873"));
    m_cli->ok(QStringLiteral("fx set 2026-04 SEK 0.0880"));
    const QJsonObject report = m_cli->ok(QStringLiteral("metrics --from 2026-03 --to 2026-05 --json")).object();
    const QJsonObject march = month(report, QStringLiteral("2026-03"));
    QCOMPARE(minor(march.value(QStringLiteral("movements")).toObject(), QStringLiteral("new")), 6900 + 4365);
    QCOMPARE(minor(march, QStringLiteral("mrr_end")), 6900 + 4365);
    const QJsonObject april = month(report, QStringLiteral("2026-04"));
    // The start of April at April's rate; the difference is the exchange-rate effect, not a movement.
    QCOMPARE(minor(april, QStringLiteral("fx_effect")), 35);
    QCOMPARE(minor(april, QStringLiteral("mrr_start")), 6900 + 4400);
    QCOMPARE(minor(april, QStringLiteral("mrr_end")), 4900 + 4400);
    // May has no rate of its own: April's is used.
    QCOMPARE(minor(month(report, QStringLiteral("2026-05")), QStringLiteral("mrr_end")), 4900 + 4400);

    // Only the SEK subscriptions.
    const QJsonObject sek =
        m_cli->ok(QStringLiteral("metrics --from 2026-03 --to 2026-03 --currency SEK --json")).object();
    QCOMPARE(minor(month(sek, QStringLiteral("2026-03")), QStringLiteral("mrr_end")), 4365);
}

void TestCliMetrics::npsAddListAndReport()
{
    QVERIFY(buildHistory());
    QCOMPARE(m_cli
                 ->ok(QStringLiteral("nps add --customer 1 --score 10 --date 2026-04-02 --comment \"Great backups\" "
                                     "--tags speed,Support"))
                 .outText()
                 .trimmed(),
             QStringLiteral("1"));
    m_cli->ok(QStringLiteral("nps add --email LASKUT@lahti.fi --score 3 --date 2026-04-11 --comment \"Too pricey\" "
                             "--tags pricing --channel in-app"));
    m_cli->ok(QStringLiteral("nps add --customer 1 --score 8 --date 2026-05-03"));
    m_cli->ok(QStringLiteral("nps add --customer 1 --score 4 --kind csat --date 2026-04-20"));
    m_cli->ok(QStringLiteral("nps add --customer 2 --score 2 --kind csat --date 2026-04-21"));

    const QJsonArray detractors = m_cli->ok(QStringLiteral("nps list --group detractor --json")).array();
    QCOMPARE(detractors.size(), 1);
    QCOMPARE(detractors.at(0).toObject().value(QStringLiteral("customer")).toInt(), 2);
    QCOMPARE(detractors.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("in_app"));
    const QJsonArray support = m_cli->ok(QStringLiteral("nps list --tag support --json")).array();
    QCOMPARE(support.size(), 1);
    QCOMPARE(support.at(0).toObject().value(QStringLiteral("tags")).toArray(),
             (QJsonArray {QStringLiteral("speed"), QStringLiteral("support")}));

    const QJsonObject report = m_cli->ok(QStringLiteral("nps report --from 2026-04 --to 2026-05 --json")).object();
    const QJsonObject april = month(report, QStringLiteral("2026-04"));
    const QJsonObject aprilNps = april.value(QStringLiteral("nps")).toObject();
    QCOMPARE(aprilNps.value(QStringLiteral("answers")).toInt(), 2);
    QCOMPARE(aprilNps.value(QStringLiteral("promoters")).toInt(), 1);
    QCOMPARE(aprilNps.value(QStringLiteral("detractors")).toInt(), 1);
    QCOMPARE(aprilNps.value(QStringLiteral("nps")).toString(), QStringLiteral("0.0"));
    const QJsonObject aprilCsat = april.value(QStringLiteral("csat")).toObject();
    QCOMPARE(aprilCsat.value(QStringLiteral("answers")).toInt(), 2);
    QCOMPARE(aprilCsat.value(QStringLiteral("csat")).toString(), QStringLiteral("50.0"));
    // May alone has one passive (NPS 0); over 90 days: 1 promoter, 1 passive, 1 detractor.
    const QJsonObject may = month(report, QStringLiteral("2026-05"));
    QCOMPARE(may.value(QStringLiteral("nps")).toObject().value(QStringLiteral("passives")).toInt(), 1);
    QCOMPARE(may.value(QStringLiteral("nps_trailing_90_days")).toObject().value(QStringLiteral("answers")).toInt(), 3);
    const QJsonArray distribution = report.value(QStringLiteral("nps_distribution")).toArray();
    QCOMPARE(distribution.size(), 11);
    QCOMPARE(distribution.at(10).toInt(), 1);
    QCOMPARE(distribution.at(8).toInt(), 1);
    QCOMPARE(distribution.at(3).toInt(), 1);
    const QJsonArray detractorTags =
        report.value(QStringLiteral("tags")).toObject().value(QStringLiteral("detractor")).toArray();
    QCOMPARE(detractorTags.size(), 1);
    QCOMPARE(detractorTags.at(0).toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("pricing"));

    const QJsonObject bySegment =
        m_cli->ok(QStringLiteral("nps report --from 2026-04 --to 2026-05 --by segment --json")).object();
    QCOMPARE(bySegment.value(QStringLiteral("groups")).toArray().size(), 2);
}

void TestCliMetrics::npsReportShowsNoAnswersForEmptyMonths()
{
    QVERIFY(buildHistory());
    m_cli->ok(QStringLiteral("nps add --customer 1 --score 9 --date 2026-03-05"));
    const QJsonObject report = m_cli->ok(QStringLiteral("nps report --from 2026-02 --to 2026-03 --json")).object();
    const QJsonObject february = month(report, QStringLiteral("2026-02"));
    QVERIFY(february.value(QStringLiteral("nps")).toObject().value(QStringLiteral("nps")).isNull());
    QVERIFY(february.value(QStringLiteral("csat")).toObject().value(QStringLiteral("csat")).isNull());
    QCOMPARE(
        month(report, QStringLiteral("2026-03")).value(QStringLiteral("nps")).toObject().value(QStringLiteral("nps")),
        QStringLiteral("100.0"));
    const QStringList lines = m_cli->ok(QStringLiteral("--lang en nps report --from 2026-02 --to 2026-03"))
                                  .outText()
                                  .split(QLatin1Char('\n'));
    QString februaryLine;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("2026-02")))
            februaryLine = line;
    }
    QVERIFY2(februaryLine.contains(QStringLiteral("no answers")), qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestCliMetrics::npsImportWithErrorsStoresNothing()
{
    QVERIFY(buildHistory());
    const QString path = m_cli->filePath(QStringLiteral("answers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Date,Email,Score,Comment\n2026-04-01,laskut@virtanen.fi,9,Fine\n2026-04-02,nobody@example.com,7,\n"
               "2026-04-03,laskut@lahti.fi,12,Hmm\n");
    file.close();
    const CliRun run = m_cli->run(QStringLiteral("nps import %1").arg(path));
    QCOMPARE(run.exitCode, 1);
    const QString err = run.errText();
    QVERIFY2(err.contains(QStringLiteral("Line 3")) && err.contains(QStringLiteral("nobody@example.com")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Line 4")) && err.contains(QStringLiteral("column 3")), qPrintable(err));
    QVERIFY(m_cli->ok(QStringLiteral("nps list --json")).array().isEmpty());
}

void TestCliMetrics::npsImportStoresEveryAnswer()
{
    QVERIFY(buildHistory());
    const QString path = m_cli->filePath(QStringLiteral("answers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Date,Email,Score,Comment\n2026-04-01,laskut@virtanen.fi,9,Fine\n2026-04-02,laskut@lahti.fi,6,Slow\n");
    file.close();
    QVERIFY(m_cli->ok(QStringLiteral("nps import %1 --dry-run").arg(path))
                .outText()
                .contains(QStringLiteral("Dry run: 2 answers would be imported")));
    QVERIFY(m_cli->ok(QStringLiteral("nps list --json")).array().isEmpty());
    m_cli->ok(QStringLiteral("nps import %1").arg(path));
    const QJsonArray answers = m_cli->ok(QStringLiteral("nps list --json")).array();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(1).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("detractor"));
}

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
