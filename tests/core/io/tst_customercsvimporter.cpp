#include "TestSupport.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "io/CustomerCsvImporter.h"
#include "storage/CompanyFile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::io;
using customers::Customer;
using customers::CustomerField;

namespace {

const QDateTime kNow(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);

QString dataFile(const char* folder)
{
    return test::testDataDir() + QStringLiteral("/csv/") + QString::fromLatin1(folder)
        + QStringLiteral("/customers.csv");
}

QStringList lines(const QList<ImportProblem>& problems)
{
    QStringList out;
    for (const ImportProblem& p : problems)
        out.append(p.message());
    return out;
}

} // namespace

class TestCustomerCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void polishSemicolonFileWithBom();
    void italianCp1252File();
    void finnishTabFilePrefersAlvTunnusOverYTunnus();
    void persianFile();

    void badRowsEveryOneReportedWithItsLine_data();
    void badRowsEveryOneReportedWithItsLine();
    void badRowsPlanCounts();
    void allOrNothingStoresNothing();
    void validRowsOnlyStoresTheValidRows();
    void dryRunWritesNothing();

    void fileProblems_data();
    void fileProblems();
    void emptyFileIsRefused_data();
    void emptyFileIsRefused();
    void unterminatedQuoteIsRefusedWithItsLine();

    void absentFieldsKeepCustomerDefaults();
    void emptyCellsKeepCustomerDefaults();
    void emailChannelNeedsAnEmailColumn();
    void idColumnIsIgnored();
    void apostropheGuardIsRemoved();
    void createdAndStatusAreImported();
    void warningsDoNotBlock();
    void vatIdAlreadyOnFileIsAWarningWithItsLineAndCustomer();
    void setMappingOverridesTheGuess();
    void previewShowsTheFirstRowsAsRead();
    void delimiterAndEncodingCanBeForced();
    void commitRefusesAPlanWithoutValidRows();

private:
    CustomerImportPlan planOf(const QByteArray& csv);
    int storedCount();

    FixedClock m_clock {kNow};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::CompanyFile> m_company;
};

void TestCustomerCsvImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCustomerCsvImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto company = storage::CompanyFile::open(test::companyPath(*m_dir), storage::Database::Options(), m_clock);
    QVERIFY2(company.ok(), qPrintable(company.ok() ? QString() : company.error().message));
    m_company = std::move(*company);
}

void TestCustomerCsvImporter::cleanup()
{
    m_company.reset();
    m_dir.reset();
}

CustomerImportPlan TestCustomerCsvImporter::planOf(const QByteArray& csv)
{
    auto importer = CustomerCsvImporter::fromData(csv);
    if (!importer.ok())
        qFatal("fromData failed: %s", qPrintable(importer.error().message));
    return importer->plan(m_company->customers().validator());
}

int TestCustomerCsvImporter::storedCount()
{
    const auto all = m_company->customers().loadAll();
    return all.ok() ? int(all->size()) : -1;
}

