#include "CliFixture.h"

#include <QFileInfo>
#include <QTest>

/**
 * subdesk-cli's subscription, usage and billing commands, run as a process on a fresh company
 * file per test, with "today" fixed through $SUBDESK_TODAY.
 */
class TestCliBilling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void usageErrorsExitTwoNamingTheFlag_data();
    void usageErrorsExitTwoNamingTheFlag();
    void refusalsExitOneNamingTheCause_data();
    void refusalsExitOneNamingTheCause();

    void malformedTodayExitsTwo();
    void createPreviewWritesNothing();
    void createPrintsTheNumberAndBillsTheFirstPeriod();
    void immediateQuantityChangeProratesByDays_data();
    void immediateQuantityChangeProratesByDays();
    void changeAtPeriodEndIsNotProrated();
    void cancelWithCreditMakesACreditNote();
    void showListsEventsAndDocuments();
    void listFilters();
    void billPreviewWritesNothingAndASecondRunBillsNothing();
    void billWithNothingDueSaysSo();
    void usageAddAndImport();
    void usageImportValidOnlyAndDryRun();

private:
    std::unique_ptr<CliFixture> m_cli;
};

void TestCliBilling::init()
{
    m_cli = std::make_unique<CliFixture>(QStringLiteral(SUBDESK_CLI_PATH), QStringLiteral("2026-04-01"));
    QVERIFY(m_cli->isValid());
}

void TestCliBilling::usageErrorsExitTwoNamingTheFlag_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");

    QTest::newRow("subscriptions create without --customer")
        << QStringLiteral("subscriptions create --plan PRO") << QStringLiteral("--customer");
    QTest::newRow("subscriptions create with a customer that is not a number")
        << QStringLiteral("subscriptions create --customer abc --plan PRO") << QStringLiteral("--customer");
    QTest::newRow("subscriptions create with a malformed start")
        << QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-4-1") << QStringLiteral("--start");
    QTest::newRow("subscriptions create with an add-on quantity of 0")
        << QStringLiteral("subscriptions create --customer 1 --plan PRO --addon EXTRA:0") << QStringLiteral("--addon");
    QTest::newRow("subscriptions create with an anchor day of 32")
        << QStringLiteral("subscriptions create --customer 1 --plan PRO --anchor-day 32")
        << QStringLiteral("--anchor-day");
    QTest::newRow("subscriptions change without anything to change")
        << QStringLiteral("subscriptions change 1 --now") << QStringLiteral("--quantity");
    QTest::newRow("subscriptions change with two timings")
        << QStringLiteral("subscriptions change 1 --quantity 2 --now --at-period-end") << QStringLiteral("--now");
    QTest::newRow("subscriptions change of a subscription that is not a number")
        << QStringLiteral("subscriptions change abc --quantity 2") << QStringLiteral("abc");
    QTest::newRow("subscriptions cancel with a malformed date")
        << QStringLiteral("subscriptions cancel 1 --on tomorrow") << QStringLiteral("--on");
    QTest::newRow("subscriptions list with an unknown status")
        << QStringLiteral("subscriptions list --status gone") << QStringLiteral("--status");
    QTest::newRow("usage add without --metric")
        << QStringLiteral("usage add --subscription 1 --quantity 5") << QStringLiteral("--metric");
    QTest::newRow("usage add with a negative quantity")
        << QStringLiteral("usage add --subscription 1 --metric api_calls --quantity -5")
        << QStringLiteral("--quantity");
    QTest::newRow("usage add with a decimal quantity")
        << QStringLiteral("usage add --subscription 1 --metric api_calls --quantity 1.5")
        << QStringLiteral("--quantity");
    QTest::newRow("usage add with a malformed date")
        << QStringLiteral("usage add --subscription 1 --metric api_calls --quantity 5 --date 2026/04/02")
        << QStringLiteral("--date");
    QTest::newRow("usage add with a subscription that is not a number")
        << QStringLiteral("usage add --subscription one --metric api_calls --quantity 5")
        << QStringLiteral("--subscription");
    QTest::newRow("usage import with an unknown delimiter")
        << QStringLiteral("usage import usage.csv --delimiter |") << QStringLiteral("--delimiter");
    QTest::newRow("bill with a malformed --as-of")
        << QStringLiteral("bill --as-of 1.5.2026") << QStringLiteral("--as-of");
    QTest::newRow("bill --customer without --preview")
        << QStringLiteral("bill --customer 1") << QStringLiteral("--customer");
}

