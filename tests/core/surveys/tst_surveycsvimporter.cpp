#include "CompanyFixture.h"
#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "io/SurveyCsvImporter.h"
#include "surveys/SurveyService.h"

#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace subdesk;
using namespace subdesk::io;
using surveys::SurveyAnswer;
using surveys::SurveyKind;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

customers::Customer customer(qint64 id, const QString& name, const QStringList& emails)
{
    customers::Customer c = test::sampleCustomer(name);
    c.id = CustomerId(id);
    c.emails = emails;
    return c;
}

/** Customers 1 Anna (anna@cafe.example), 2 Bert (bert@shop.example, Info@Shared.example), 3 Cleo (info@shared.example).
 */
QList<customers::Customer> sampleCustomers()
{
    return {customer(1, QStringLiteral("Anna"), {QStringLiteral("anna@cafe.example")}),
            customer(2, QStringLiteral("Bert"),
                     {QStringLiteral("bert@shop.example"), QStringLiteral("Info@Shared.example")}),
            customer(3, QStringLiteral("Cleo"), {QStringLiteral("info@shared.example")})};
}

SurveyImportOptions options(DateOrder order = DateOrder::Auto, SurveyKind kind = SurveyKind::Nps)
{
    SurveyImportOptions o;
    o.defaultKind = kind;
    o.dateOrder = order;
    o.today = d("2026-04-10");
    return o;
}

SurveyImportPlan planOf(const QByteArray& csv, const SurveyImportOptions& o = options())
{
    auto importer = SurveyCsvImporter::fromData(csv);
    if (!importer) {
        SurveyImportPlan failed;
        failed.problems.append({0, 0, importer.error().message});
        return failed;
    }
    return importer->plan(sampleCustomers(), o);
}

QStringList messages(const SurveyImportPlan& plan)
{
    QStringList out;
    for (const SurveyImportProblem& p : plan.problems)
        out.append(p.message());
    return out;
}

} // namespace

/** The survey CSV import: column names of survey tools, customers by e-mail or number, dates, all or none. */
class TestSurveyCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void headerAliases_data();
    void headerAliases();
    void exportsOfSurveyToolsAreRead_data();
    void exportsOfSurveyToolsAreRead();
    void customerByEmailOrNumber();
    void dates_data();
    void dates();
    void ambiguousDatesRefusedUnlessTheFileTells();
    void dateOrderChosenByTheCaller();
    void mixedDateOrdersAreRefused();
    void badCellsEachReportedWithLineAndColumn_data();
    void badCellsEachReportedWithLineAndColumn();
    void kindChannelAndTagsColumns();
    void headerWithoutRequiredColumns();
    void emptyFileIsRefused_data();
    void emptyFileIsRefused();
    void bomAndWindows1252LikeTheCustomerImport();
    void semicolonFileWithQuotedLineBreak();

    void cleanFileIsStored();
    void fileWithAnyProblemStoresNothing();
};

void TestSurveyCsvImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSurveyCsvImporter::headerAliases_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<std::optional<SurveyColumn>>("column");
    const auto row = [](const char* header, std::optional<SurveyColumn> column) {
        QTest::newRow(qPrintable(
            QStringLiteral("\"%1\" is %2")
                .arg(QString::fromUtf8(header), column ? surveyColumnLabel(*column) : QStringLiteral("ignored"))))
            << QString::fromUtf8(header) << column;
    };
    row("Response date", SurveyColumn::Date);
    row("Submitted At", SurveyColumn::Date);
    row("created_at", SurveyColumn::Date);
    row("End Date", SurveyColumn::Date);
    row("Email", SurveyColumn::Email);
    row("E-Mail Address", SurveyColumn::Email);
    row("Customer ID", SurveyColumn::Customer);
    row("customer_number", SurveyColumn::Customer);
    row("Score", SurveyColumn::Score);
    row("Rating", SurveyColumn::Score);
    row("How likely are you to recommend us to a friend?", SurveyColumn::Score);
    row("Comment", SurveyColumn::Comment);
    row("Feedback", SurveyColumn::Comment);
    row("Reason", SurveyColumn::Comment);
    row("What is the main reason for your score?", SurveyColumn::Comment);
    row("Channel", SurveyColumn::Channel);
    row("Tags", SurveyColumn::Tags);
    row("Survey type", SurveyColumn::Kind);
    row("Response ID", std::nullopt);
    row("Browser", std::nullopt);
}

