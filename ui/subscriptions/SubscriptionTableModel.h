#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace subdesk::ui {

/**
 * Every subscription of the company as a table, one row per SubscriptionService::summaries()
 * entry. Loaded once; a single subscription's row is replaced when it changes. No widgets per row:
 * the view paints from the summaries, so 100,000 subscriptions cost only their summaries.
 *
 * Next to the rows it keeps, computed on first use, each row's folded customer name (for the
 * search) and an integer sort key per column, so that filtering and sorting never build
 * QVariants or compare strings.
 */
class SubscriptionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        CustomerColumn,
        PlanColumn,
        StatusColumn,
        QuantityColumn,
        IntervalColumn,
        AmountColumn,
        NextBillingColumn,
        StartColumn,
        EndColumn,
        CouponColumn,
        ColumnCount,
    };

    enum Role
    {
        SubscriptionIdRole = Qt::UserRole + 1, ///< qint64
    };

    explicit SubscriptionTableModel(QObject* parent = nullptr);

    void setSummaries(QList<subscriptions::SubscriptionSummary> summaries);
    /** Replaces the row of summary.id, or appends it when it is new. */
    void updateSummary(const subscriptions::SubscriptionSummary& summary);
    /** Sets the customer name on that customer's rows (after the customer was renamed). */
    void renameCustomer(CustomerId customer, const QString& name);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const subscriptions::SubscriptionSummary& summaryAt(int row) const { return m_rows.at(row); }
    const QList<subscriptions::SubscriptionSummary>& summaries() const { return m_rows; }
    /** The row of a subscription, or -1. */
    int rowOf(SubscriptionId id) const;
    /** The row's customer name folded for search (customers::CustomerFilter::fold). */
    const QString& searchKeyAt(int row) const;
    /** One integer per row that orders the column as a user expects (see CustomerTableModel::sortKeys). */
    const QList<qint64>& sortKeys(int column) const;

    /** The text a cell shows. */
    static QString displayText(const subscriptions::SubscriptionSummary& summary, int column);

private:
    void invalidateKeys();

    QList<subscriptions::SubscriptionSummary> m_rows;
    QHash<qint64, int> m_rowById;
    mutable QList<QString> m_searchKeys; ///< empty until the first search
    mutable QList<QList<qint64>> m_sortKeys; ///< by column; empty until that column is sorted
};

} // namespace subdesk::ui
