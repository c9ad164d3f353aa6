#include "SubscriptionTableModel.h"

#include "SubscriptionTexts.h"
#include "customers/CollationRanks.h"
#include "customers/CustomerFilter.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace subdesk::ui {

using subscriptions::SubscriptionStatus;
using subscriptions::SubscriptionSummary;

namespace {

qint64 dayKey(QDate date)
{
    // Rows without the date sort after every dated row in ascending order.
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

bool isNumeric(int column)
{
    return column == SubscriptionTableModel::NumberColumn || column == SubscriptionTableModel::QuantityColumn
        || column == SubscriptionTableModel::AmountColumn;
}

bool hasEnded(SubscriptionStatus status)
{
    return status == SubscriptionStatus::Cancelled || status == SubscriptionStatus::Expired;
}

} // namespace

SubscriptionTableModel::SubscriptionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SubscriptionTableModel::setSummaries(QList<SubscriptionSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id.value, row);
    invalidateKeys();
    endResetModel();
}

void SubscriptionTableModel::updateSummary(const SubscriptionSummary& summary)
{
    const int row = rowOf(summary.id);
    invalidateKeys();
    if (row < 0) {
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append(summary);
        m_rowById.insert(summary.id.value, last);
        endInsertRows();
        return;
    }
    m_rows[row] = summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SubscriptionTableModel::renameCustomer(CustomerId customer, const QString& name)
{
    bool any = false;
    for (SubscriptionSummary& summary : m_rows) {
        if (summary.customerId == customer && summary.customerName != name) {
            summary.customerName = name;
            any = true;
        }
    }
    if (!any)
        return;
    invalidateKeys();
    Q_EMIT dataChanged(index(0, CustomerColumn), index(int(m_rows.size()) - 1, CustomerColumn));
}

void SubscriptionTableModel::invalidateKeys()
{
    m_searchKeys.clear();
    m_sortKeys.clear();
}

QModelIndex SubscriptionTableModel::index(int row, int column, const QModelIndex& parent) const
{
    // Sorting asks for two indexes per comparison: skip the generic checks.
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int SubscriptionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SubscriptionTableModel::rowOf(SubscriptionId id) const
{
    return m_rowById.value(id.value, -1);
}

const QString& SubscriptionTableModel::searchKeyAt(int row) const
{
    if (m_searchKeys.size() != m_rows.size()) {
        m_searchKeys.clear();
        m_searchKeys.reserve(m_rows.size());
        for (const SubscriptionSummary& summary : m_rows)
            m_searchKeys.append(customers::CustomerFilter::fold(summary.customerName));
    }
    return m_searchKeys.at(row);
}

QString SubscriptionTableModel::displayText(const SubscriptionSummary& s, int column)
{
    switch (column) {
    case NumberColumn: {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(s.id.value);
    }
    case CustomerColumn:
        return s.customerName;
    case PlanColumn:
        return s.planName.isEmpty() ? s.planCode : s.planName;
    case StatusColumn:
        return subscriptions::subscriptionStatusName(s.status);
    case QuantityColumn:
        return QLocale().toString(s.quantity);
    case IntervalColumn:
        return s.interval.displayText();
    case AmountColumn:
        return subscriptiontext::money(s.periodAmount);
    case NextBillingColumn:
        return subscriptiontext::date(s.nextBillingDate);
    case StartColumn:
        return subscriptiontext::date(s.startDate);
    case EndColumn:
        return subscriptiontext::date(s.endDate);
    case CouponColumn:
        return s.couponCode;
    default:
        return {};
    }
}

QVariant SubscriptionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const SubscriptionSummary& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PlanColumn)
            return tr("%1 (%2)").arg(s.planName, s.planCode);
        if (index.column() == EndColumn && s.endDate.isValid() && !hasEnded(s.status))
            return tr("Cancels on %1").arg(QLocale().toString(s.endDate, QLocale::LongFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (hasEnded(s.status))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SubscriptionIdRole:
        return s.id.value;
    default:
        return {};
    }
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case CustomerColumn:
        return tr("Customer");
    case PlanColumn:
        return tr("Plan");
    case StatusColumn:
        return tr("Status");
    case QuantityColumn:
        return tr("Qty");
    case IntervalColumn:
        return tr("Billed");
    case AmountColumn:
        return tr("Per period");
    case NextBillingColumn:
        return tr("Next billing");
    case StartColumn:
        return tr("Started");
    case EndColumn:
        return tr("Ends");
    case CouponColumn:
        return tr("Coupon");
    default:
        return {};
    }
}

const QList<qint64>& SubscriptionTableModel::sortKeys(int column) const
{
    if (m_sortKeys.size() != ColumnCount)
        m_sortKeys.resize(ColumnCount);
    QList<qint64>& keys = m_sortKeys[column];
    if (keys.size() == m_rows.size() && !m_rows.isEmpty())
        return keys;
    keys.resize(m_rows.size());
    const auto numeric = [this, &keys](auto key) {
        for (int row = 0; row < m_rows.size(); ++row)
            keys[row] = key(m_rows.at(row));
    };
    switch (column) {
    case NumberColumn:
        numeric([](const SubscriptionSummary& s) { return s.id.value; });
        break;
    case StatusColumn:
        numeric([](const SubscriptionSummary& s) { return qint64(s.status); });
        break;
    case QuantityColumn:
        numeric([](const SubscriptionSummary& s) { return s.quantity; });
        break;
    case IntervalColumn:
        // Shortest interval first: days, weeks, months, years, then by count.
        numeric([](const SubscriptionSummary& s) { return qint64(s.interval.unit) * 1000 + s.interval.count; });
        break;
    case AmountColumn:
        numeric([](const SubscriptionSummary& s) { return s.periodAmount.minorUnits(); });
        break;
    case NextBillingColumn:
        numeric([](const SubscriptionSummary& s) { return dayKey(s.nextBillingDate); });
        break;
    case StartColumn:
        numeric([](const SubscriptionSummary& s) { return dayKey(s.startDate); });
        break;
    case EndColumn:
        numeric([](const SubscriptionSummary& s) { return dayKey(s.endDate); });
        break;
    default:
        keys = collationRanks(m_rows.size(),
                              [this, column](qsizetype row) { return displayText(m_rows.at(row), column); });
        break;
    }
    return keys;
}

} // namespace subdesk::ui
