#pragma once

#include "subscriptions/Subscription.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace subdesk::ui {

class SubscriptionTableModel;

/**
 * The subscriptions a user sees: those of one status, one plan and customers whose name contains
 * every word of the search, sorted by the clicked column. filterAcceptsRow() compares an enum, an
 * id and a few substrings of a precomputed key; lessThan() compares integers. A new filter re-maps
 * the table in one layout change, which keeps a keystroke fast with 100,000 rows.
 */
class SubscriptionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SubscriptionFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    SubscriptionTableModel* subscriptionModel() const { return m_model; }

    /** nullopt: every status. */
    void setStatus(std::optional<subscriptions::SubscriptionStatus> status);
    /** An invalid id: every plan. */
    void setPlan(PlanId plan);
    /** Words the customer's name must all contain (case and accents folded). */
    void setCustomerText(const QString& text);

    std::optional<subscriptions::SubscriptionStatus> status() const { return m_status; }
    PlanId plan() const { return m_plan; }
    /** The source row of a proxy row. */
    int sourceRow(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    SubscriptionTableModel* m_model = nullptr;
    std::optional<subscriptions::SubscriptionStatus> m_status;
    PlanId m_plan;
    QString m_text;
    QStringList m_words;
};

} // namespace subdesk::ui
