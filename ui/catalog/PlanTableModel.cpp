#include "PlanTableModel.h"

#include "CatalogRoles.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "customers/CustomerFilter.h"
#include "widgets/Plural.h"

#include <QGuiApplication>
#include <QPalette>

namespace subdesk::ui {

using catalog::Plan;

PlanTableModel::PlanTableModel(catalog::CatalogService& catalog, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_clock(clock)
{
    connect(&catalog, &catalog::CatalogService::catalogChanged, this, &PlanTableModel::reload);
    reload();
}

void PlanTableModel::reload()
{
    beginResetModel();
    m_primary = pricetext::suggestedCurrency(m_catalog.catalog());
    m_plans = m_catalog.catalog().plans;
    m_texts.clear();
    for (const Plan& plan : std::as_const(m_plans)) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row.append(text(plan, column));
        m_texts.append(row);
    }
    endResetModel();
}

QString PlanTableModel::text(const Plan& plan, int column) const
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    switch (column) {
    case CodeColumn:
        return plan.code;
    case NameColumn:
        return plan.name;
    case ProductColumn: {
        const catalog::Product* product = catalog.product(plan.productId);
        return product ? product->name : QString();
    }
    case PricesColumn:
        return pricetext::pricesSummary(m_catalog.catalog().pricesOf(catalog::PriceOwner::Plan, plan.id.value),
                                        m_primary, m_clock.today());
    case TrialColumn:
        return plan.trialDays == 0 ? tr("none") : pluralized(tr("%Ln day(s)", nullptr, plan.trialDays), plan.trialDays);
    case TermColumn:
        return pluralized(plan.term.displayText(), plan.term.periods);
    }
    return {};
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan& plan = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.at(index.row()).at(index.column());
    case Qt::ToolTipRole:
        if (index.column() == PricesColumn)
            return pricetext::pricesList(m_catalog.catalog().pricesOf(catalog::PriceOwner::Plan, plan.id.value),
                                         m_clock.today());
        if (index.column() == NameColumn)
            return plan.archived ? tr("%1 (archived)").arg(plan.name) : plan.name;
        return {};
    case Qt::ForegroundRole:
        if (plan.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case catalogroles::IdRole:
        return plan.id.value;
    case catalogroles::ArchivedRole:
        return plan.archived;
    case catalogroles::SearchKeyRole:
        return customers::CustomerFilter::fold(m_texts.at(index.row()).join(QLatin1Char(' ')));
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case ProductColumn:
        return tr("Product");
    case PricesColumn:
        return tr("Prices");
    case TrialColumn:
        return tr("Trial");
    case TermColumn:
        return tr("Term");
    }
    return {};
}

int PlanTableModel::rowOf(PlanId id) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace subdesk::ui
