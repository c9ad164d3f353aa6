#include "CustomerFilterModel.h"

#include "CustomerTableModel.h"

namespace subdesk::ui {

CustomerFilterModel::CustomerFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter.status = customers::CustomerStatus::Active;
}

void CustomerFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<CustomerTableModel*>(model);
    Q_ASSERT_X(!model || m_model, "CustomerFilterModel", "the source must be a CustomerTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void CustomerFilterModel::setFilter(const customers::CustomerFilter& filter)
{
    const bool same = filter.text() == m_filter.text() && filter.segment == m_filter.segment
        && filter.tag == m_filter.tag && filter.country == m_filter.country && filter.status == m_filter.status;
    if (same)
        return;
    m_filter = filter;
    refilter();
}

void CustomerFilterModel::setSearchText(const QString& text)
{
    if (text == m_filter.text())
        return;
    m_filter.setText(text);
    refilter();
}

void CustomerFilterModel::setStatus(std::optional<customers::CustomerStatus> status)
{
    if (status == m_filter.status)
        return;
    m_filter.status = status;
    refilter();
}

void CustomerFilterModel::setSegment(const QString& segment)
{
    if (segment == m_filter.segment)
        return;
    m_filter.segment = segment;
    refilter();
}

void CustomerFilterModel::setTag(const QString& tag)
{
    if (tag == m_filter.tag)
        return;
    m_filter.tag = tag;
    refilter();
}

void CustomerFilterModel::setCountry(const QString& country)
{
    if (country == m_filter.country)
        return;
    m_filter.country = country;
    refilter();
}

void CustomerFilterModel::refilter()
{
    // Only free text needs the search keys; status and segment filters work without them.
    m_needsKeys = !m_filter.text().trimmed().isEmpty();
    if (m_needsKeys && m_model)
        m_model->ensureSearchKeys();
    // invalidateFilter() would remove and insert the changed rows interval by interval, rebuilding
    // the mapping after each one: quadratic when a keystroke hides rows scattered over a large
    // table. invalidate() drops the mapping and announces one layout change; the mapping is then
    // rebuilt in a single pass (selection and current row survive as persistent indexes).
    invalidate();
}

int CustomerFilterModel::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

bool CustomerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    static const QString noKey;
    return m_filter.matches(m_model->customerAt(sourceRow), m_needsKeys ? m_model->searchKeyAt(sourceRow) : noKey);
}

bool CustomerFilterModel::filterAcceptsColumn(int, const QModelIndex&) const
{
    return true;
}

bool CustomerFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const QList<qint64>& keys = m_model->sortKeys(left.column());
    const qint64 a = keys.at(left.row());
    const qint64 b = keys.at(right.row());
    if (a != b)
        return a < b;
    // Ties keep a stable, meaningful order: by customer number.
    return m_model->customerAt(left.row()).id.value < m_model->customerAt(right.row()).id.value;
}

} // namespace subdesk::ui