void TestCliBilling::usageErrorsExitTwoNamingTheFlag()
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

void TestCliBilling::refusalsExitOneNamingTheCause_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");

    QTest::newRow("a subscription for an unknown customer")
        << QStringLiteral("subscriptions create --customer 9 --plan PRO") << QStringLiteral("--customer");
    QTest::newRow("a subscription with an unknown add-on")
        << QStringLiteral("subscriptions create --customer 1 --plan PRO --addon NOPE") << QStringLiteral("NOPE");
    QTest::newRow("showing an unknown subscription") << QStringLiteral("subscriptions show 42") << QStringLiteral("42");
    QTest::newRow("usage of an unknown subscription")
        << QStringLiteral("usage add --subscription 42 --metric api_calls --quantity 5")
        << QStringLiteral("--subscription");
}

void TestCliBilling::refusalsExitOneNamingTheCause()
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

void TestCliBilling::malformedTodayExitsTwo()
{
    const CliRun result = m_cli->run(QStringLiteral("plans list"), QStringLiteral("2026-13-01"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QStringLiteral("SUBDESK_TODAY")), result.err.constData());
}

void TestCliBilling::createPreviewWritesNothing()
{
    QVERIFY(m_cli->buildCatalog());
    const CliRun preview = m_cli->ok(QStringLiteral(
        "subscriptions create --customer 1 --plan PRO --quantity 2 --start 2026-04-01 --preview --json"));
    const QJsonObject outcome = preview.object();
    QCOMPARE(outcome.value(QStringLiteral("preview")).toBool(), true);
    QVERIFY(outcome.value(QStringLiteral("subscription")).isNull());
    const QJsonArray documents = outcome.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QVERIFY(documents.at(0).toObject().value(QStringLiteral("id")).isNull());
    QCOMPARE(minorOf(documents.at(0).toObject().value(QStringLiteral("total"))), 2000); // 2 seats × 10.00
    QCOMPARE(
        outcome.value(QStringLiteral("events")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("created"));

    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --json")).array(), QJsonArray());
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list")).outText(), QStringLiteral("No subscriptions found.\n"));
    const CliRun text = m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --preview"));
    QVERIFY2(text.outText().startsWith(QStringLiteral("Preview: nothing was written.")), text.out.constData());
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --json")).array(), QJsonArray());
}

void TestCliBilling::createPrintsTheNumberAndBillsTheFirstPeriod()
{
    QVERIFY(m_cli->buildCatalog());
    QCOMPARE(
        m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01 --addon EXTRA:3"))
            .outText(),
        QStringLiteral("1\n"));
    const QJsonArray documents =
        m_cli->ok(QStringLiteral("subscriptions show 1 --json")).object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    const QList<QJsonObject> lines = documentLines(documents);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("plan"));
    QCOMPARE(minorOf(lines.at(0).value(QStringLiteral("amount"))), 1000);
    QCOMPARE(lines.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("add_on"));
    QCOMPARE(minorOf(lines.at(1).value(QStringLiteral("amount"))), 600); // 3 × 2.00
    QCOMPARE(lines.at(0).value(QStringLiteral("period_start")).toString(), QStringLiteral("2026-04-01"));
    QCOMPARE(lines.at(0).value(QStringLiteral("period_end")).toString(), QStringLiteral("2026-05-01"));
    QVERIFY(!lines.at(0).value(QStringLiteral("derivation")).toString().isEmpty());
}

