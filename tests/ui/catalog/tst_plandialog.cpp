#include "TestSupport.h"
#include "UiTestSupport.h"
#include "catalog/CatalogService.h"
#include "catalog/FeatureListEditor.h"
#include "catalog/MoneyEdit.h"
#include "catalog/PlanDialog.h"
#include "catalog/PriceDialog.h"
#include "catalog/PriceListEditor.h"
#include "catalog/PriceVersionsDialog.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace subdesk;
using billing::BillingInterval;
using billing::IntervalUnit;
using catalog::Plan;
using catalog::Price;
using catalog::PricingModel;
using ui::PlanDialog;

namespace {

const Currency& eur()
{
    static const Currency c = *Currency::fromCode(QStringLiteral("EUR"));
    return c;
}

void typeInto(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = test::child<QLineEdit>(root, name);
    if (!edit)
        return;
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/**
 * Clicks "Add price…" and fills the price dialog that opens: interval unit, EUR, amount, then OK.
 * Returns whether the dialog was there and accepted its OK.
 */
bool addFlatPrice(PlanDialog& dialog, IntervalUnit unit, const QString& amount)
{
    bool done = false;
    test::onNextModal([&](QWidget* modal) {
        auto* combo = test::child<QComboBox>(modal, QStringLiteral("priceIntervalUnitCombo"));
        auto* ok = test::child<QPushButton>(modal, QStringLiteral("priceOkButton"));
        if (!combo || !ok)
            return;
        combo->setCurrentIndex(combo->findData(static_cast<int>(unit)));
        if (auto* currency = test::child<QComboBox>(modal, QStringLiteral("priceCurrencyCombo")))
            currency->setCurrentText(QStringLiteral("EUR"));
        typeInto(modal, QStringLiteral("priceAmountEdit"), amount);
        done = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("addPriceButton")), Qt::LeftButton);
    return done;
}

Price monthlyPrice(qint64 minor, QDate from)
{
    Price price;
    price.currency = eur();
    price.interval = BillingInterval {IntervalUnit::Month, 1};
    price.versions.append(
        {PriceVersionId(), PriceId(), from, PricingModel::flat(Money(minor, eur())), Money::zero(eur())});
    return price;
}

} // namespace

class TestPlanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("plans%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY(company);
        m_company = std::move(*company);
    }

    void cleanup() { m_company.reset(); }

    void createsAPlanWithTwoPricesAndShowsThemAgain()
    {
        catalog::CatalogService& catalog = m_company->catalog();
        PlanId id;
        {
            PlanDialog dialog(catalog, &m_company->subscriptions(), std::nullopt, m_clock.today());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* save = test::child<QPushButton>(&dialog, QStringLiteral("planSaveButton"));
            QVERIFY(!save->isEnabled()); // nothing typed yet
            QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("pro-m"));
            QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planNameEdit")), QStringLiteral("Pro"));
            QTest::keyClicks(test::child<QComboBox>(&dialog, QStringLiteral("planProductCombo"))->lineEdit(),
                             QStringLiteral("Cloud backup"));
            QVERIFY(save->isEnabled());

            dialog.tabs()->setCurrentIndex(2);
            QVERIFY(addFlatPrice(dialog, IntervalUnit::Month, QStringLiteral("20.00")));
            QVERIFY(addFlatPrice(dialog, IntervalUnit::Year, QStringLiteral("200")));
            auto* prices = test::child<QTableWidget>(&dialog, QStringLiteral("pricesTable"));
            QCOMPARE(prices->rowCount(), 2);
            QCOMPARE(prices->item(0, 4)->text(), QStringLiteral("new, saved with the rest"));

            QTest::mouseClick(save, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            id = dialog.savedPlan().id;
            QVERIFY(id.isValid());
        }

        const Plan* stored = catalog.catalog().plan(id);
        QVERIFY(stored);
        QCOMPARE(stored->code, QStringLiteral("PRO-M"));
        const catalog::Product* product = catalog.catalog().product(stored->productId);
        QVERIFY(product);
        QCOMPARE(product->name, QStringLiteral("Cloud backup")); // typed, so created
        const auto storedPrices = catalog.catalog().pricesOf(catalog::PriceOwner::Plan, id.value);
        QCOMPARE(storedPrices.size(), 2);
        QList<qint64> amounts;
        for (const Price* price : storedPrices)
            amounts.append(price->latest()->model.price().minorUnits());
        std::sort(amounts.begin(), amounts.end());
        QCOMPARE(amounts, (QList<qint64> {2000, 20000}));

        PlanDialog reopened(catalog, &m_company->subscriptions(), *stored, m_clock.today());
        QCOMPARE(test::child<QLineEdit>(&reopened, QStringLiteral("planCodeEdit"))->text(), QStringLiteral("PRO-M"));
        QCOMPARE(test::child<QComboBox>(&reopened, QStringLiteral("planProductCombo"))->currentText(),
                 QStringLiteral("Cloud backup"));
        auto* table = test::child<QTableWidget>(&reopened, QStringLiteral("pricesTable"));
        QCOMPARE(table->rowCount(), 2);
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown.append(table->item(row, 1)->text() + QLatin1Char(' ') + table->item(row, 2)->text());
        shown.sort();
        QCOMPARE(shown,
                 (QStringList {QStringLiteral("Monthly Flat: 20.00 EUR"), QStringLiteral("Yearly Flat: 200.00 EUR")}));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1 version"));
    }

