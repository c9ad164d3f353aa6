#include "GoldenFile.h"
#include "OutputFixture.h"
#include "output/UblWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::billing;

namespace {

const QString kGolden = QStringLiteral(SUBDESK_OUTPUT_GOLDEN "/ubl/");
const QString kSaxon = QStringLiteral("/usr/share/java/Saxon-HE.jar");

/** ../shared/standards beside the source tree, or $SUBDESK_STANDARDS; empty when neither exists. */
QString standardsDir()
{
    const QString fromEnv = qEnvironmentVariable("SUBDESK_STANDARDS");
    if (!fromEnv.isEmpty() && QDir(fromEnv).exists())
        return QDir(fromEnv).absolutePath();
    const QDir beside(QStringLiteral(SUBDESK_STANDARDS_DIR));
    return beside.exists() ? beside.absolutePath() : QString();
}

QByteArray xmlOf(const Document& document)
{
    Result<QByteArray> xml = output::UblWriter::toXml(document);
    if (!xml.ok())
        qWarning("%s", qPrintable(xml.error().message));
    return xml.ok() ? *xml : QByteArray();
}

QStringList goldenFiles(const QString& rootElement)
{
    QStringList files;
    for (const outputfixture::Sample& sample : outputfixture::samples()) {
        const bool credit = sample.document.kind == DocumentKind::CreditNote;
        if ((rootElement == QLatin1String("CreditNote")) == credit)
            files << kGolden + sample.name + QStringLiteral(".xml");
    }
    return files;
}

QString loudSkip(const QString& what)
{
    const QString message = QStringLiteral("%1: the UBL validation is SKIPPED").arg(what);
    qWarning("**********************************************************************");
    qWarning("********** %s", qPrintable(message));
    qWarning("**********************************************************************");
    return message;
}

} // namespace

class TestUblWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("sample");
        for (const outputfixture::Sample& sample : outputfixture::samples())
            QTest::newRow(qPrintable(QStringLiteral("EN 16931 UBL of %1 matches its golden file").arg(sample.name)))
                << sample.name;
    }

    void golden()
    {
        QFETCH(QString, sample);
        const QByteArray xml = xmlOf(outputfixture::sample(sample).document);
        QVERIFY(!xml.isEmpty());
        const QString problem = goldenfile::mismatch(kGolden + sample + QStringLiteral(".xml"), xml);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void facts_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("invoice: Peppol BIS 3 ids, type 380, SEPA credit transfer 58 with IBAN/BIC and RF as PaymentID")
            << QStringLiteral("domestic-pl")
            << outputfixture::texts(
                   {"<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"",
                    "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:"
                    "billing:3.0</cbc:CustomizationID>",
                    "<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>",
                    "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>",
                    "<cbc:PaymentID>RF18539007547034</cbc:PaymentID>", "<cbc:ID>PL61109010140000071219812874</cbc:ID>",
                    "<cbc:TaxAmount currencyID=\"PLN\">372.76</cbc:TaxAmount>",
                    "<cbc:PayableAmount currencyID=\"PLN\">2039.76</cbc:PayableAmount>",
                    "<cbc:EndDate>2026-02-28</cbc:EndDate>"})
            << outputfixture::texts({"PrepaidAmount"});
        QTest::newRow(
            "reverse charge: AE 0 % with VATEX-EU-AE; payable = gross as issued (credit applied settles it later)")
            << QStringLiteral("reverse-charge-de-fr")
            << outputfixture::texts(
                   {"<cbc:ID>AE</cbc:ID>", "<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>",
                    "<cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>",
                    "<cbc:CompanyID>FR40303265045</cbc:CompanyID>", "<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>",
                    "<cbc:PayableAmount currencyID=\"EUR\">940.00</cbc:PayableAmount>",
                    "<cbc:EndpointID schemeID=\"0009\">30326504500016</cbc:EndpointID>"})
            << outputfixture::texts({});
        QTest::newRow("credit note: CreditNote 381, positive amounts, BillingReference to the invoice")
            << QStringLiteral("credit-note-pl")
            << outputfixture::texts({"<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"",
                                     "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
                                     "<cac:InvoiceDocumentReference>\n        <cbc:ID>FV/2026/00042</cbc:ID>\n        "
                                     "<cbc:IssueDate>2026-03-02</cbc:IssueDate>",
                                     "<cbc:PayableAmount currencyID=\"PLN\">98.61</cbc:PayableAmount>",
                                     "<cbc:CreditedQuantity unitCode=\"C62\">1</cbc:CreditedQuantity>"})
            << outputfixture::texts({"-", "<cbc:DueDate>", "InvoiceLine"});
        QTest::newRow("JPY: amounts without decimals")
            << QStringLiteral("jpy-no-decimals")
            << outputfixture::texts({"<cbc:TaxAmount currencyID=\"JPY\">1052</cbc:TaxAmount>",
                                     "<cbc:PayableAmount currencyID=\"JPY\">11569</cbc:PayableAmount>",
                                     "<cbc:PriceAmount currencyID=\"JPY\">1980</cbc:PriceAmount>"})
            << outputfixture::texts({"1052.", "11569."});
        QTest::newRow("exempt seller without VAT ID: tax registration (BT-32), E with the seller's text; a discount "
                      "line has quantity -1 and a positive price (BR-27)")
            << QStringLiteral("exempt-seller-it")
            << outputfixture::texts(
                   {"<cbc:CompanyID>BNCMRC80A01A944X</cbc:CompanyID>\n          <cac:TaxScheme>\n            "
                    "<cbc:ID>TAX</cbc:ID>",
                    "<cbc:ID>E</cbc:ID>", "regime forfettario",
                    "<cbc:InvoicedQuantity unitCode=\"C62\">-1</cbc:InvoicedQuantity>",
                    "<cbc:PriceAmount currencyID=\"EUR\">25.00</cbc:PriceAmount>"})
            << outputfixture::texts(
                   {"<cbc:ID>VAT</cbc:ID>\n          </cac:TaxScheme>\n        </cac:PartyTaxScheme>"});
    }

    void facts()
    {
        QFETCH(QString, sample);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        // Compared without the indentation between elements.
        const QRegularExpression between(QStringLiteral(">\\s+<"));
        const QString xml =
            QString::fromUtf8(xmlOf(outputfixture::sample(sample).document)).replace(between, QStringLiteral("><"));
        for (QString& fact : present)
            fact.replace(between, QStringLiteral("><"));
        for (QString& fact : absent)
            fact.replace(between, QStringLiteral("><"));
        for (const QString& fact : present)
            QVERIFY2(xml.contains(fact), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(fact, xml)));
        // Negative amounts: look only at element contents, not at ids like "RE-2026".
        for (const QString& fact : absent) {
            if (fact == QLatin1String("-")) {
                QVERIFY2(!xml.contains(QRegularExpression(QStringLiteral(">-[0-9]"))), qPrintable(xml));
                continue;
            }
            QVERIFY2(!xml.contains(fact), qPrintable(QStringLiteral("unexpected %1 in:\n%2").arg(fact, xml)));
        }
    }

    void greekVatIdsUseEl()
    {
        Document doc = outputfixture::sample(QStringLiteral("reverse-charge-de-fr")).document;
        doc.buyer.country = QStringLiteral("GR");
        doc.buyer.vatId = QStringLiteral("GR094259216");
        const QString xml = QString::fromUtf8(xmlOf(doc));
        QVERIFY2(xml.contains(QLatin1String("<cbc:CompanyID>EL094259216</cbc:CompanyID>")), qPrintable(xml));
        QVERIFY(xml.contains(QLatin1String("<cbc:IdentificationCode>GR</cbc:IdentificationCode>")));
    }

    void unitPriceNotExactGoesPerBaseQuantity()
    {
        // 3 × ? = 10.00 has no exact unit price: price 10.00 per base quantity 3.
        Document doc = outputfixture::issued(DocumentKind::Invoice, QStringLiteral("X-1"), QStringLiteral("EUR"),
                                             {{QStringLiteral("Three seats, prorated"), 3, 0, 1000,
                                               tax::TaxCategory::Standard, 2000, QDate(), QDate()}});
        doc.seller = outputfixture::seller(QStringLiteral("DE"));
        doc.buyer = outputfixture::seller(QStringLiteral("FI"));
        doc.issueDate = QDate(2026, 1, 1);
        const QString xml = QString::fromUtf8(xmlOf(doc));
        QVERIFY2(xml.contains(QLatin1String("<cbc:InvoicedQuantity unitCode=\"C62\">3</cbc:InvoicedQuantity>")),
                 qPrintable(xml));
        QVERIFY(xml.contains(QLatin1String("<cbc:PriceAmount currencyID=\"EUR\">10.00</cbc:PriceAmount>")));
        QVERIFY(xml.contains(QLatin1String("<cbc:BaseQuantity unitCode=\"C62\">3</cbc:BaseQuantity>")));
    }

    void draftsAreRefused()
    {
        Document draft = outputfixture::sample(QStringLiteral("export-ch")).document;
        draft.state = DocumentState::Draft;
        draft.number.clear();
        const Result<QByteArray> xml = output::UblWriter::toXml(draft);
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().code, ErrorCode::Invalid);
    }

    void fileNameIsSafe()
    {
        Document doc = outputfixture::sample(QStringLiteral("domestic-pl")).document;
        QCOMPARE(output::UblWriter::fileName(doc), QStringLiteral("FV_2026_00042.xml"));
        QTemporaryDir dir;
        const QString path = dir.filePath(output::UblWriter::fileName(doc));
        QVERIFY(output::UblWriter::write(doc, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), xmlOf(doc));
    }

    /** Every golden sample against the OASIS UBL 2.1 schema. */
    void goldenSamplesPassTheUblXsd()
    {
        const QString standards = standardsDir();
        if (standards.isEmpty())
            QSKIP(qPrintable(loudSkip(QStringLiteral("../shared/standards not found (set SUBDESK_STANDARDS)"))));
        if (!goldenfile::available(QStringLiteral("xmllint")))
            QSKIP(qPrintable(loudSkip(QStringLiteral("xmllint (libxml2-utils) is not installed"))));
        for (const QString& root : {QStringLiteral("Invoice"), QStringLiteral("CreditNote")}) {
            const QString xsd = standards + QStringLiteral("/ubl-2.1/xsd/maindoc/UBL-%1-2.1.xsd").arg(root);
            QVERIFY2(QFile::exists(xsd), qPrintable(xsd));
            QString error;
            goldenfile::run(
                QStringLiteral("xmllint"),
                QStringList {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd} + goldenFiles(root), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    /** Every golden sample against the CEN/TC 434 EN 16931 Schematron, in one Saxon run. */
    void goldenSamplesPassTheEn16931Schematron()
    {
        const QString standards = standardsDir();
        if (standards.isEmpty())
            QSKIP(qPrintable(loudSkip(QStringLiteral("../shared/standards not found (set SUBDESK_STANDARDS)"))));
        if (!goldenfile::available(QStringLiteral("java")) || !QFile::exists(kSaxon))
            QSKIP(qPrintable(loudSkip(QStringLiteral("java or %1 (libsaxonhe-java) is not installed").arg(kSaxon))));
        const QString xslt = standards + QStringLiteral("/en16931-ubl/EN16931-UBL-validation.xslt");
        QVERIFY2(QFile::exists(xslt), qPrintable(xslt));
        QTemporaryDir in;
        QTemporaryDir out;
        const QStringList files = goldenFiles(QStringLiteral("Invoice")) + goldenFiles(QStringLiteral("CreditNote"));
        for (const QString& file : files)
            QVERIFY2(QFile::copy(file, in.filePath(QFileInfo(file).fileName())), qPrintable(file));
        QString error;
        goldenfile::run(QStringLiteral("java"),
                        {QStringLiteral("-jar"), kSaxon, QStringLiteral("-s:") + in.path(),
                         QStringLiteral("-xsl:") + xslt, QStringLiteral("-o:") + out.path()},
                        &error, 300000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QRegularExpression failed(QStringLiteral("<svrl:failed-assert[^>]*>.*?</svrl:failed-assert>"),
                                        QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression id(QStringLiteral("\\bid=\"([^\"]*)\""));
        const QRegularExpression location(QStringLiteral("location=\"([^\"]*)\""));
        const QRegularExpression message(QStringLiteral("<svrl:text>(.*?)</svrl:text>"),
                                         QRegularExpression::DotMatchesEverythingOption);
        QStringList fatal;
        for (const QString& file : files) {
            const QString report = out.filePath(QFileInfo(file).fileName());
            QFile svrl(report);
            QVERIFY2(svrl.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no report %1").arg(report)));
            const QString text = QString::fromUtf8(svrl.readAll());
            QVERIFY2(text.contains(QLatin1String("schematron-output")), qPrintable(report));
            for (auto it = failed.globalMatch(text); it.hasNext();) {
                const QString assertion = it.next().captured(0);
                const QString rule = id.match(assertion).captured(1);
                const QString where = location.match(assertion).captured(1);
                const QString what = message.match(assertion).captured(1).simplified();
                const QString line =
                    QStringLiteral("%1: %2 at %3: %4").arg(QFileInfo(file).fileName(), rule, where, what);
                if (assertion.contains(QLatin1String("flag=\"fatal\"")))
                    fatal << line;
                else
                    qInfo("warning: %s", qPrintable(line));
            }
        }
        QVERIFY2(fatal.isEmpty(), qPrintable(fatal.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestUblWriter)
#include "tst_ublwriter.moc"
