#pragma once

#include "invoicing/Payment.h"

#include <QAbstractTableModel>

namespace subdesk::ui {

/** The payments list: one row per payment or refund, newest first as the service returns them. */
class PaymentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        CustomerColumn,
        KindColumn,
        MethodColumn,
        ReferenceColumn,
        AmountColumn,
        AllocatedColumn,
        ToCreditColumn,
        ColumnCount
    };

    /** Qt::UserRole on any column: the payment's id. SortRole: a value that sorts right. */
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setPayments(QList<invoicing::Payment> payments);
    const QList<invoicing::Payment>& payments() const { return m_payments; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "INV-2026-00001 (10.00 €), INV-2026-00002 (5.00 €)". */
    static QString allocationsText(const invoicing::Payment& payment);

private:
    QList<invoicing::Payment> m_payments;
};

} // namespace subdesk::ui
