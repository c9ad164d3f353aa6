#include "customers/CustomerField.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/** Creates an SQLite file directly (tests may use QtSql): tables, application_id and user_version as given. */
void createSqliteFile(const QString& path, qint64 applicationId, int userVersion)
{
    const QString name = QStringLiteral("tst_cli_raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")));
        if (applicationId != 0)
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void usageErrorsExitTwoAndLeaveNoFile_data();
    void usageErrorsExitTwoAndLeaveNoFile();
    void versionAndHelp();
    void fieldFlagsFollowFieldKeys();
    void addPrintsNumberAndShowJsonHasEveryField();
    void showTextListsEveryLabel();
    void listPrintsAlignedTableAndFilters();
    void editChangesOnlyTheGivenFields();
    void archiveAndRestoreRoundTrip();
    void validationFailuresExitOneAndStoreNothing_data();
    void validationFailuresExitOneAndStoreNothing();
    void invalidEditLeavesCustomerUnchanged();
    void missingCustomerExitsOne_data();
    void missingCustomerExitsOne();
    void dbCheckPassesGoodFile();
    void dbCheckRefusesBadFiles_data();
    void dbCheckRefusesBadFiles();
    void dbPathPrefersFlagOverEnvironment();
    void dbBackupWritesCheckableCopy();
    void globalFlagsWorkAfterTheCommand();
    void demoIsReproducible();
    void demoRefusesFileWithCustomers();
    void exportImportRoundTrip();
    void importWithBadRowsImportsNothing();
    void importValidOnlyAndDryRun();
    void importWithoutValidRowsFailsAlikeWithAndWithoutDryRun();
    void outputThatCannotBeWrittenFails();
    void importMapsColumnsAndReadsStdin();

private:
    Run cli(const QStringList& arguments, const QByteArray& input = {}, const QString& environmentDb = {});
    Run cliOk(const QStringList& arguments);
    QJsonArray listJson(const QString& db, const QStringList& extra = {});
    QString addSample(const QString& name = QStringLiteral("Virtanen Oy"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("company.subdesk"));
}

Run TestCli::cli(const QStringList& arguments, const QByteArray& input, const QString& environmentDb)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SUBDESK_DB"));
    if (!environmentDb.isEmpty())
        env.insert(QStringLiteral("SUBDESK_DB"), environmentDb);
    // The default company file must never be the developer's own.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUBDESK_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run TestCli::cliOk(const QStringList& arguments)
{
    const Run run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return run;
}

QJsonArray TestCli::listJson(const QString& db, const QStringList& extra)
{
    const Run run = cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("list"),
                                     QStringLiteral("--json")}
                        + extra);
    if (run.exitCode != 0)
        qWarning("list failed: %s", run.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", run.out.constData());
    return doc.array();
}

QString TestCli::addSample(const QString& name)
{
    const Run run =
        cliOk({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("add"),
               QStringLiteral("--name"), name, QStringLiteral("--country"), QStringLiteral("FI"),
               QStringLiteral("--email"), QStringLiteral("laskut@virtanen.fi"), QStringLiteral("--language"),
               QStringLiteral("fi"), QStringLiteral("--segment"), QStringLiteral("SMB"), QStringLiteral("--tag"),
               QStringLiteral("newsletter"), QStringLiteral("--city"), QStringLiteral("Helsinki")});
    return QString::fromUtf8(run.out).trimmed();
}

