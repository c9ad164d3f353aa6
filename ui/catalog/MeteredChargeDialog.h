#pragma once

#include "catalog/MeteredCharge.h"
#include "catalog/Price.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

class FieldIssueLabel;
class MessageBar;
class PriceListEditor;

/**
 * One usage-based charge of a plan: the metric its usage records carry, its name on invoices,
 * how a period's records add up, and its prices (per currency; no interval: usage is billed for
 * the subscription's periods, in arrears). Hands the charge and its new prices back; the plan
 * dialog stores them with the plan.
 */
class MeteredChargeDialog final : public QDialog
{
    Q_OBJECT

public:
    /**
     * charge: the charge to change (a stored one has an id); newPrices: prices added earlier and
     * not stored yet; takenMetrics: the plan's other metrics, which this one may not repeat.
     */
    MeteredChargeDialog(catalog::CatalogService* catalog, subscriptions::SubscriptionService* subscriptions,
                        const catalog::MeteredCharge& charge, const QList<catalog::Price>& newPrices,
                        const QStringList& takenMetrics, const QDate& today, const Currency& defaultCurrency,
                        QWidget* parent = nullptr);

    catalog::MeteredCharge charge() const;
    QList<catalog::Price> newPrices() const;
    PriceListEditor* prices() const { return m_prices; }
    bool check();

public Q_SLOTS:
    void accept() override;

private:
    catalog::MeteredCharge m_base;
    QStringList m_takenMetrics;
    MessageBar* m_messageBar = nullptr;
    QLineEdit* m_metric = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_aggregation = nullptr;
    QLabel* m_aggregationHint = nullptr;
    PriceListEditor* m_prices = nullptr;
    FieldIssueLabel* m_metricIssue = nullptr;
    FieldIssueLabel* m_nameIssue = nullptr;
    FieldIssueLabel* m_pricesIssue = nullptr;
    QPushButton* m_ok = nullptr;
    bool m_showAll = false;
};

} // namespace subdesk::ui
