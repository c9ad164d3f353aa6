#pragma once

#include <Qt>

namespace subdesk::ui::catalogroles {

/** Item data roles the Plans page's table models answer and CatalogFilterModel reads. */
enum Role
{
    IdRole = Qt::UserRole + 1, ///< qint64: the row's PlanId, AddOnId or CouponId value (column 0)
    ArchivedRole, ///< bool: archived (plans, add-ons) or no longer redeemable (coupons)
    SearchKeyRole, ///< QString: the row's folded searchable text (column 0)
};

} // namespace subdesk::ui::catalogroles