void TestCli::usageErrorsExitTwoAndLeaveNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString add = QStringLiteral("customers add --name X --country FI --email a@b.fi ");
    const auto words = [](const QString& s) { return s.split(u' ', Qt::SkipEmptyParts); };
    QTest::newRow("no command exits 2 with message on stderr") << QStringList();
    QTest::newRow("unknown command exits 2 with message on stderr") << words(QStringLiteral("frobnicate"));
    QTest::newRow("unknown flag exits 2 with message on stderr") << words(QStringLiteral("customers list --frob"));
    QTest::newRow("unknown global flag exits 2") << words(QStringLiteral("--frob db path"));
    QTest::newRow("unknown subcommand exits 2") << words(QStringLiteral("customers frob"));
    QTest::newRow("group without subcommand exits 2") << words(QStringLiteral("customers"));
    QTest::newRow("help for an unknown command exits 2") << words(QStringLiteral("help frob"));
    QTest::newRow("missing --name exits 2") << words(QStringLiteral("customers add --country FI"));
    QTest::newRow("missing --country exits 2") << words(QStringLiteral("customers add --name X"));
    QTest::newRow("flag without its value exits 2") << words(QStringLiteral("customers add --name"));
    QTest::newRow("unknown payment method exits 2") << words(add + QStringLiteral("--payment-method bitcoin"));
    QTest::newRow("unknown kind exits 2") << words(add + QStringLiteral("--kind robot"));
    QTest::newRow("unknown channel exits 2") << words(add + QStringLiteral("--channel fax"));
    QTest::newRow("malformed mandate date exits 2") << words(add + QStringLiteral("--mandate-signed-on 31.12.2024"));
    QTest::newRow("non-numeric payment terms exit 2") << words(add + QStringLiteral("--payment-terms soon"));
    QTest::newRow("single-value flag given twice exits 2") << words(add + QStringLiteral("--city A --city B"));
    QTest::newRow("non-numeric customer number exits 2") << words(QStringLiteral("customers show abc"));
    QTest::newRow("zero customer number exits 2") << words(QStringLiteral("customers archive 0"));
    QTest::newRow("extra argument exits 2") << words(QStringLiteral("customers show 1 2"));
    QTest::newRow("edit without fields exits 2") << words(QStringLiteral("customers edit 1"));
    QTest::newRow("bad list status exits 2") << words(QStringLiteral("customers list --status gone"));
    QTest::newRow("bad list country exits 2") << words(QStringLiteral("customers list --country XX"));
    QTest::newRow("unsupported --lang exits 2") << words(QStringLiteral("--lang xx db path"));
    QTest::newRow("demo with zero customers exits 2") << words(QStringLiteral("demo --customers 0"));
    QTest::newRow("demo with a bad seed exits 2") << words(QStringLiteral("demo --seed -1"));
    QTest::newRow("import without a file exits 2") << words(QStringLiteral("customers import"));
    QTest::newRow("backup without a file exits 2") << words(QStringLiteral("db backup"));
}

void TestCli::usageErrorsExitTwoAndLeaveNoFile()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(QStringList {QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().startsWith(QStringLiteral("subdesk-cli: ")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("help")), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCli::versionAndHelp()
{
    Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().startsWith(QStringLiteral("subdesk-cli ") + QStringLiteral(SUBDESK_VERSION)));

    run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* command : {"customers add", "customers list", "customers import", "db check", "demo"})
        QVERIFY2(run.outText().contains(QString::fromLatin1(command)), command);

    const Run viaHelp = cli({QStringLiteral("help"), QStringLiteral("customers"), QStringLiteral("edit")});
    const Run viaFlag = cli({QStringLiteral("customers"), QStringLiteral("edit"), QStringLiteral("--help")});
    QCOMPARE(viaHelp.exitCode, 0);
    QCOMPARE(viaHelp.out, viaFlag.out);
    QVERIFY(viaHelp.outText().contains(QStringLiteral("--add-tag")));
}

void TestCli::fieldFlagsFollowFieldKeys()
{
    const Run run = cli({QStringLiteral("help"), QStringLiteral("customers"), QStringLiteral("add")});
    QCOMPARE(run.exitCode, 0);
    for (customers::CustomerField field : customers::allCustomerFields()) {
        if (field == customers::CustomerField::Id || field == customers::CustomerField::Status
            || field == customers::CustomerField::Created)
            continue;
        const QString flag = QStringLiteral("--") + customers::fieldKey(field).replace(u'_', u'-');
        QVERIFY2(run.outText().contains(flag), qPrintable(flag));
    }
}