void TestSurveyCsvImporter::headerAliases()
{
    QFETCH(QString, header);
    QFETCH(std::optional<SurveyColumn>, column);
    QCOMPARE(SurveyCsvImporter::guessColumn(header), column);
}

void TestSurveyCsvImporter::exportsOfSurveyToolsAreRead_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("Delighted style: Response ID, Email, Score, Comment, Created at with zone")
        << QByteArray("Response ID,Email,Score,Comment,Created At\n"
                      "77,anna@cafe.example,9,Great,2026-03-14 10:22:31 -0700\n");
    QTest::newRow("Typeform style: the question names the score, Submitted At ISO with Z")
        << QByteArray("#,How likely are you to recommend us?,Why?,Email,Submitted At\n"
                      "x1,9,Great,ANNA@cafe.example,2026-03-14T10:22:31Z\n");
    QTest::newRow("SurveyMonkey style: month-first with AM/PM, a second date column ignored")
        << QByteArray("Respondent ID,Start Date,End Date,Email Address,Rating,Comments\n"
                      "1,03/14/2026 10:20:00 AM,03/14/2026 10:22:31 AM,anna@cafe.example,9,Great\n");
    QTest::newRow("Hotjar style: Date Submitted and a customer number")
        << QByteArray("Number,Date Submitted,Customer ID,NPS,Feedback\n1,14 Mar 2026,1,9,Great\n");
}

void TestSurveyCsvImporter::exportsOfSurveyToolsAreRead()
{
    QFETCH(QByteArray, csv);
    const SurveyImportPlan plan = planOf(csv);
    QVERIFY2(!plan.hasProblems(), qPrintable(messages(plan).join(QLatin1Char('\n'))));
    QCOMPARE(plan.answers.size(), 1);
    const SurveyAnswer& a = plan.answers.at(0);
    QCOMPARE(a.customerId, CustomerId(1));
    QCOMPARE(a.date, d("2026-03-14"));
    QCOMPARE(a.score, 9);
    QCOMPARE(a.comment, QStringLiteral("Great"));
    QCOMPARE(a.kind, SurveyKind::Nps);
    QCOMPARE(plan.answerLines, QList<int> {2});
}

void TestSurveyCsvImporter::customerByEmailOrNumber()
{
    const SurveyImportPlan plan = planOf("date,email,customer id,score\n"
                                         "2026-03-01,bert@shop.example,,7\n" // e-mail alone
                                         "2026-03-02,,3,8\n" // number alone
                                         "2026-03-03,INFO@shared.example,2,9\n" // shared e-mail, number decides
                                         "2026-03-04,anna@cafe.example,1,10\n"); // both agree
    QVERIFY2(!plan.hasProblems(), qPrintable(messages(plan).join(QLatin1Char('\n'))));
    QCOMPARE(plan.answers.size(), 4);
    QCOMPARE(plan.answers.at(0).customerId, CustomerId(2));
    QCOMPARE(plan.answers.at(1).customerId, CustomerId(3));
    QCOMPARE(plan.answers.at(2).customerId, CustomerId(2));
    QCOMPARE(plan.answers.at(3).customerId, CustomerId(1));
}

void TestSurveyCsvImporter::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO date") << QStringLiteral("2026-03-14") << d("2026-03-14");
    QTest::newRow("ISO with seconds") << QStringLiteral("2026-03-14 10:22:31") << d("2026-03-14");
    QTest::newRow("ISO with T, fraction and Z") << QStringLiteral("2026-03-14T23:59:59.123Z") << d("2026-03-14");
    QTest::newRow("ISO with slashes") << QStringLiteral("2026/03/04") << d("2026-03-04");
    QTest::newRow("dots are day first") << QStringLiteral("04.03.2026") << d("2026-03-04");
    QTest::newRow("day above 12 is day first") << QStringLiteral("14/03/2026") << d("2026-03-14");
    QTest::newRow("second above 12 is month first") << QStringLiteral("03/14/2026 10:22 PM") << d("2026-03-14");
    QTest::newRow("equal day and month need no order") << QStringLiteral("04/04/2026") << d("2026-04-04");
    QTest::newRow("day month-name year") << QStringLiteral("4 March 2026") << d("2026-03-04");
    QTest::newRow("month-name day, year") << QStringLiteral("Mar 4, 2026") << d("2026-03-04");
    QTest::newRow("weekday, month-name day year") << QStringLiteral("Wed, Mar 4 2026") << d("2026-03-04");
    QTest::newRow("Unix seconds are a UTC date") << QStringLiteral("1773446400") << d("2026-03-14");
}

