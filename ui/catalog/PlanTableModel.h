#pragma once

#include "catalog/Plan.h"
#include "money/Currency.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace subdesk {
class Clock;
}
namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::ui {

/**
 * The plans of the catalog, one row each: code, name, product, trial, term and what its prices
 * cost (as of today). Archived plans are drawn greyed. Follows CatalogService::catalogChanged.
 */
class PlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        ProductColumn,
        TrialColumn,
        TermColumn,
        PricesColumn, ///< last: it takes the room the others leave
        ColumnCount,
    };

    PlanTableModel(catalog::CatalogService& catalog, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const catalog::Plan& planAt(int row) const { return m_plans.at(row); }
    int rowOf(PlanId id) const;

public Q_SLOTS:
    void reload();

private:
    QString text(const catalog::Plan& plan, int column) const;

    catalog::CatalogService& m_catalog;
    const Clock& m_clock;
    /** The currency most prices use: the one the Prices column shows first. */
    Currency m_primary;
    QList<catalog::Plan> m_plans;
    QList<QStringList> m_texts; ///< per row, per column: computed once per reload
};

} // namespace subdesk::ui
