#include "TestSupport.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "io/CsvReader.h"
#include "io/CustomerColumnNames.h"
#include "io/CustomerCsvExporter.h"
#include "io/CustomerCsvImporter.h"
#include "storage/CompanyFile.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::io;
using customers::Customer;
using customers::CustomerField;

namespace {

const QDateTime kNow(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);

/** Customers that exercise every field and every character the CSV format has to protect. */
QList<Customer> awkwardCustomers()
{
    QList<Customer> list;
    list.append(test::sampleCustomer()); // phone "+358 40 123 4567" starts with a formula character

    Customer pl;
    pl.displayName = QStringLiteral(u"Zażółć Gęślą Jaźń");
    pl.kind = customers::CustomerKind::Individual;
    pl.emails = {QStringLiteral("jazn@example.pl"), QStringLiteral("biuro@example.pl")};
    pl.phone = QStringLiteral("-22 123");
    pl.address.streetLines = {QStringLiteral("ul. Nowy Świat 1, lok. 2"), QStringLiteral("III piętro")};
    pl.address.postalCode = QStringLiteral("00-001");
    pl.address.city = QStringLiteral("Warszawa");
    pl.address.region = QStringLiteral("mazowieckie");
    pl.address.country = QStringLiteral("PL");
    pl.language = QStringLiteral("pl");
    pl.currency = QStringLiteral("PLN");
    pl.paymentTermsDays = 30;
    pl.paymentMethod = customers::PaymentMethod::Card;
    pl.preferredChannel = customers::DeliveryChannel::Paper;
    pl.notes = QStringLiteral("Line 1\r\n\"quoted\", a; b\nlast\tline ");
    pl.tags = {QStringLiteral("a"), QStringLiteral("b c")};
    pl.status = customers::CustomerStatus::Archived;
    pl.created = QDateTime(QDate(2020, 2, 29), QTime(12, 34, 56, 789), Qt::UTC);
    list.append(pl);

    Customer it;
    it.displayName = QStringLiteral(u"Pasticceria Bellini S.r.l.");
    it.contactPerson = QStringLiteral("Mario Rossi");
    it.emails = {QStringLiteral("ordini@bellini.it")};
    it.address.streetLines = {QStringLiteral("Via Roma 1")};
    it.address.postalCode = QStringLiteral("20121");
    it.address.city = QStringLiteral("Milano");
    it.address.region = QStringLiteral("MI");
    it.address.country = QStringLiteral("IT");
    it.vatId = QStringLiteral("IT01234567890");
    it.language = QStringLiteral("it");
    it.paymentMethod = customers::PaymentMethod::SepaDirectDebit;
    it.sepa.iban = QStringLiteral("IT60X0542811101000000123456");
    it.sepa.bic = QStringLiteral("BPMOIT22XXX");
    it.sepa.reference = QStringLiteral("RUM-2024/001");
    it.sepa.signedOn = QDate(2024, 1, 15);
    it.preferredChannel = customers::DeliveryChannel::EInvoice;
    it.eInvoiceEndpoint = QStringLiteral("0211:IT01234567890");
    it.segment = QStringLiteral("-VIP");
    it.created = QDateTime(QDate(2023, 7, 1), QTime(8, 0), Qt::UTC);
    list.append(it);

    Customer fa;
    fa.displayName = QStringLiteral(u"شرکت آریا");
    fa.contactPerson = QStringLiteral("=cmd|' /C calc'!A0");
    fa.emails = {QStringLiteral("info@arya.example")};
    fa.address.country = QStringLiteral("DE");
    fa.address.city = QStringLiteral("Berlin");
    fa.vatId = QStringLiteral("DE123456789");
    fa.language = QStringLiteral("fa");
    fa.notes = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    fa.tags = {QStringLiteral("@home"), QStringLiteral(u"ویژه")};
    list.append(fa);

    Customer nl;
    nl.displayName = QStringLiteral("'t Hooft BV");
    nl.emails = {QStringLiteral("info@thooft.nl")};
    nl.address.country = QStringLiteral("NL");
    nl.notes = QStringLiteral("'=already guarded by hand");
    nl.paymentTermsDays = 0;
    list.append(nl);
    return list;
}

} // namespace

class TestCustomerCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headerIsEveryFieldsEnglishLabel();
    void utf8WithBomCommaAndCrlf();
    void formulaCellsAreNeutralized();
    void exportMatchesGoldenFile();
    void roundTripGivesBackEveryField();
    void writeFileWritesTheSameBytes();
    void writeFileIntoMissingFolderIsAnIoError();

private:
    Result<std::unique_ptr<storage::CompanyFile>> openCompany(const QTemporaryDir& dir, const QString& name);

    FixedClock m_clock {kNow};
};

void TestCustomerCsvExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Result<std::unique_ptr<storage::CompanyFile>> TestCustomerCsvExporter::openCompany(const QTemporaryDir& dir,
                                                                                   const QString& name)
{
    return storage::CompanyFile::open(test::companyPath(dir, name), storage::Database::Options(), m_clock);
}

