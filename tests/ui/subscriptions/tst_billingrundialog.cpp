#include "SubscriptionSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "billing/BillingRunner.h"
#include "storage/CompanyFile.h"
#include "subscriptions/BillingRunDialog.h"
#include "subscriptions/DocumentLinesTree.h"
#include "subscriptions/RunDocumentTableModel.h"
#include "subscriptions/SubscriptionTexts.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace subdesk;
using ui::BillingRunDialog;
using ui::RunDocumentTableModel;

/**
 * The billing-run dialog a month on: Virtanen on BASIC (10.00) and Aalto on PRO × 2 (16.00), both
 * started (and first billed) on Mar 15; on Apr 15 each owes its second period.
 */
class TestBillingRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        m_clock.set(test::fixedNow());
        auto company =
            storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("run%1.subdesk").arg(++n)), {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addSubscriptionSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
        auto& service = m_company->subscriptions();
        auto basic = service.create(test::monthly(m_samples.virtanen, m_samples.basic, 1, m_clock.today()));
        QVERIFY2(basic, basic ? "" : qPrintable(basic.error().message));
        m_basic = basic->subscription.id;
        auto pro = service.create(test::monthly(m_samples.aalto, m_samples.pro, 2, m_clock.today()));
        QVERIFY2(pro, pro ? "" : qPrintable(pro.error().message));
        m_pro = pro->subscription.id;
        m_clock.advanceDays(31); // 2026-04-15
    }

    void cleanup() { m_company.reset(); }

    int documentCount()
    {
        return int(m_company->subscriptions().documents(m_basic)->size()
                   + m_company->subscriptions().documents(m_pro)->size());
    }

    void previewListsDocumentsAndWritesNothing()
    {
        BillingRunDialog dialog(m_company->billing(), m_company->customers(), m_clock.today());
        QAbstractItemModelTester tester(dialog.documentsModel());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.asOf(), QDate(2026, 4, 15));
        QSignalSpy billed(&m_company->billing(), &billing::BillingRunner::billed);

        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("previewButton")), Qt::LeftButton);
        RunDocumentTableModel* model = dialog.documentsModel();
        QCOMPARE(model->rowCount(), 2);
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(QStringList {model->index(row, RunDocumentTableModel::CustomerColumn).data().toString(),
                                     model->index(row, RunDocumentTableModel::KindColumn).data().toString(),
                                     model->index(row, RunDocumentTableModel::LinesColumn).data().toString(),
                                     model->index(row, RunDocumentTableModel::TotalColumn).data().toString()}
                            .join(QStringLiteral(" | ")));
        rows.sort();
        const auto euros = [](qint64 cents) {
            return ui::subscriptiontext::money(Money(cents, *Currency::fromCode(QStringLiteral("EUR"))));
        };
        QCOMPARE(rows,
                 (QStringList {QStringLiteral("Aalto Tmi | Invoice | 1 | %1").arg(euros(1600)),
                               QStringLiteral("Virtanen Oy | Invoice | 1 | %1").arg(euros(1000))}));
        // The selected document's lines, with their derivation.
        QCOMPARE(dialog.documentsTable()->currentIndex().row(), 0);
        QCOMPARE(dialog.lines()->topLevelItemCount(), 1);
        QVERIFY(!dialog.lines()->topLevelItem(0)->text(ui::DocumentLinesTree::DerivationColumn).isEmpty());
        QVERIFY2(
            dialog.summaryText().contains(QStringLiteral("would write 2 invoices and 0 credit notes with 2 lines")),
            qPrintable(dialog.summaryText()));

        QCOMPARE(documentCount(), 2); // only the first invoices from Mar 15
        QCOMPARE(billed.count(), 0);
        QVERIFY(!dialog.hasRun());
    }

    void runWritesAndASecondRunFindsNothingDue()
    {
        BillingRunDialog dialog(m_company->billing(), m_company->customers(), m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy billed(&m_company->billing(), &billing::BillingRunner::billed);
        auto* run = test::child<QPushButton>(&dialog, QStringLiteral("runButton"));

        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(dialog.summaryText(), QStringLiteral("Wrote 2 invoices and 0 credit notes with 2 lines."));
        QVERIFY(dialog.hasRun());
        QCOMPARE(documentCount(), 4);
        QCOMPARE(billed.count(), 1);
        QCOMPARE(dialog.documentsModel()->rowCount(), 2);
        QVERIFY(!test::child<QProgressBar>(&dialog, QStringLiteral("runProgress"))->isVisible());
        QVERIFY(run->isEnabled());

        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(dialog.summaryText(),
                 QStringLiteral("Nothing is due on or before %1: no documents were written.")
                     .arg(QLocale().toString(QDate(2026, 4, 15), QLocale::ShortFormat)));
        QCOMPARE(documentCount(), 4);
        QCOMPARE(dialog.documentsModel()->rowCount(), 0);
    }

    void stoppedRunWritesNothing()
    {
        BillingRunDialog dialog(m_company->billing(), m_company->customers(), m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Stop is pressed as soon as the run reports progress.
        auto* stop = test::child<QPushButton>(&dialog, QStringLiteral("stopRunButton"));
        QObject::connect(test::child<QProgressBar>(&dialog, QStringLiteral("runProgress")), &QProgressBar::valueChanged,
                         stop, [stop] {
                             if (stop->isEnabled())
                                 stop->click();
                         });
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("runButton")), Qt::LeftButton);
        QCOMPARE(dialog.summaryText(), QStringLiteral("Billing run stopped: nothing was written."));
        QCOMPARE(documentCount(), 2);
        QVERIFY(!dialog.hasRun());
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::SubscriptionSamples m_samples;
    SubscriptionId m_basic;
    SubscriptionId m_pro;
};

QTEST_MAIN(TestBillingRunDialog)
#include "tst_billingrundialog.moc"
