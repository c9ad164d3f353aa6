#include "CatalogFilterModel.h"

#include "CatalogRoles.h"
#include "customers/CustomerFilter.h"

namespace subdesk::ui {

CatalogFilterModel::CatalogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilterModel::setSearchText(const QString& text)
{
    const QStringList words = customers::CustomerFilter::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void CatalogFilterModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && first.data(catalogroles::ArchivedRole).toBool())
        return false;
    const QString key = first.data(catalogroles::SearchKeyRole).toString();
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

} // namespace subdesk::ui
