#include "AddOnTableModel.h"

#include "CatalogRoles.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "customers/CustomerFilter.h"

#include <QGuiApplication>
#include <QPalette>

namespace subdesk::ui {

using catalog::AddOn;

AddOnTableModel::AddOnTableModel(catalog::CatalogService& catalog, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_clock(clock)
{
    connect(&catalog, &catalog::CatalogService::catalogChanged, this, &AddOnTableModel::reload);
    reload();
}

void AddOnTableModel::reload()
{
    beginResetModel();
    m_primary = pricetext::suggestedCurrency(m_catalog.catalog());
    m_addOns = m_catalog.catalog().addOns;
    m_texts.clear();
    for (const AddOn& addOn : std::as_const(m_addOns)) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row.append(text(addOn, column));
        m_texts.append(row);
    }
    endResetModel();
}

QString AddOnTableModel::text(const AddOn& addOn, int column) const
{
    switch (column) {
    case CodeColumn:
        return addOn.code;
    case NameColumn:
        return addOn.name;
    case KindColumn:
        return catalog::addOnKindName(addOn.kind);
    case PricesColumn:
        return pricetext::pricesSummary(m_catalog.catalog().pricesOf(catalog::PriceOwner::AddOn, addOn.id.value),
                                        m_primary, m_clock.today());
    case DescriptionColumn:
        return addOn.description.simplified();
    }
    return {};
}

int AddOnTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_addOns.size());
}

int AddOnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddOnTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AddOn& addOn = m_addOns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.at(index.row()).at(index.column());
    case Qt::ToolTipRole:
        if (index.column() == PricesColumn)
            return pricetext::pricesList(m_catalog.catalog().pricesOf(catalog::PriceOwner::AddOn, addOn.id.value),
                                         m_clock.today());
        if (index.column() == DescriptionColumn)
            return addOn.description;
        return {};
    case Qt::ForegroundRole:
        if (addOn.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case catalogroles::IdRole:
        return addOn.id.value;
    case catalogroles::ArchivedRole:
        return addOn.archived;
    case catalogroles::SearchKeyRole:
        return customers::CustomerFilter::fold(m_texts.at(index.row()).join(QLatin1Char(' ')));
    }
    return {};
}

QVariant AddOnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Billed");
    case PricesColumn:
        return tr("Prices");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

int AddOnTableModel::rowOf(AddOnId id) const
{
    for (int row = 0; row < m_addOns.size(); ++row) {
        if (m_addOns.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace subdesk::ui