void TestSurveyCsvImporter::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const QByteArray csv = "date;customer;score\n\"" + text.toUtf8() + "\";1;9\n";
    const SurveyImportPlan plan = planOf(csv);
    QVERIFY2(!plan.hasProblems(), qPrintable(messages(plan).join(QLatin1Char('\n'))));
    QCOMPARE(plan.answers.at(0).date, date);
}

void TestSurveyCsvImporter::ambiguousDatesRefusedUnlessTheFileTells()
{
    // 04/03/2026 alone could be 4 March or 3 April: refused, naming both readings.
    SurveyImportPlan plan = planOf("date,customer,score\n04/03/2026,1,9\n04/04/2026,1,9\n");
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).line, 2);
    QCOMPARE(plan.problems.at(0).column, 1);
    QVERIFY2(plan.problems.at(0).reason.contains(QLatin1String("2026-03-04"))
                 && plan.problems.at(0).reason.contains(QLatin1String("2026-04-03")),
             qPrintable(plan.problems.at(0).reason));
    QVERIFY(!plan.dateOrderUsed.has_value());

    // One day above 12 anywhere in the file makes every d/m/y date day-first.
    plan = planOf("date,customer,score\n04/03/2026,1,9\n25/03/2026,1,9\n");
    QVERIFY2(!plan.hasProblems(), qPrintable(messages(plan).join(QLatin1Char('\n'))));
    QCOMPARE(plan.answers.at(0).date, d("2026-03-04"));
    QCOMPARE(plan.dateOrderUsed, DateOrder::DayFirst);

    plan = planOf("date,customer,score\n04/03/2026,1,9\n03/25/2026,1,9\n");
    QVERIFY(!plan.hasProblems());
    QCOMPARE(plan.answers.at(0).date, d("2026-04-03"));
    QCOMPARE(plan.dateOrderUsed, DateOrder::MonthFirst);
}

void TestSurveyCsvImporter::dateOrderChosenByTheCaller()
{
    SurveyImportPlan plan = planOf("date,customer,score\n04/03/2026,1,9\n", options(DateOrder::MonthFirst));
    QVERIFY(!plan.hasProblems());
    QCOMPARE(plan.answers.at(0).date, d("2026-04-03"));
    // A date impossible in the chosen order is refused.
    plan = planOf("date,customer,score\n03/14/2026,1,9\n", options(DateOrder::DayFirst));
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY(plan.problems.at(0).reason.contains(QLatin1String("DD/MM/YYYY")));
}

void TestSurveyCsvImporter::mixedDateOrdersAreRefused()
{
    const SurveyImportPlan plan = planOf("date,customer,score\n25/03/2026,1,9\n03/25/2026,1,9\n04/03/2026,1,9\n");
    QCOMPARE(plan.problems.size(), 3);
    for (const SurveyImportProblem& p : plan.problems) {
        QCOMPARE(p.column, 1);
        QVERIFY2(p.reason.contains(QLatin1String("line 2")) && p.reason.contains(QLatin1String("line 3")),
                 qPrintable(p.reason));
    }
    QVERIFY(plan.answers.isEmpty());
}

void TestSurveyCsvImporter::badCellsEachReportedWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("needle");
    QTest::newRow("score 11 is outside 0-10") << QByteArray("2026-03-01,1,11,x") << 3 << QStringLiteral("0–10");
    QTest::newRow("score -1 is not a whole number") << QByteArray("2026-03-01,1,-1,x") << 3 << QStringLiteral("\"-1\"");
    QTest::newRow("score text is not a whole number")
        << QByteArray("2026-03-01,1,great,x") << 3 << QStringLiteral("great");
    QTest::newRow("missing score") << QByteArray("2026-03-01,1,,x") << 3 << QStringLiteral("missing");
    QTest::newRow("unknown customer number names it") << QByteArray("2026-03-01,99,9,x") << 2 << QStringLiteral("99");
    QTest::newRow("customer number not a number") << QByteArray("2026-03-01,abc,9,x") << 2 << QStringLiteral("abc");
    QTest::newRow("missing customer") << QByteArray("2026-03-01,,9,x") << 2 << QStringLiteral("missing");
    QTest::newRow("bad date") << QByteArray("2026-02-30,1,9,x") << 1 << QStringLiteral("2026-02-30");
    QTest::newRow("date that is no date") << QByteArray("yesterday,1,9,x") << 1 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("two-digit year") << QByteArray("14/03/26,1,9,x") << 1 << QStringLiteral("four digits");
    QTest::newRow("future date") << QByteArray("2026-04-11,1,9,x") << 1 << QStringLiteral("future");
    QTest::newRow("comment longer than 4000")
        << QByteArray("2026-03-01,1,9,") + QByteArray(4001, 'x') << 4 << QStringLiteral("4001");
}

