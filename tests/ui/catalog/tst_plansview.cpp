#include "TestSupport.h"
#include "UiTestSupport.h"
#include "catalog/AddOnTableModel.h"
#include "catalog/CatalogFilterModel.h"
#include "catalog/CatalogListPage.h"
#include "catalog/CatalogService.h"
#include "catalog/CouponTableModel.h"
#include "catalog/PlanTableModel.h"
#include "catalog/PlansView.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "storage/CompanyFile.h"
#include "widgets/Percent.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace subdesk;
using billing::BillingInterval;
using billing::IntervalUnit;
using catalog::Plan;
using catalog::Price;
using catalog::PricingModel;
using ui::PlansView;

namespace {

const Currency& eur()
{
    static const Currency c = *Currency::fromCode(QStringLiteral("EUR"));
    return c;
}

Price flatPrice(qint64 minor, std::optional<BillingInterval> interval)
{
    Price price;
    price.currency = eur();
    price.interval = interval;
    price.versions.append(
        {PriceVersionId(), PriceId(), QDate(2026, 1, 1), PricingModel::flat(Money(minor, eur())), Money::zero(eur())});
    return price;
}

QToolButton* buttonFor(QWidget* root, const QString& actionName)
{
    for (QToolButton* button : root->findChildren<QToolButton*>()) {
        if (button->defaultAction() && button->defaultAction()->objectName() == actionName)
            return button;
    }
    return nullptr;
}

/** The texts of a column of the shown rows, in the shown order. */
QStringList column(const QTableView* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

} // namespace

class TestPlansView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("view%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY(company);
        m_company = std::move(*company);
        catalog::CatalogService& catalog = m_company->catalog();

        auto product = catalog.saveProduct({ProductId(), QStringLiteral("Cloud backup"), QString(), false});
        QVERIFY(product);
        Plan pro;
        pro.productId = product->id;
        pro.code = QStringLiteral("PRO");
        pro.name = QStringLiteral("Pro");
        pro.trialDays = 14;
        const BillingInterval monthly {IntervalUnit::Month, 1};
        const BillingInterval yearly {IntervalUnit::Year, 1};
        QVERIFY(catalog.savePlan(pro, {flatPrice(2000, monthly), flatPrice(20000, yearly)}));
        Plan starter;
        starter.code = QStringLiteral("STARTER");
        starter.name = QStringLiteral("Starter");
        starter.term = {12, catalog::TermEndAction::Expire};
        QVERIFY(catalog.savePlan(starter));

        catalog::AddOn storage;
        storage.code = QStringLiteral("STORAGE-100");
        storage.name = QStringLiteral("Extra storage 100 GB");
        QVERIFY(catalog.saveAddOn(storage, {flatPrice(500, monthly)}));

        auto spring = catalog::Coupon::percentOff(QStringLiteral("SPRING25"), QStringLiteral("Spring sale"), 2500);
        spring.duration = catalog::CouponDuration::Repeating;
        spring.durationPeriods = 3;
        spring.planCodes = {QStringLiteral("PRO")};
        QVERIFY(catalog.saveCoupon(spring));
        auto old = catalog::Coupon::fixedAmountOff(QStringLiteral("WINTER10"), QStringLiteral("Winter sale"),
                                                   Money(1000, eur()));
        old.expiresOn = QDate(2026, 3, 1); // before the test's today
        QVERIFY(catalog.saveCoupon(old));

        m_view = std::make_unique<PlansView>(catalog, m_company->subscriptions(), m_clock);
        m_view->resize(1000, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_company.reset();
    }

    void modelsPassTheModelTester()
    {
        QAbstractItemModelTester plans(m_view->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester addOns(m_view->addOnModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester coupons(m_view->couponModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(m_view->plansPage()->proxy(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->plansPage()->searchEdit()->setText(QStringLiteral("pro"));
        QVERIFY(m_view->planModel()->rowCount() == 2);
    }

    void listsThePlansWithTheirPrices()
    {
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("plansTable"));
        QVERIFY(table);
        QCOMPARE(column(table, ui::PlanTableModel::CodeColumn),
                 (QStringList {QStringLiteral("PRO"), QStringLiteral("STARTER")}));
        QCOMPARE(column(table, ui::PlanTableModel::ProductColumn),
                 (QStringList {QStringLiteral("Cloud backup"), QString()}));
        QCOMPARE(
            column(table, ui::PlanTableModel::PricesColumn),
            (QStringList {QStringLiteral("20.00 EUR monthly · 200.00 EUR yearly"), QStringLiteral("no price yet")}));
        QCOMPARE(column(table, ui::PlanTableModel::TrialColumn),
                 (QStringList {QStringLiteral("14 days"), QStringLiteral("none")}));
        QCOMPARE(column(table, ui::PlanTableModel::TermColumn),
                 (QStringList {QStringLiteral("Evergreen"), QStringLiteral("12 periods, then expires")}));
        QCOMPARE(test::child<QLabel>(m_view.get(), QStringLiteral("plansStatusLabel"))->text(),
                 QStringLiteral("Showing 2 of 2 plans"));
    }

    void searchNarrowsTheList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("a code") << QStringLiteral("starter") << QStringList {QStringLiteral("STARTER")};
        QTest::newRow("the product name, any case") << QStringLiteral("CLOUD") << QStringList {QStringLiteral("PRO")};
        QTest::newRow("a price") << QStringLiteral("200.00") << QStringList {QStringLiteral("PRO")};
        QTest::newRow("every word must match") << QStringLiteral("pro expires") << QStringList {};
    }

    void searchNarrowsTheList()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, codes);
        QTest::keyClicks(test::child<QLineEdit>(m_view.get(), QStringLiteral("plansSearchEdit")), query);
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("plansTable"));
        QCOMPARE(column(table, ui::PlanTableModel::CodeColumn), codes);
        QCOMPARE(test::child<QLabel>(m_view.get(), QStringLiteral("plansEmptyLabel"))->isVisible(), codes.isEmpty());
    }

    void archivingHidesAPlanUnlessShowArchived()
    {
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("plansTable"));
        table->setCurrentIndex(table->model()->index(1, 0)); // STARTER
        auto* archive = buttonFor(m_view.get(), QStringLiteral("archivePlanAction"));
        QVERIFY(archive && archive->isEnabled());
        QSignalSpy messages(m_view.get(), &ui::SectionView::messageRequested);
        QTest::mouseClick(archive, Qt::LeftButton);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.constFirst().constFirst().toString().startsWith(QStringLiteral("Archived the plan Starter.")));
        QVERIFY(m_company->catalog().catalog().planByCode(QStringLiteral("STARTER"))->archived);
        QCOMPARE(column(table, ui::PlanTableModel::CodeColumn), QStringList {QStringLiteral("PRO")});
        QCOMPARE(test::child<QLabel>(m_view.get(), QStringLiteral("plansStatusLabel"))->text(),
                 QStringLiteral("Showing 1 of 2 plans"));

