#pragma once

#include "widgets/SectionView.h"

class QAction;
class QTabWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

class AddOnTableModel;
class CatalogListPage;
class CouponTableModel;
class PlanTableModel;

/**
 * The Plans page: what the business sells, in three tabs. Plans (with their prices, versions and
 * metered charges), Add-ons and Coupons, each a searchable list with New, Edit and (plans and
 * add-ons) Archive. Archived rows are kept and show greyed with "Show archived"; coupons that can
 * no longer be redeemed count as archived.
 */
class PlansView final : public SectionView
{
    Q_OBJECT

public:
    enum class Tab
    {
        Plans,
        AddOns,
        Coupons,
    };

    /** subscriptions: for migrating subscriptions to a new price version. */
    PlansView(catalog::CatalogService& catalog, subscriptions::SubscriptionService& subscriptions, const Clock& clock,
              QWidget* parent = nullptr);

    QList<QAction*> menuActions(Menu menu) const override;

    QTabWidget* tabs() const { return m_tabs; }
    void showTab(Tab tab);
    CatalogListPage* plansPage() const { return m_plansPage; }
    CatalogListPage* addOnsPage() const { return m_addOnsPage; }
    CatalogListPage* couponsPage() const { return m_couponsPage; }
    PlanTableModel* planModel() const { return m_planModel; }
    AddOnTableModel* addOnModel() const { return m_addOnModel; }
    CouponTableModel* couponModel() const { return m_couponModel; }

public Q_SLOTS:
    void newPlan();
    void editCurrentPlan();
    void toggleCurrentPlanArchived();
    void newAddOn();
    void editCurrentAddOn();
    void toggleCurrentAddOnArchived();
    void newCoupon();
    void editCurrentCoupon();

private:
    QAction* makeAction(const QString& name, const QString& icon, const QString& text, const QString& iconText,
                        const QString& tip);
    void buildPages();
    void updateActions();

    catalog::CatalogService& m_catalog;
    subscriptions::SubscriptionService& m_subscriptions;
    const Clock& m_clock;
    QTabWidget* m_tabs = nullptr;
    PlanTableModel* m_planModel = nullptr;
    AddOnTableModel* m_addOnModel = nullptr;
    CouponTableModel* m_couponModel = nullptr;
    CatalogListPage* m_plansPage = nullptr;
    CatalogListPage* m_addOnsPage = nullptr;
    CatalogListPage* m_couponsPage = nullptr;
    QAction* m_newPlan = nullptr;
    QAction* m_editPlan = nullptr;
    QAction* m_archivePlan = nullptr;
    QAction* m_newAddOn = nullptr;
    QAction* m_editAddOn = nullptr;
    QAction* m_archiveAddOn = nullptr;
    QAction* m_newCoupon = nullptr;
    QAction* m_editCoupon = nullptr;
};

} // namespace subdesk::ui