void TestSurveyCsvImporter::badCellsEachReportedWithLineAndColumn()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, needle);
    const SurveyImportPlan plan = planOf("date,customer,score,comment\n2026-03-01,1,9,fine\n" + row + "\n");
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).line, 3);
    QCOMPARE(plan.problems.at(0).column, column);
    QVERIFY2(plan.problems.at(0).reason.contains(needle), qPrintable(plan.problems.at(0).reason));
    QVERIFY(plan.problems.at(0).message().startsWith(QStringLiteral("Line 3, column %1: ").arg(column)));
    QCOMPARE(plan.answers.size(), 1); // the good row is still planned; commit refuses the whole file
}

void TestSurveyCsvImporter::kindChannelAndTagsColumns()
{
    const SurveyImportPlan plan = planOf("date,email,score,type,channel,tags\n"
                                         "2026-03-01,anna@cafe.example,5,CSAT,In-App,\"Pricing, support\"\n"
                                         "2026-03-02,anna@cafe.example,10,,link,\n"
                                         "2026-03-03,anna@cafe.example,9,csat,pigeon,\n"
                                         "2026-03-04,unknown@x.example,4,ces,,\n"
                                         "2026-03-05,info@shared.example,7,,,\n",
                                         options(DateOrder::Auto, SurveyKind::Nps));
    QCOMPARE(plan.answers.size(), 2);
    QCOMPARE(plan.answers.at(0).kind, SurveyKind::Csat);
    QCOMPARE(plan.answers.at(0).channel, surveys::SurveyChannel::InApp);
    QCOMPARE(plan.answers.at(0).tags, (QStringList {QStringLiteral("pricing"), QStringLiteral("support")}));
    QCOMPARE(plan.answers.at(1).kind, SurveyKind::Nps); // empty kind: the default
    QCOMPARE(plan.answers.at(1).channel, surveys::SurveyChannel::Web);
    // Line 4: 9 is outside CSAT's 1-5 and the channel is unknown; line 5: unknown e-mail and kind;
    // line 6: an e-mail two customers share.
    const QStringList all = messages(plan);
    QCOMPARE(plan.problems.size(), 5);
    QCOMPARE(plan.problems.at(0).line, 4);
    QCOMPARE(plan.problems.at(0).column, 3);
    QVERIFY2(plan.problems.at(0).reason.contains(QStringLiteral("1–5")), qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(plan.problems.at(1).column, 5);
    QCOMPARE(plan.problems.at(2).line, 5);
    QCOMPARE(plan.problems.at(2).column, 4);
    QCOMPARE(plan.problems.at(3).line, 5);
    QVERIFY(plan.problems.at(3).reason.contains(QLatin1String("unknown@x.example")));
    QCOMPARE(plan.problems.at(4).line, 6);
    QVERIFY2(plan.problems.at(4).reason.contains(QLatin1String("2, 3")), qPrintable(all.join(QLatin1Char('\n'))));
}

void TestSurveyCsvImporter::headerWithoutRequiredColumns()
{
    const SurveyImportPlan plan = planOf("when,who,comment\n2026-03-01,anna,fine\n");
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).line, 1);
    QCOMPARE(plan.problems.at(0).column, 0);
    QVERIFY(plan.problems.at(0).reason.contains(QLatin1String("Date")));
    QVERIFY(plan.problems.at(0).reason.contains(QLatin1String("Score")));
    QVERIFY(plan.problems.at(0).reason.contains(QLatin1String("E-mail or Customer")));

    const SurveyImportPlan noRows = planOf("date,email,score\n,,\n");
    QCOMPARE(noRows.problems.size(), 1);
    QVERIFY(noRows.problems.at(0).reason.contains(QLatin1String("no answers")));
}

void TestSurveyCsvImporter::emptyFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n");
}

void TestSurveyCsvImporter::emptyFileIsRefused()
{
    QFETCH(QByteArray, data);
    const auto importer = SurveyCsvImporter::fromData(data);
    QVERIFY(!importer);
    QVERIFY(importer.error().message.contains(QLatin1String("empty")));
}

