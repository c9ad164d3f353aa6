#include "SubscriptionSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "billing/BillingRunner.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersView.h"
#include "storage/CompanyFile.h"
#include "subscriptions/CustomerSubscriptionsPanel.h"
#include "subscriptions/DocumentLinesTree.h"
#include "subscriptions/OutcomePreview.h"
#include "subscriptions/SubscriptionDetailPane.h"
#include "subscriptions/SubscriptionFilterModel.h"
#include "subscriptions/SubscriptionTableModel.h"
#include "subscriptions/SubscriptionsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace subdesk;
using subscriptions::SubscriptionStatus;
using ui::SubscriptionsView;

/**
 * The subscriptions page over a company with four subscriptions in different states: Virtanen on
 * BASIC (active, then a quantity change), Aalto on PRO (in its trial), Rossi on PRO (paused) and
 * Virtanen on PRO (starting next month).
 */
class TestSubscriptionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        m_clock.set(test::fixedNow());
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("view%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addSubscriptionSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;

        auto& service = m_company->subscriptions();
        const QDate today = m_clock.today(); // 2026-03-15
        auto basic = service.create(test::monthly(m_samples.virtanen, m_samples.basic, 1, QDate(2026, 3, 1)));
        QVERIFY2(basic, basic ? "" : qPrintable(basic.error().message));
        m_basic = basic->subscription.id;
        subscriptions::ChangeRequest more;
        more.subscriptionId = m_basic;
        more.quantity = 3;
        more.note = QStringLiteral("Two more offices");
        auto changed = service.change(more);
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));

        auto trial = test::monthly(m_samples.aalto, m_samples.pro, 3, today);
        trial.trialDays.reset(); // the plan's 14 days
        auto trialing = service.create(trial);
        QVERIFY2(trialing, trialing ? "" : qPrintable(trialing.error().message));
        m_trialing = trialing->subscription.id;

        auto rossi = service.create(test::monthly(m_samples.rossi, m_samples.pro, 5, QDate(2026, 3, 1)));
        QVERIFY2(rossi, rossi ? "" : qPrintable(rossi.error().message));
        m_paused = rossi->subscription.id;
        subscriptions::StopRequest pause;
        pause.subscriptionId = m_paused;
        auto paused = service.pause(pause);
        QVERIFY2(paused, paused ? "" : qPrintable(paused.error().message));

        auto later = service.create(test::monthly(m_samples.virtanen, m_samples.pro, 2, QDate(2026, 4, 1)));
        QVERIFY2(later, later ? "" : qPrintable(later.error().message));
        m_scheduled = later->subscription.id;

        m_view = std::make_unique<SubscriptionsView>(service, m_company->billing(), m_company->customers(), m_clock);
        m_view->resize(1100, 700);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_view->model());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_view->proxy());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE(m_view->model()->rowCount(), 4);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_view.reset();
        m_company.reset();
    }

    void rowsCarryTheDerivedStatus()
    {
        const auto statusOf = [this](SubscriptionId id) {
            return m_view->model()->summaryAt(m_view->model()->rowOf(id)).status;
        };
        QCOMPARE(statusOf(m_basic), SubscriptionStatus::Active);
        QCOMPARE(statusOf(m_trialing), SubscriptionStatus::Trialing);
        QCOMPARE(statusOf(m_paused), SubscriptionStatus::Paused);
        QCOMPARE(statusOf(m_scheduled), SubscriptionStatus::Scheduled);
        const int row = m_view->model()->rowOf(m_basic);
        QCOMPARE(m_view->model()->index(row, ui::SubscriptionTableModel::QuantityColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(m_view->model()->index(row, ui::SubscriptionTableModel::CustomerColumn).data().toString(),
                 QStringLiteral("Virtanen Oy"));
    }

    void filtersNarrowTheRows_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("status"); // key, empty for all
        QTest::addColumn<QString>("plan"); // code, empty for all
        QTest::addColumn<int>("rows");

        QTest::newRow("no filter shows all four") << QString() << QString() << QString() << 4;
        QTest::newRow("status paused shows Rossi's only") << QString() << QStringLiteral("paused") << QString() << 1;
        QTest::newRow("status trial shows Aalto's only") << QString() << QStringLiteral("trialing") << QString() << 1;
        QTest::newRow("status cancelled shows none") << QString() << QStringLiteral("cancelled") << QString() << 0;
        QTest::newRow("plan BASIC shows one") << QString() << QString() << QStringLiteral("BASIC") << 1;
        QTest::newRow("plan PRO shows three") << QString() << QString() << QStringLiteral("PRO") << 3;
        QTest::newRow("customer 'virt' shows Virtanen's two") << QStringLiteral("virt") << QString() << QString() << 2;
        QTest::newRow("customer search folds case: 'ROSSI'") << QStringLiteral("ROSSI") << QString() << QString() << 1;
        QTest::newRow("customer 'virtanen' on plan PRO shows one")
            << QStringLiteral("virtanen") << QString() << QStringLiteral("PRO") << 1;
        QTest::newRow("every word must match: 'virtanen srl' shows none")
            << QStringLiteral("virtanen srl") << QString() << QString() << 0;
    }

    void filtersNarrowTheRows()
    {
        QFETCH(QString, search);
        QFETCH(QString, status);
        QFETCH(QString, plan);
        QFETCH(int, rows);

        QComboBox* statusCombo = m_view->statusCombo();
        QComboBox* planCombo = m_view->planCombo();
        statusCombo->setCurrentIndex(statusCombo->findData(status));
        QVERIFY(statusCombo->currentIndex() >= 0);
        const catalog::Plan* chosen = m_company->catalog().catalog().planByCode(plan);
        planCombo->setCurrentIndex(planCombo->findData(chosen ? chosen->id.value : qint64(0)));
        QVERIFY(planCombo->currentIndex() >= 0);
        QTest::keyClicks(m_view->searchEdit(), search);

        QCOMPARE(m_view->proxy()->rowCount(), rows);
        auto* label = test::child<QLabel>(m_view.get(), QStringLiteral("subscriptionsStatusLabel"));
        QCOMPARE(label->text(), QStringLiteral("Showing %1 of 4 subscriptions").arg(rows));
        for (int row = 0; row < m_view->proxy()->rowCount(); ++row) {
            const auto& summary = m_view->model()->summaryAt(m_view->proxy()->sourceRow(row));
            if (!status.isEmpty())
                QCOMPARE(subscriptions::subscriptionStatusKey(summary.status), status);
            if (chosen)
                QCOMPARE(summary.planId, chosen->id);
            if (!search.isEmpty())
                QVERIFY(summary.customerName.contains(search.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive));
        }
    }

    void detailShowsTheTimelineAndDocuments()
    {
        m_view->selectSubscription(m_basic);
        ui::SubscriptionDetailPane* detail = m_view->detailPane();
        QCOMPARE(detail->subscriptionId(), m_basic);
        QCOMPARE(test::child<QLabel>(detail, QStringLiteral("subscriptionDetailTitle"))->text(),
                 QStringLiteral("Subscription %1 — Virtanen Oy").arg(m_basic.value));
        QTreeWidget* timeline = detail->timeline();
        QCOMPARE(timeline->topLevelItemCount(), 2);
        QTreeWidgetItem* created = timeline->topLevelItem(0);
        QCOMPARE(created->text(1), QStringLiteral("Created"));
        QVERIFY2(created->text(2).contains(QStringLiteral("Basic (BASIC)")), qPrintable(created->text(2)));
        QTreeWidgetItem* changed = timeline->topLevelItem(1);
        QCOMPARE(changed->text(0), QLocale().toString(QDate(2026, 3, 15), QLocale::ShortFormat));
        QCOMPARE(changed->text(1), QStringLiteral("Changed"));
        QVERIFY2(changed->text(2).startsWith(QStringLiteral("Quantity 1 → 3")), qPrintable(changed->text(2)));
        QCOMPARE(changed->text(3), QStringLiteral("Two more offices"));

        // The first invoice (March) and the proration invoice of the change, each with its lines.
        ui::DocumentLinesTree* documents = detail->documents();
        QCOMPARE(documents->topLevelItemCount(), 2);
        int lines = 0;
        for (int i = 0; i < documents->topLevelItemCount(); ++i)
            lines += documents->topLevelItem(i)->childCount();
        QCOMPARE(lines, 3); // plan; credit and charge of the change
        QCOMPARE(detail->tabs()->tabText(1), QStringLiteral("Documents (2)"));
    }

    void pausedTimelineSaysWhetherTimeWasCredited()
    {
        m_view->selectSubscription(m_paused);
        QTreeWidget* timeline = m_view->detailPane()->timeline();
        QCOMPARE(timeline->topLevelItemCount(), 2);
        QCOMPARE(timeline->topLevelItem(1)->text(1), QStringLiteral("Paused"));
        QCOMPARE(timeline->topLevelItem(1)->text(2), QStringLiteral("unused time credited"));
    }

    void actionsFollowTheStatus_data()
    {
        QTest::addColumn<int>("which"); // 0 basic, 1 trialing, 2 paused, 3 scheduled
        QTest::addColumn<bool>("change");
        QTest::addColumn<bool>("pause");
        QTest::addColumn<bool>("resume");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<bool>("reactivate");
        QTest::newRow("active: change, pause, cancel") << 0 << true << true << false << true << false;
        QTest::newRow("trial: change, cancel") << 1 << true << false << false << true << false;
        QTest::newRow("paused: resume, cancel") << 2 << false << false << true << true << false;
        QTest::newRow("scheduled: change, cancel") << 3 << true << false << false << true << false;
    }

    void actionsFollowTheStatus()
    {
        QFETCH(int, which);
        const SubscriptionId ids[] = {m_basic, m_trialing, m_paused, m_scheduled};
        m_view->selectSubscription(ids[which]);
        const auto enabled = [this](const char* name) {
            return test::child<QAction>(m_view.get(), QString::fromLatin1(name))->isEnabled();
        };
        QTEST(enabled("changeSubscriptionAction"), "change");
        QTEST(enabled("pauseSubscriptionAction"), "pause");
        QTEST(enabled("resumeSubscriptionAction"), "resume");
        QTEST(enabled("cancelSubscriptionAction"), "cancel");
        QTEST(enabled("reactivateSubscriptionAction"), "reactivate");
        QVERIFY(enabled("newSubscriptionAction"));
        QVERIFY(enabled("runBillingAction"));
    }

    void aChangeUpdatesItsRowAndANewSubscriptionAppears()
    {
        m_view->selectSubscription(m_basic);
        subscriptions::StopRequest cancel;
        cancel.subscriptionId = m_basic;
        cancel.timing = subscriptions::Timing::AtPeriodEnd;
        QVERIFY(m_company->subscriptions().cancel(cancel));
        const auto& summary = m_view->model()->summaryAt(m_view->model()->rowOf(m_basic));
        QCOMPARE(summary.endDate, QDate(2026, 4, 1));
        QCOMPARE(summary.customerName, QStringLiteral("Virtanen Oy")); // kept through the row update
        QCOMPARE(m_view->detailPane()->timeline()->topLevelItemCount(), 3);
        // A cancelling subscription can be reactivated, not paused.
        QVERIFY(test::child<QAction>(m_view.get(), QStringLiteral("reactivateSubscriptionAction"))->isEnabled());
        QVERIFY(!test::child<QAction>(m_view.get(), QStringLiteral("pauseSubscriptionAction"))->isEnabled());

        QVERIFY(m_company->subscriptions().create(test::monthly(m_samples.rossi, m_samples.basic, 1, m_clock.today())));
        QCOMPARE(m_view->model()->rowCount(), 5);
        QCOMPARE(m_view->model()->summaryAt(4).customerName, QStringLiteral("Rossi Srl"));
    }

    void pauseAndResumeGoThroughTheirDialogs()
    {
        m_view->selectSubscription(m_basic);
        // Pause now with credit: the preview shows a credit note, Pause writes it.
        QString pausePreview;
        int pauseDocuments = -1;
        test::onNextModal([&](QWidget* dialog) {
            auto* preview = dialog->findChild<ui::OutcomePreview*>();
            pausePreview = preview->summaryText();
            pauseDocuments = preview->lines()->topLevelItemCount();
            test::child<QPushButton>(dialog, QStringLiteral("stopButton"))->click();
        });
        test::child<QAction>(m_view.get(), QStringLiteral("pauseSubscriptionAction"))->trigger();
        QCOMPARE(pauseDocuments, 1);
        QVERIFY2(pausePreview.startsWith(QStringLiteral("Customer gets a credit note of ")), qPrintable(pausePreview));
        QCOMPARE(m_view->currentSummary()->status, SubscriptionStatus::Paused);
        QVERIFY(test::child<QAction>(m_view.get(), QStringLiteral("resumeSubscriptionAction"))->isEnabled());

        // Resume on Apr 1: nothing now, the April invoice falls due that day.
        QString resumePreview;
        test::onNextModal([&](QWidget* dialog) {
            test::child<QDateEdit>(dialog, QStringLiteral("restartDateEdit"))->setDate(QDate(2026, 4, 1));
            resumePreview = dialog->findChild<ui::OutcomePreview*>()->summaryText();
            test::child<QPushButton>(dialog, QStringLiteral("restartButton"))->click();
        });
        test::child<QAction>(m_view.get(), QStringLiteral("resumeSubscriptionAction"))->trigger();
        QVERIFY2(resumePreview.contains(QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat)),
                 qPrintable(resumePreview));
        const auto stored = m_company->subscriptions().find(m_basic);
        QCOMPARE(stored->events.last().kind, subscriptions::EventKind::Resumed);
        QCOMPARE(stored->events.last().effectiveDate, QDate(2026, 4, 1));
        QCOMPARE(m_view->detailPane()->timeline()->topLevelItemCount(), 4);
    }

    void customersPageListsTheSelectedCustomersSubscriptions()
    {
        QUndoStack stack;
        customers::CustomerEditor editor(m_company->customers(), stack);
        ui::CustomersView customersView(editor, m_clock);
        auto* panel = ui::CustomerSubscriptionsPanel::attachTo(customersView, m_company->subscriptions(),
                                                               m_company->billing(), m_company->customers(), m_clock);
        customersView.resize(1000, 700);
        customersView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&customersView));
        QVERIFY(!panel->newButton()->isEnabled()); // no customer selected yet

        const int row = customersView.model()->rowOf(m_samples.virtanen);
        customersView.table()->setCurrentIndex(
            customersView.proxy()->mapFromSource(customersView.model()->index(row, 0)));
        QTRY_COMPARE(panel->table()->topLevelItemCount(), 2);
        QCOMPARE(test::child<QLabel>(panel, QStringLiteral("customerSubscriptionsTitle"))->text(),
                 QStringLiteral("Subscriptions of Virtanen Oy"));
        QVERIFY(panel->newButton()->isEnabled());
        QStringList plans;
        for (int i = 0; i < 2; ++i)
            plans.append(panel->table()->topLevelItem(i)->text(1));
        plans.sort();
        QCOMPARE(plans, (QStringList {QStringLiteral("Basic (BASIC)"), QStringLiteral("Pro (PRO)")}));

        // A new subscription for this customer shows up in the panel by itself.
        QVERIFY(
            m_company->subscriptions().create(test::monthly(m_samples.virtanen, m_samples.basic, 1, m_clock.today())));
        QTRY_COMPARE(panel->table()->topLevelItemCount(), 3);
    }

    void hundredThousandRowsStayQuick()
    {
        // A model fed directly: what matters here is the model and the proxy, not storage. The
        // model testers re-check every row on each change; they would measure themselves.
        m_proxyTester.reset();
        m_modelTester.reset();
        QList<subscriptions::SubscriptionSummary> rows;
        constexpr int count = 100000;
        rows.reserve(count);
        const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
        for (int i = 0; i < count; ++i) {
            subscriptions::SubscriptionSummary row;
            row.id = SubscriptionId(i + 1);
            row.customerId = CustomerId(i % 20000 + 1);
            row.customerName = QStringLiteral("Kunde %1 Müller").arg(i % 20000);
            row.planId = PlanId(i % 5 + 1);
            row.planCode = QStringLiteral("PLAN%1").arg(i % 5);
            row.planName = QStringLiteral("Plan %1").arg(i % 5);
            row.status = subscriptions::allSubscriptionStatuses().at(i % 6);
            row.quantity = i % 50 + 1;
            row.periodAmount = Money(qint64(i % 997) * 100, eur);
            row.startDate = QDate(2024, 1, 1).addDays(i % 800);
            rows.append(row);
        }
        QElapsedTimer timer;
        timer.start();
        m_view->model()->setSummaries(rows);
        const qint64 loaded = timer.restart();
        QCOMPARE(m_view->proxy()->rowCount(), count);
        m_view->table()->sortByColumn(ui::SubscriptionTableModel::CustomerColumn, Qt::AscendingOrder);
        const qint64 sorted = timer.restart();
        QTest::keyClicks(m_view->searchEdit(), QStringLiteral("muller 1999"));
        const qint64 searched = timer.restart();
        // Customers 1999, 11999 and 19990..19999: 12 customers with 5 subscriptions each.
        QCOMPARE(m_view->proxy()->rowCount(), 60);
        m_view->statusCombo()->setCurrentIndex(m_view->statusCombo()->findData(QStringLiteral("active")));
        const qint64 filtered = timer.restart();
        QVERIFY(m_view->proxy()->rowCount() > 0);
        qInfo("100,000 rows: load %lld ms, sort by customer %lld ms, search (11 keystrokes) %lld ms, status %lld ms",
              loaded, sorted, searched, filtered);
        // Generous bounds for a debug build on a busy machine; a per-row widget or a string
        // comparison per sort step would blow them by far.
        QVERIFY2(loaded + sorted < 8000, qPrintable(QString::number(loaded + sorted)));
        QVERIFY2(searched < 8000, qPrintable(QString::number(searched)));
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::SubscriptionSamples m_samples;
    SubscriptionId m_basic;
    SubscriptionId m_trialing;
    SubscriptionId m_paused;
    SubscriptionId m_scheduled;
    std::unique_ptr<SubscriptionsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestSubscriptionsView)
#include "tst_subscriptionsview.moc"
