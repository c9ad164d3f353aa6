// Shows one scene of the Plans section for a screenshot under a real X server (Xvfb): the plans
// list of the demo company, the plan, add-on and coupon editors, the price editor with a graduated
// price and its preview, a price's version history, the add-ons and coupons lists. Not a test; see
// tests/ui/screenshots/shoot.sh, which runs it.
#include "catalog/AddOnDialog.h"
#include "catalog/CatalogService.h"
#include "catalog/CouponDialog.h"
#include "catalog/PlanDialog.h"
#include "catalog/PlansView.h"
#include "catalog/PriceDialog.h"
#include "catalog/PricePreview.h"
#include "catalog/PriceVersionsDialog.h"
#include "demo/DemoCatalog.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "settings/Languages.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace subdesk;

namespace {

void type(QWidget* root, const QString& name, const QString& text)
{
    if (auto* edit = root->findChild<QLineEdit*>(name)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void click(QWidget* root, const QString& name)
{
    if (auto* button = root->findChild<QAbstractButton*>(name))
        QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("plans");
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskScenes"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskScenes"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    ui::installTranslations(QStringLiteral("en"));
    QApplication::setWindowIcon(ui::appIcon());

    SystemClock clock;
    auto opened = ui::openCompanyFile(dir.filePath(QStringLiteral("company.subdesk")),
                                      storage::Database::OpenMode::OpenOrCreate, clock, true);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    ui::MainWindow window(clock, std::move(opened->file));
    window.show();
    window.showSection(ui::Section::Plans);
    auto* view = window.findChild<ui::PlansView*>();
    catalog::CatalogService& catalog = window.company()->catalog();
    const catalog::Plan* backup = catalog.catalog().planByCode(demo::democodes::backupStart);
    if (!view || !backup) {
        std::fprintf(stderr, "no plans view or demo plan\n");
        return 1;
    }

    if (scene == QLatin1String("coupons")) {
        view->showTab(ui::PlansView::Tab::Coupons);
    } else if (scene == QLatin1String("addons")) {
        view->showTab(ui::PlansView::Tab::AddOns);
    } else if (scene == QLatin1String("plan-dialog")) {
        // plan-dialog [tab index] [plan code]
        const catalog::Plan* plan = argc > 3 ? catalog.catalog().planByCode(QString::fromLocal8Bit(argv[3])) : backup;
        auto* dialog = new ui::PlanDialog(catalog, &window.company()->subscriptions(), plan ? *plan : *backup,
                                          clock.today(), &window);
        dialog->show();
        if (argc > 2)
            dialog->tabs()->setCurrentIndex(QString::fromLocal8Bit(argv[2]).toInt());
    } else if (scene == QLatin1String("price-editor")) {
        auto* dialog = new ui::PriceDialog(ui::PriceEditor::Usage::Plan, {}, clock.today(),
                                           *Currency::fromCode(QStringLiteral("EUR")), &window);
        dialog->show();
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("pricingKindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(catalog::PricingKind::Graduated)));
        type(dialog, QStringLiteral("tierUpToEdit0"), QStringLiteral("10"));
        type(dialog, QStringLiteral("tierUnitPriceEdit0"), QStringLiteral("5.00"));
        type(dialog, QStringLiteral("tierFlatFeeEdit0"), QStringLiteral("10.00"));
        click(dialog, QStringLiteral("addTierButton"));
        type(dialog, QStringLiteral("tierUpToEdit1"), QStringLiteral("50"));
        type(dialog, QStringLiteral("tierUnitPriceEdit1"), QStringLiteral("4.00"));
        click(dialog, QStringLiteral("addTierButton"));
        type(dialog, QStringLiteral("tierUnitPriceEdit2"), QStringLiteral("3.50"));
        type(dialog, QStringLiteral("setupFeeEdit"), QStringLiteral("49"));
        dialog->editor()->preview()->setQuantity(12);
        if (argc > 2) // price-editor error: the same price with a mistake, tier 2 ending below tier 1
            type(dialog, QStringLiteral("tierUpToEdit1"), QStringLiteral("8"));
    } else if (scene == QLatin1String("coupon-dialog")) {
        const catalog::Coupon* coupon = catalog.catalog().couponByCode(demo::democodes::education);
        auto* dialog =
            new ui::CouponDialog(catalog, coupon ? std::optional(*coupon) : std::nullopt, clock.today(), &window);
        dialog->show();
    } else if (scene == QLatin1String("addon-dialog")) {
        const catalog::AddOn* addOn = catalog.catalog().addOnByCode(demo::democodes::extraStorage);
        auto* dialog = new ui::AddOnDialog(catalog, &window.company()->subscriptions(),
                                           addOn ? std::optional(*addOn) : std::nullopt, clock.today(), &window);
        dialog->show();
    } else if (scene == QLatin1String("versions")) {
        const auto prices = catalog.catalog().pricesOf(catalog::PriceOwner::Plan, backup->id.value);
        PriceId eurMonthly;
        for (const catalog::Price* price : prices) {
            if (price->currency.code() == QLatin1String("EUR") && price->interval
                && *price->interval == billing::BillingInterval {billing::IntervalUnit::Month, 1})
                eurMonthly = price->id;
        }
        auto* dialog = new ui::PriceVersionsDialog(catalog, &window.company()->subscriptions(), eurMonthly,
                                                   ui::PriceEditor::Usage::Plan, clock.today(), &window);
        dialog->show();
    }
    return QApplication::exec();
}