void TestCli::addPrintsNumberAndShowJsonHasEveryField()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run add = cli({QStringLiteral("--db"),
                         m_db,
                         QStringLiteral("customers"),
                         QStringLiteral("add"),
                         QStringLiteral("--name"),
                         QStringLiteral("Rossi Costruzioni S.r.l."),
                         QStringLiteral("--kind"),
                         QStringLiteral("business"),
                         QStringLiteral("--contact"),
                         QStringLiteral("Giulia Rossi"),
                         QStringLiteral("--email"),
                         QStringLiteral("amministrazione@rossi.it"),
                         QStringLiteral("--email"),
                         QStringLiteral("giulia@rossi.it"),
                         QStringLiteral("--phone"),
                         QStringLiteral("+39 02 1234 5678"),
                         QStringLiteral("--street"),
                         QStringLiteral("Via Roma, 12"),
                         QStringLiteral("--street"),
                         QStringLiteral("Scala B"),
                         QStringLiteral("--postal-code"),
                         QStringLiteral("20121"),
                         QStringLiteral("--city"),
                         QStringLiteral("Milano"),
                         QStringLiteral("--region"),
                         QStringLiteral("MI"),
                         QStringLiteral("--country"),
                         QStringLiteral("it"),
                         QStringLiteral("--vat-id"),
                         QStringLiteral("IT 12345678903"),
                         QStringLiteral("--language"),
                         QStringLiteral("it"),
                         QStringLiteral("--currency"),
                         QStringLiteral("eur"),
                         QStringLiteral("--payment-terms"),
                         QStringLiteral("30"),
                         QStringLiteral("--payment-method"),
                         QStringLiteral("sepa_direct_debit"),
                         QStringLiteral("--iban"),
                         QStringLiteral("IT60 X054 2811 1010 0000 0123 456"),
                         QStringLiteral("--bic"),
                         QStringLiteral("BPMOIT22"),
                         QStringLiteral("--mandate-reference"),
                         QStringLiteral("SD-2024-000001"),
                         QStringLiteral("--mandate-signed-on"),
                         today,
                         QStringLiteral("--channel"),
                         QStringLiteral("einvoice"),
                         QStringLiteral("--einvoice-endpoint"),
                         QStringLiteral("0211:IT12345678903"),
                         QStringLiteral("--segment"),
                         QStringLiteral("Enterprise"),
                         QStringLiteral("--tag"),
                         QStringLiteral("vip"),
                         QStringLiteral("--tag"),
                         QStringLiteral("beta"),
                         QStringLiteral("--notes"),
                         QStringLiteral("PO number on every invoice.")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QCOMPARE(add.out, QByteArray("1\n"));

    const Run show = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("show"),
                          QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(o.size(), customers::allCustomerFields().size());
    QVERIFY(o.value(QStringLiteral("id")).isDouble());
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 1);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Rossi Costruzioni S.r.l."));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("business"));
    QCOMPARE(o.value(QStringLiteral("contact_person")).toString(), QStringLiteral("Giulia Rossi"));
    QCOMPARE(o.value(QStringLiteral("email")).toArray(),
             QJsonArray({QStringLiteral("amministrazione@rossi.it"), QStringLiteral("giulia@rossi.it")}));
    QCOMPARE(o.value(QStringLiteral("phone")).toString(), QStringLiteral("+39 02 1234 5678"));
    QCOMPARE(o.value(QStringLiteral("street")).toArray(),
             QJsonArray({QStringLiteral("Via Roma, 12"), QStringLiteral("Scala B")}));
    QCOMPARE(o.value(QStringLiteral("postal_code")).toString(), QStringLiteral("20121"));
    QCOMPARE(o.value(QStringLiteral("city")).toString(), QStringLiteral("Milano"));
    QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("MI"));
    QCOMPARE(o.value(QStringLiteral("country")).toString(), QStringLiteral("IT"));
    QCOMPARE(o.value(QStringLiteral("vat_id")).toString(), QStringLiteral("IT12345678903"));
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("it"));
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(o.value(QStringLiteral("payment_terms")).isDouble());
    QCOMPARE(o.value(QStringLiteral("payment_terms")).toInt(), 30);
    QCOMPARE(o.value(QStringLiteral("payment_method")).toString(), QStringLiteral("sepa_direct_debit"));
    QCOMPARE(o.value(QStringLiteral("iban")).toString(), QStringLiteral("IT60X0542811101000000123456"));
    QCOMPARE(o.value(QStringLiteral("bic")).toString(), QStringLiteral("BPMOIT22"));
    QCOMPARE(o.value(QStringLiteral("mandate_reference")).toString(), QStringLiteral("SD-2024-000001"));
    QCOMPARE(o.value(QStringLiteral("mandate_signed_on")).toString(), today);
    QCOMPARE(o.value(QStringLiteral("preferred_channel")).toString(), QStringLiteral("einvoice"));
    QCOMPARE(o.value(QStringLiteral("einvoice_endpoint")).toString(), QStringLiteral("0211:IT12345678903"));
    QCOMPARE(o.value(QStringLiteral("segment")).toString(), QStringLiteral("Enterprise"));
    QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("vip"), QStringLiteral("beta")}));
    QCOMPARE(o.value(QStringLiteral("notes")).toString(), QStringLiteral("PO number on every invoice."));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QDateTime created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // A second customer gets the next number.
    QCOMPARE(addSample(QStringLiteral("Second Oy")), QStringLiteral("2"));
}

