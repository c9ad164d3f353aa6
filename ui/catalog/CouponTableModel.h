#pragma once

#include "catalog/Coupon.h"

#include <QAbstractTableModel>
#include <QDate>

namespace subdesk {
class Clock;
}
namespace subdesk::catalog {
class CatalogService;
}

namespace subdesk::ui {

/**
 * The coupons of the catalog: code, name, discount, how long it lasts, the plans it is limited
 * to, how often it was redeemed (of its limit) and when it expires. A coupon that can no longer be
 * redeemed (expired, or its limit reached) counts as archived: greyed, and hidden by default.
 */
class CouponTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        DiscountColumn,
        DurationColumn,
        PlansColumn,
        RedeemedColumn,
        ExpiresColumn,
        ColumnCount,
    };

    CouponTableModel(catalog::CatalogService& catalog, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const catalog::Coupon& couponAt(int row) const { return m_rows.at(row).coupon; }
    int rowOf(CouponId id) const;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        catalog::Coupon coupon;
        int redemptions = 0;
        bool ended = false;
        QStringList texts;
    };

    catalog::CatalogService& m_catalog;
    const Clock& m_clock;
    QList<Row> m_rows;
};

} // namespace subdesk::ui