void TestCustomerCsvImporter::polishSemicolonFileWithBom()
{
    auto importer = CustomerCsvImporter::load(dataFile("import-pl-semicolon-utf8-bom"));
    QVERIFY2(importer.ok(), qPrintable(importer.ok() ? QString() : importer.error().message));
    QCOMPARE(importer->table().delimiter, QChar(u';'));
    QCOMPARE(importer->table().encoding, TextEncoding::Utf8);
    QVERIFY(importer->table().hadByteOrderMark);
    QCOMPARE(importer->headers().constFirst(), QStringLiteral("Lp."));
    QVERIFY(!importer->mapping().at(0).has_value()); // "Lp." is the number column: ignored
    QVERIFY(importer->mapping().at(1) == CustomerField::DisplayName);

    const auto plan = importer->plan(m_company->customers().validator());
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    QCOMPARE(plan.dataRows, 3);
    QCOMPARE(plan.customerLines, (QList<int> {2, 3, 4}));

    const auto ids = CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::AllOrNothing);
    QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().message));
    const auto stored = m_company->customers().loadAll();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 3);
    const Customer& kowalski = stored->at(0);
    QCOMPARE(kowalski.displayName, QStringLiteral(u"Kowalski i Wspólnicy Sp. z o.o."));
    QCOMPARE(kowalski.vatId, QStringLiteral("PL5260001246"));
    QCOMPARE(kowalski.address.streetLines, QStringList {QStringLiteral(u"ul. Marszałkowska 10/12")});
    QCOMPARE(kowalski.address.postalCode, QStringLiteral("00-590"));
    QCOMPARE(kowalski.currency, QStringLiteral("PLN"));
    QCOMPARE(kowalski.language, QStringLiteral("pl"));
    QCOMPARE(kowalski.paymentTermsDays, 21);
    QCOMPARE(kowalski.notes, QStringLiteral(u"Klient od 2019; faktury co miesiąc"));
    QCOMPARE(kowalski.created, kNow);
    const Customer& drukarnia = stored->at(1);
    QCOMPARE(drukarnia.address.city, QStringLiteral(u"Łódź"));
    QCOMPARE(drukarnia.address.country, QStringLiteral("PL"));
    QCOMPARE(drukarnia.phone, QStringLiteral("+48 42 111 22 33"));
    const Customer& smaki = stored->at(2);
    QCOMPARE(smaki.emails, (QStringList {QStringLiteral("kontakt@smaki.pl"), QStringLiteral("szef@smaki.pl")}));
    QCOMPARE(smaki.paymentMethod, customers::PaymentMethod::Card);
    QCOMPARE(smaki.notes, QStringLiteral("Uwaga: \"VIP\""));
}

void TestCustomerCsvImporter::italianCp1252File()
{
    auto importer = CustomerCsvImporter::load(dataFile("import-it-semicolon-cp1252"));
    QVERIFY(importer.ok());
    QCOMPARE(importer->table().encoding, TextEncoding::Windows1252);
    QCOMPARE(importer->headers().at(4), QStringLiteral(u"Città"));
    const auto plan = importer->plan(m_company->customers().validator());
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    QCOMPARE(plan.customers.size(), 2);
    const Customer& bellini = plan.customers.at(0);
    QCOMPARE(bellini.vatId, QStringLiteral("IT01234567890"));
    QCOMPARE(bellini.address.city, QStringLiteral("Milano"));
    QCOMPARE(bellini.address.region, QStringLiteral("MI"));
    QCOMPARE(bellini.phone, QStringLiteral("+39 02 1234567"));
    QCOMPARE(bellini.notes, QStringLiteral(u"Sconto 10 € sul primo ordine"));
    QCOMPARE(plan.customers.at(1).displayName, QStringLiteral(u"Caffè Sant'Andrea"));
    QCOMPARE(plan.customers.at(1).address.country, QStringLiteral("IT"));
}

void TestCustomerCsvImporter::finnishTabFilePrefersAlvTunnusOverYTunnus()
{
    auto importer = CustomerCsvImporter::load(dataFile("import-fi-tab-utf8"));
    QVERIFY(importer.ok());
    QCOMPARE(importer->table().delimiter, QChar(u'\t'));
    QVERIFY(!importer->mapping().at(0).has_value()); // Y-tunnus yields the VAT ID to ALV-tunnus
    QVERIFY(importer->mapping().at(3) == CustomerField::VatId);
    const auto plan = importer->plan(m_company->customers().validator());
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    QCOMPARE(plan.customers.size(), 1);
    const Customer& c = plan.customers.constFirst();
    QCOMPARE(c.vatId, QStringLiteral("FI12345678"));
    QCOMPARE(c.paymentMethod, customers::PaymentMethod::SepaDirectDebit);
    QCOMPARE(c.sepa.iban, QStringLiteral("FI2112345600000785"));
    QCOMPARE(c.sepa.bic, QStringLiteral("NDEAFIHH"));
    QCOMPARE(c.sepa.reference, QStringLiteral("MANDATE-0001"));
    QCOMPARE(c.sepa.signedOn, QDate(2025, 6, 1));
}