void TestCli::showTextListsEveryLabel()
{
    QCOMPARE(addSample(), QStringLiteral("1"));
    const Run show =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(show.exitCode, 0);
    const QStringList lines = show.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), customers::allCustomerFields().size());
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY(lines.at(i).startsWith(customers::fieldLabel(customers::allCustomerFields().at(i)) + u':'));
    QVERIFY(show.outText().contains(QStringLiteral("Virtanen Oy")));
}

void TestCli::listPrintsAlignedTableAndFilters()
{
    addSample(QStringLiteral("Virtanen Oy"));
    addSample(QStringLiteral("Järvinen Ky"));
    QVERIFY(cliOk({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("Zürich Treuhand AG"), QStringLiteral("--country"),
                   QStringLiteral("CH"), QStringLiteral("--email"), QStringLiteral("info@zuerich.ch"),
                   QStringLiteral("--segment"), QStringLiteral("Enterprise"), QStringLiteral("--city"),
                   QStringLiteral("Zürich"), QStringLiteral("--currency"), QStringLiteral("CHF")})
                .exitCode
            == 0);

    const Run table = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QStringList headers = lines.first().split(QStringLiteral("  "), Qt::SkipEmptyParts);
    QCOMPARE(headers.size(), 8);
    QCOMPARE(headers.first().trimmed(), QStringLiteral("No."));
    QCOMPARE(headers.last().trimmed(), QStringLiteral("Status"));
    // Aligned: every row's city starts in the header's City column.
    const qsizetype cityColumn = lines.first().indexOf(QStringLiteral("City"));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("Helsinki")), cityColumn);
    QCOMPARE(lines.at(3).indexOf(QStringLiteral("Zürich"), cityColumn), cityColumn);

    QCOMPARE(listJson(m_db).size(), 3);
    QCOMPARE(listJson(m_db, {QStringLiteral("--country"), QStringLiteral("ch")}).size(), 1);
    QCOMPARE(listJson(m_db, {QStringLiteral("--segment"), QStringLiteral("smb")}).size(), 2);
    QCOMPARE(listJson(m_db, {QStringLiteral("--tag"), QStringLiteral("newsletter")}).size(), 2);
    const QJsonArray found = listJson(m_db, {QStringLiteral("--search"), QStringLiteral("zurich")});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Zürich Treuhand AG"));
    QCOMPARE(listJson(m_db, {QStringLiteral("--search"), QStringLiteral("nobody")}).size(), 0);
    QCOMPARE(listJson(m_db, {QStringLiteral("--status"), QStringLiteral("archived")}).size(), 0);
}