    void aCodeAnotherPlanHasIsRefusedInline()
    {
        Plan existing;
        existing.code = QStringLiteral("PRO");
        existing.name = QStringLiteral("Pro");
        QVERIFY(m_company->catalog().savePlan(existing));

        PlanDialog dialog(m_company->catalog(), &m_company->subscriptions(), std::nullopt, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planNameEdit")), QStringLiteral("Pro again"));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("pro"));
        auto* issue = test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("planCodeEditIssue"));
        QVERIFY(issue->isVisible());
        QCOMPARE(issue->text(), QStringLiteral("The code PRO is already used by the plan Pro."));
        QCOMPARE(issue->level(), ui::FieldIssueLabel::Level::Error);
        auto* save = test::child<QPushButton>(&dialog, QStringLiteral("planSaveButton"));
        QVERIFY(!save->isEnabled());

        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("-2"));
        QVERIFY(!issue->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_company->catalog().catalog().plans.size(), 2);
    }

    void renamingACodeThatCouponsNameWarns()
    {
        Plan existing;
        existing.code = QStringLiteral("PRO");
        existing.name = QStringLiteral("Pro");
        auto saved = m_company->catalog().savePlan(existing);
        QVERIFY(saved);
        auto coupon = catalog::Coupon::percentOff(QStringLiteral("PRO10"), QStringLiteral("Pro 10%"), 1000);
        coupon.planCodes = {QStringLiteral("PRO")};
        QVERIFY(m_company->catalog().saveCoupon(coupon));

        PlanDialog dialog(m_company->catalog(), &m_company->subscriptions(), *saved, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* issue = test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("planCodeEditIssue"));
        QVERIFY(!issue->isVisible());
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("-NEW"));
        QVERIFY(issue->isVisible());
        QCOMPARE(issue->level(), ui::FieldIssueLabel::Level::Warning);
        QVERIFY2(issue->text().startsWith(QStringLiteral("Coupons limited to PRO (PRO10) will no longer apply")),
                 qPrintable(issue->text()));
        QVERIFY(test::child<QPushButton>(&dialog, QStringLiteral("planSaveButton"))
                    ->isEnabled()); // a warning, not an error
    }

    void aBrokenCodeSaysWhatIsWrong()
    {
        PlanDialog dialog(m_company->catalog(), &m_company->subscriptions(), std::nullopt, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("pro m"));
        auto* issue = test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("planCodeEditIssue"));
        QVERIFY(issue->isVisible());
        QVERIFY2(issue->text().contains(QStringLiteral("may only contain upper-case letters")),
                 qPrintable(issue->text()));
        // An untouched name stays quiet until a save is attempted.
        auto* nameIssue = test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("planNameEditIssue"));
        QVERIFY(!nameIssue->isVisible());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(nameIssue->isVisible());
        QVERIFY(m_company->catalog().catalog().plans.isEmpty());
    }

    void featuresAreAddedAndReordered()
    {
        PlanDialog dialog(m_company->catalog(), &m_company->subscriptions(), std::nullopt, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("BASIC"));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planNameEdit")), QStringLiteral("Basic"));
        dialog.tabs()->setCurrentIndex(1);
        auto* list = test::child<QListWidget>(&dialog, QStringLiteral("featureList"));
        auto* add = test::child<QPushButton>(&dialog, QStringLiteral("addFeatureButton"));
        for (const QString& feature : {QStringLiteral("5 users"), QStringLiteral("Phone support")}) {
            QTest::mouseClick(add, Qt::LeftButton);
            QWidget* editor = QApplication::focusWidget();
            QVERIFY(qobject_cast<QLineEdit*>(editor));
            QTest::keyClicks(editor, feature);
            QTest::keyClick(editor, Qt::Key_Return);
        }
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // an empty line is dropped
        QCOMPARE(list->count(), 3);
        list->setCurrentRow(1);
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("moveFeatureUpButton")), Qt::LeftButton);
        QCOMPARE(dialog.features()->features(),
                 (QStringList {QStringLiteral("Phone support"), QStringLiteral("5 users")}));
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("planSaveButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_company->catalog().catalog().plan(dialog.savedPlan().id)->features,
                 (QStringList {QStringLiteral("Phone support"), QStringLiteral("5 users")}));
    }

    void aMeteredChargeIsSavedWithTheNewPlan()
    {
        PlanDialog dialog(m_company->catalog(), &m_company->subscriptions(), std::nullopt, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planCodeEdit")), QStringLiteral("API"));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("planNameEdit")), QStringLiteral("API access"));
        dialog.tabs()->setCurrentIndex(3);
        bool okBlockedWithoutPrice = false;
        bool intervalShown = true;
        test::onNextModal([&](QWidget* metered) {
            auto* ok = test::child<QPushButton>(metered, QStringLiteral("meteredOkButton"));
            auto* aggregation = test::child<QComboBox>(metered, QStringLiteral("meteredAggregationCombo"));
            if (!ok || !aggregation)
                return;
            QTest::keyClicks(test::child<QLineEdit>(metered, QStringLiteral("meteredMetricEdit")),
                             QStringLiteral("API_Calls"));
            QTest::keyClicks(test::child<QLineEdit>(metered, QStringLiteral("meteredNameEdit")),
                             QStringLiteral("API calls"));
            aggregation->setCurrentIndex(aggregation->findData(static_cast<int>(catalog::UsageAggregation::Max)));
            okBlockedWithoutPrice = !ok->isEnabled();
            test::onNextModal([&](QWidget* price) {
                auto* interval = test::child<QSpinBox>(price, QStringLiteral("priceIntervalCountSpin"));
                intervalShown = interval && interval->isVisible();
                test::child<QComboBox>(price, QStringLiteral("priceCurrencyCombo"))
                    ->setCurrentText(QStringLiteral("EUR"));
                auto* kind = test::child<QComboBox>(price, QStringLiteral("pricingKindCombo"));
                kind->setCurrentIndex(kind->findData(static_cast<int>(catalog::PricingKind::Package)));
                QTest::keyClicks(test::child<QLineEdit>(price, QStringLiteral("priceAmountEdit")), QStringLiteral("2"));
                test::child<QSpinBox>(price, QStringLiteral("packageSizeSpin"))->setValue(1000);
                QTest::mouseClick(test::child<QPushButton>(price, QStringLiteral("priceOkButton")), Qt::LeftButton);
            });
            QTest::mouseClick(test::child<QPushButton>(metered, QStringLiteral("addPriceButton")), Qt::LeftButton);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("addMeteredChargeButton")), Qt::LeftButton);
        QVERIFY(okBlockedWithoutPrice);
        QVERIFY(!intervalShown); // usage follows the subscription's periods
        auto* table = test::child<QTableWidget>(&dialog, QStringLiteral("meteredChargesTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("api_calls"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2.00 EUR per 1,000 units (not saved yet)"));

        QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("planSaveButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const catalog::Catalog& stored = m_company->catalog().catalog();
        const auto charges = stored.meteredChargesOf(dialog.savedPlan().id);
        QCOMPARE(charges.size(), 1);
        QCOMPARE(charges.constFirst()->metricCode, QStringLiteral("api_calls"));
        QCOMPARE(charges.constFirst()->aggregation, catalog::UsageAggregation::Max);
        const auto prices = stored.pricesOf(catalog::PriceOwner::MeteredCharge, charges.constFirst()->id.value);
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.constFirst()->latest()->model, PricingModel::package(Money(200, eur()), 1000));
    }

    void aNewVersionMustStartAfterTheLatestAndMigrationMovesSubscriptions()
    {
        catalog::CatalogService& catalog = m_company->catalog();
        Plan plan;
        plan.code = QStringLiteral("PRO");
        plan.name = QStringLiteral("Pro");
        auto saved = catalog.savePlan(plan, {monthlyPrice(2000, QDate(2026, 1, 1))});
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        // A copy: the catalog snapshot (and pointers into it) is replaced on every change.
        const Price price = *catalog.catalog().pricesOf(catalog::PriceOwner::Plan, saved->id.value).constFirst();
        auto customer = m_company->customers().add(test::sampleCustomer());
        QVERIFY(customer);
        subscriptions::NewSubscription request;
        request.customerId = customer->id;
        request.planId = saved->id;
        request.interval = *price.interval;
        request.startDate = QDate(2026, 2, 1);
        auto created = m_company->subscriptions().create(request);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

        ui::PriceVersionsDialog versions(catalog, &m_company->subscriptions(), price.id, ui::PriceEditor::Usage::Plan,
                                         m_clock.today());
        versions.show();
        QVERIFY(QTest::qWaitForWindowExposed(&versions));
        auto* table = test::child<QTableWidget>(&versions, QStringLiteral("priceVersionsTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("current"));
        QVERIFY(!test::child<QPushButton>(&versions, QStringLiteral("migrateSubscriptionsButton"))->isEnabled());

        bool refusedEarlyDate = false;
        test::onNextModal([&](QWidget* modal) {
            auto* date = test::child<QDateEdit>(modal, QStringLiteral("priceEffectiveDateEdit"));
            auto* ok = test::child<QPushButton>(modal, QStringLiteral("priceOkButton"));
            auto* issue = test::child<ui::FieldIssueLabel>(modal, QStringLiteral("priceEffectiveDateEditIssue"));
            if (!date || !ok || !issue)
                return;
            date->setDate(QDate(2026, 1, 1)); // the current version's date: refused
            refusedEarlyDate = !ok->isEnabled() && issue->isVisible()
                && issue->text().startsWith(QStringLiteral("A new version must take effect after the current one"));
            date->setDate(QDate(2026, 4, 1));
            typeInto(modal, QStringLiteral("priceAmountEdit"), QStringLiteral("24.00"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(test::child<QPushButton>(&versions, QStringLiteral("newVersionButton")), Qt::LeftButton);
        QVERIFY(refusedEarlyDate);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Flat: 24.00 EUR"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("scheduled"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("current"));
        QCOMPARE(catalog.catalog().price(price.id)->versions.size(), 2);

        auto* migrate = test::child<QPushButton>(&versions, QStringLiteral("migrateSubscriptionsButton"));
        QVERIFY(migrate->isEnabled());
        test::onNextModal([&](QWidget* modal) {
            auto* date = test::child<QDateEdit>(modal, QStringLiteral("migrateDateEdit"));
            auto* ok = test::child<QPushButton>(modal, QStringLiteral("migrateOkButton"));
            if (!date || !ok)
                return;
            date->setDate(QDate(2026, 4, 1));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(migrate, Qt::LeftButton);
        QCOMPARE(versions.messageBar()->text(), QStringLiteral("Moved 1 subscription to the latest version."));
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
};

QTEST_MAIN(TestPlanDialog)
#include "tst_plandialog.moc"