void TestCustomerCsvImporter::persianFile()
{
    auto importer = CustomerCsvImporter::load(dataFile("import-fa-utf8"));
    QVERIFY(importer.ok());
    for (const auto& field : importer->mapping())
        QVERIFY(field.has_value());
    const auto plan = importer->plan(m_company->customers().validator());
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    const Customer& c = plan.customers.constFirst();
    QCOMPARE(c.displayName, QStringLiteral(u"شرکت آریا"));
    QCOMPARE(c.language, QStringLiteral("fa"));
    QCOMPARE(c.address.streetLines, QStringList {QStringLiteral(u"Friedrichstraße 1")});
    QCOMPARE(c.tags, (QStringList {QStringLiteral(u"ویژه"), QStringLiteral(u"عمده")}));
}

void TestCustomerCsvImporter::badRowsEveryOneReportedWithItsLine_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid e-mail names the column and the value")
        << 3 << QStringLiteral("Line 3: E-mail: \"foo@\" is not a valid e-mail address.");
    QTest::newRow("empty required name is reported") << 4 << QStringLiteral("Line 4: Name: The name is required.");
    QTest::newRow("line after an embedded newline counts both lines")
        << 7 << QStringLiteral("Line 7: Country: \"XX\" is not an ISO 3166 country code (e.g. FI, PL, IT).");
    QTest::newRow("more cells than the header is reported")
        << 8
        << QStringLiteral("Line 8: The row has 7 cells but the header names only 6 columns; a delimiter or a quote "
                          "may be misplaced.");
    QTest::newRow("duplicate VAT ID reports the second row and the first line")
        << 9 << QStringLiteral("Line 9: VAT ID: FI11111111 is already used by the customer on line 2.");
    QTest::newRow("unknown kind names the accepted keys")
        << 10 << QStringLiteral("Line 10: Kind: \"company\" is not business, individual.");
    QTest::newRow("every reason of a row is reported")
        << 11
        << QStringLiteral("Line 11: E-mail: \"two@\" is not a valid e-mail address. Country: The country is "
                          "required (it decides the VAT treatment).");
}

void TestCustomerCsvImporter::badRowsEveryOneReportedWithItsLine()
{
    QFETCH(int, line);
    QFETCH(QString, message);
    auto importer = CustomerCsvImporter::load(dataFile("import-bad-rows"));
    QVERIFY(importer.ok());
    const auto plan = importer->plan(m_company->customers().validator());
    const auto it = std::find_if(plan.problems.begin(), plan.problems.end(),
                                 [line](const ImportProblem& p) { return p.line == line; });
    QVERIFY2(it != plan.problems.end(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    QCOMPARE(it->message(), message);
}

void TestCustomerCsvImporter::badRowsPlanCounts()
{
    auto importer = CustomerCsvImporter::load(dataFile("import-bad-rows"));
    QVERIFY(importer.ok());
    const auto plan = importer->plan(m_company->customers().validator());
    QList<int> problemLines;
    for (const ImportProblem& p : plan.problems)
        problemLines.append(p.line);
    QCOMPARE(problemLines, (QList<int> {3, 4, 7, 8, 9, 10, 11}));
    QCOMPARE(plan.customerLines, (QList<int> {2, 5, 12, 15}));
    QCOMPARE(plan.dataRows, 11); // the row of empty cells on line 14 is not a customer row
    QCOMPARE(plan.customers.at(1).notes, QStringLiteral("first\nsecond"));
}

void TestCustomerCsvImporter::allOrNothingStoresNothing()
{
    QVERIFY(m_company->customers().add(test::sampleCustomer()).ok());
    QCOMPARE(storedCount(), 1);
    auto importer = CustomerCsvImporter::load(dataFile("import-bad-rows"));
    QVERIFY(importer.ok());
    const auto plan = importer->plan(m_company->customers().validator());
    const auto ids = CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::AllOrNothing);
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error().code, ErrorCode::Invalid);
    QVERIFY2(ids.error().message.startsWith(QStringLiteral("7 row(s) cannot be imported")),
             qPrintable(ids.error().message));
    QCOMPARE(storedCount(), 1);
}

