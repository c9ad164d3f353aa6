#pragma once

#include "catalog/AddOn.h"
#include "money/Currency.h"

#include <QAbstractTableModel>
#include <QDate>

namespace subdesk {
class Clock;
}
namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::ui {

/** The add-ons of the catalog: code, name, kind, prices, description. Archived ones greyed. */
class AddOnTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KindColumn,
        PricesColumn,
        DescriptionColumn,
        ColumnCount,
    };

    AddOnTableModel(catalog::CatalogService& catalog, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const catalog::AddOn& addOnAt(int row) const { return m_addOns.at(row); }
    int rowOf(AddOnId id) const;

public Q_SLOTS:
    void reload();

private:
    QString text(const catalog::AddOn& addOn, int column) const;

    catalog::CatalogService& m_catalog;
    const Clock& m_clock;
    /** The currency most prices use: the one the Prices column shows first. */
    Currency m_primary;
    QList<catalog::AddOn> m_addOns;
    QList<QStringList> m_texts;
};

} // namespace subdesk::ui
