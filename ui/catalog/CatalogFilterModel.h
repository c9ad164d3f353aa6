#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace subdesk::ui {

/**
 * The rows of a Plans page table the clerk asked for: every word of the search must occur in the
 * row's search key (case and accents folded, as the customers search does), and archived rows
 * show only with "Show archived". Sorts by the shown text in the locale's order.
 */
class CatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    bool m_showArchived = false;
};

} // namespace subdesk::ui