void TestCustomerCsvExporter::headerIsEveryFieldsEnglishLabel()
{
    const auto table = CsvReader::parse(CustomerCsvExporter::toCsv({}));
    QVERIFY(table.ok());
    QCOMPARE(table->records.size(), 1);
    QStringList expected;
    for (const CustomerField field : customers::allCustomerFields())
        expected.append(customers::fieldLabel(field));
    QCOMPARE(table->records.constFirst(), expected);
    QCOMPARE(table->records.constFirst().constFirst(), QStringLiteral("No."));
}

void TestCustomerCsvExporter::utf8WithBomCommaAndCrlf()
{
    const QByteArray csv = CustomerCsvExporter::toCsv({test::sampleCustomer(QStringLiteral(u"Sähkö Oy"))});
    QVERIFY(csv.startsWith("\xEF\xBB\xBFNo.,Name,Kind,"));
    QVERIFY(csv.contains("\r\n,S\xC3\xA4hk\xC3\xB6 Oy,business,"));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 2);
    QCOMPARE(csv.count('\n'), 2);
}

void TestCustomerCsvExporter::formulaCellsAreNeutralized()
{
    Customer c = test::sampleCustomer();
    c.notes = QStringLiteral("=SUM(A1:A2)");
    c.segment = QStringLiteral("@risk");
    const QString text = QString::fromUtf8(CustomerCsvExporter::toCsv({c}));
    QVERIFY(text.contains(QStringLiteral(",'+358 40 123 4567,")));
    QVERIFY(text.contains(QStringLiteral(",'=SUM(A1:A2),")));
    QVERIFY(text.contains(QStringLiteral(",'@risk,")));
}

void TestCustomerCsvExporter::exportMatchesGoldenFile()
{
    Customer c = test::sampleCustomer();
    c.id = CustomerId(7);
    c.address.streetLines.append(QStringLiteral("Porras A"));
    c.tags.append(QStringLiteral("vip"));
    c.notes = QStringLiteral("Prefers \"paper\" reminders, =never= formulas");
    c.created = QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);
    QFile golden(test::testDataDir() + QStringLiteral("/csv/export-one-customer/expected.csv"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    QCOMPARE(CustomerCsvExporter::toCsv({c}), golden.readAll());
}

void TestCustomerCsvExporter::roundTripGivesBackEveryField()
{
    QTemporaryDir dir;
    auto source = openCompany(dir, QStringLiteral("source.subdesk"));
    QVERIFY(source.ok());
    const QList<Customer> originals = awkwardCustomers();
    const auto added = (*source)->customers().addAll(originals);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    const auto exported = (*source)->customers().loadAll();
    QVERIFY(exported.ok());
    QCOMPARE(exported->size(), originals.size());

    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QVERIFY(CustomerCsvExporter::writeFile(path, *exported).ok());

    auto target = openCompany(dir, QStringLiteral("target.subdesk"));
    QVERIFY(target.ok());
    // A customer already there: the imported ones get new numbers.
    QVERIFY((*target)->customers().add(test::sampleCustomer(QStringLiteral("Existing Oy"))).ok());
    auto importer = CustomerCsvImporter::load(path);
    QVERIFY(importer.ok());
    for (int column = 1; column < importer->mapping().size(); ++column)
        QVERIFY(importer->mapping().at(column) == customers::allCustomerFields().at(column));
    const auto plan = importer->plan((*target)->customers().validator());
    QStringList problems;
    for (const ImportProblem& p : plan.problems)
        problems.append(p.message());
    QVERIFY2(!plan.hasProblems(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(CustomerCsvImporter::commit(plan, (*target)->customers(), CustomerCsvImporter::Mode::AllOrNothing).ok());

    const auto imported = (*target)->customers().loadAll();
    QVERIFY(imported.ok());
    QCOMPARE(imported->size(), exported->size() + 1);
    for (int i = 0; i < exported->size(); ++i) {
        const Customer& before = exported->at(i);
        Customer after = imported->at(i + 1);
        QCOMPARE(after.id, CustomerId(i + 2));
        for (const CustomerField field : customers::allCustomerFields()) {
            if (field == CustomerField::Id)
                continue;
            const QString where = QStringLiteral("%1, %2").arg(before.displayName, customers::fieldKey(field));
            QVERIFY2(customers::fieldText(after, field) == customers::fieldText(before, field), qPrintable(where));
        }
        QCOMPARE(after.created, before.created); // milliseconds included
        after.id = before.id;
        QVERIFY(after == before);
    }
    QCOMPARE(imported->at(2).created.time().msec(), 789);
    QCOMPARE(imported->at(1).phone, QStringLiteral("+358 40 123 4567"));
    QCOMPARE(imported->at(4).contactPerson, QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(imported->at(5).notes, QStringLiteral("'=already guarded by hand"));
}

void TestCustomerCsvExporter::writeFileWritesTheSameBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QList<Customer> list = awkwardCustomers();
    QVERIFY(CustomerCsvExporter::writeFile(path, list).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CustomerCsvExporter::toCsv(list));
}

void TestCustomerCsvExporter::writeFileIntoMissingFolderIsAnIoError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    const auto written = CustomerCsvExporter::writeFile(path, awkwardCustomers());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(written.error().message.contains(QStringLiteral("out.csv")));
}

QTEST_GUILESS_MAIN(TestCustomerCsvExporter)
#include "tst_customercsvexporter.moc"
