#include "SubscriptionFilterModel.h"

#include "SubscriptionTableModel.h"
#include "customers/CustomerFilter.h"

namespace subdesk::ui {

SubscriptionFilterModel::SubscriptionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void SubscriptionFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<SubscriptionTableModel*>(model);
    Q_ASSERT_X(!model || m_model, "SubscriptionFilterModel", "the source must be a SubscriptionTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void SubscriptionFilterModel::setStatus(std::optional<subscriptions::SubscriptionStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void SubscriptionFilterModel::setPlan(PlanId plan)
{
    if (plan == m_plan)
        return;
    m_plan = plan;
    refilter();
}

void SubscriptionFilterModel::setCustomerText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = customers::CustomerFilter::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void SubscriptionFilterModel::refilter()
{
    // As in CustomerFilterModel: one layout change instead of row-range removals per keystroke.
    invalidate();
}

int SubscriptionFilterModel::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

bool SubscriptionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const subscriptions::SubscriptionSummary& s = m_model->summaryAt(sourceRow);
    if (m_status && s.status != *m_status)
        return false;
    if (m_plan.isValid() && s.planId != m_plan)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString& key = m_model->searchKeyAt(sourceRow);
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool SubscriptionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const QList<qint64>& keys = m_model->sortKeys(left.column());
    const qint64 a = keys.at(left.row());
    const qint64 b = keys.at(right.row());
    if (a != b)
        return a < b;
    // Ties keep a stable order: by subscription number.
    return m_model->summaryAt(left.row()).id.value < m_model->summaryAt(right.row()).id.value;
}

} // namespace subdesk::ui
