#include "CompanyFixture.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerService.h"
#include "dashboard/ChartPage.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardTiles.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/MetricTile.h"
#include "dashboard/ReconciliationPage.h"
#include "metrics/MetricsService.h"
#include "surveys/SurveyService.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <atomic>

using namespace subdesk;
using ui::DashboardFormat;
using ui::DashboardTiles;
using ui::DashboardView;

namespace {

const QString kEur = QStringLiteral("EUR");

QList<QByteArray> csvLines(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray& line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

/**
 * The Dashboard on a company whose history the services wrote (today 2026-03-15, EUR): Alpha (SMB)
 * on Basic 10.00 from 2025-06-01; Beta (Enterprise) on Pro 20.00 from 2025-09-01; Gamma (SMB) on
 * Basic from 2025-10-01, cancelled on 2026-01-10; Delta (Enterprise) on Basic from 2026-02-01.
 * MRR: December 40.00, January 30.00 (Gamma churned), February and March 40.00 (Delta new), three
 * paying customers in March. NPS answers: Delta 9 (Feb 20), Alpha 10 (Mar 2),
 * Beta 6 (Mar 5).
 */
class TestDashboardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUiSettings(m_dir);
        m_fixture = std::make_unique<CompanyFixture>(QDate(2025, 6, 1));
        QVERIFY2(m_fixture->error.isEmpty(), qPrintable(m_fixture->error));
        m_alpha = addCustomer(QStringLiteral("Alpha Oy"), QStringLiteral("SMB"));
        m_beta = addCustomer(QStringLiteral("Beta Oy"), QStringLiteral("Enterprise"));
        m_gamma = addCustomer(QStringLiteral("Gamma Oy"), QStringLiteral("SMB"));
        m_delta = addCustomer(QStringLiteral("Delta Oy"), QStringLiteral("Enterprise"));
        QVERIFY(m_alpha.isValid() && m_beta.isValid() && m_gamma.isValid() && m_delta.isValid());

        QVERIFY(m_fixture->subscribe(m_alpha, m_fixture->basic, QDate(2025, 6, 1)).isValid());
        m_fixture->setToday(QDate(2025, 9, 1));
        QVERIFY(m_fixture->subscribe(m_beta, m_fixture->pro, QDate(2025, 9, 1)).isValid());
        m_fixture->setToday(QDate(2025, 10, 1));
        const SubscriptionId gamma = m_fixture->subscribe(m_gamma, m_fixture->basic, QDate(2025, 10, 1));
        QVERIFY2(gamma.isValid(), qPrintable(m_fixture->error));
        m_fixture->setToday(QDate(2026, 1, 10));
        subscriptions::StopRequest stop;
        stop.subscriptionId = gamma;
        stop.credit = false;
        auto cancelled = m_fixture->subscriptions().cancel(stop);
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().message));
        m_fixture->setToday(QDate(2026, 2, 1));
        QVERIFY(m_fixture->subscribe(m_delta, m_fixture->basic, QDate(2026, 2, 1)).isValid());
        m_fixture->setToday(QDate(2026, 3, 15));

        QList<surveys::SurveyAnswer> answers;
        for (const auto& [customer, date, score] :
             {std::tuple {m_delta, QDate(2026, 2, 20), 9}, std::tuple {m_alpha, QDate(2026, 3, 2), 10},
              std::tuple {m_beta, QDate(2026, 3, 5), 6}}) {
            surveys::SurveyAnswer answer;
            answer.customerId = customer;
            answer.date = date;
            answer.score = score;
            answer.comment = QStringLiteral("Score %1").arg(score);
            answers.append(answer);
        }
        auto stored = m_fixture->company->surveys().add(answers);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    }

    void init()
    {
        m_view = std::make_unique<DashboardView>(*m_fixture->company, m_fixture->clock);
        m_messages = std::make_unique<QSignalSpy>(m_view.get(), &ui::SectionView::messageRequested);
        m_view->resize(1200, 800);
    }

    void cleanup()
    {
        m_messages.reset();
        m_view.reset();
    }

    void tilesShowTheEnginesFiguresOfTheLastMonth()
    {
        QVERIFY(showAndWait());
        const metrics::MonthFigures march = engineMonth(m_view->filterBar()->filter());
        QCOMPARE(march.month, QDate(2026, 3, 1));
        QCOMPARE(march.mrrEnd, qint64(4000));
        QCOMPARE(tileValue(DashboardTiles::Tile::Mrr), DashboardFormat::money(march.mrrEnd, kEur));
        QCOMPARE(tileValue(DashboardTiles::Tile::Arr), DashboardFormat::money(march.arr(), kEur));
        QCOMPARE(tileValue(DashboardTiles::Tile::Paying), QStringLiteral("3"));
        QVERIFY(march.arpa);
        QCOMPARE(tileValue(DashboardTiles::Tile::Arpa), DashboardFormat::money(*march.arpa, kEur));
        QCOMPARE(tileValue(DashboardTiles::Tile::LogoChurn), DashboardFormat::percent(march.logoChurn));
        QCOMPARE(tileValue(DashboardTiles::Tile::Clv),
                 march.clv ? DashboardFormat::money(*march.clv, kEur) : QStringLiteral("Not enough churn to estimate"));
        // Two promoters and one detractor in the 90 days to March 31: NPS 100 × (2 − 1) ÷ 3.
        QCOMPARE(tileValue(DashboardTiles::Tile::Nps), QStringLiteral("+33"));
        QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("dashboardCurrencyLabel"))->text(),
                 QStringLiteral("Amounts in EUR"));
        QCOMPARE(m_messages->count(), 0);
    }

    void mrrUnchangedAgainstFebruaryIsNeutralAndChurnMonthIsBadNews()
    {
        QVERIFY(showAndWait());
        ui::MetricTile* mrr = m_view->tiles()->tile(DashboardTiles::Tile::Mrr);
        QCOMPARE(mrr->change(), QStringLiteral("unchanged"));
        QCOMPARE(mrr->trend(), ui::MetricTile::Trend::Neutral);

        // January: Gamma churned (1 of 3), MRR 40.00 → 30.00.
        m_view->filterBar()->setMonths(QDate(2025, 4, 1), QDate(2026, 1, 1));
        QVERIFY(waitForResult());
        QCOMPARE(mrr->value(), DashboardFormat::money(3000, kEur));
        QCOMPARE(mrr->change(), QStringLiteral("▼ ") + DashboardFormat::money(1000, kEur));
        QCOMPARE(mrr->trend(), ui::MetricTile::Trend::Bad);
        ui::MetricTile* churn = m_view->tiles()->tile(DashboardTiles::Tile::LogoChurn);
        QCOMPARE(churn->trend(), ui::MetricTile::Trend::Bad); // up from 0 % in December
    }

    void everyChartHasOnePointPerMonth()
    {
        QVERIFY(showAndWait());
        constexpr int kMonths = 12;
        for (ui::ChartPage* page : {m_view->mrrPage(), m_view->npsPage()}) {
            const auto bars = page->chart()->series().constFirst();
            auto* barSeries = qobject_cast<QAbstractBarSeries*>(bars);
            QVERIFY(barSeries);
            for (QBarSet* set : barSeries->barSets())
                QCOMPARE(set->count(), kMonths);
        }
        QCOMPARE(linePoints(m_view->mrrPage(), QStringLiteral("MRR")), kMonths);
        QCOMPARE(linePoints(m_view->retentionPage(), QStringLiteral("NRR")) <= kMonths, true);
        // Months without answers are gaps: only February and March have an NPS of their own.
        QCOMPARE(linePoints(m_view->npsPage(), QStringLiteral("NPS per month")), 2);
        QCOMPARE(m_view->reconciliationPage()->table()->rowCount(), kMonths);
    }

    void segmentFilterRecomputesTheFigures()
    {
        QVERIFY(showAndWait());
        QComboBox* segment = m_view->filterBar()->segmentCombo();
        const int enterprise = segment->findData(QStringLiteral("Enterprise"));
        QVERIFY(enterprise > 0);
        segment->setCurrentIndex(enterprise);
        QVERIFY(waitForResult());
        const metrics::MonthFigures march = engineMonth(m_view->filterBar()->filter());
        QCOMPARE(march.mrrEnd, qint64(3000));
        QCOMPARE(tileValue(DashboardTiles::Tile::Mrr), DashboardFormat::money(3000, kEur));
        QCOMPARE(tileValue(DashboardTiles::Tile::Paying), QStringLiteral("2"));
        // Beta's detractor and Delta's promoter are left in the trailing 90 days: NPS 0.
        QCOMPARE(tileValue(DashboardTiles::Tile::Nps), QStringLiteral("0"));
    }

    void clickingTheMrrTileListsCustomersAddingUpToIt()
    {
        QVERIFY(showAndWait());
        ui::MetricTile* tile = m_view->tiles()->tile(DashboardTiles::Tile::Mrr);
        QTest::mouseClick(tile, Qt::LeftButton);
        ui::DrillDownDialog* dialog = m_view->lastDrillDown();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("drillDownTree"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Beta Oy")); // largest first
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1); // its subscription
        QVERIFY2(dialog->totalText().contains(tile->value()), qPrintable(dialog->totalText()));

        const QList<QByteArray> lines = csvLines(dialog->csv());
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QByteArray("Customer,Segment,Country,MRR (EUR)"));
        QCOMPARE(lines.at(1), QByteArray("Beta Oy,Enterprise,FI,20.00"));
        dialog->close();
    }

    void clickingLogoChurnListsTheChurnedCustomers()
    {
        QVERIFY(showAndWait());
        m_view->filterBar()->setMonths(QDate(2025, 2, 1), QDate(2026, 1, 1));
        QVERIFY(waitForResult());
        QTest::mouseClick(m_view->tiles()->tile(DashboardTiles::Tile::LogoChurn), Qt::LeftButton);
        ui::DrillDownDialog* dialog = m_view->lastDrillDown();
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("drillDownTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Gamma Oy"));
        QVERIFY(dialog->totalText().contains(DashboardFormat::money(1000, kEur)));
        dialog->close();
    }

    void npsTileListsTheAnswersOfTheTrailing90Days()
    {
        QVERIFY(showAndWait());
        QTest::mouseClick(m_view->tiles()->tile(DashboardTiles::Tile::Nps), Qt::LeftButton);
        ui::DrillDownDialog* dialog = m_view->lastDrillDown();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("drillDownTree"))->topLevelItemCount(), 3);
        QVERIFY2(dialog->totalText().endsWith(QStringLiteral("NPS +33")), qPrintable(dialog->totalText()));
        dialog->close();
    }

    void chartCsvHasAHeaderAndPlainNumbersPerMonth()
    {
        QVERIFY(showAndWait());
        const QList<QByteArray> mrr = csvLines(m_view->mrrPage()->csv());
        QCOMPARE(mrr.size(), 13);
        QCOMPARE(mrr.at(0),
                 QByteArray("Month,MRR at start (EUR),New (EUR),Reactivation (EUR),Expansion (EUR),Contraction (EUR),"
                            "Churn (EUR),Exchange rate effect (EUR),MRR at end (EUR),ARR (EUR),Paying customers"));
        QCOMPARE(mrr.at(1), QByteArray("2025-04,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0"));
        QCOMPARE(mrr.at(10), QByteArray("2026-01,40.00,0.00,0.00,0.00,0.00,10.00,0.00,30.00,360.00,2"));
        QCOMPARE(mrr.at(12), QByteArray("2026-03,40.00,0.00,0.00,0.00,0.00,0.00,0.00,40.00,480.00,3"));

        const QList<QByteArray> churn = csvLines(m_view->churnPage()->csv());
        QCOMPARE(churn.size(), 13);
        // January: 1 of 3 paying at the start churned; April 2025 had nobody paying: no rate, an empty cell.
        QVERIFY2(churn.at(10).startsWith("2026-01,3,1,33.33,"), churn.at(10).constData());
        QVERIFY2(churn.at(1).startsWith("2025-04,0,0,,"), churn.at(1).constData());

        const QList<QByteArray> nps = csvLines(m_view->npsPage()->csv());
        QCOMPARE(nps.size(), 13);
        QCOMPARE(nps.at(12), QByteArray("2026-03,2,1,0,1,0,3,33.3"));
        QCOMPARE(csvLines(m_view->reconciliationPage()->csv()).size(), 13);
    }

    void pngExportWritesAnImageOfTheChart()
    {
        QVERIFY(showAndWait());
        const QString path = m_dir.filePath(QStringLiteral("mrr.png"));
        QVERIFY(m_view->mrrPage()->exportPng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_view->mrrPage()->chartView()->size() * m_view->devicePixelRatio());
        const Status refused = m_view->mrrPage()->exportPng(m_dir.filePath(QStringLiteral("missing/dir/mrr.png")));
        QVERIFY(!refused);
    }

    void figuresAreComputedOffTheGuiThreadWhichStaysResponsive()
    {
        QSemaphore gate;
        std::atomic<QThread*> jobThread {nullptr};
        m_view->loader()->setJobProbe([&gate, &jobThread] {
            jobThread = QThread::currentThread();
            gate.acquire();
        });
        QSignalSpy finished(m_view->loader(), &ui::DashboardLoader::finished);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(QTest::qWaitFor([&] { return jobThread.load() != nullptr; }));
        QVERIFY(jobThread.load() != QThread::currentThread());
        // The job is blocked, yet the GUI thread runs its event loop and shows the busy indicator.
        bool timerRan = false;
        QTimer::singleShot(0, this, [&timerRan] { timerRan = true; });
        QTest::qWait(20);
        QVERIFY(timerRan);
        QVERIFY(m_view->loader()->isBusy());
        QVERIFY(m_view->findChild<QProgressBar*>(QStringLiteral("dashboardBusy"))->isVisible());

        // A newer request supersedes the running one: only the figures of the newer months are shown.
        QComboBox* segment = m_view->filterBar()->segmentCombo();
        QCOMPARE(segment->count(), 1); // choices arrive with the first figures
        m_view->filterBar()->setMonths(QDate(2025, 5, 1), QDate(2026, 2, 1));
        gate.release(2);
        QVERIFY(QTest::qWaitFor([&] { return !m_view->loader()->isBusy(); }));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_view->loader()->result()->filter.toMonth, QDate(2026, 2, 1));
        QCOMPARE(m_view->tiles()->tile(DashboardTiles::Tile::Mrr)->value(), DashboardFormat::money(4000, kEur));
        QVERIFY(!m_view->findChild<QProgressBar*>(QStringLiteral("dashboardBusy"))->isVisible());
    }

    void aFileThatCannotBeReadIsReportedNotShown()
    {
        ui::DashboardLoader loader(m_dir.filePath(QStringLiteral("no-such-company.subdesk")));
        QSignalSpy failed(&loader, &ui::DashboardLoader::failed);
        QSignalSpy finished(&loader, &ui::DashboardLoader::finished);
        metrics::MetricsFilter filter;
        filter.fromMonth = QDate(2026, 1, 1);
        filter.toMonth = QDate(2026, 3, 1);
        loader.request(filter, true);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!loader.result());
    }