void TestCliBilling::immediateQuantityChangeProratesByDays_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("changeOn");
    QTest::addColumn<int>("oldQuantity");
    QTest::addColumn<int>("newQuantity");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<qint64>("charge");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("kind");

    QTest::newRow("upgrade 10.00→20.00 on day 16 of 30: credit -5.00, charge +10.00")
        << QStringLiteral("2026-04-01") << QStringLiteral("2026-04-16") << 1 << 2 << qint64(-500) << qint64(1000)
        << QStringLiteral("15/30 days (2026-04-16 → 2026-05-01)") << QStringLiteral("invoice");
    QTest::newRow("upgrade 10.00→30.00 on day 20 of 28 (February): credit -3.21, charge +9.64")
        << QStringLiteral("2026-02-01") << QStringLiteral("2026-02-20") << 1 << 3 << qint64(-321) << qint64(964)
        << QStringLiteral("9/28 days (2026-02-20 → 2026-03-01)") << QStringLiteral("invoice");
    QTest::newRow("downgrade 30.00→10.00 on day 11 of 31: credit -20.32, charge +6.77, a credit note of -13.55")
        << QStringLiteral("2026-03-01") << QStringLiteral("2026-03-11") << 3 << 1 << qint64(-2032) << qint64(677)
        << QStringLiteral("21/31 days (2026-03-11 → 2026-04-01)") << QStringLiteral("credit_note");
    QTest::newRow("upgrade on the first day of the period: credit and charge the whole period")
        << QStringLiteral("2026-04-01") << QStringLiteral("2026-04-01") << 1 << 2 << qint64(-1000) << qint64(2000)
        << QStringLiteral("30/30 days (2026-04-01 → 2026-05-01)") << QStringLiteral("invoice");
}

void TestCliBilling::immediateQuantityChangeProratesByDays()
{
    QFETCH(QString, start);
    QFETCH(QString, changeOn);
    QFETCH(int, oldQuantity);
    QFETCH(int, newQuantity);
    QFETCH(qint64, credit);
    QFETCH(qint64, charge);
    QFETCH(QString, days);
    QFETCH(QString, kind);
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start %1 --quantity %2")
                  .arg(start)
                  .arg(oldQuantity),
              start);

    const QString change = QStringLiteral("subscriptions change 1 --quantity %1 --json").arg(newQuantity);
    const QJsonObject preview = m_cli->ok(change + QStringLiteral(" --preview"), changeOn).object();
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions show 1 --json"), changeOn)
                 .object()
                 .value(QStringLiteral("events"))
                 .toArray()
                 .size(),
             1); // the preview wrote no event
    const QJsonObject outcome = m_cli->ok(change, changeOn).object();
    QCOMPARE(preview.value(QStringLiteral("preview")).toBool(), true);
    QCOMPARE(outcome.value(QStringLiteral("preview")).toBool(), false);
    // The preview showed the lines the change then wrote (only the charge keys differ: they name the
    // event, which a preview does not store).
    QList<QJsonObject> previewLines = documentLines(preview.value(QStringLiteral("documents")).toArray());
    QList<QJsonObject> writtenLines = documentLines(outcome.value(QStringLiteral("documents")).toArray());
    for (QJsonObject& line : previewLines)
        line.remove(QStringLiteral("charge"));
    for (QJsonObject& line : writtenLines)
        line.remove(QStringLiteral("charge"));
    QCOMPARE(previewLines, writtenLines);
    const QJsonArray documents = outcome.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    const QJsonObject document = documents.at(0).toObject();
    QCOMPARE(document.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(document.value(QStringLiteral("date")).toString(), changeOn);
    QCOMPARE(minorOf(document.value(QStringLiteral("total"))), credit + charge);
    QVERIFY(!document.value(QStringLiteral("id")).isNull());

    const QList<QJsonObject> lines = documentLines(documents);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("proration_credit"));
    QCOMPARE(minorOf(lines.at(0).value(QStringLiteral("amount"))), credit);
    QCOMPARE(lines.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("proration_charge"));
    QCOMPARE(minorOf(lines.at(1).value(QStringLiteral("amount"))), charge);
    for (const QJsonObject& line : lines) {
        const QString derivation = line.value(QStringLiteral("derivation")).toString();
        QVERIFY2(derivation.contains(days), qPrintable(derivation));
        const QString amount = plainAmount(minorOf(line.value(QStringLiteral("amount"))));
        QVERIFY2(derivation.endsWith(QStringLiteral("= ") + amount), qPrintable(derivation));
    }
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions show 1 --json"), changeOn)
                 .object()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("quantity"))
                 .toInt(),
             newQuantity);
}