void TestCustomerCsvImporter::validRowsOnlyStoresTheValidRows()
{
    QVERIFY(m_company->customers().add(test::sampleCustomer()).ok());
    QCOMPARE(storedCount(), 1);
    auto importer = CustomerCsvImporter::load(dataFile("import-bad-rows"));
    QVERIFY(importer.ok());
    const auto plan = importer->plan(m_company->customers().validator());
    const auto ids =
        CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::ValidRowsOnly);
    QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().message));
    QCOMPARE(ids->size(), 4);
    QCOMPARE(storedCount(), 5);
    const auto stored = m_company->customers().loadAll();
    QVERIFY(stored.ok());
    QStringList names;
    for (const Customer& c : *stored)
        names.append(c.displayName);
    QCOMPARE(
        names,
        (QStringList {QStringLiteral("Virtanen Oy"), QStringLiteral("Good One Oy"), QStringLiteral("Multi Line Oy"),
                      QStringLiteral("Good Two"), QStringLiteral("Good Three Oy")}));
}

void TestCustomerCsvImporter::dryRunWritesNothing()
{
    auto importer = CustomerCsvImporter::load(dataFile("import-pl-semicolon-utf8-bom"));
    QVERIFY(importer.ok());
    const auto plan = importer->plan(m_company->customers().validator());
    QCOMPARE(plan.customers.size(), 3);
    QCOMPARE(storedCount(), 0);
}

void TestCustomerCsvImporter::fileProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("startOfMessage");

    QTest::newRow("first line of data instead of a header is no header")
        << QByteArray("Virtanen Oy,laskut@virtanen.fi,FI\nLahti Ab,info@lahti.fi,FI\n")
        << QStringLiteral("Line 1: None of the column names is known");
    QTest::newRow("header without a name column is reported on the header line")
        << QByteArray("\nE-mail,Country\na@b.fi,FI\n") << QStringLiteral("Line 2: No column holds the customer's name");
    QTest::newRow("header only has no data rows")
        << QByteArray("Name,E-mail,Country\r\n")
        << QStringLiteral("Line 1: The file has a header line but no customer rows.");
    QTest::newRow("header and rows of empty cells have no data rows")
        << QByteArray("Name,E-mail,Country\n,,\n \n") << QStringLiteral("Line 1: The file has a header line but no");
}

void TestCustomerCsvImporter::fileProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, startOfMessage);
    const auto plan = planOf(csv);
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY(plan.customers.isEmpty());
    QVERIFY2(plan.problems.constFirst().message().startsWith(startOfMessage),
             qPrintable(plan.problems.constFirst().message()));
    const auto ids =
        CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::ValidRowsOnly);
    QVERIFY(!ids.ok());
    QCOMPARE(storedCount(), 0);
}

void TestCustomerCsvImporter::emptyFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("zero bytes") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n");
}

void TestCustomerCsvImporter::emptyFileIsRefused()
{
    QFETCH(QByteArray, csv);
    const auto importer = CustomerCsvImporter::fromData(csv);
    QVERIFY(!importer.ok());
    QVERIFY(importer.error().message.startsWith(QStringLiteral("The file is empty")));
}

void TestCustomerCsvImporter::unterminatedQuoteIsRefusedWithItsLine()
{
    const auto importer = CustomerCsvImporter::fromData("Name,Country\n\"A\nB\",FI\n\"Open,FI\nC,FI\n");
    QVERIFY(!importer.ok());
    QVERIFY2(importer.error().message.startsWith(QStringLiteral("Line 4:")), qPrintable(importer.error().message));
}

void TestCustomerCsvImporter::absentFieldsKeepCustomerDefaults()
{
    const auto plan = planOf("Name,E-mail,Country\nVirtanen Oy,laskut@virtanen.fi,fi\n");
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    const Customer& c = plan.customers.constFirst();
    const Customer defaults;
    QCOMPARE(c.address.country, QStringLiteral("FI"));
    QCOMPARE(c.currency, defaults.currency);
    QCOMPARE(c.language, defaults.language);
    QCOMPARE(c.paymentTermsDays, defaults.paymentTermsDays);
    QCOMPARE(c.kind, defaults.kind);
    QCOMPARE(c.preferredChannel, defaults.preferredChannel);
    QCOMPARE(c.status, defaults.status);
    QVERIFY(!c.created.isValid()); // the service stamps it when storing
}

