#include "PlansView.h"

#include "AddOnDialog.h"
#include "AddOnTableModel.h"
#include "CatalogListPage.h"
#include "CouponDialog.h"
#include "CouponTableModel.h"
#include "PlanDialog.h"
#include "PlanTableModel.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "widgets/Icons.h"
#include "widgets/Plural.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace subdesk::ui {

PlansView::PlansView(catalog::CatalogService& catalog, subscriptions::SubscriptionService& subscriptions,
                     const Clock& clock, QWidget* parent)
    : SectionView(parent)
    , m_catalog(catalog)
    , m_subscriptions(subscriptions)
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_planModel(new PlanTableModel(catalog, clock, this))
    , m_addOnModel(new AddOnTableModel(catalog, clock, this))
    , m_couponModel(new CouponTableModel(catalog, clock, this))
{
    setObjectName(QStringLiteral("plansView"));
    m_newPlan = makeAction(QStringLiteral("newPlanAction"), QStringLiteral("add"), tr("New &plan…"), tr("New"),
                           tr("Add a plan"));
    m_editPlan = makeAction(QStringLiteral("editPlanAction"), QStringLiteral("edit"), tr("&Edit plan…"), tr("Edit"),
                            tr("Edit the selected plan, its prices and versions"));
    m_archivePlan = makeAction(QStringLiteral("archivePlanAction"), QStringLiteral("archive"), tr("&Archive plan"),
                               tr("Archive"), QString());
    m_newAddOn = makeAction(QStringLiteral("newAddOnAction"), QStringLiteral("add"), tr("New a&dd-on…"), tr("New"),
                            tr("Add an add-on"));
    m_editAddOn = makeAction(QStringLiteral("editAddOnAction"), QStringLiteral("edit"), tr("Edit add-on…"), tr("Edit"),
                             tr("Edit the selected add-on and its prices"));
    m_archiveAddOn = makeAction(QStringLiteral("archiveAddOnAction"), QStringLiteral("archive"), tr("Archive add-on"),
                                tr("Archive"), QString());
    m_newCoupon = makeAction(QStringLiteral("newCouponAction"), QStringLiteral("add"), tr("New &coupon…"), tr("New"),
                             tr("Add a coupon"));
    m_editCoupon = makeAction(QStringLiteral("editCouponAction"), QStringLiteral("edit"), tr("Edit coupon…"),
                              tr("Edit"), tr("Edit the selected coupon"));
    connect(m_newPlan, &QAction::triggered, this, &PlansView::newPlan);
    connect(m_editPlan, &QAction::triggered, this, &PlansView::editCurrentPlan);
    connect(m_archivePlan, &QAction::triggered, this, &PlansView::toggleCurrentPlanArchived);
    connect(m_newAddOn, &QAction::triggered, this, &PlansView::newAddOn);
    connect(m_editAddOn, &QAction::triggered, this, &PlansView::editCurrentAddOn);
    connect(m_archiveAddOn, &QAction::triggered, this, &PlansView::toggleCurrentAddOnArchived);
    connect(m_newCoupon, &QAction::triggered, this, &PlansView::newCoupon);
    connect(m_editCoupon, &QAction::triggered, this, &PlansView::editCurrentCoupon);

    buildPages();
    m_tabs->setObjectName(QStringLiteral("plansTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_plansPage, tr("Plans"));
    m_tabs->addTab(m_addOnsPage, tr("Add-ons"));
    m_tabs->addTab(m_couponsPage, tr("Coupons"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_tabs);
    updateActions();
}

QAction* PlansView::makeAction(const QString& name, const QString& icon, const QString& text, const QString& iconText,
                               const QString& tip)
{
    auto* action = new QAction(themeIcon(icon), text, this);
    action->setObjectName(name);
    action->setIconText(iconText);
    action->setToolTip(tip.isEmpty() ? iconText : tip);
    action->setStatusTip(tip);
    return action;
}

void PlansView::buildPages()
{
    m_plansPage =
        new CatalogListPage(QStringLiteral("plans"), m_planModel, {m_newPlan, m_editPlan, m_archivePlan}, this);
    m_plansPage->searchEdit()->setPlaceholderText(tr("Search code, name, product or price"));
    m_plansPage->setArchivedText(tr("Show archived"),
                                 tr("Archived plans are kept for their subscriptions but not "
                                    "offered any more"));
    m_plansPage->setEmptyTexts(tr("No plans yet.\nAdd one with New: a code, a name and a price are enough."),
                               tr("No plans match the search."));
    m_plansPage->setStatusFormat([](int shown, int total) {
        return pluralized(tr("Showing %1 of %Ln plan(s)", nullptr, total), total).arg(QLocale().toString(shown));
    });

    m_addOnsPage =
        new CatalogListPage(QStringLiteral("addOns"), m_addOnModel, {m_newAddOn, m_editAddOn, m_archiveAddOn}, this);
    m_addOnsPage->searchEdit()->setPlaceholderText(tr("Search code, name or price"));
    m_addOnsPage->setArchivedText(tr("Show archived"), tr("Archived add-ons are kept but not offered any more"));
    m_addOnsPage->setEmptyTexts(tr("No add-ons yet.\nAdd-ons are extras a subscription may carry, such as more "
                                   "storage or an onboarding session."),
                                tr("No add-ons match the search."));
    m_addOnsPage->setStatusFormat([](int shown, int total) {
        return pluralized(tr("Showing %1 of %Ln add-on(s)", nullptr, total), total).arg(QLocale().toString(shown));
    });

    m_couponsPage = new CatalogListPage(QStringLiteral("coupons"), m_couponModel, {m_newCoupon, m_editCoupon}, this);
    m_couponsPage->searchEdit()->setPlaceholderText(tr("Search code, name or plan"));
    m_couponsPage->setArchivedText(tr("Show expired and used up"),
                                   tr("Coupons past their expiry date or redemption limit"));
    m_couponsPage->setEmptyTexts(tr("No coupons yet."), tr("No coupons match the search."));
    m_couponsPage->setStatusFormat([](int shown, int total) {
        return pluralized(tr("Showing %1 of %Ln coupon(s)", nullptr, total), total).arg(QLocale().toString(shown));
    });

    connect(m_plansPage, &CatalogListPage::activated, this, &PlansView::editCurrentPlan);
    connect(m_addOnsPage, &CatalogListPage::activated, this, &PlansView::editCurrentAddOn);
    connect(m_couponsPage, &CatalogListPage::activated, this, &PlansView::editCurrentCoupon);
    for (CatalogListPage* page : {m_plansPage, m_addOnsPage, m_couponsPage})
        connect(page, &CatalogListPage::currentChanged, this, &PlansView::updateActions);
}

QList<QAction*> PlansView::menuActions(Menu menu) const
{
    if (menu == Menu::File)
        return {};
    return {m_newPlan, m_editPlan, m_archivePlan, m_newAddOn, m_newCoupon};
}

void PlansView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void PlansView::updateActions()
{
    const int plan = m_plansPage->currentSourceRow();
    m_editPlan->setEnabled(plan >= 0);
    m_archivePlan->setEnabled(plan >= 0);
    const bool planArchived = plan >= 0 && m_planModel->planAt(plan).archived;
    m_archivePlan->setText(planArchived ? tr("&Restore plan") : tr("&Archive plan"));
    m_archivePlan->setIconText(planArchived ? tr("Restore") : tr("Archive"));
    m_archivePlan->setIcon(themeIcon(planArchived ? QStringLiteral("restore") : QStringLiteral("archive")));
    m_archivePlan->setToolTip(planArchived ? tr("Offer the selected plan again")
                                           : tr("Stop offering the selected plan; its subscriptions continue"));

    const int addOn = m_addOnsPage->currentSourceRow();
    m_editAddOn->setEnabled(addOn >= 0);
    m_archiveAddOn->setEnabled(addOn >= 0);
    const bool addOnArchived = addOn >= 0 && m_addOnModel->addOnAt(addOn).archived;
    m_archiveAddOn->setText(addOnArchived ? tr("Restore add-on") : tr("Archive add-on"));
    m_archiveAddOn->setIconText(addOnArchived ? tr("Restore") : tr("Archive"));
    m_archiveAddOn->setIcon(themeIcon(addOnArchived ? QStringLiteral("restore") : QStringLiteral("archive")));
    m_archiveAddOn->setToolTip(addOnArchived ? tr("Offer the selected add-on again")
                                             : tr("Stop offering the selected add-on; subscriptions keep it"));

    m_editCoupon->setEnabled(m_couponsPage->currentSourceRow() >= 0);
}

void PlansView::newPlan()
{
    Q_EMIT activationRequested();
    showTab(Tab::Plans);
    PlanDialog dialog(m_catalog, &m_subscriptions, std::nullopt, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_plansPage->selectId(dialog.savedPlan().id.value);
    Q_EMIT messageRequested(tr("Added the plan %1.").arg(dialog.savedPlan().name), MessageBar::Kind::Positive);
}

void PlansView::editCurrentPlan()
{
    const int row = m_plansPage->currentSourceRow();
    if (row < 0)
        return;
    Q_EMIT activationRequested();
    const catalog::Plan* stored = m_catalog.catalog().plan(m_planModel->planAt(row).id);
    if (!stored)
        return;
    PlanDialog dialog(m_catalog, &m_subscriptions, *stored, m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_plansPage->selectId(dialog.savedPlan().id.value);
}

void PlansView::toggleCurrentPlanArchived()
{
    const int row = m_plansPage->currentSourceRow();
    if (row < 0)
        return;
    catalog::Plan plan = m_planModel->planAt(row);
    plan.archived = !plan.archived;
    auto saved = m_catalog.savePlan(plan);
    if (!saved) {
        Q_EMIT messageRequested(saved.error().message, MessageBar::Kind::Error);
        return;
    }
    Q_EMIT messageRequested(saved->archived ? tr("Archived the plan %1. Its subscriptions continue; Show archived "
                                                 "lists it.")
                                                  .arg(saved->name)
                                            : tr("The plan %1 is offered again.").arg(saved->name),
                            MessageBar::Kind::Positive);
    // An archived row leaves the list (unless archived rows show); a restored one stays selected.
    if (!saved->archived)
        m_plansPage->selectId(saved->id.value);
    updateActions();
}

void PlansView::newAddOn()
{
    Q_EMIT activationRequested();
    showTab(Tab::AddOns);
    AddOnDialog dialog(m_catalog, &m_subscriptions, std::nullopt, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_addOnsPage->selectId(dialog.savedAddOn().id.value);
    Q_EMIT messageRequested(tr("Added the add-on %1.").arg(dialog.savedAddOn().name), MessageBar::Kind::Positive);
}

void PlansView::editCurrentAddOn()
{
    const int row = m_addOnsPage->currentSourceRow();
    if (row < 0)
        return;
    Q_EMIT activationRequested();
    const catalog::AddOn* stored = m_catalog.catalog().addOn(m_addOnModel->addOnAt(row).id);
    if (!stored)
        return;
    AddOnDialog dialog(m_catalog, &m_subscriptions, *stored, m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_addOnsPage->selectId(dialog.savedAddOn().id.value);
}

void PlansView::toggleCurrentAddOnArchived()
{
    const int row = m_addOnsPage->currentSourceRow();
    if (row < 0)
        return;
    catalog::AddOn addOn = m_addOnModel->addOnAt(row);
    addOn.archived = !addOn.archived;
    auto saved = m_catalog.saveAddOn(addOn);
    if (!saved) {
        Q_EMIT messageRequested(saved.error().message, MessageBar::Kind::Error);
        return;
    }
    Q_EMIT messageRequested(saved->archived ? tr("Archived the add-on %1.").arg(saved->name)
                                            : tr("The add-on %1 is offered again.").arg(saved->name),
                            MessageBar::Kind::Positive);
    // An archived row leaves the list (unless archived rows show); a restored one stays selected.
    if (!saved->archived)
        m_addOnsPage->selectId(saved->id.value);
    updateActions();
}

void PlansView::newCoupon()
{
    Q_EMIT activationRequested();
    showTab(Tab::Coupons);
    CouponDialog dialog(m_catalog, std::nullopt, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_couponsPage->selectId(dialog.savedCoupon().id.value);
    Q_EMIT messageRequested(tr("Added the coupon %1.").arg(dialog.savedCoupon().code), MessageBar::Kind::Positive);
}

void PlansView::editCurrentCoupon()
{
    const int row = m_couponsPage->currentSourceRow();
    if (row < 0)
        return;
    Q_EMIT activationRequested();
    CouponDialog dialog(m_catalog, m_couponModel->couponAt(row), m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_couponsPage->selectId(dialog.savedCoupon().id.value);
}

} // namespace subdesk::ui
