#include "InvoiceSamples.h"
#include "PaymentSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "catalog/MoneyEdit.h"
#include "invoices/RecordPaymentDialog.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"
#include "payments/CustomerPicker.h"
#include "storage/CompanyFile.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using test::euros;
using test::typed;
using ui::RecordPaymentDialog;

/**
 * The record-payment dialog on Virtanen's two open invoices: A issued 2026-03-01 (100.00 net +
 * 25.5 % = 125.50, due 03-15) and B issued 2026-03-05 (200.00 + 51.00 = 251.00, due 03-19), with
 * Aalto's invoice of 50.00 net beside them. Today is 2026-03-15.
 */
class TestRecordPaymentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(
            test::companyPath(m_dir, QStringLiteral("payment%1.subdesk").arg(++n)), {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
        auto a = test::issueInvoice(*m_company, m_samples.virtanen, QDate(2026, 3, 1), {10000});
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        auto other = test::issueInvoice(*m_company, m_samples.aalto, QDate(2026, 3, 2), {5000});
        QVERIFY2(other, other ? "" : qPrintable(other.error().message));
        auto b = test::issueInvoice(*m_company, m_samples.virtanen, QDate(2026, 3, 5), {20000});
        QVERIFY2(b, b ? "" : qPrintable(b.error().message));
        m_a = *a;
        m_b = *b;
        QCOMPARE(m_a.total.minorUnits(), 12550);
        QCOMPARE(m_b.total.minorUnits(), 25100);
    }

    void cleanup() { m_company.reset(); }

    void amountIsAppliedOldestFirst_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("toA");
        QTest::addColumn<qint64>("toB");
        QTest::addColumn<qint64>("credit");

        QTest::newRow("100.00 goes to the oldest invoice alone, nothing is left over")
            << qint64(10000) << qint64(10000) << qint64(0) << qint64(0);
        QTest::newRow("200.00 settles the oldest (125.50) and puts the other 74.50 on the next")
            << qint64(20000) << qint64(12550) << qint64(7450) << qint64(0);
        QTest::newRow("400.00 settles both (376.50) and leaves 23.50 as customer credit")
            << qint64(40000) << qint64(12550) << qint64(25100) << qint64(2350);
    }

    void amountIsAppliedOldestFirst()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, toA);
        QFETCH(qint64, toB);
        QFETCH(qint64, credit);

        RecordPaymentDialog dialog(m_company->payments(), m_company->invoices(), m_company->customers(),
                                   m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* picker = test::child<ui::CustomerPicker>(&dialog, QStringLiteral("customerPicker"));
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Virtanen Oy"));
        QCOMPARE(picker->currentCustomerId(), m_samples.virtanen);

        QTableWidget* table = dialog.allocationTable();
        QCOMPARE(table->rowCount(), 2); // Aalto's invoice is not Virtanen's to pay
        QCOMPARE(table->item(0, RecordPaymentDialog::NumberColumn)->text(), m_a.number);
        QCOMPARE(table->item(1, RecordPaymentDialog::NumberColumn)->text(), m_b.number);
        QCOMPARE(table->item(0, RecordPaymentDialog::BalanceColumn)->text(), euros(12550));

        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("paymentAmountEdit")), typed(amount));
        QCOMPARE(applied(dialog, 0), typed(toA));
        QCOMPARE(applied(dialog, 1), toB == 0 ? QString() : typed(toB));
        QCOMPARE(dialog.creditText(), QStringLiteral("Left over as customer credit: %1").arg(euros(credit)));
        QVERIFY(test::child<QPushButton>(&dialog, QStringLiteral("recordPaymentButton"))->isEnabled());
    }

    void allocationAboveTheBalanceIsRefused_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("toA");
        QTest::addColumn<qint64>("toB");
        QTest::addColumn<QString>("message");

        QTest::newRow("130.00 on A, whose balance is 125.50")
            << qint64(20000) << qint64(13000) << qint64(0) << QStringLiteral("has 125.50 left to pay");
        QTest::newRow("100.00 + 50.00 applied out of a payment of 100.00")
            << qint64(10000) << qint64(10000) << qint64(5000) << QStringLiteral("add up to more than the payment");
    }

    void allocationAboveTheBalanceIsRefused()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, toA);
        QFETCH(qint64, toB);
        QFETCH(QString, message);

        RecordPaymentDialog dialog(m_company->payments(), m_company->invoices(), m_company->customers(),
                                   m_clock.today(), m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("paymentAmountEdit")), typed(amount));
        setApplied(dialog, 0, toA);
        setApplied(dialog, 1, toB);
        auto* issues = test::child<QLabel>(&dialog, QStringLiteral("paymentIssues"));
        QVERIFY2(issues->text().contains(message), qPrintable(issues->text()));
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("recordPaymentButton"));
        QVERIFY(!ok->isEnabled());
        dialog.accept(); // refused again by the service, inline; nothing is written
        QVERIFY(dialog.isVisible());
        QVERIFY(m_company->payments().payments({})->isEmpty());
    }

    void recordingSettlesTheInvoicesAndKeepsTheRestAsCredit()
    {
        RecordPaymentDialog dialog(m_company->payments(), m_company->invoices(), m_company->customers(),
                                   m_clock.today(), m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("paymentAmountEdit")), typed(40000));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("paymentReferenceEdit")),
                         QStringLiteral("RF18 5390 0754 7034"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("recordPaymentButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const invoicing::Payment& payment = dialog.payment();
        QCOMPARE(payment.amount.minorUnits(), 40000);
        QCOMPARE(payment.reference, QStringLiteral("RF18 5390 0754 7034"));
        QCOMPARE(payment.allocations.size(), 2);
        QCOMPARE(payment.toCredit.minorUnits(), 2350);
        QCOMPARE(m_company->invoices().document(m_a.id)->balance().minorUnits(), 0);
        QCOMPARE(m_company->invoices().document(m_b.id)->balance().minorUnits(), 0);
        QCOMPARE(m_company->payments().creditBalances(m_samples.virtanen)->value(QStringLiteral("EUR")).minorUnits(),
                 2350);
    }

    void openedFromAnInvoicePaysItFirst()
    {
        RecordPaymentDialog dialog(m_company->payments(), m_company->invoices(), m_company->customers(),
                                   m_clock.today(), std::nullopt, m_b.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(test::child<ui::CustomerPicker>(&dialog, QStringLiteral("customerPicker"))->currentCustomerId(),
                 m_samples.virtanen);
        QCOMPARE(test::child<QLineEdit>(&dialog, QStringLiteral("paymentAmountEdit"))->text(), typed(25100));
        QCOMPARE(dialog.allocationTable()->item(0, RecordPaymentDialog::NumberColumn)->text(), m_b.number);
        QCOMPARE(applied(dialog, 0), typed(25100));
        QCOMPARE(applied(dialog, 1), QString());
        QCOMPARE(dialog.creditText(), QStringLiteral("Left over as customer credit: %1").arg(euros(0)));
    }

private:
    static QString applied(const RecordPaymentDialog& dialog, int row)
    {
        return static_cast<QLineEdit*>(dialog.allocationTable()->cellWidget(row, RecordPaymentDialog::ApplyColumn))
            ->text();
    }
    static void setApplied(RecordPaymentDialog& dialog, int row, qint64 minor)
    {
        auto* edit =
            static_cast<QLineEdit*>(dialog.allocationTable()->cellWidget(row, RecordPaymentDialog::ApplyColumn));
        edit->selectAll();
        if (minor == 0)
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, typed(minor));
    }

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::InvoiceSamples m_samples;
    billing::Document m_a;
    billing::Document m_b;
};

QTEST_MAIN(TestRecordPaymentDialog)
#include "tst_recordpaymentdialog.moc"