void TestCli::editChangesOnlyTheGivenFields()
{
    addSample();
    const QJsonObject before = listJson(m_db).at(0).toObject();
    const Run edit =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("edit"), QStringLiteral("1"),
             QStringLiteral("--email"), QStringLiteral("uusi@virtanen.fi"), QStringLiteral("--add-tag"),
             QStringLiteral("vip"), QStringLiteral("--remove-tag"), QStringLiteral("newsletter"),
             QStringLiteral("--payment-terms"), QStringLiteral("7"), QStringLiteral("--city"), QString()});
    QVERIFY2(edit.exitCode == 0, edit.err.constData());
    QVERIFY(edit.outText().contains(QStringLiteral("1")));

    QJsonObject after = listJson(m_db).at(0).toObject();
    QCOMPARE(after.value(QStringLiteral("email")).toArray(), QJsonArray({QStringLiteral("uusi@virtanen.fi")}));
    QCOMPARE(after.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("vip")}));
    QCOMPARE(after.value(QStringLiteral("payment_terms")).toInt(), 7);
    QCOMPARE(after.value(QStringLiteral("city")).toString(), QString());
    for (const QString& key :
         {QStringLiteral("email"), QStringLiteral("tags"), QStringLiteral("payment_terms"), QStringLiteral("city")})
        after.remove(key);
    for (auto it = after.begin(); it != after.end(); ++it)
        QVERIFY2(it.value() == before.value(it.key()), qPrintable(it.key()));

    QVERIFY(cliOk({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("edit"),
                   QStringLiteral("1"), QStringLiteral("--clear-tags")})
                .exitCode
            == 0);
    QVERIFY(listJson(m_db).at(0).toObject().value(QStringLiteral("tags")).toArray().isEmpty());

    // --clear-tags applies before the other tag flags, whatever their order on the command line.
    cliOk({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("edit"), QStringLiteral("1"),
           QStringLiteral("--tag"), QStringLiteral("z"), QStringLiteral("--clear-tags")});
    QCOMPARE(listJson(m_db).at(0).toObject().value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("z")}));
}

void TestCli::archiveAndRestoreRoundTrip()
{
    addSample();
    Run run = cli(
        {QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("archive"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QStringLiteral("Virtanen Oy")));
    QCOMPARE(listJson(m_db).size(), 0);
    const QJsonArray archived = listJson(m_db, {QStringLiteral("--status"), QStringLiteral("archived")});
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    QCOMPARE(listJson(m_db, {QStringLiteral("--status"), QStringLiteral("all")}).size(), 1);

    // Archiving twice is not an error.
    QCOMPARE(
        cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("archive"), QStringLiteral("1")})
            .exitCode,
        0);
    run = cli(
        {QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("restore"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray active = listJson(m_db);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TestCli::validationFailuresExitOneAndStoreNothing_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad IBAN check digits exit 1 and store nothing")
        << QStringList {QStringLiteral("--payment-method"),
                        QStringLiteral("sepa_direct_debit"),
                        QStringLiteral("--iban"),
                        QStringLiteral("FI2112345600000786"),
                        QStringLiteral("--mandate-reference"),
                        QStringLiteral("M1"),
                        QStringLiteral("--mandate-signed-on"),
                        QStringLiteral("2024-01-02")}
        << QStringLiteral("IBAN");
    QTest::newRow("bad VAT ID exits 1 and stores nothing")
        << QStringList {QStringLiteral("--vat-id"), QStringLiteral("FI123")} << QStringLiteral("VAT ID");
    QTest::newRow("bad country exits 1 and stores nothing")
        << QStringList {QStringLiteral("--country"), QStringLiteral("XX")} << QStringLiteral("Country");
    QTest::newRow("SEPA without mandate exits 1 and stores nothing")
        << QStringList {QStringLiteral("--payment-method"), QStringLiteral("sepa_direct_debit")}
        << QStringLiteral("IBAN");
    QTest::newRow("mandate signed in the future exits 1 and stores nothing")
        << QStringList {QStringLiteral("--mandate-signed-on"), QDate::currentDate().addDays(3).toString(Qt::ISODate)}
        << QStringLiteral("Mandate signed on");
    QTest::newRow("unknown document language exits 1 and stores nothing")
        << QStringList {QStringLiteral("--language"), QStringLiteral("de")} << QStringLiteral("Language");
    QTest::newRow("bad e-mail exits 1 and stores nothing")
        << QStringList {QStringLiteral("--email"), QStringLiteral("not-an-address")} << QStringLiteral("E-mail");
}

void TestCli::validationFailuresExitOneAndStoreNothing()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, field);
    addSample();
    QCOMPARE(listJson(m_db).size(), 1);
    QStringList arguments {QStringLiteral("--db"),      m_db,
                           QStringLiteral("customers"), QStringLiteral("add"),
                           QStringLiteral("--name"),    QStringLiteral("Bad Oy"),
                           QStringLiteral("--email"),   QStringLiteral("a@bad.fi")};
    if (!flags.contains(QStringLiteral("--country")))
        arguments << QStringLiteral("--country") << QStringLiteral("FI");
    const Run run = cli(arguments + flags);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("subdesk-cli: ") + field + u':'), run.err.constData());
    QCOMPARE(listJson(m_db, {QStringLiteral("--status"), QStringLiteral("all")}).size(), 1);
}