        auto* showArchived = test::child<QCheckBox>(m_view.get(), QStringLiteral("plansShowArchivedCheck"));
        QTest::mouseClick(showArchived, Qt::LeftButton);
        QCOMPARE(column(table, ui::PlanTableModel::CodeColumn),
                 (QStringList {QStringLiteral("PRO"), QStringLiteral("STARTER")}));
        const QModelIndex starter = table->model()->index(1, ui::PlanTableModel::NameColumn);
        QCOMPARE(starter.data(Qt::ForegroundRole).value<QBrush>().color(),
                 QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!table->model()->index(0, 0).data(Qt::ForegroundRole).isValid()); // PRO is not greyed

        // The same button restores it.
        table->setCurrentIndex(starter);
        QCOMPARE(archive->text(), QStringLiteral("Restore"));
        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(!m_company->catalog().catalog().planByCode(QStringLiteral("STARTER"))->archived);
    }

    void addOnsTabListsAddOns()
    {
        m_view->showTab(PlansView::Tab::AddOns);
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("addOnsTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(column(table, ui::AddOnTableModel::NameColumn), QStringList {QStringLiteral("Extra storage 100 GB")});
        QCOMPARE(column(table, ui::AddOnTableModel::KindColumn), QStringList {QStringLiteral("Recurring")});
        QCOMPARE(column(table, ui::AddOnTableModel::PricesColumn), QStringList {QStringLiteral("5.00 EUR monthly")});
    }

    void couponsTabListsCouponsAndHidesExpiredOnes()
    {
        m_view->showTab(PlansView::Tab::Coupons);
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("couponsTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(column(table, ui::CouponTableModel::CodeColumn), QStringList {QStringLiteral("SPRING25")});
        QCOMPARE(column(table, ui::CouponTableModel::DiscountColumn), QStringList {QStringLiteral("25%")});
        QCOMPARE(column(table, ui::CouponTableModel::DurationColumn), QStringList {QStringLiteral("3 periods")});
        QCOMPARE(column(table, ui::CouponTableModel::PlansColumn), QStringList {QStringLiteral("PRO")});
        QCOMPARE(column(table, ui::CouponTableModel::RedeemedColumn), QStringList {QStringLiteral("0")});

        QTest::mouseClick(test::child<QCheckBox>(m_view.get(), QStringLiteral("couponsShowArchivedCheck")),
                          Qt::LeftButton);
        QCOMPARE(column(table, ui::CouponTableModel::CodeColumn),
                 (QStringList {QStringLiteral("SPRING25"), QStringLiteral("WINTER10")}));
        QCOMPARE(table->model()->index(1, ui::CouponTableModel::DiscountColumn).data().toString(),
                 QStringLiteral("10.00 EUR"));
        QCOMPARE(table->model()->index(1, ui::CouponTableModel::ExpiresColumn).data().toString(),
                 QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
    }

    void newCouponIsEnteredAndListed()
    {
        m_view->showTab(PlansView::Tab::Coupons);
        bool saveWasEnabled = false;
        QString amountIssue;
        test::onNextModal([&](QWidget* dialog) {
            auto* kind = test::child<QComboBox>(dialog, QStringLiteral("couponKindCombo"));
            auto* duration = test::child<QComboBox>(dialog, QStringLiteral("couponDurationCombo"));
            auto* plans = test::child<QListWidget>(dialog, QStringLiteral("couponPlansList"));
            auto* save = test::child<QPushButton>(dialog, QStringLiteral("couponSaveButton"));
            if (!kind || !duration || !plans || !save)
                return;
            QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("couponCodeEdit")),
                             QStringLiteral("autumn15"));
            QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("couponNameEdit")),
                             QStringLiteral("Autumn"));
            kind->setCurrentIndex(kind->findData(static_cast<int>(catalog::CouponKind::FixedAmount)));
            test::child<QComboBox>(dialog, QStringLiteral("couponCurrencyCombo"))
                ->setCurrentText(QStringLiteral("EUR"));
            auto* amount = test::child<QLineEdit>(dialog, QStringLiteral("couponAmountEdit"));
            QTest::keyClicks(amount, QStringLiteral("0"));
            amountIssue = test::child<QLabel>(dialog, QStringLiteral("couponAmountEditIssue"))->text();
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("15"));
            duration->setCurrentIndex(duration->findData(static_cast<int>(catalog::CouponDuration::Repeating)));
            test::child<QSpinBox>(dialog, QStringLiteral("couponPeriodsSpin"))->setValue(3);
            for (int i = 0; i < plans->count(); ++i) {
                if (plans->item(i)->data(Qt::UserRole).toString() == QLatin1String("PRO"))
                    plans->item(i)->setCheckState(Qt::Checked);
            }
            test::child<QCheckBox>(dialog, QStringLiteral("couponLimitCheck"))->setChecked(true);
            test::child<QSpinBox>(dialog, QStringLiteral("couponLimitSpin"))->setValue(50);
            saveWasEnabled = save->isEnabled();
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(buttonFor(m_view.get(), QStringLiteral("newCouponAction")), Qt::LeftButton);
        QCOMPARE(amountIssue, QStringLiteral("The amount off is 0.00 EUR; it must be more than zero."));
        QVERIFY(saveWasEnabled);
        const catalog::Coupon* stored = m_company->catalog().catalog().couponByCode(QStringLiteral("AUTUMN15"));
        QVERIFY(stored);
        QCOMPARE(stored->kind, catalog::CouponKind::FixedAmount);
        QCOMPARE(stored->amountOff, Money(1500, eur()));
        QCOMPARE(stored->duration, catalog::CouponDuration::Repeating);
        QCOMPARE(stored->durationPeriods, 3);
        QCOMPARE(stored->planCodes, QSet<QString> {QStringLiteral("PRO")});
        QCOMPARE(stored->redemptionLimit, std::optional<int>(50));
        QVERIFY(!stored->expiresOn.has_value());
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("couponsTable"));
        QCOMPARE(column(table, ui::CouponTableModel::CodeColumn),
                 (QStringList {QStringLiteral("AUTUMN15"), QStringLiteral("SPRING25")}));
        QCOMPARE(table->currentIndex().row(), 0); // the new coupon is selected
        QCOMPARE(column(table, ui::CouponTableModel::RedeemedColumn).constFirst(), QStringLiteral("0 of 50"));
    }

    void newAddOnWithAOneTimePrice()
    {
        m_view->showTab(PlansView::Tab::AddOns);
        bool intervalShown = true;
        test::onNextModal([&](QWidget* dialog) {
            auto* kind = test::child<QComboBox>(dialog, QStringLiteral("addOnKindCombo"));
            auto* save = test::child<QPushButton>(dialog, QStringLiteral("addOnSaveButton"));
            if (!kind || !save)
                return;
            QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("addOnCodeEdit")),
                             QStringLiteral("setup-help"));
            QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("addOnNameEdit")),
                             QStringLiteral("Setup help"));
            kind->setCurrentIndex(kind->findData(static_cast<int>(catalog::AddOnKind::OneTime)));
            test::onNextModal([&](QWidget* priceDialog) {
                auto* interval = test::child<QSpinBox>(priceDialog, QStringLiteral("priceIntervalCountSpin"));
                intervalShown = interval && interval->isVisible();
                test::child<QComboBox>(priceDialog, QStringLiteral("priceCurrencyCombo"))
                    ->setCurrentText(QStringLiteral("EUR"));
                QTest::keyClicks(test::child<QLineEdit>(priceDialog, QStringLiteral("priceAmountEdit")),
                                 QStringLiteral("99"));
                QTest::mouseClick(test::child<QPushButton>(priceDialog, QStringLiteral("priceOkButton")),
                                  Qt::LeftButton);
            });
            QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("addPriceButton")), Qt::LeftButton);
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(buttonFor(m_view.get(), QStringLiteral("newAddOnAction")), Qt::LeftButton);
        QVERIFY(!intervalShown); // a one-time price has no billing interval
        const catalog::AddOn* stored = m_company->catalog().catalog().addOnByCode(QStringLiteral("SETUP-HELP"));
        QVERIFY(stored);
        QCOMPARE(stored->kind, catalog::AddOnKind::OneTime);
        const auto prices = m_company->catalog().catalog().pricesOf(catalog::PriceOwner::AddOn, stored->id.value);
        QCOMPARE(prices.size(), 1);
        QVERIFY(!prices.constFirst()->interval.has_value());
        auto* table = test::child<QTableView>(m_view.get(), QStringLiteral("addOnsTable"));
        QVERIFY(column(table, ui::AddOnTableModel::PricesColumn).contains(QStringLiteral("99.00 EUR")));
    }

    void percentagesAreWrittenInTheLocale_data()
    {
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("whole: 2500 bp = 25%") << 2500 << QStringLiteral("25%") << QStringLiteral("25%");
        QTest::newRow("one decimal: 1250 bp = 12.5%") << 1250 << QStringLiteral("12.5%") << QStringLiteral("12,5%");
        QTest::newRow("two decimals: 5 bp = 0.05%") << 5 << QStringLiteral("0.05%") << QStringLiteral("0,05%");
    }

    void percentagesAreWrittenInTheLocale()
    {
        QFETCH(int, basisPoints);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(ui::percent::format(basisPoints, QLocale(QLocale::English)), english);
        QCOMPARE(ui::percent::format(basisPoints, QLocale(QLocale::German)), german);
    }

    void theMainWindowHasAPlansSection()
    {
        m_view.reset();
        ui::MainWindow window(m_clock, std::move(m_company));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = test::child<QListWidget>(&window, QStringLiteral("navigationList"));
        QVERIFY(!sidebar->findItems(QStringLiteral("Plans"), Qt::MatchExactly).isEmpty());
        window.showSection(ui::Section::Plans);
        auto* view = window.findChild<PlansView*>(QStringLiteral("plansView"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->planModel()->rowCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<PlansView> m_view;
};

QTEST_MAIN(TestPlansView)
#include "tst_plansview.moc"
