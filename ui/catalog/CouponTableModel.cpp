#include "CouponTableModel.h"

#include "CatalogRoles.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "customers/CustomerFilter.h"
#include "widgets/Percent.h"
#include "widgets/Plural.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace subdesk::ui {

using catalog::Coupon;
using catalog::CouponDuration;
using catalog::CouponKind;

CouponTableModel::CouponTableModel(catalog::CatalogService& catalog, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_clock(clock)
{
    connect(&catalog, &catalog::CatalogService::catalogChanged, this, &CouponTableModel::reload);
    reload();
}

void CouponTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QLocale locale;
    for (const Coupon& coupon : m_catalog.catalog().coupons) {
        Row row;
        row.coupon = coupon;
        // A count that cannot be read shows as 0 rather than hiding the coupon; the dialog shows the error.
        row.redemptions = m_catalog.couponRedemptions(coupon.code).valueOr(0);
        row.ended = !coupon.canRedeem(m_clock.today(), row.redemptions).ok();
        QStringList plans(coupon.planCodes.cbegin(), coupon.planCodes.cend());
        std::sort(plans.begin(), plans.end());
        QString duration;
        switch (coupon.duration) {
        case CouponDuration::Once:
            duration = tr("once");
            break;
        case CouponDuration::Repeating:
            duration = pluralized(tr("%Ln period(s)", nullptr, coupon.durationPeriods), coupon.durationPeriods);
            break;
        case CouponDuration::Forever:
            duration = tr("forever");
            break;
        }
        row.texts = {
            coupon.code,
            coupon.name,
            coupon.kind == CouponKind::Percent ? percent::format(coupon.percentBasisPoints, locale)
                                               : pricetext::withCode(coupon.amountOff, locale),
            duration,
            plans.isEmpty() ? tr("all plans") : plans.join(QStringLiteral(", ")),
            coupon.redemptionLimit
                ? tr("%1 of %2").arg(locale.toString(row.redemptions), locale.toString(*coupon.redemptionLimit))
                : locale.toString(row.redemptions),
            coupon.expiresOn ? locale.toString(*coupon.expiresOn, QLocale::ShortFormat) : tr("never"),
        };
        m_rows.append(row);
    }
    endResetModel();
}

int CouponTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CouponTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CouponTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.at(index.column());
    case Qt::ToolTipRole:
        if (row.ended)
            return tr("No longer redeemable: %1")
                .arg(row.coupon.canRedeem(m_clock.today(), row.redemptions).error().message);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DiscountColumn || index.column() == RedeemedColumn)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.ended)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case catalogroles::IdRole:
        return row.coupon.id.value;
    case catalogroles::ArchivedRole:
        return row.ended;
    case catalogroles::SearchKeyRole:
        return customers::CustomerFilter::fold(row.texts.join(QLatin1Char(' ')));
    }
    return {};
}

QVariant CouponTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case DiscountColumn:
        return tr("Discount");
    case DurationColumn:
        return tr("Lasts");
    case PlansColumn:
        return tr("Plans");
    case RedeemedColumn:
        return tr("Redeemed");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

int CouponTableModel::rowOf(CouponId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).coupon.id == id)
            return row;
    }
    return -1;
}

} // namespace subdesk::ui
