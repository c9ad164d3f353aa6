#include "RunDocumentTableModel.h"

#include "SubscriptionTexts.h"

#include <QLocale>

namespace subdesk::ui {

namespace {

bool isNumeric(int column)
{
    return column == RunDocumentTableModel::LinesColumn || column == RunDocumentTableModel::TotalColumn
        || column == RunDocumentTableModel::CreditColumn || column == RunDocumentTableModel::DueColumn;
}

} // namespace

RunDocumentTableModel::RunDocumentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunDocumentTableModel::setDocuments(QList<billing::Document> documents, QHash<CustomerId, QString> customerNames)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_names = std::move(customerNames);
    endResetModel();
}

void RunDocumentTableModel::clear()
{
    setDocuments({}, {});
}

QString RunDocumentTableModel::customerName(CustomerId id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? tr("Customer %1").arg(id.value) : name;
}

int RunDocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int RunDocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunDocumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const billing::Document& document = m_documents.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return isNumeric(index.column()) ? QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerColumn:
        return customerName(document.customerId);
    case KindColumn:
        return billing::documentKindName(document.kind);
    case LinesColumn:
        return QLocale().toString(document.lines.size());
    case TotalColumn:
        return subscriptiontext::money(document.total);
    case CreditColumn:
        return document.creditApplied.isZero() ? QString() : subscriptiontext::money(document.creditApplied);
    case DueColumn:
        return document.kind == billing::DocumentKind::Invoice ? subscriptiontext::money(document.balance())
                                                               : QString();
    default:
        return {};
    }
}

QVariant RunDocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Document");
    case LinesColumn:
        return tr("Lines");
    case TotalColumn:
        return tr("Total");
    case CreditColumn:
        return tr("Credit applied");
    case DueColumn:
        return tr("Amount due");
    default:
        return {};
    }
}

} // namespace subdesk::ui