void TestCustomerCsvImporter::emptyCellsKeepCustomerDefaults()
{
    const auto plan = planOf("Name,E-mail,Country,Currency,Language,Payment terms,Kind,Status,Preferred channel,Notes\n"
                             "Virtanen Oy,laskut@virtanen.fi,FI,, ,,,,,  \n");
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    const Customer& c = plan.customers.constFirst();
    const Customer defaults;
    QCOMPARE(c.currency, defaults.currency);
    QCOMPARE(c.language, defaults.language);
    QCOMPARE(c.paymentTermsDays, defaults.paymentTermsDays);
    QCOMPARE(c.kind, defaults.kind);
    QCOMPARE(c.status, defaults.status);
    QCOMPARE(c.preferredChannel, defaults.preferredChannel);
    QCOMPARE(c.notes, QStringLiteral("  ")); // white space is content in the notes
}

void TestCustomerCsvImporter::emailChannelNeedsAnEmailColumn()
{
    const auto plan = planOf("Name,Country\nVirtanen Oy,FI\n");
    QCOMPARE(
        lines(plan.problems),
        QStringList {QStringLiteral("Line 2: E-mail: Documents go out by e-mail, so an e-mail address is needed.")});
    const auto paper = planOf("Name,Country,Preferred channel,Street,City\nVirtanen Oy,FI,paper,Tie 1,Espoo\n");
    QVERIFY(!paper.hasProblems());
}

void TestCustomerCsvImporter::idColumnIsIgnored()
{
    const auto plan = planOf("No.,Name,E-mail,Country\n42,Virtanen Oy,laskut@virtanen.fi,FI\n");
    QVERIFY(!plan.hasProblems());
    const auto ids = CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::AllOrNothing);
    QVERIFY(ids.ok());
    QCOMPARE(ids->constFirst(), CustomerId(1));
}

void TestCustomerCsvImporter::apostropheGuardIsRemoved()
{
    const auto plan = planOf("Name,E-mail,Country,Phone,Notes,Contact person\n"
                             "'t Hooft BV,a@b.nl,NL,'+31 20 123 4567,'=1+1,'-Jan\n");
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    const Customer& c = plan.customers.constFirst();
    QCOMPARE(c.displayName, QStringLiteral("'t Hooft BV")); // apostrophe before a letter is the name's own
    QCOMPARE(c.phone, QStringLiteral("+31 20 123 4567"));
    QCOMPARE(c.notes, QStringLiteral("=1+1"));
    QCOMPARE(c.contactPerson, QStringLiteral("-Jan"));
}

void TestCustomerCsvImporter::createdAndStatusAreImported()
{
    const auto plan = planOf("Name,E-mail,Country,Status,Created\n"
                             "Old Oy,old@example.fi,FI,archived,2019-05-06T07:08:09Z\n"
                             "Day Oy,day@example.fi,FI,active,2020-01-02\n");
    QVERIFY2(!plan.hasProblems(), qPrintable(lines(plan.problems).join(QLatin1Char('\n'))));
    QCOMPARE(plan.customers.at(0).status, customers::CustomerStatus::Archived);
    QCOMPARE(plan.customers.at(0).created, QDateTime(QDate(2019, 5, 6), QTime(7, 8, 9), Qt::UTC));
    QCOMPARE(plan.customers.at(1).created, QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC));
    QVERIFY(CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::AllOrNothing).ok());
    const auto stored = m_company->customers().loadAll();
    QCOMPARE(stored->at(0).created, QDateTime(QDate(2019, 5, 6), QTime(7, 8, 9), Qt::UTC));
    QCOMPARE(stored->at(0).status, customers::CustomerStatus::Archived);
}

void TestCustomerCsvImporter::warningsDoNotBlock()
{
    const auto plan = planOf("Name,E-mail,Country,VAT ID\nGrenz GmbH,a@grenz.de,FI,DE123456789\n");
    QVERIFY(!plan.hasProblems());
    QCOMPARE(plan.customers.size(), 1);
    QCOMPARE(plan.warnings,
             QList<QString> {QStringLiteral("Line 2: VAT ID: The VAT ID is from DE but the address is in FI.")});
}

