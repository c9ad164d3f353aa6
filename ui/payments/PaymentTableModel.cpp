#include "PaymentTableModel.h"

#include "money/MoneyFormat.h"

namespace subdesk::ui {

using invoicing::Payment;

void PaymentTableModel::setPayments(QList<Payment> payments)
{
    beginResetModel();
    m_payments = std::move(payments);
    endResetModel();
}

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentTableModel::allocationsText(const Payment& payment)
{
    QStringList parts;
    for (const invoicing::PaymentAllocation& allocation : payment.allocations)
        parts.append(tr("%1 (%2)").arg(allocation.documentNumber, moneyformat::format(allocation.amount, QLocale())));
    return parts.join(QStringLiteral(", "));
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_payments.size())
        return {};
    const Payment& payment = m_payments.at(index.row());
    const bool refund = payment.kind == invoicing::PaymentKind::Refund;
    if (role == Qt::UserRole)
        return payment.id.value;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn || index.column() == ToCreditColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return payment.date;
        case AmountColumn:
            return refund ? -payment.amount.minorUnits() : payment.amount.minorUnits();
        case ToCreditColumn:
            return refund ? -payment.toCredit.minorUnits() : payment.toCredit.minorUnits();
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && !payment.note.isEmpty())
        return payment.note;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(payment.date, QLocale::ShortFormat);
    case CustomerColumn:
        return payment.customerName;
    case KindColumn:
        return invoicing::paymentKindName(payment.kind);
    case MethodColumn:
        return invoicing::paymentMethodName(payment.method);
    case ReferenceColumn:
        return payment.reference;
    case AmountColumn:
        // A refund is money going out: shown negative, as on a bank statement.
        return moneyformat::format(
            refund ? Money(-payment.amount.minorUnits(), payment.amount.currency()) : payment.amount, locale);
    case AllocatedColumn:
        return allocationsText(payment);
    case ToCreditColumn:
        if (payment.toCredit.isZero())
            return QString();
        return moneyformat::format(
            refund ? Money(-payment.toCredit.minorUnits(), payment.toCredit.currency()) : payment.toCredit, locale);
    default:
        break;
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == AmountColumn || section == ToCreditColumn))
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Kind");
    case MethodColumn:
        return tr("Method");
    case ReferenceColumn:
        return tr("Reference");
    case AmountColumn:
        return tr("Amount");
    case AllocatedColumn:
        return tr("Applied to");
    case ToCreditColumn:
        return tr("Credit");
    default:
        break;
    }
    return {};
}

} // namespace subdesk::ui