private:
    CustomerId addCustomer(const QString& name, const QString& segment)
    {
        customers::Customer customer = test::sampleCustomer(name);
        customer.segment = segment;
        auto added = m_fixture->company->customers().add(customer);
        return added ? added->id : CustomerId();
    }

    bool waitForResult()
    {
        QSignalSpy shown(m_view.get(), &DashboardView::resultShown);
        return QTest::qWaitFor([&] { return !shown.isEmpty() && !m_view->loader()->isBusy(); }, 20000);
    }

    bool showAndWait()
    {
        QSignalSpy shown(m_view.get(), &DashboardView::resultShown);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        // The figures may arrive while waiting for the window already.
        const bool ok = QTest::qWaitFor([&] { return !shown.isEmpty() && !m_view->loader()->isBusy(); }, 20000);
        for (const QList<QVariant>& message : std::as_const(*m_messages))
            qWarning("message: %s", qPrintable(message.first().toString()));
        return ok;
    }

    metrics::MonthFigures engineMonth(const metrics::MetricsFilter& filter)
    {
        auto data = m_fixture->company->metrics().load();
        if (!data)
            return {};
        auto report = metrics::MetricsEngine(*data).report(filter);
        return report && !report->months.isEmpty() ? report->months.last() : metrics::MonthFigures {};
    }

    QString tileValue(DashboardTiles::Tile tile) const { return m_view->tiles()->tile(tile)->value(); }

    static int linePoints(ui::ChartPage* page, const QString& name)
    {
        int points = 0;
        for (QAbstractSeries* series : page->chart()->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(series); line && line->name() == name)
                points += int(line->count());
        }
        return points;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CompanyFixture> m_fixture;
    std::unique_ptr<DashboardView> m_view;
    std::unique_ptr<QSignalSpy> m_messages;
    CustomerId m_alpha, m_beta, m_gamma, m_delta;
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
