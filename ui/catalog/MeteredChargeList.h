#pragma once

#include "catalog/MeteredCharge.h"
#include "catalog/Price.h"

#include <QDate>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

/** A metered charge as the plan dialog holds it until it is saved. */
struct MeteredChargeDraft
{
    catalog::MeteredCharge charge;
    QList<catalog::Price> newPrices;
    /** New, or a stored charge whose fields or prices changed: stored when the plan is saved. */
    bool changed = false;
};

/**
 * The metered charges of a plan in a table (metric, name, aggregation, prices) with Add and Edit.
 * Changes are kept as drafts until the plan dialog stores them.
 */
class MeteredChargeList final : public QWidget
{
    Q_OBJECT

public:
    MeteredChargeList(const QDate& today, QWidget* parent = nullptr);

    void setServices(catalog::CatalogService* catalog, subscriptions::SubscriptionService* subscriptions);
    /** Loads the stored charges of a plan (invalid id: a new plan without any). */
    void setPlan(PlanId plan);
    void setDefaultCurrency(const Currency& currency) { m_defaultCurrency = currency; }

    const QList<MeteredChargeDraft>& drafts() const { return m_drafts; }
    /** Marks a draft stored (after the plan dialog saved it), so a retry does not store it twice. */
    void markStored(int index, const catalog::MeteredCharge& stored);
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void addCharge();
    void editSelected();

Q_SIGNALS:
    void changed();

private:
    bool editDraft(MeteredChargeDraft& draft);
    void refresh();

    QDate m_today;
    catalog::CatalogService* m_catalog = nullptr;
    subscriptions::SubscriptionService* m_subscriptions = nullptr;
    PlanId m_plan;
    Currency m_defaultCurrency;
    QList<MeteredChargeDraft> m_drafts;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace subdesk::ui
