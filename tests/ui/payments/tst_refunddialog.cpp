#include "InvoiceSamples.h"
#include "PaymentSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "invoices/RefundDialog.h"
#include "invoicing/PaymentService.h"
#include "payments/CustomerPicker.h"
#include "storage/CompanyFile.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace subdesk;
using test::euros;
using test::typed;
using ui::RefundDialog;

/** Virtanen paid 150.00 on an invoice of 125.50, so 24.50 is their credit; Aalto has none. */
class TestRefundDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("refund%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
        auto invoice = test::issueInvoice(*m_company, m_samples.virtanen, QDate(2026, 3, 1), {10000});
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
        invoicing::PaymentRequest payment;
        payment.customerId = m_samples.virtanen;
        payment.currency = QStringLiteral("EUR");
        payment.amountMinor = 15000;
        payment.date = QDate(2026, 3, 10);
        auto paid = m_company->payments().record(payment);
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
        QCOMPARE(paid->toCredit.minorUnits(), 2450);
    }

    void cleanup() { m_company.reset(); }

    void offersAllOfTheCredit()
    {
        RefundDialog dialog(m_company->payments(), m_company->customers(), m_clock.today(), m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.availableText(), QStringLiteral("Available: %1").arg(euros(2450)));
        QCOMPARE(test::child<QLineEdit>(&dialog, QStringLiteral("refundAmountEdit"))->text(), typed(2450));
        QCOMPARE(dialog.issueText(), QString());
        QVERIFY(test::child<QPushButton>(&dialog, QStringLiteral("refundButton"))->isEnabled());
    }

    void refusesMoreThanTheCredit_data()
    {
        QTest::addColumn<bool>("virtanen");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("message");

        QTest::newRow("24.51 of a credit of 24.50")
            << true << qint64(2451)
            << QStringLiteral("At most %1 can be refunded: that is all the credit in EUR.").arg(euros(2450));
        QTest::newRow("a customer without credit")
            << false << qint64(100) << QStringLiteral("Aalto Tmi has no credit in EUR to refund.");
    }

    void refusesMoreThanTheCredit()
    {
        QFETCH(bool, virtanen);
        QFETCH(qint64, amount);
        QFETCH(QString, message);

        RefundDialog dialog(m_company->payments(), m_company->customers(), m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<ui::CustomerPicker>(&dialog, QStringLiteral("customerPicker"))->lineEdit(),
                         virtanen ? QStringLiteral("Virtanen Oy") : QStringLiteral("Aalto Tmi"));
        auto* edit = test::child<QLineEdit>(&dialog, QStringLiteral("refundAmountEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, typed(amount));
        QCOMPARE(dialog.issueText(), message);
        QVERIFY(!test::child<QPushButton>(&dialog, QStringLiteral("refundButton"))->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_company->payments().payments({})->size(), 1); // the payment only, no refund
    }

    void refundsPartOfTheCredit()
    {
        RefundDialog dialog(m_company->payments(), m_company->customers(), m_clock.today(), m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = test::child<QLineEdit>(&dialog, QStringLiteral("refundAmountEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, typed(2000));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("refundReferenceEdit")),
                         QStringLiteral("Transfer 4471"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("refundButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.refund().kind, invoicing::PaymentKind::Refund);
        QCOMPARE(dialog.refund().amount.minorUnits(), 2000);
        QCOMPARE(dialog.refund().reference, QStringLiteral("Transfer 4471"));
        QCOMPARE(m_company->payments().creditBalances(m_samples.virtanen)->value(QStringLiteral("EUR")).minorUnits(),
                 450);
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::InvoiceSamples m_samples;
};

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
