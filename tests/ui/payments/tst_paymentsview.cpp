#include "InvoiceSamples.h"
#include "PaymentSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "invoicing/PaymentService.h"
#include "payments/AgingPage.h"
#include "payments/PaymentListPage.h"
#include "payments/PaymentTableModel.h"
#include "payments/PaymentsView.h"
#include "storage/CompanyFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using invoicing::AgingReport;
using test::euros;
using ui::AgingPage;

/**
 * The Payments page on 2026-03-15. Virtanen Oy owes four invoices due 14 days after issue:
 * 2025-11-01 (125.50, due 11-15: 120 days past due), 2025-12-01 (251.00, 90 days), 2026-01-10
 * (376.50, 50 days) and 2026-02-20 (502.00, 9 days, 100.00 paid by card). Aalto Tmi owes 62.75
 * issued 2026-03-10 (due 03-24, not yet due), 20.00 paid by transfer.
 */
class TestPaymentsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(
            test::companyPath(m_dir, QStringLiteral("payments%1.subdesk").arg(++n)), {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addInvoiceSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
        const QList<std::pair<QDate, qint64>> virtanen {{QDate(2025, 11, 1), 10000},
                                                        {QDate(2025, 12, 1), 20000},
                                                        {QDate(2026, 1, 10), 30000},
                                                        {QDate(2026, 2, 20), 40000}};
        QList<billing::Document> issued;
        for (const auto& [date, net] : virtanen) {
            auto invoice = test::issueInvoice(*m_company, m_samples.virtanen, date, {net});
            QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().message));
            issued.append(*invoice);
        }
        auto aalto = test::issueInvoice(*m_company, m_samples.aalto, QDate(2026, 3, 10), {5000});
        QVERIFY2(aalto, aalto ? "" : qPrintable(aalto.error().message));
        QCOMPARE(aalto->dueDate, QDate(2026, 3, 24));

        invoicing::PaymentRequest card;
        card.customerId = m_samples.virtanen;
        card.currency = QStringLiteral("EUR");
        card.amountMinor = 10000;
        card.date = QDate(2026, 3, 12);
        card.method = invoicing::PaymentMethod::Card;
        card.reference = QStringLiteral("Card 1234");
        card.allocations = {{issued.last().id, 10000}};
        QVERIFY(m_company->payments().record(card));
        invoicing::PaymentRequest transfer;
        transfer.customerId = m_samples.aalto;
        transfer.currency = QStringLiteral("EUR");
        transfer.amountMinor = 2000;
        transfer.date = QDate(2026, 3, 14);
        transfer.reference = QStringLiteral("RF18 0000 0001");
        QVERIFY(m_company->payments().record(transfer));
    }

    void cleanup() { m_company.reset(); }

    void listsPaymentsWithFiltersAndTotals()
    {
        ui::PaymentsView view(*m_company, m_clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::PaymentListPage* list = view.paymentList();
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->totalsText(), QStringLiteral("2 payments shown. EUR: received %1").arg(euros(12000)));

        const QModelIndex first = list->view()->model()->index(0, 0); // newest first: Aalto's transfer
        const auto cellText = [list](int row, int column) {
            return list->view()->model()->index(row, column).data().toString();
        };
        QCOMPARE(cellText(first.row(), ui::PaymentTableModel::CustomerColumn), QStringLiteral("Aalto Tmi"));
        QCOMPARE(cellText(1, ui::PaymentTableModel::CustomerColumn), QStringLiteral("Virtanen Oy"));
        QCOMPARE(cellText(1, ui::PaymentTableModel::MethodColumn), QStringLiteral("Card"));
        QCOMPARE(cellText(1, ui::PaymentTableModel::AmountColumn), euros(10000));
        QVERIFY2(cellText(1, ui::PaymentTableModel::AllocatedColumn).endsWith(QStringLiteral("(%1)").arg(euros(10000))),
                 qPrintable(cellText(1, ui::PaymentTableModel::AllocatedColumn)));

        auto* method = test::child<QComboBox>(&view, QStringLiteral("paymentMethodFilter"));
        method->setCurrentIndex(method->findData(QStringLiteral("card")));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->totalsText(), QStringLiteral("1 payment shown. EUR: received %1").arg(euros(10000)));
        method->setCurrentIndex(0);
        QTest::keyClicks(test::child<QLineEdit>(&view, QStringLiteral("paymentSearchEdit")), QStringLiteral("aalto"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(cellText(0, ui::PaymentTableModel::ReferenceColumn), QStringLiteral("RF18 0000 0001"));
        test::child<QLineEdit>(&view, QStringLiteral("paymentSearchEdit"))->clear();
        test::child<QDateEdit>(&view, QStringLiteral("paymentToEdit"))->setDate(QDate(2026, 3, 13));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(cellText(0, ui::PaymentTableModel::CustomerColumn), QStringLiteral("Virtanen Oy"));
    }

    void agingPutsEachBalanceInItsBucket_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<qint64>>("buckets");
        QTest::addColumn<qint64>("total");

        QTest::newRow("Aalto on 03-15: 42.75 not yet due") << QDate(2026, 3, 15) << 0 << QStringLiteral("Aalto Tmi")
                                                           << QList<qint64> {4275, 0, 0, 0, 0} << qint64(4275);
        QTest::newRow("Virtanen on 03-15: 9, 50, 90 and 120 days past due fall in 1–30, 31–60, 61–90, >90")
            << QDate(2026, 3, 15) << 1 << QStringLiteral("Virtanen Oy") << QList<qint64> {0, 40200, 37650, 25100, 12550}
            << qint64(115500);
        QTest::newRow("the total row adds both customers per bucket")
            << QDate(2026, 3, 15) << 2 << QStringLiteral("Total EUR")
            << QList<qint64> {4275, 40200, 37650, 25100, 12550} << qint64(119775);
        QTest::newRow("Aalto on 04-30: 37 days past due is 31–60")
            << QDate(2026, 4, 30) << 0 << QStringLiteral("Aalto Tmi") << QList<qint64> {0, 0, 4275, 0, 0}
            << qint64(4275);
    }

    void agingPutsEachBalanceInItsBucket()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, row);
        QFETCH(QString, name);
        QFETCH(QList<qint64>, buckets);
        QFETCH(qint64, total);

        ui::PaymentsView view(*m_company, m_clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentWidget(view.aging());
        test::child<QDateEdit>(&view, QStringLiteral("agingAsOfEdit"))->setDate(asOf);
        QTableWidget* table = view.aging()->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(row, AgingPage::CustomerColumn)->text(), name);
        for (int bucket = 0; bucket < AgingReport::BucketCount; ++bucket) {
            const qint64 amount = buckets.at(bucket);
            QCOMPARE(table->item(row, AgingPage::FirstBucketColumn + bucket)->text(),
                     amount == 0 ? QString() : euros(amount));
        }
        QCOMPARE(table->item(row, AgingPage::TotalColumn)->text(), euros(total));
        QCOMPARE(table->horizontalHeaderItem(AgingPage::FirstBucketColumn + int(AgingReport::Over90))->text(),
                 AgingReport::bucketName(AgingReport::Over90));
    }

    void agingExportsCsv()
    {
        AgingPage page(m_company->payments(), m_clock.today());
        const QString path = m_dir.filePath(QStringLiteral("aging.csv"));
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(2), QStringLiteral("Virtanen Oy,EUR,0.00,402.00,376.50,251.00,125.50,1155.00,4"));
        QCOMPARE(lines.at(3), QStringLiteral("Total EUR,EUR,42.75,402.00,376.50,251.00,125.50,1197.75,5"));
    }

    void offersItsActionsInTheMenus()
    {
        ui::PaymentsView view(*m_company, m_clock);
        QStringList edit;
        for (const QAction* action : view.menuActions(ui::SectionView::Menu::Edit))
            edit.append(action->objectName());
        QCOMPARE(edit, (QStringList {QStringLiteral("recordPaymentAction"), QStringLiteral("refundAction")}));
        QCOMPARE(view.menuActions(ui::SectionView::Menu::File).size(), 1);
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::InvoiceSamples m_samples;
};

QTEST_MAIN(TestPaymentsView)
#include "tst_paymentsview.moc"