void TestCustomerCsvImporter::vatIdAlreadyOnFileIsAWarningWithItsLineAndCustomer()
{
    const auto plan = planOf("Name,E-mail,Country,VAT ID\nNew Oy,a@new.fi,FI,FI11111111\n"
                             "Again Oy,b@again.fi,FI,FI22222222\nNo VAT Oy,c@novat.fi,FI,\n");
    QCOMPARE(plan.customers.size(), 3);
    customers::Customer onFile = test::sampleCustomer(QStringLiteral("Again Oy"));
    onFile.id = CustomerId(42);
    onFile.vatId = QStringLiteral("FI22222222");
    const QList<customers::Customer> stored = {onFile};
    const QStringList warnings = CustomerCsvImporter::duplicateWarnings(plan, stored);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(QStringLiteral("Line 3: VAT ID: FI22222222 already belongs to customer "
                                                        "number 42")),
             qPrintable(warnings.first()));
    QVERIFY(CustomerCsvImporter::duplicateWarnings(plan, {}).isEmpty());
}

void TestCustomerCsvImporter::setMappingOverridesTheGuess()
{
    auto importer = CustomerCsvImporter::fromData("Col A,Col B,Col C\nVirtanen Oy,laskut@virtanen.fi,FI\n");
    QVERIFY(importer.ok());
    QCOMPARE(importer->mapping().size(), 3);
    for (const auto& field : importer->mapping())
        QVERIFY(!field.has_value());
    importer->setMapping(0, CustomerField::DisplayName);
    importer->setMapping(1, CustomerField::Emails);
    importer->setMapping(2, CustomerField::Country);
    auto plan = importer->plan(m_company->customers().validator());
    QVERIFY(!plan.hasProblems());
    QCOMPARE(plan.customers.constFirst().emails, QStringList {QStringLiteral("laskut@virtanen.fi")});

    // A field fills one column only: giving it to another column takes it from the first.
    importer->setMapping(1, CustomerField::DisplayName);
    QVERIFY(!importer->mapping().at(0).has_value());
    QVERIFY(importer->mapping().at(1) == CustomerField::DisplayName);
    // The number column is never imported.
    importer->setMapping(2, CustomerField::Id);
    QVERIFY(!importer->mapping().at(2).has_value());
    importer->setMapping(1, std::nullopt);
    plan = importer->plan(m_company->customers().validator());
    QCOMPARE(plan.problems.size(), 1);
}

void TestCustomerCsvImporter::previewShowsTheFirstRowsAsRead()
{
    auto importer = CustomerCsvImporter::fromData("Name,Phone\nA,'+1\nB,2\nC,3\n");
    QVERIFY(importer.ok());
    const auto rows = importer->preview(2);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList {QStringLiteral("A"), QStringLiteral("'+1")}));
    QCOMPARE(importer->preview(10).size(), 3);
    QVERIFY(importer->preview(0).isEmpty());
}

void TestCustomerCsvImporter::delimiterAndEncodingCanBeForced()
{
    CsvReadOptions options;
    options.delimiter = QLatin1Char(',');
    options.encoding = TextEncoding::Windows1252;
    auto importer = CustomerCsvImporter::fromData("Name;x,E-mail,Country\nCaf\xC3\xA9;1,a@b.fi,FI\n", options);
    QVERIFY(importer.ok());
    QCOMPARE(importer->table().encoding, TextEncoding::Windows1252);
    QCOMPARE(importer->headers().size(), 3);
    QCOMPARE(importer->table().records.at(1).at(0), QStringLiteral(u"CafÃ©;1"));
}

void TestCustomerCsvImporter::commitRefusesAPlanWithoutValidRows()
{
    const auto plan = planOf("Name,E-mail,Country\nA,bad@,FI\n");
    QCOMPARE(plan.problems.size(), 1);
    const auto ids =
        CustomerCsvImporter::commit(plan, m_company->customers(), CustomerCsvImporter::Mode::ValidRowsOnly);
    QVERIFY(!ids.ok());
    QCOMPARE(storedCount(), 0);
}

QTEST_GUILESS_MAIN(TestCustomerCsvImporter)
#include "tst_customercsvimporter.moc"
