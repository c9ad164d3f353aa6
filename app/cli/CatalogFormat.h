#pragma once

#include "catalog/Catalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace subdesk::cli {

/**
 * JSON and text of the catalog for `plans`, `addons`, `metered` and `coupons`. JSON is
 * locale-independent (keys, ISO dates, amounts as {"minor", "currency", "display"}); text is for
 * people and follows the locale.
 */
namespace catalogformat {

QJsonObject modelToJson(const catalog::PricingModel& model);
QJsonObject priceToJson(const catalog::Price& price);
QJsonArray pricesToJson(const catalog::Catalog& catalog, catalog::PriceOwner owner, qint64 ownerId);
QJsonObject planToJson(const catalog::Catalog& catalog, const catalog::Plan& plan);
QJsonObject addOnToJson(const catalog::Catalog& catalog, const catalog::AddOn& addOn);
QJsonObject meteredToJson(const catalog::Catalog& catalog, const catalog::MeteredCharge& charge);
/** redemptions: how often it was redeemed, when known. */
QJsonObject couponToJson(const catalog::Coupon& coupon, std::optional<int> redemptions = std::nullopt);
/** A quote: the quantity, the breakdown lines, the total and the setup fee. */
QJsonObject quoteToJson(const catalog::Price& price, const catalog::PriceVersion& version, qint64 quantity,
                        const QList<catalog::PriceLine>& lines, const Money& total);

/** "EUR 20.00 per 1 month" style one-liners of an owner's prices (not archived), for tables. */
QString pricesSummary(const catalog::Catalog& catalog, catalog::PriceOwner owner, qint64 ownerId);
/** The prices of an owner with every version, indented, for `show`. */
QStringList priceDetails(const catalog::Catalog& catalog, catalog::PriceOwner owner, qint64 ownerId);

QStringList planTable(const catalog::Catalog& catalog, const QList<const catalog::Plan*>& plans);
QStringList planDetails(const catalog::Catalog& catalog, const catalog::Plan& plan);
QStringList addOnTable(const catalog::Catalog& catalog, const QList<const catalog::AddOn*>& addOns);
QStringList meteredTable(const catalog::Catalog& catalog, const QList<const catalog::MeteredCharge*>& charges);
QStringList couponTable(const QList<const catalog::Coupon*>& coupons);
QStringList couponDetails(const catalog::Coupon& coupon, std::optional<int> redemptions);
QStringList quoteText(const catalog::Price& price, const catalog::PriceVersion& version, qint64 quantity,
                      const QList<catalog::PriceLine>& lines, const Money& total);

/** "25%" or "€10.00 off". */
QString couponValueText(const catalog::Coupon& coupon);
/** "once", "3 periods", "forever", translated. */
QString couponDurationText(const catalog::Coupon& coupon);

} // namespace catalogformat

} // namespace subdesk::cli
