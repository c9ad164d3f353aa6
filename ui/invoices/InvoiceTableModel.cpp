#include "InvoiceTableModel.h"

#include "invoicing/InvoiceService.h"
#include "money/MoneyFormat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace subdesk::ui {

using billing::DocumentStatus;
using invoicing::DocumentRow;
using invoicing::DocumentSortKey;

namespace {

QString money(qint64 minor, const QString& code)
{
    const auto currency = Currency::fromCode(code);
    if (!currency)
        return QLocale().toString(minor) + QLatin1Char(' ') + code;
    return moneyformat::format(Money(minor, *currency), QLocale());
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

InvoiceTableModel::InvoiceTableModel(invoicing::InvoiceService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

Status InvoiceTableModel::setQuery(const invoicing::DocumentFilter& filter, const invoicing::DocumentSort& sort)
{
    auto count = m_service.countDocuments(filter);
    beginResetModel();
    m_filter = filter;
    m_sort = sort;
    m_pages.clear();
    m_recent.clear();
    m_failed = false;
    m_count = count ? std::max(0, *count) : 0;
    endResetModel();
    if (!count)
        return count.error();
    return {};
}

int InvoiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InvoiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<DocumentRow>* InvoiceTableModel::page(int index) const
{
    if (auto it = m_pages.constFind(index); it != m_pages.constEnd()) {
        if (m_recent.isEmpty() || m_recent.constLast() != index) {
            m_recent.removeOne(index);
            m_recent.append(index);
        }
        return &it.value();
    }
    ++m_pageReads;
    // Pages in the second half are read from the other end: the database then skips fewer rows
    // (OFFSET walks them), so the last page of a million costs what the first does. The order is
    // strict (ties by id, flipped with the direction), so reversing it is exact; Number is not,
    // as it puts drafts last both ways.
    const int offset = index * m_pageSize;
    const int rowsHere = std::min(m_pageSize, m_count - offset);
    const bool fromEnd = offset > m_count / 2 && rowsHere > 0 && m_sort.key != DocumentSortKey::Number;
    auto rows = fromEnd
        ? m_service.documentRows(m_filter, {m_sort.key, !m_sort.descending}, m_count - offset - rowsHere, rowsHere)
        : m_service.documentRows(m_filter, m_sort, offset, m_pageSize);
    if (rows && fromEnd)
        std::reverse(rows->begin(), rows->end());
    if (!rows) {
        if (!m_failed) {
            m_failed = true;
            // Not from inside data(): the view is painting.
            auto* self = const_cast<InvoiceTableModel*>(this);
            QTimer::singleShot(0, self, [self, message = rows.error().message] { Q_EMIT self->failed(message); });
        }
        rows = QList<DocumentRow>(); // cached empty: no query per painted row until reload()
    }
    while (m_recent.size() >= kCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(index);
    return &m_pages.insert(index, std::move(*rows)).value();
}

std::optional<DocumentRow> InvoiceTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const QList<DocumentRow>* rows = page(row / m_pageSize);
    const int offset = row % m_pageSize;
    if (offset >= rows->size())
        return std::nullopt;
    return rows->at(offset);
}

int InvoiceTableModel::cachedRowOf(DocumentId id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return it.key() * m_pageSize + i;
        }
    }
    return -1;
}

void InvoiceTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

QList<int> InvoiceTableModel::cachedPages() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    return pages;
}

QString InvoiceTableModel::displayText(const DocumentRow& row, int column)
{
    switch (column) {
    case NumberColumn:
        return row.status == DocumentStatus::Draft ? tr("Draft") : row.number;
    case DateColumn:
        return shortDate(row.date);
    case DueColumn:
        return shortDate(row.dueDate);
    case CustomerColumn:
        return row.customerName;
    case StatusColumn:
        return billing::documentStatusName(row.status);
    case TotalColumn:
        return money(row.totalMinor, row.currency);
    case BalanceColumn:
        return money(row.balanceMinor, row.currency);
    default:
        return {};
    }
}

QColor InvoiceTableModel::statusColor(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case DocumentStatus::Paid:
        return QColor(0x2e, 0x7d, 0x32);
    case DocumentStatus::Draft:
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    default:
        return {};
    }
}

QVariant InvoiceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case DocumentIdRole:
    case StatusRole:
    case Qt::ForegroundRole: {
        const auto row = rowAt(index.row());
        if (!row)
            return {};
        if (role == DocumentIdRole)
            return row->id.value;
        if (role == StatusRole)
            return int(row->status);
        if (role == Qt::ForegroundRole) {
            const QColor color = statusColor(row->status);
            if (!color.isValid() || (index.column() != StatusColumn && row->status != DocumentStatus::Draft))
                return {};
            return color;
        }
        if (role == Qt::ToolTipRole && index.column() == NumberColumn && row->status == DocumentStatus::Draft)
            return tr("Not issued yet: the number is given when the draft is issued");
        if (role == Qt::ToolTipRole && index.column() != CustomerColumn)
            return {};
        return displayText(*row, index.column());
    }
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == BalanceColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == TotalColumn || section == BalanceColumn))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case DueColumn:
        return tr("Due");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    case BalanceColumn:
        return tr("Balance");
    default:
        return {};
    }
}

std::optional<DocumentSortKey> InvoiceTableModel::sortKeyFor(int column)
{
    switch (column) {
    case NumberColumn:
        return DocumentSortKey::Number;
    case DateColumn:
        return DocumentSortKey::Date;
    case DueColumn:
        return DocumentSortKey::DueDate;
    case CustomerColumn:
        return DocumentSortKey::Customer;
    case TotalColumn:
        return DocumentSortKey::Total;
    case BalanceColumn:
        return DocumentSortKey::Balance;
    default:
        return std::nullopt;
    }
}

int InvoiceTableModel::columnFor(DocumentSortKey key)
{
    switch (key) {
    case DocumentSortKey::Number:
        return NumberColumn;
    case DocumentSortKey::Date:
        return DateColumn;
    case DocumentSortKey::DueDate:
        return DueColumn;
    case DocumentSortKey::Customer:
        return CustomerColumn;
    case DocumentSortKey::Total:
        return TotalColumn;
    case DocumentSortKey::Balance:
        return BalanceColumn;
    }
    return DateColumn;
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    const invoicing::DocumentSort sort {*key, order == Qt::DescendingOrder};
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    // The same documents in another order: no new count.
    beginResetModel();
    m_sort = sort;
    m_pages.clear();
    m_recent.clear();
    m_failed = false;
    endResetModel();
}

} // namespace subdesk::ui