void TestSurveyCsvImporter::bomAndWindows1252LikeTheCustomerImport()
{
    // UTF-8 with a BOM: the BOM is not part of the first header.
    auto utf8 = SurveyCsvImporter::fromData("\xEF\xBB\xBF"
                                            "Date,Email,Score,Comment\n2026-03-01,anna@cafe.example,9,Très bien\n");
    QVERIFY(utf8);
    QVERIFY(utf8->table().hadByteOrderMark);
    SurveyImportPlan plan = utf8->plan(sampleCustomers(), options());
    QVERIFY2(!plan.hasProblems(), qPrintable(messages(plan).join(QLatin1Char('\n'))));
    QCOMPARE(plan.answers.at(0).comment, QStringLiteral("Très bien"));

    // Windows-1252 (è is 0xE8, € is 0x80) is detected when the bytes are not UTF-8.
    auto cp1252 =
        SurveyCsvImporter::fromData("Date;Email;Score;Comment\n2026-03-01;anna@cafe.example;9;Tr\xE8s bien \x80\n");
    QVERIFY(cp1252);
    QCOMPARE(cp1252->table().encoding, TextEncoding::Windows1252);
    plan = cp1252->plan(sampleCustomers(), options());
    QVERIFY(!plan.hasProblems());
    QCOMPARE(plan.answers.at(0).comment, QStringLiteral("Très bien €"));

    // UTF-16 is refused with a message, as by the customer import.
    const QByteArray utf16("\xFF\xFE"
                           "D\0a\0",
                           6);
    QVERIFY(!SurveyCsvImporter::fromData(utf16));
}

void TestSurveyCsvImporter::semicolonFileWithQuotedLineBreak()
{
    const SurveyImportPlan plan = planOf("Date;Customer ID;Score;Comment\n"
                                         "2026-03-01;1;9;\"two\nlines\"\n"
                                         "2026-03-02;1;x;\n");
    QCOMPARE(plan.answers.size(), 1);
    QCOMPARE(plan.answers.at(0).comment, QStringLiteral("two\nlines"));
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).line, 4); // the physical line, after the quoted break
}

void TestSurveyCsvImporter::cleanFileIsStored()
{
    CompanyFixture f(d("2026-04-10"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto customers = f.company->customers().loadAll();
    QVERIFY(customers);
    const QByteArray csv = "Date,Customer ID,Score,Comment,Tags\n2026-03-01," + QByteArray::number(f.customerA.value)
        + ",9,Great,support\n2026-03-02," + QByteArray::number(f.customerB.value) + ",3,Slow,\n";
    auto importer = SurveyCsvImporter::fromData(csv);
    QVERIFY(importer);
    const SurveyImportPlan plan = importer->plan(*customers, options());
    QVERIFY2(!plan.hasProblems(), qPrintable(messages(plan).join(QLatin1Char('\n'))));
    auto stored = SurveyCsvImporter::commit(plan, f.company->surveys());
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored->size(), 2);
    QVERIFY(stored->at(0).id.isValid());
    auto all = f.company->surveys().answers({});
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).tags, QStringList {QStringLiteral("support")});
}

void TestSurveyCsvImporter::fileWithAnyProblemStoresNothing()
{
    CompanyFixture f(d("2026-04-10"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    auto customers = f.company->customers().loadAll();
    QVERIFY(customers);
    const QByteArray csv =
        "Date,Customer ID,Score\n2026-03-01," + QByteArray::number(f.customerA.value) + ",9\n2026-03-02,9999,3\n";
    auto importer = SurveyCsvImporter::fromData(csv);
    QVERIFY(importer);
    const SurveyImportPlan plan = importer->plan(*customers, options());
    QCOMPARE(plan.answers.size(), 1);
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY(plan.problems.at(0).message().startsWith(QLatin1String("Line 3, column 2: Customer: ")));
    auto stored = SurveyCsvImporter::commit(plan, f.company->surveys());
    QVERIFY(!stored);
    QVERIFY(stored.error().message.contains(QLatin1String("nothing was imported")));
    auto all = f.company->surveys().answers({});
    QVERIFY(all);
    QCOMPARE(all->size(), 0);

    // An empty plan is refused too.
    QVERIFY(!SurveyCsvImporter::commit(SurveyImportPlan(), f.company->surveys()));
}

QTEST_GUILESS_MAIN(TestSurveyCsvImporter)
#include "tst_surveycsvimporter.moc"