void TestCliBilling::changeAtPeriodEndIsNotProrated()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01"));
    const QJsonObject outcome = m_cli
                                    ->ok(QStringLiteral("subscriptions change 1 --quantity 3 --at-period-end --json"),
                                         QStringLiteral("2026-04-16"))
                                    .object();
    QCOMPARE(outcome.value(QStringLiteral("documents")).toArray(), QJsonArray());
    const QJsonObject event = outcome.value(QStringLiteral("events")).toArray().at(0).toObject();
    QCOMPARE(event.value(QStringLiteral("date")).toString(), QStringLiteral("2026-05-01"));
    QCOMPARE(event.value(QStringLiteral("prorate")).toBool(), false);
    const QList<QJsonObject> may = documentLines(
        m_cli->ok(QStringLiteral("bill --preview --as-of 2026-05-01 --json"), QStringLiteral("2026-05-01"))
            .object()
            .value(QStringLiteral("documents"))
            .toArray());
    QCOMPARE(may.size(), 1);
    QCOMPARE(minorOf(may.at(0).value(QStringLiteral("amount"))), 3000);
}

void TestCliBilling::cancelWithCreditMakesACreditNote()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01"));
    // Cancel on day 21 of 30: 10 unused days credited, -10.00 × 10/30 = -3.33.
    const QJsonObject preview =
        m_cli->ok(QStringLiteral("subscriptions cancel 1 --now --preview --json"), QStringLiteral("2026-04-21"))
            .object();
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions show 1 --json"), QStringLiteral("2026-04-21"))
                 .object()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("active"));
    const QJsonObject outcome =
        m_cli->ok(QStringLiteral("subscriptions cancel 1 --now --json"), QStringLiteral("2026-04-21")).object();
    QCOMPARE(preview.value(QStringLiteral("events")).toArray().size(), 1);
    const QJsonObject document = outcome.value(QStringLiteral("documents")).toArray().at(0).toObject();
    QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("credit_note"));
    QCOMPARE(minorOf(document.value(QStringLiteral("total"))), -333);
    QCOMPARE(documentLines(outcome.value(QStringLiteral("documents")).toArray())
                 .at(0)
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("cancel_credit"));
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --status cancelled --json"), QStringLiteral("2026-04-22"))
                 .array()
                 .size(),
             1);
}

void TestCliBilling::showListsEventsAndDocuments()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01"));
    m_cli->ok(QStringLiteral("subscriptions change 1 --quantity 2"), QStringLiteral("2026-04-16"));
    const CliRun text = m_cli->ok(QStringLiteral("subscriptions show 1"), QStringLiteral("2026-04-16"));
    for (const char* expected : {"Virtanen Oy", "Events:", "Created", "Changed", "Documents:", "15/30 days"})
        QVERIFY2(text.outText().contains(QString::fromUtf8(expected)), expected);
    const QJsonObject json =
        m_cli->ok(QStringLiteral("subscriptions show 1 --json"), QStringLiteral("2026-04-16")).object();
    QCOMPARE(json.value(QStringLiteral("events")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("documents")).toArray().size(), 2);
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Virtanen Oy"));
    QCOMPARE(minorOf(summary.value(QStringLiteral("period_amount"))), 2000);
    QCOMPARE(summary.value(QStringLiteral("next_billing")).toString(), QStringLiteral("2026-05-01"));
}

void TestCliBilling::listFilters()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("customers add --name \"Rossi S.r.l.\" --country IT --email fatture@rossi.it"));
    m_cli->ok(
        QStringLiteral("plans add --code LITE --name Lite --product \"Cloud backup\" --currency EUR --interval \"1 "
                       "month\" --model flat --price 5.00 --from 2026-01-01"));
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO"));
    m_cli->ok(QStringLiteral("subscriptions create --customer 2 --plan LITE"));
    m_cli->ok(QStringLiteral("subscriptions create --customer 2 --plan PRO --start 2026-05-01"));
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --json")).array().size(), 3);
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --plan pro --json")).array().size(), 2);
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --customer 2 --json")).array().size(), 2);
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --status scheduled --json")).array().size(), 1);
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions list --status active --plan LITE --json")).array().size(), 1);
    const CliRun table = m_cli->ok(QStringLiteral("subscriptions list"));
    QCOMPARE(table.outText().split(u'\n', Qt::SkipEmptyParts).size(), 4); // header + 3
}

