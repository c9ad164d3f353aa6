#include "GoldenFile.h"
#include "OutputFixture.h"
#include "output/StatementPdf.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::billing;
using namespace subdesk::invoicing;

namespace {

const QString kGolden = QStringLiteral(SUBDESK_OUTPUT_GOLDEN "/pdf/");

Document invoice(const QString& number, QDate issued, qint64 netMinor, int rateBp = 2300)
{
    Document doc = outputfixture::issued(
        DocumentKind::Invoice, number, QStringLiteral("EUR"),
        {{QStringLiteral("Pro plan"), 1, netMinor, 0, tax::TaxCategory::Standard, rateBp, QDate(), QDate()}});
    doc.issueDate = issued;
    doc.dueDate = issued.addDays(14);
    return doc;
}

Payment payment(QDate date, qint64 minor, const QString& reference, PaymentKind kind = PaymentKind::Payment)
{
    Payment p;
    p.customerId = CustomerId(7);
    p.kind = kind;
    p.date = date;
    p.amount = Money(minor, *Currency::fromCode(QStringLiteral("EUR")));
    p.reference = reference;
    return p;
}

/** A customer who overpaid: the statement closes in the customer's favour. */
Statement statementInCredit()
{
    QList<Document> docs = {invoice(QStringLiteral("INV-2026-00001"), QDate(2026, 1, 5), 10000),
                            invoice(QStringLiteral("INV-2026-00012"), QDate(2026, 2, 5), 10000),
                            invoice(QStringLiteral("INV-2026-00023"), QDate(2026, 3, 5), 10000)};
    Document credit = outputfixture::issued(
        DocumentKind::CreditNote, QStringLiteral("CN-2026-00002"), QStringLiteral("EUR"),
        {{QStringLiteral("Refund"), 1, -2000, 0, tax::TaxCategory::Standard, 2300, QDate(), QDate()}});
    credit.issueDate = QDate(2026, 3, 9);
    docs << credit;
    const QList<Payment> payments = {payment(QDate(2026, 1, 20), 12300, QStringLiteral("TRF 0001")),
                                     payment(QDate(2026, 2, 19), 12300, QStringLiteral("TRF 0002")),
                                     payment(QDate(2026, 3, 18), 15000, QStringLiteral("TRF 0003")),
                                     payment(QDate(2026, 3, 25), 500, QStringLiteral("Refund 1"), PaymentKind::Refund)};
    Result<Statement> st =
        Statement::build(CustomerId(7), QStringLiteral("EUR"), QDate(2026, 2, 1), QDate(2026, 3, 31), docs, payments);
    if (!st.ok())
        qFatal("statement: %s", qPrintable(st.error().message));
    return *st;
}

QString pdfText(const QByteArray& pdf, QString* error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statement.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(pdf);
    file.close();
    QStringList lines = QString::fromUtf8(goldenfile::run(QStringLiteral("pdftotext"),
                                                          {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                           QStringLiteral("UTF-8"), path, QStringLiteral("-")},
                                                          error))
                            .split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace() && line.back() != QLatin1Char('\f'))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray render(const Statement& statement, const QString& language)
{
    Party customer = outputfixture::sample(QStringLiteral("domestic-pl")).document.buyer;
    const output::StatementPdf::Content content {statement, outputfixture::seller(QStringLiteral("DE")), customer,
                                                 outputfixture::logoPng(), language};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const Status written = output::StatementPdf::writePdf(content, buffer);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error().message));
    if (const QString dump = qEnvironmentVariable("SUBDESK_PDF_DUMP"); !dump.isEmpty()) {
        QFile out(dump + QStringLiteral("/statement-last.pdf"));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
    }
    return pdf;
}

} // namespace

class TestStatementPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!goldenfile::available(QStringLiteral("pdftotext")))
            qWarning("********** pdftotext (poppler-utils) is missing: the statement checks are SKIPPED **********");
    }

    void golden()
    {
        if (!goldenfile::available(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is missing");
        QString error;
        const QByteArray pdf = render(statementInCredit(), QStringLiteral("en"));
        if (const QString dump = qEnvironmentVariable("SUBDESK_PDF_DUMP"); !dump.isEmpty()) {
            QFile out(dump + QStringLiteral("/statement-en.pdf"));
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size());
        }
        const QString text = pdfText(pdf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString problem = goldenfile::mismatch(kGolden + QStringLiteral("statement-en.txt"), text.toUtf8());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void facts_data()
    {
        QTest::addColumn<QString>("fact");
        // January: 123.00 invoiced, 123.00 paid → opening 0.00. February +123.00 −123.00; March +123.00
        // −24.60 (credit note) −150.00 + 5.00 (refund) → closing −46.60, in the customer's favour.
        QTest::newRow("opening balance: January's invoice and payment cancel out") << QStringLiteral("Opening balance");
        QTest::newRow("the February invoice is listed with its due date") << QStringLiteral("INV-2026-00012");
        QTest::newRow("credit note 20.00 + 23 % = 24.60 as a credit") << QStringLiteral("24.60");
        QTest::newRow("the refund is a debit") << QStringLiteral("Refund 1");
        QTest::newRow("running balance after the March payment: 123.00 − 24.60 − 150.00 = −51.60")
            << QStringLiteral("-51.60");
        QTest::newRow("closing balance −46.60") << QStringLiteral("-46.60");
        QTest::newRow("a negative closing balance is in the customer's favour")
            << QStringLiteral("Balance in your favour");
        QTest::newRow("the favour is shown as a positive amount") << QStringLiteral("€46.60");
    }

    void facts()
    {
        QFETCH(QString, fact);
        if (!goldenfile::available(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is missing");
        QString error;
        const QString text = pdfText(render(statementInCredit(), QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(fact), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(fact, text)));
        QVERIFY2(!text.contains(QLatin1String("INV-2026-00001")), "January is before the period");
    }

    void balanceDueWhenTheCustomerOwes()
    {
        if (!goldenfile::available(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is missing");
        Result<Statement> st =
            Statement::build(CustomerId(7), QStringLiteral("EUR"), QDate(2026, 1, 1), QDate(2026, 1, 31),
                             {invoice(QStringLiteral("INV-2026-00001"), QDate(2026, 1, 5), 10000)}, {});
        QVERIFY(st.ok());
        QString error;
        const QString text = pdfText(render(*st, QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(QLatin1String("Balance due")) && text.contains(QStringLiteral("€123.00")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("in your favour")));
    }

    void manyEntriesFlowOverPages()
    {
        if (!goldenfile::available(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is missing");
        QList<Document> docs;
        for (int i = 0; i < 80; ++i)
            docs << invoice(QStringLiteral("INV-2026-%1").arg(i + 1, 5, 10, QLatin1Char('0')),
                            QDate(2026, 1, 1).addDays(i * 3), 1000);
        Result<Statement> st =
            Statement::build(CustomerId(7), QStringLiteral("EUR"), QDate(2026, 1, 1), QDate(2026, 12, 31), docs, {});
        QVERIFY(st.ok());
        QString error;
        const QString text = pdfText(render(*st, QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(QLatin1String("Page 1 of 3")) && text.contains(QLatin1String("Page 3 of 3")),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Reference")), 3); // the table header on every page
        QVERIFY(text.contains(QLatin1String("INV-2026-00080")));
        QVERIFY(text.contains(QLatin1String("984.00"))); // 80 × 12.30
    }

    void writesAFile()
    {
        QTemporaryDir dir;
        const Statement st = statementInCredit();
        const output::StatementPdf::Content content {st, outputfixture::seller(QStringLiteral("DE")),
                                                     outputfixture::seller(QStringLiteral("FI")), QByteArray(),
                                                     QStringLiteral("fi")};
        const QString path = dir.filePath(QStringLiteral("statement.pdf"));
        QVERIFY(output::StatementPdf::writePdf(content, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestStatementPdf)
#include "tst_statementpdf.moc"