void TestCli::invalidEditLeavesCustomerUnchanged()
{
    addSample();
    const QJsonArray before = listJson(m_db);
    const Run run =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("edit"), QStringLiteral("1"),
             QStringLiteral("--vat-id"), QStringLiteral("FI1"), QStringLiteral("--city"), QStringLiteral("Oulu")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("VAT ID")));
    QCOMPARE(listJson(m_db), before);
}

void TestCli::missingCustomerExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show of a missing customer exits 1") << QStringList {QStringLiteral("show"), QStringLiteral("99")};
    QTest::newRow("edit of a missing customer exits 1")
        << QStringList {QStringLiteral("edit"), QStringLiteral("99"), QStringLiteral("--phone"), QStringLiteral("1")};
    QTest::newRow("archive of a missing customer exits 1")
        << QStringList {QStringLiteral("archive"), QStringLiteral("99")};
    QTest::newRow("restore of a missing customer exits 1")
        << QStringList {QStringLiteral("restore"), QStringLiteral("99")};
}

void TestCli::missingCustomerExitsOne()
{
    QFETCH(QStringList, arguments);
    addSample();
    const Run run = cli(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("customers")} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("99")), run.err.constData());
}

void TestCli::dbCheckPassesGoodFile()
{
    addSample();
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText().trimmed(),
             QStringLiteral("ok (schema version %1)").arg(storage::Database::latestSchemaVersion()));
    QVERIFY(run.err.isEmpty());
}

void TestCli::dbCheckRefusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file is refused as not SQLite")
        << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("another program's SQLite file is refused")
        << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("a file from a newer SubDesk is refused")
        << QStringLiteral("newer") << QStringLiteral("newer SubDesk");
    QTest::newRow("a read-only company file is refused") << QStringLiteral("readonly") << QStringLiteral("read-only");
    QTest::newRow("a damaged company file is refused") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("a missing file is reported, not created")
        << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestCli::dbCheckRefusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (kind == QLatin1String("text")) {
        writeFile(m_db, "Name,Country\nVirtanen Oy,FI\n");
    } else if (kind == QLatin1String("foreign")) {
        createSqliteFile(m_db, 0, 0);
    } else if (kind == QLatin1String("newer")) {
        createSqliteFile(m_db, 1398096452, storage::Database::latestSchemaVersion() + 1);
    } else if (kind == QLatin1String("readonly")) {
        addSample();
        QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(cliOk({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"),
                       QStringLiteral("300")})
                    .exitCode
                == 0);
        QByteArray bytes = readAll(m_db);
        QVERIFY(bytes.size() > 16 * 4096);
        // Scribble over the middle of the file, leaving the header and the schema page intact.
        for (qsizetype i = 8 * 4096; i < 12 * 4096; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xFF));
        writeFile(m_db, bytes);
    }
    const QByteArray before = readAll(m_db);
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QCOMPARE(readAll(m_db), before);
    QCOMPARE(QFileInfo::exists(m_db), kind != QLatin1String("missing"));

    // Writing commands refuse the file just the same and leave it alone.
    if (kind != QLatin1String("missing")) {
        const Run add = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--country"),
                             QStringLiteral("FI"), QStringLiteral("--email"), QStringLiteral("x@y.fi")});
        QCOMPARE(add.exitCode, 1);
        QCOMPARE(readAll(m_db), before);
    }
}

