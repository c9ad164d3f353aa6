#pragma once

#include "billing/BillingInterval.h"
#include "catalog/Catalog.h"
#include "subscriptions/SubscriptionService.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace subdesk::ui {

/**
 * The add-ons a plan allows, one row each: a check box with the add-on's name, its quantity and
 * its price in the subscription's currency and interval. An add-on without such a price cannot be
 * chosen (the row says why).
 */
class AddOnPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit AddOnPicker(QWidget* parent = nullptr);

    /**
     * Rebuilds the rows for plan in currency and interval; selected add-ons are checked (with their
     * quantity), and a choice the clerk made before keeps its state when the add-on is still offered.
     */
    void setOffer(const catalog::Catalog& catalog, const catalog::Plan* plan, const Currency& currency,
                  const billing::BillingInterval& interval, const QList<subscriptions::AddOnChoice>& selected);
    /** The checked add-ons with their quantities, in catalog order. */
    QList<subscriptions::AddOnChoice> choices() const;
    /** Whether the plan offers any add-on. */
    bool isEmpty() const { return m_rows.isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        AddOnId id;
        QCheckBox* check = nullptr;
        QSpinBox* quantity = nullptr;
        QLabel* price = nullptr;
    };

    void clearRows();

    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QList<Row> m_rows;
};

} // namespace subdesk::ui
