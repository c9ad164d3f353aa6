#include "InvoiceSamples.h"
#include "PaymentSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "invoices/CreditNoteDialog.h"
#include "invoicing/InvoiceService.h"
#include "storage/CompanyFile.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using test::euros;
using test::typed;
using ui::CreditNoteDialog;

/**
 * The credit-note dialog on Virtanen's invoice of 2026-03-01: lines of 100.00 and 50.00 net, 25.5 %
 * VAT on the group sum 150.00 = 38.25, total 188.25 (BILLING.md §8).
 */
class TestCreditNoteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("credit%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        auto invoice = test::issueInvoice(*m_company, samples->virtanen, QDate(2026, 3, 1), {10000, 5000});
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
        m_invoice = *invoice;
        QCOMPARE(m_invoice.total.minorUnits(), 18825);
    }

    void cleanup() { m_company.reset(); }

    void creditingEverythingPreviewsTheWholeInvoiceNegated()
    {
        CreditNoteDialog dialog(m_company->invoices(), m_invoice.id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("issueCreditNoteButton"));
        QVERIFY(test::child<QRadioButton>(&dialog, QStringLiteral("creditFullRadio"))->isChecked());
        QVERIFY(!ok->isEnabled()); // a credit note needs a reason
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("Give a reason")), qPrintable(dialog.summaryText()));

        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("creditReasonEdit")),
                         QStringLiteral("Service outage in March"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QCOMPARE(dialog.previewTable()->item(0, 2)->text(), euros(-10000));
        QCOMPARE(dialog.previewTable()->item(1, 2)->text(), euros(-5000));
        QVERIFY2(dialog.summaryText().endsWith(QStringLiteral("Total %1").arg(euros(-18825))),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.summaryText().contains(QStringLiteral("Capped")));
        QCOMPARE(dialog.uncreditedMinor(0), 10000);
        QCOMPARE(dialog.uncreditedMinor(1), 5000);
    }

    void anAmountAboveWhatIsLeftIsRefused_data()
    {
        QTest::addColumn<qint64>("creditedBefore");
        QTest::addColumn<qint64>("asked");
        QTest::addColumn<QString>("message");

        QTest::newRow("§8: 188.26 asked of an invoice of 188.25")
            << qint64(0) << qint64(18826) << QStringLiteral("At most 188.25 of invoice %1 is left to credit.");
        QTest::newRow("§8: after a credit of 100.00, 188.25 asked of the 88.25 left")
            << qint64(10000) << qint64(18825) << QStringLiteral("At most 88.25 of invoice %1 is left to credit.");
    }

    void anAmountAboveWhatIsLeftIsRefused()
    {
        QFETCH(qint64, creditedBefore);
        QFETCH(qint64, asked);
        QFETCH(QString, message);

        if (creditedBefore > 0) {
            invoicing::CreditRequest first;
            first.invoiceId = m_invoice.id;
            first.scope = invoicing::CreditRequest::Scope::Amount;
            first.amountMinor = creditedBefore;
            first.reason = QStringLiteral("Goodwill");
            auto credited = m_company->invoices().credit(first);
            QVERIFY2(credited, credited ? "" : qPrintable(credited.error().message));
        }
        CreditNoteDialog dialog(m_company->invoices(), m_invoice.id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("creditReasonEdit")),
                         QStringLiteral("Price correction"));
        choose(&dialog, "creditAmountRadio");
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("creditAmountEdit")), typed(asked));
        QCOMPARE(dialog.summaryText(), message.arg(m_invoice.number));
        QVERIFY(!test::child<QPushButton>(&dialog, QStringLiteral("issueCreditNoteButton"))->isEnabled());
    }

    void aRoundingOvershootIsCappedByOneCent()
    {
        // Lines of 10.02 and 10.02: tax on the group 20.04 is 5.1102 → 5.11, total 25.15. Line 1
        // credited alone is 10.02 + 2.5551 → 2.56 = 12.58, leaving 12.57; line 2 alone would again be
        // 12.58, one cent more than is left, so the service reduces it to 10.01 + 2.55 = 12.56.
        auto invoice = test::issueInvoice(*m_company, m_invoice.customerId, QDate(2026, 3, 2), {1002, 1002});
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
        QCOMPARE(invoice->total.minorUnits(), 2515);
        invoicing::CreditRequest first;
        first.invoiceId = invoice->id;
        first.scope = invoicing::CreditRequest::Scope::Lines;
        first.lines = {{invoice->lines.at(0).id, 1002}};
        first.reason = QStringLiteral("Line 1 returned");
        auto credited = m_company->invoices().credit(first);
        QVERIFY2(credited, credited ? "" : qPrintable(credited.error().message));
        QCOMPARE(credited->total.minorUnits(), -1258);

        CreditNoteDialog dialog(m_company->invoices(), invoice->id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.uncreditedMinor(1), 1001);
        QCOMPARE(dialog.linesTable()->item(1, CreditNoteDialog::LineUncreditedColumn)->text(), euros(1001));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("creditReasonEdit")),
                         QStringLiteral("Line 2 returned"));
        choose(&dialog, "creditLinesRadio");
        QTest::keyClicks(
            static_cast<QLineEdit*>(dialog.linesTable()->cellWidget(1, CreditNoteDialog::LineCreditColumn)),
            typed(1002));
        const QString summary = dialog.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Total %1").arg(euros(-1256))), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Capped by %1").arg(euros(1))), qPrintable(summary));
        QVERIFY(test::child<QPushButton>(&dialog, QStringLiteral("issueCreditNoteButton"))->isEnabled());
    }

    void aLineCreditAboveWhatTheLineHasLeftIsRefused()
    {
        CreditNoteDialog dialog(m_company->invoices(), m_invoice.id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("creditReasonEdit")),
                         QStringLiteral("Returned"));
        choose(&dialog, "creditLinesRadio");
        auto* line = static_cast<QLineEdit*>(dialog.linesTable()->cellWidget(0, CreditNoteDialog::LineCreditColumn));
        QTest::keyClicks(line, typed(10001));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("Line 1: at most %1 can be credited.").arg(euros(10000))),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!test::child<QPushButton>(&dialog, QStringLiteral("issueCreditNoteButton"))->isEnabled());
    }

    void issuingCreditsTheChosenLine()
    {
        CreditNoteDialog dialog(m_company->invoices(), m_invoice.id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("creditReasonEdit")),
                         QStringLiteral("Half of line 1 returned"));
        choose(&dialog, "creditLinesRadio");
        QTest::keyClicks(
            static_cast<QLineEdit*>(dialog.linesTable()->cellWidget(0, CreditNoteDialog::LineCreditColumn)),
            typed(5000));
        // 50.00 net + 25.5 % = 62.75
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("Total %1").arg(euros(-6275))),
                 qPrintable(dialog.summaryText()));
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("issueCreditNoteButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const billing::Document& note = dialog.creditNote();
        QCOMPARE(note.kind, billing::DocumentKind::CreditNote);
        QVERIFY(!note.number.isEmpty());
        QCOMPARE(note.total.minorUnits(), -6275);
        QCOMPARE(note.correctsId, m_invoice.id);
        QCOMPARE(note.note, QStringLiteral("Half of line 1 returned"));
        QCOMPARE(m_company->invoices().document(m_invoice.id)->credited.minorUnits(), 6275);
    }

private:
    /** Clicks the radio button on its indicator (a click beyond its text misses it). */
    static void choose(QWidget* dialog, const char* name)
    {
        auto* radio = test::child<QRadioButton>(dialog, QString::fromLatin1(name));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    billing::Document m_invoice;
};

QTEST_MAIN(TestCreditNoteDialog)
#include "tst_creditnotedialog.moc"