void TestCli::dbPathPrefersFlagOverEnvironment()
{
    const QString fromEnv = m_dir->filePath(QStringLiteral("env.subdesk"));
    Run run = cli({QStringLiteral("db"), QStringLiteral("path")}, {}, fromEnv);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText().trimmed(), fromEnv);
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("db"), QStringLiteral("path")}, {}, fromEnv);
    QCOMPARE(run.outText().trimmed(), m_db);
    run = cli({QStringLiteral("db"), QStringLiteral("path")});
    QVERIFY(run.outText().trimmed().endsWith(QStringLiteral("company.subdesk")));
    QVERIFY(!QFileInfo::exists(fromEnv));
}

void TestCli::dbBackupWritesCheckableCopy()
{
    addSample();
    const QString copy = m_dir->filePath(QStringLiteral("copy.subdesk"));
    Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("db"), QStringLiteral("backup"), copy});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("--db"), copy, QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
    QCOMPARE(listJson(copy), listJson(m_db));

    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("db"), QStringLiteral("backup"), copy});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("--force")));
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("db"), QStringLiteral("backup"), copy,
               QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
}

void TestCli::globalFlagsWorkAfterTheCommand()
{
    addSample();
    const Run run = cli({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("pl")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
}

void TestCli::demoIsReproducible()
{
    const QString a = m_dir->filePath(QStringLiteral("a.subdesk"));
    const QString b = m_dir->filePath(QStringLiteral("b.subdesk"));
    for (const QString& db : {a, b}) {
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                             QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(QStringLiteral("50")));
    }
    const QStringList list = {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--status"), QStringLiteral("all")};
    const Run listA = cli(QStringList {QStringLiteral("--db"), a} + list);
    const Run listB = cli(QStringList {QStringLiteral("--db"), b} + list);
    QCOMPARE(listA.exitCode, 0);
    QCOMPARE(listA.out, listB.out);
    QCOMPARE(QJsonDocument::fromJson(listA.out).array().size(), 50);

    const Run otherSeed = cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"),
                               QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("8")});
    QCOMPARE(otherSeed.exitCode, 0);
    QVERIFY(cli(QStringList {QStringLiteral("--db"), m_db} + list).out != listA.out);
}

void TestCli::demoRefusesFileWithCustomers()
{
    addSample();
    const Run run = cli(
        {QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("--db")), run.err.constData());
    QCOMPARE(listJson(m_db, {QStringLiteral("--status"), QStringLiteral("all")}).size(), 1);
}

void TestCli::exportImportRoundTrip()
{
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"),
                  QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
    const QString csv = m_dir->filePath(QStringLiteral("customers.csv"));
    Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("export"), csv,
                   QStringLiteral("--status"), QStringLiteral("all")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run toStdout = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("export"),
                              QStringLiteral("-"), QStringLiteral("--status"), QStringLiteral("all")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, readAll(csv));

    const QString copy = m_dir->filePath(QStringLiteral("copy.subdesk"));
    run = cli({QStringLiteral("--db"), copy, QStringLiteral("customers"), QStringLiteral("import"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("40")));
    const QStringList all = {QStringLiteral("--status"), QStringLiteral("all")};
    QCOMPARE(listJson(copy, all), listJson(m_db, all));

    // The export's filters are the list's.
    const Run filteredExport = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("export"),
                                    QStringLiteral("--country"), QStringLiteral("FI")});
    QCOMPARE(filteredExport.exitCode, 0);
    const qsizetype rows = filteredExport.out.count("\r\n") - 1;
    QCOMPARE(rows, listJson(m_db, {QStringLiteral("--country"), QStringLiteral("FI")}).size());
}

