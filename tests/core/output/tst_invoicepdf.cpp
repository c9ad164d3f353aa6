#include "GoldenFile.h"
#include "OutputFixture.h"
#include "output/InvoicePdf.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::billing;

namespace {

const QString kGolden = QStringLiteral(SUBDESK_OUTPUT_GOLDEN "/pdf/");

/** The PDF's text as pdftotext -layout reads it, trailing blanks dropped; error set on failure. */
QString pdfText(const QByteArray& pdf, QString* error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return QString();
    }
    file.close();
    const QByteArray out = goldenfile::run(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, error);
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace() && line.back() != QLatin1Char('\f'))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

/** Spaces the locales use inside numbers (no-break, narrow no-break) read as plain spaces. */
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

QByteArray render(const Document& document, const QByteArray& logo = outputfixture::logoPng())
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const Status written = output::InvoicePdf::writePdf(document, logo, buffer);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error().message));
    return pdf;
}

bool havePdftotext()
{
    return goldenfile::available(QStringLiteral("pdftotext"));
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!havePdftotext())
            qWarning("********** pdftotext (poppler-utils) is missing: the PDF text checks are SKIPPED **********");
    }

    void goldenText_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("art. 226 domestic PL: 23 % and 8 % groups, part paid, creditor reference")
            << QStringLiteral("domestic-pl");
        QTest::newRow("reverse charge DE → FR: AE text and both VAT IDs, credit applied")
            << QStringLiteral("reverse-charge-de-fr");
        QTest::newRow("exempt seller IT: the seller's own exemption text") << QStringLiteral("exempt-seller-it");
        QTest::newRow("export to CH: G text, no VAT") << QStringLiteral("export-ch");
        QTest::newRow("credit note PL: positive amounts, corrects the invoice") << QStringLiteral("credit-note-pl");
        QTest::newRow("Persian buyer: right-to-left, Persian digits") << QStringLiteral("persian-fa");
        QTest::newRow("60 lines flow over pages, table header repeated, Page n of m")
            << QStringLiteral("multi-page-60-lines");
        QTest::newRow("JPY: amounts without decimals") << QStringLiteral("jpy-no-decimals");
    }

    void goldenText()
    {
        QFETCH(QString, sample);
        if (!havePdftotext())
            QSKIP("pdftotext (poppler-utils) is missing: install it to compare the PDFs' text");
        QString error;
        const QByteArray pdf = render(outputfixture::sample(sample).document);
        // SUBDESK_PDF_DUMP=<folder> keeps the PDFs to look at.
        if (const QString dump = qEnvironmentVariable("SUBDESK_PDF_DUMP"); !dump.isEmpty()) {
            QFile out(dump + QLatin1Char('/') + sample + QStringLiteral(".pdf"));
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size());
        }
        const QString text = pdfText(pdf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString problem = goldenfile::mismatch(kGolden + sample + QStringLiteral(".txt"), text.toUtf8());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void keyFacts_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("domestic PL: number, both VAT IDs, IBAN in groups, RF in groups, net 1667,00, VAT 372,76 "
                      "(23 % of 1596,00 = 367,08 + 8 % of 71,00 = 5,68), gross 2039,76, due 1939,76")
            << QStringLiteral("domestic-pl")
            << outputfixture::texts({"FV/2026/00042", "PL5260250995", "PL6762464455",
                                     "PL61 1090 1014 0000 0712 1981 2874", "RF18 5390 0754 7034", "1667,00", "367,08",
                                     "5,68", "372,76", "2039,76", "1939,76", "23%", "8%", "2.03.2026", "16.03.2026",
                                     "1.02.2026 – 28.02.2026"})
            << outputfixture::texts({});
        QTest::newRow("reverse charge: 'Reverse charge' and both VAT IDs, 0 VAT, due = 940,00 − 50,00 credit")
            << QStringLiteral("reverse-charge-de-fr")
            << outputfixture::texts({"Reverse charge", "Seller's VAT ID: DE136695976",
                                     "Customer's VAT ID: FR40303265045", "940,00", "890,00", "RE-2026-0107",
                                     "01.01.2026 – 31.03.2026"})
            << outputfixture::texts({});
        QTest::newRow("exempt: the seller's exemption text, net after the discount 425,00")
            << QStringLiteral("exempt-seller-it")
            << outputfixture::texts({"regime forfettario", "425,00", "-25,00", "BNCMRC80A01A944X"})
            << outputfixture::texts({"VAT ID:"});
        QTest::newRow("export: the G text, 25 × 192.00 = 4,800.00")
            << QStringLiteral("export-ch")
            << outputfixture::texts({"Export outside the EU — VAT not charged", "4,800.00", "192.00"})
            << outputfixture::texts({});
        QTest::newRow("credit note: title, correction of the invoice, positive 98,61 (84,50 + 11,27 + 2,84)")
            << QStringLiteral("credit-note-pl")
            << outputfixture::texts({"Faktura korygująca", "KOR/2026/00007",
                                     "Korekta faktury FV/2026/00042 z dnia 2.03.2026", "84,50", "11,27", "2,84",
                                     "98,61"})
            << outputfixture::texts({"-98,61", "-84,50", "Do zapłaty", "Płatne do"});
        QTest::newRow("60 lines: every line, three pages numbered")
            << QStringLiteral("multi-page-60-lines")
            << outputfixture::texts({"Workstation licence 01", "Workstation licence 60", "Page 1 of 3", "Page 3 of 3"})
            << outputfixture::texts({"Page 4"});
        QTest::newRow("JPY: 10 % of 10,517 = 1,051.7 → 1,052; total 11,569; no decimals")
            << QStringLiteral("jpy-no-decimals") << outputfixture::texts({"10,517", "1,052", "11,569", "1,980"})
            << outputfixture::texts({"11,569.00", ".00"});
    }

    void keyFacts()
    {
        QFETCH(QString, sample);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        if (!havePdftotext())
            QSKIP("pdftotext (poppler-utils) is missing: install it to read the PDFs' text");
        QString error;
        const QString text = plainSpaces(pdfText(render(outputfixture::sample(sample).document), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& fact : present)
            QVERIFY2(text.contains(fact), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(fact, text)));
        for (const QString& fact : absent)
            QVERIFY2(!text.contains(fact), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(fact, text)));
    }

    void tableHeaderRepeatsOnEveryPage()
    {
        if (!havePdftotext())
            QSKIP("pdftotext (poppler-utils) is missing");
        QString error;
        const QString text =
            pdfText(render(outputfixture::sample(QStringLiteral("multi-page-60-lines")).document), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 3);
        for (const QString& page : pages)
            QVERIFY2(page.contains(QLatin1String("Description")) || !page.contains(QLatin1String("Workstation")),
                     qPrintable(page));
        QCOMPARE(text.count(QStringLiteral("Net amount")), 3);
    }

    void rightToLeftPutsTheSellerOnTheRight()
    {
        if (!havePdftotext())
            QSKIP("pdftotext (poppler-utils) is missing");
        const auto column = [](const QString& text, const QString& needle) {
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                if (const qsizetype at = line.indexOf(needle); at >= 0)
                    return at;
            }
            return qsizetype(-1);
        };
        QString error;
        const Document fa = outputfixture::sample(QStringLiteral("persian-fa")).document;
        Document en = fa;
        en.language = QStringLiteral("en");
        const QString rtl = pdfText(render(fa), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString ltr = pdfText(render(en), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(ltr, QStringLiteral("Wolkenwerk GmbH")), qsizetype(0));
        QVERIFY2(column(rtl, QStringLiteral("Wolkenwerk GmbH")) > 40, qPrintable(rtl));
        // Persian digits in the amounts: 49.00 + 2 × 5.00 = 59.00.
        QVERIFY2(rtl.contains(QStringLiteral("۵۹٫۰۰")), qPrintable(rtl));
    }

    void writesAFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
        const Status written = output::InvoicePdf::writePdf(outputfixture::sample(QStringLiteral("export-ch")).document,
                                                            QByteArray(), path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const Status refused =
            output::InvoicePdf::writePdf(outputfixture::sample(QStringLiteral("export-ch")).document, QByteArray(),
                                         dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
    }

    void aBrokenLogoIsLeftOut()
    {
        const QByteArray pdf =
            render(outputfixture::sample(QStringLiteral("export-ch")).document, QByteArray("not an image"));
        QVERIFY(pdf.startsWith("%PDF-"));
    }

    void titleNamesKindAndNumber()
    {
        QCOMPARE(output::InvoicePdf::title(outputfixture::sample(QStringLiteral("export-ch")).document),
                 QStringLiteral("Invoice INV-2026-00311"));
        Document draft = outputfixture::sample(QStringLiteral("export-ch")).document;
        draft.number.clear();
        QCOMPARE(output::InvoicePdf::title(draft), QStringLiteral("Invoice"));
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