void TestCliBilling::billPreviewWritesNothingAndASecondRunBillsNothing()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01"));
    const QString may = QStringLiteral("2026-05-01");
    const QJsonObject preview = m_cli->ok(QStringLiteral("bill --preview --as-of 2026-05-01 --json"), may).object();
    QCOMPARE(preview.value(QStringLiteral("preview")).toBool(), true);
    QCOMPARE(preview.value(QStringLiteral("invoices")).toInt(), 1);
    const QJsonArray previewDocuments = preview.value(QStringLiteral("documents")).toArray();
    QCOMPARE(previewDocuments.size(), 1);
    QVERIFY(previewDocuments.at(0).toObject().value(QStringLiteral("id")).isNull());
    // Only May's fee: April was billed when the subscription was created.
    QCOMPARE(minorOf(previewDocuments.at(0).toObject().value(QStringLiteral("total"))), 1000);
    QCOMPARE(
        previewDocuments.at(0).toObject().value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")),
        QJsonValue(QStringLiteral("Virtanen Oy")));
    // A preview wrote nothing: the same preview again, and the customer filter agrees.
    QCOMPARE(m_cli->ok(QStringLiteral("bill --preview --as-of 2026-05-01 --json"), may).object(), preview);
    QCOMPARE(m_cli->ok(QStringLiteral("bill --preview --customer 1 --as-of 2026-05-01 --json"), may)
                 .object()
                 .value(QStringLiteral("documents")),
             preview.value(QStringLiteral("documents")));
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions show 1 --json"), may)
                 .object()
                 .value(QStringLiteral("documents"))
                 .toArray()
                 .size(),
             1);

    const QJsonObject first = m_cli->ok(QStringLiteral("bill --as-of 2026-05-01 --json"), may).object();
    QCOMPARE(first.value(QStringLiteral("preview")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("invoices")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("lines")).toInt(), 1);
    QVERIFY(!first.value(QStringLiteral("documents")).toArray().at(0).toObject().value(QStringLiteral("id")).isNull());

    const QJsonObject second = m_cli->ok(QStringLiteral("bill --as-of 2026-05-01 --json"), may).object();
    QCOMPARE(second.value(QStringLiteral("documents")).toArray(), QJsonArray());
    QCOMPARE(second.value(QStringLiteral("invoices")).toInt(), 0);
    const CliRun text = m_cli->ok(QStringLiteral("bill --as-of 2026-05-01"), may);
    QVERIFY2(text.outText().startsWith(QStringLiteral("Nothing to bill")), text.out.constData());
    QCOMPARE(m_cli->ok(QStringLiteral("subscriptions show 1 --json"), may)
                 .object()
                 .value(QStringLiteral("documents"))
                 .toArray()
                 .size(),
             2);
}

void TestCliBilling::billWithNothingDueSaysSo()
{
    QVERIFY(m_cli->buildCatalog());
    const CliRun text = m_cli->ok(QStringLiteral("bill"));
    QVERIFY2(text.outText().startsWith(QStringLiteral("Nothing to bill")), text.out.constData());
    QVERIFY(text.err.isEmpty());
    const CliRun unknown = m_cli->run(QStringLiteral("bill --preview --customer 7"));
    QCOMPARE(unknown.exitCode, 1);
}