void TestCli::importWithBadRowsImportsNothing()
{
    const QString csv = m_dir->filePath(QStringLiteral("bad.csv"));
    writeFile(csv, "Name,E-mail,Country\nGood Oy,a@good.fi,FI\nBad Country,b@bad.fi,XX\nBad Mail,x@,FI\n");
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("Line 3: ")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("Line 4: ")), run.err.constData());
    QVERIFY(!run.errText().contains(QStringLiteral("Line 2: ")));
    QVERIFY(!QFileInfo::exists(m_db));

    addSample();
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv}).exitCode,
             1);
    QCOMPARE(listJson(m_db).size(), 1);
}

void TestCli::importValidOnlyAndDryRun()
{
    const QString csv = m_dir->filePath(QStringLiteral("mixed.csv"));
    writeFile(csv, "Name,E-mail,Country\nGood Oy,a@good.fi,FI\nBad Country,b@bad.fi,XX\nOther Oy,c@other.fi,FI\n");

    Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv,
                   QStringLiteral("--dry-run"), QStringLiteral("--valid-only"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("valid")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 1);
    QCOMPARE(report.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(),
             3);
    QVERIFY(!QFileInfo::exists(m_db));

    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv,
               QStringLiteral("--valid-only")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errText().contains(QStringLiteral("Line 3: ")));
    const QJsonArray stored = listJson(m_db);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Other Oy"));
}

void TestCli::importWithoutValidRowsFailsAlikeWithAndWithoutDryRun()
{
    const QString csv = m_dir->filePath(QStringLiteral("nothing-valid.csv"));
    writeFile(csv, "Name,E-mail,Country\n,a@x.fi,FI\nNo Country,b@x.fi,XX\n");
    for (const bool dryRun : {true, false}) {
        QStringList args = {QStringLiteral("--db"),   m_db, QStringLiteral("customers"),
                            QStringLiteral("import"), csv,  QStringLiteral("--valid-only")};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errText().contains(QStringLiteral("no valid rows")));
        QVERIFY2(!QFileInfo::exists(m_db), "no company file is created for an import that stores nothing");
    }
}

void TestCli::outputThatCannotBeWrittenFails()
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists() || QFileInfo(QStringLiteral("/dev/full")).isFile())
        QSKIP("this system has no /dev/full device");
    addSample();
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(SUBDESK_CLI_PATH),
                  {QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("list")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("could not be written")));
}

void TestCli::importMapsColumnsAndReadsStdin()
{
    const QByteArray data = "Firma;Land;Mail;Ignore me\nVirtanen Oy;FI;a@virtanen.fi;x\n";
    Run run =
        cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("-"),
             QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--map"), QStringLiteral("Firma=name"),
             QStringLiteral("--map"), QStringLiteral("land=country"), QStringLiteral("--map"),
             QStringLiteral("Mail=email"), QStringLiteral("--map"), QStringLiteral("Ignore me=")},
            data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray stored = listJson(m_db);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).toObject().value(QStringLiteral("country")).toString(), QStringLiteral("FI"));
    QCOMPARE(stored.at(0).toObject().value(QStringLiteral("email")).toArray(),
             QJsonArray({QStringLiteral("a@virtanen.fi")}));

    const QString csv = m_dir->filePath(QStringLiteral("in.csv"));
    writeFile(csv, data);
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv,
               QStringLiteral("--map"), QStringLiteral("Nope=name")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(QStringLiteral("Nope")));
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv,
               QStringLiteral("--map"), QStringLiteral("Firma=company_name")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(QStringLiteral("vat_id")));
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"), csv,
               QStringLiteral("--delimiter"), QStringLiteral("|")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("import"),
               m_dir->filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(listJson(m_db).size(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