void TestCliBilling::usageAddAndImport()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01"));
    const QString april = QStringLiteral("2026-04-10");
    QCOMPARE(m_cli
                 ->ok(QStringLiteral("usage add --subscription 1 --metric API_CALLS --quantity 150 --date 2026-04-02"),
                      april)
                 .outText(),
             QStringLiteral("1\n"));
    const CliRun wrongMetric =
        m_cli->run(QStringLiteral("usage add --subscription 1 --metric storage_gb --quantity 5"), april);
    QCOMPARE(wrongMetric.exitCode, 1);
    QVERIFY2(wrongMetric.errText().contains(QStringLiteral("--metric")), wrongMetric.err.constData());
    QVERIFY2(wrongMetric.errText().contains(QStringLiteral("api_calls")), wrongMetric.err.constData());
    const CliRun beforeStart = m_cli->run(
        QStringLiteral("usage add --subscription 1 --metric api_calls --quantity 5 --date 2026-03-31"), april);
    QCOMPARE(beforeStart.exitCode, 1);
    QVERIFY2(beforeStart.errText().contains(QStringLiteral("--date")), beforeStart.err.constData());
    QCOMPARE(m_cli->usageRows(), 1);

    const QString file = m_cli->filePath(QStringLiteral("usage.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Subscription ID;Metric;Quantity;Date\n"
              "1;api_calls;100;2026-04-05\n"
              "1;api_calls;lots;2026-04-06\n"
              "7;api_calls;5;2026-04-07\n"
              "1;api_calls;30;2026-04-08\n");
    csv.close();
    const CliRun refused = m_cli->run(QStringLiteral("usage import ") + file, april);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.errText().contains(QStringLiteral("Line 3: Quantity: \"lots\" is not a whole number of 0 or more.")),
        refused.err.constData());
    QVERIFY2(refused.errText().contains(QStringLiteral("Line 4: Subscription: there is no subscription 7.")),
             refused.err.constData());
    QVERIFY2(refused.errText().contains(QStringLiteral("Nothing was imported: 2 of 4 rows")), refused.err.constData());
    QCOMPARE(m_cli->usageRows(), 1);

    const QJsonObject imported =
        m_cli->ok(QStringLiteral("usage import ") + file + QStringLiteral(" --valid-only --json"), april).object();
    QCOMPARE(imported.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(imported.value(QStringLiteral("problems")).toArray().size(), 2);
    QCOMPARE(
        imported.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(m_cli->usageRows(), 3);

    // Billed in arrears on May 1: 150 + 100 + 30 = 280 calls = 3 packages of 100 × 1.00.
    const QList<QJsonObject> lines = documentLines(
        m_cli->ok(QStringLiteral("bill --preview --as-of 2026-05-01 --json"), QStringLiteral("2026-05-01"))
            .object()
            .value(QStringLiteral("documents"))
            .toArray());
    const auto usage = std::find_if(lines.begin(), lines.end(), [](const QJsonObject& line) {
        return line.value(QStringLiteral("kind")).toString() == QLatin1String("usage");
    });
    QVERIFY(usage != lines.end());
    QCOMPARE(usage->value(QStringLiteral("quantity")).toInt(), 280);
    QCOMPARE(minorOf(usage->value(QStringLiteral("amount"))), 300);
}

void TestCliBilling::usageImportValidOnlyAndDryRun()
{
    QVERIFY(m_cli->buildCatalog());
    m_cli->ok(QStringLiteral("subscriptions create --customer 1 --plan PRO --start 2026-04-01"));
    const QString file = m_cli->filePath(QStringLiteral("usage.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("subscription,metric,quantity,date\n1,api_calls,10,2026-04-05\n1,api_calls,20,2026-04-06\n");
    csv.close();
    const CliRun dry = m_cli->ok(QStringLiteral("usage import ") + file + QStringLiteral(" --dry-run"));
    QVERIFY2(dry.outText().contains(QStringLiteral("2 of 2")), dry.out.constData());
    QCOMPARE(m_cli->usageRows(), 0);
    const CliRun real = m_cli->ok(QStringLiteral("usage import ") + file);
    QCOMPARE(real.outText(), QStringLiteral("Usage records imported: 2.\n"));
    QCOMPARE(m_cli->usageRows(), 2);

    QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write("subscription,metric,amount\n1,api_calls,10\n");
    csv.close();
    const CliRun header = m_cli->run(QStringLiteral("usage import ") + file);
    QCOMPARE(header.exitCode, 1);
    QVERIFY2(header.errText().contains(QStringLiteral("Line 1:")), header.err.constData());
    QCOMPARE(m_cli->usageRows(), 2);
}

QTEST_GUILESS_MAIN(TestCliBilling)
#include "tst_cli_billing.moc"
