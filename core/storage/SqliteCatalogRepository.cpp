#include "SqliteCatalogRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteCatalogRows.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::catalog;

namespace {

/** text: marked with QT_TRANSLATE_NOOP("Database", ...) where it is written. */
Error notFound(const char* text, qint64 id)
{
    return Error(ErrorCode::NotFound, QCoreApplication::translate("Database", text).arg(id));
}

/** The error of a failed write: `duplicate` when it broke a unique key, else SQLite's own. */
Error uniqueOr(sqlite3* db, const Status& failed, const Error& duplicate)
{
    return isUniqueViolation(lastErrorCode(db)) ? duplicate : failed.error();
}

void bindOptionalId(SqliteStatement& q, int index, qint64 id)
{
    if (id > 0)
        q.bindInt(index, id);
    else
        q.bindNull(index);
}

// Writing ---------------------------------------------------------------------------------------

Status insertTiers(sqlite3* db, PriceVersionId version, const QList<PriceTier>& tiers)
{
    if (tiers.isEmpty())
        return {};
    SqliteStatement q(db,
                      "INSERT INTO price_tiers (version_id, position, up_to, unit_price_minor, flat_fee_minor) "
                      "VALUES (?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const PriceTier& tier = tiers.at(i);
        q.bindInt(1, version.value);
        q.bindInt(2, i);
        if (tier.upTo)
            q.bindInt(3, *tier.upTo);
        else
            q.bindNull(3);
        q.bindInt(4, tier.unitPriceMinor);
        q.bindInt(5, tier.flatFeeMinor);
        if (Status done = q.stepDone(); !done)
            return done;
    }
    return {};
}

const char* ownerTable(PriceOwner owner)
{
    switch (owner) {
    case PriceOwner::Plan:
        return "plans";
    case PriceOwner::AddOn:
        return "add_ons";
    case PriceOwner::MeteredCharge:
        break;
    }
    return "metered_charges";
}

/** Whether a row with id exists in table (a fixed table name, never user input). */
Result<bool> exists(sqlite3* db, const char* table, qint64 id)
{
    SqliteStatement q(db, QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?");
    if (!q.ok())
        return q.error();
    q.bindInt(1, id);
    const bool found = q.nextRow();
    if (q.failed())
        return q.error();
    return found;
}

} // namespace

SqliteCatalogRepository::SqliteCatalogRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteCatalogRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<Catalog> SqliteCatalogRepository::load()
{
    sqlite3* db = handle();
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    Result<Catalog> catalog = loadCatalog(db);
    if (!catalog)
        return catalog.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    return catalog;
}

Result<ProductId> SqliteCatalogRepository::saveProduct(const Product& product)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    const bool update = product.id.isValid();
    SqliteStatement q(db,
                      update ? "UPDATE products SET name = ?, description = ?, archived = ? WHERE id = ?"
                             : "INSERT INTO products (name, description, archived) VALUES (?, ?, ?)");
    if (!q.ok())
        return q.error();
    q.bindText(1, product.name);
    q.bindText(2, product.description);
    q.bindInt(3, product.archived ? 1 : 0);
    if (update)
        q.bindInt(4, product.id.value);
    if (Status done = q.stepDone(); !done)
        return done.error();
    if (update && sqlite3_changes(db) != 1)
        return notFound(QT_TRANSLATE_NOOP("Database", "There is no product number %1."), product.id.value);
    return update ? product.id : ProductId(sqlite3_last_insert_rowid(db));
}

Result<PlanId> SqliteCatalogRepository::savePlan(const Plan& plan)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    const bool update = plan.id.isValid();
    SqliteStatement q(db,
                      update ? "UPDATE plans SET product_id = ?, code = ?, name = ?, description = ?, "
                               "trial_days = ?, term_periods = ?, term_end_action = ?, archived = ? WHERE id = ?"
                             : "INSERT INTO plans (product_id, code, name, description, trial_days, term_periods, "
                               "term_end_action, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    bindOptionalId(q, 1, plan.productId.value);
    q.bindText(2, plan.code);
    q.bindText(3, plan.name);
    q.bindText(4, plan.description);
    q.bindInt(5, plan.trialDays);
    q.bindInt(6, plan.term.periods);
    q.bindText(7, termEndActionKey(plan.term.endAction));
    q.bindInt(8, plan.archived ? 1 : 0);
    if (update)
        q.bindInt(9, plan.id.value);
    if (Status done = q.stepDone(); !done) {
        const int code = lastErrorCode(db);
        if (isUniqueViolation(code))
            return Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("Database", "A plan with the code %1 already exists.").arg(plan.code));
        if (isForeignKeyViolation(code))
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no product number %1."), plan.productId.value);
        return done.error();
    }
    if (update && sqlite3_changes(db) != 1)
        return notFound(QT_TRANSLATE_NOOP("Database", "There is no plan number %1."), plan.id.value);
    const PlanId id = update ? plan.id : PlanId(sqlite3_last_insert_rowid(db));

    SqliteStatement clearFeatures(db, "DELETE FROM plan_features WHERE plan_id = ?");
    SqliteStatement clearAddOns(db, "DELETE FROM plan_add_ons WHERE plan_id = ?");
    SqliteStatement feature(db, "INSERT INTO plan_features (plan_id, position, feature) VALUES (?, ?, ?)");
    SqliteStatement addOn(db, "INSERT INTO plan_add_ons (plan_id, position, add_on_id) VALUES (?, ?, ?)");
    for (SqliteStatement* s : {&clearFeatures, &clearAddOns, &feature, &addOn}) {
        if (!s->ok())
            return s->error();
    }
    clearFeatures.bindInt(1, id.value);
    clearAddOns.bindInt(1, id.value);
    if (Status done = clearFeatures.stepDone(); !done)
        return done.error();
    if (Status done = clearAddOns.stepDone(); !done)
        return done.error();
    for (qsizetype i = 0; i < plan.features.size(); ++i) {
        feature.bindInt(1, id.value);
        feature.bindInt(2, i);
        feature.bindText(3, plan.features.at(i));
        if (Status done = feature.stepDone(); !done)
            return done.error();
    }
    for (qsizetype i = 0; i < plan.allowedAddOns.size(); ++i) {
        const AddOnId allowed = plan.allowedAddOns.at(i);
        addOn.bindInt(1, id.value);
        addOn.bindInt(2, i);
        addOn.bindInt(3, allowed.value);
        if (Status done = addOn.stepDone(); !done) {
            const int code = lastErrorCode(db);
            if (isForeignKeyViolation(code))
                return notFound(QT_TRANSLATE_NOOP("Database", "There is no add-on number %1."), allowed.value);
            if (isUniqueViolation(code))
                return Error(ErrorCode::Invalid,
                             QCoreApplication::translate("Database", "The plan %1 lists the add-on number %2 twice.")
                                 .arg(plan.code)
                                 .arg(allowed.value));
            return done.error();
        }
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return id;
}

Result<AddOnId> SqliteCatalogRepository::saveAddOn(const AddOn& addOn)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    const bool update = addOn.id.isValid();
    SqliteStatement q(db,
                      update ? "UPDATE add_ons SET code = ?, name = ?, description = ?, kind = ?, archived = ? "
                               "WHERE id = ?"
                             : "INSERT INTO add_ons (code, name, description, kind, archived) VALUES (?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    q.bindText(1, addOn.code);
    q.bindText(2, addOn.name);
    q.bindText(3, addOn.description);
    q.bindText(4, addOnKindKey(addOn.kind));
    q.bindInt(5, addOn.archived ? 1 : 0);
    if (update)
        q.bindInt(6, addOn.id.value);
    if (Status done = q.stepDone(); !done)
        return uniqueOr(
            db, done,
            Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("Database", "An add-on with the code %1 already exists.").arg(addOn.code)));
    if (update && sqlite3_changes(db) != 1)
        return notFound(QT_TRANSLATE_NOOP("Database", "There is no add-on number %1."), addOn.id.value);
    return update ? addOn.id : AddOnId(sqlite3_last_insert_rowid(db));
}

Result<MeteredChargeId> SqliteCatalogRepository::saveMeteredCharge(const MeteredCharge& charge)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    const bool update = charge.id.isValid();
    SqliteStatement q(db,
                      update ? "UPDATE metered_charges SET plan_id = ?, metric_code = ?, name = ?, aggregation = ? "
                               "WHERE id = ?"
                             : "INSERT INTO metered_charges (plan_id, metric_code, name, aggregation) "
                               "VALUES (?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    q.bindInt(1, charge.planId.value);
    q.bindText(2, charge.metricCode);
    q.bindText(3, charge.name);
    q.bindText(4, usageAggregationKey(charge.aggregation));
    if (update)
        q.bindInt(5, charge.id.value);
    if (Status done = q.stepDone(); !done) {
        const int code = lastErrorCode(db);
        if (isUniqueViolation(code))
            return Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("Database", "The plan already has a metered charge for the metric %1.")
                    .arg(charge.metricCode));
        if (isForeignKeyViolation(code))
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no plan number %1."), charge.planId.value);
        return done.error();
    }
    if (update && sqlite3_changes(db) != 1)
        return notFound(QT_TRANSLATE_NOOP("Database", "There is no metered charge number %1."), charge.id.value);
    return update ? charge.id : MeteredChargeId(sqlite3_last_insert_rowid(db));
}

Error SqliteCatalogRepository::duplicatePrice(sqlite3* db, const Price& price) const
{
    // Name the owner by its code, as the clerk knows it.
    const char* sql = price.owner == PriceOwner::Plan ? "SELECT code FROM plans WHERE id = ?"
        : price.owner == PriceOwner::AddOn            ? "SELECT code FROM add_ons WHERE id = ?"
                                                      : "SELECT metric_code FROM metered_charges WHERE id = ?";
    SqliteStatement q(db, sql);
    q.bindInt(1, price.ownerId);
    const QString owner = q.ok() && q.nextRow() ? q.columnText(0) : QString::number(price.ownerId);
    const QString currency = price.currency.code();
    if (price.interval) {
        const QString interval = price.interval->displayText();
        switch (price.owner) {
        case PriceOwner::Plan:
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "The plan %1 already has a price in %2 (%3).")
                             .arg(owner, currency, interval));
        case PriceOwner::AddOn:
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "The add-on %1 already has a price in %2 (%3).")
                             .arg(owner, currency, interval));
        case PriceOwner::MeteredCharge:
            return Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("Database", "The metered charge %1 already has a price in %2 (%3).")
                    .arg(owner, currency, interval));
        }
    }
    switch (price.owner) {
    case PriceOwner::Plan:
        return Error(
            ErrorCode::Conflict,
            QCoreApplication::translate("Database", "The plan %1 already has a price in %2.").arg(owner, currency));
    case PriceOwner::AddOn:
        return Error(
            ErrorCode::Conflict,
            QCoreApplication::translate("Database", "The add-on %1 already has a price in %2.").arg(owner, currency));
    case PriceOwner::MeteredCharge:
        break;
    }
    return Error(ErrorCode::Conflict,
                 QCoreApplication::translate("Database", "The metered charge %1 already has a price in %2.")
                     .arg(owner, currency));
}

Status SqliteCatalogRepository::insertVersion(sqlite3* db, PriceId price, const Currency& currency,
                                              const PriceVersion& version, PriceVersionId* id)
{
    if (version.model.currency() != currency)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Database", "The price version is in %1 but its price is in %2.")
                         .arg(version.model.currency().code(), currency.code()));
    SqliteStatement q(db,
                      "INSERT INTO price_versions (price_id, effective_from, pricing_kind, price_minor, "
                      "package_size, free_units, setup_fee_minor) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    const PricingModel& model = version.model;
    q.bindInt(1, price.value);
    bindDate(q, 2, version.effectiveFrom);
    q.bindText(3, pricingKindKey(model.kind()));
    q.bindInt(4, model.price().minorUnits());
    q.bindInt(5, model.packageSize());
    q.bindInt(6, model.freeUnits());
    q.bindInt(7, version.setupFee.minorUnits());
    if (Status done = q.stepDone(); !done) {
        const int code = lastErrorCode(db);
        if (isUniqueViolation(code))
            return Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("Database", "The price already has a version that takes effect on %1.")
                    .arg(QLocale().toString(version.effectiveFrom, QLocale::ShortFormat)));
        if (isForeignKeyViolation(code))
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no price number %1."), price.value);
        return done;
    }
    *id = PriceVersionId(sqlite3_last_insert_rowid(db));
    return insertTiers(db, *id, model.tiers());
}

Result<PriceId> SqliteCatalogRepository::savePrice(const Price& price)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    if (price.id.isValid()) {
        // Stored versions never change; only the archived flag does.
        SqliteStatement q(db, "UPDATE prices SET archived = ? WHERE id = ?");
        if (!q.ok())
            return q.error();
        q.bindInt(1, price.archived ? 1 : 0);
        q.bindInt(2, price.id.value);
        if (Status done = q.stepDone(); !done)
            return isUniqueViolation(lastErrorCode(db)) ? duplicatePrice(db, price) : done.error();
        if (sqlite3_changes(db) != 1)
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no price number %1."), price.id.value);
        if (Status done = unit.commit(); !done)
            return done.error();
        return price.id;
    }

    const auto found = exists(db, ownerTable(price.owner), price.ownerId);
    if (!found)
        return found.error();
    if (!*found) {
        switch (price.owner) {
        case PriceOwner::Plan:
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no plan number %1."), price.ownerId);
        case PriceOwner::AddOn:
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no add-on number %1."), price.ownerId);
        case PriceOwner::MeteredCharge:
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no metered charge number %1."), price.ownerId);
        }
    }
    SqliteStatement q(db,
                      "INSERT INTO prices (owner_kind, owner_id, currency, interval_unit, interval_count, "
                      "archived) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    q.bindText(1, priceOwnerKey(price.owner));
    q.bindInt(2, price.ownerId);
    q.bindText(3, price.currency.code());
    if (price.interval) {
        q.bindText(4, billing::intervalUnitKey(price.interval->unit));
        q.bindInt(5, price.interval->count);
    } else {
        q.bindNull(4);
        q.bindNull(5);
    }
    q.bindInt(6, price.archived ? 1 : 0);
    if (Status done = q.stepDone(); !done)
        return isUniqueViolation(lastErrorCode(db)) ? duplicatePrice(db, price) : done.error();
    const PriceId id(sqlite3_last_insert_rowid(db));
    for (const PriceVersion& version : price.versions) {
        PriceVersionId versionId;
        if (Status inserted = insertVersion(db, id, price.currency, version, &versionId); !inserted)
            return inserted.error();
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return id;
}

Result<PriceVersionId> SqliteCatalogRepository::addPriceVersion(const PriceVersion& version)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement price(db, "SELECT currency FROM prices WHERE id = ?");
    if (!price.ok())
        return price.error();
    price.bindInt(1, version.priceId.value);
    if (!price.nextRow())
        return price.failed()
            ? price.error()
            : notFound(QT_TRANSLATE_NOOP("Database", "There is no price number %1."), version.priceId.value);
    const Currency currency = currencyFromCode(price.columnUtf8(0));
    PriceVersionId id;
    if (Status inserted = insertVersion(db, version.priceId, currency, version, &id); !inserted)
        return inserted.error();
    if (Status done = unit.commit(); !done)
        return done.error();
    return id;
}

Result<CouponId> SqliteCatalogRepository::saveCoupon(const Coupon& coupon)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    const bool update = coupon.id.isValid();
    SqliteStatement q(db,
                      update ? "UPDATE coupons SET code = ?, name = ?, kind = ?, percent_bp = ?, "
                               "amount_off_minor = ?, currency = ?, duration = ?, duration_periods = ?, "
                               "redemption_limit = ?, expires_on = ? WHERE id = ?"
                             : "INSERT INTO coupons (code, name, kind, percent_bp, amount_off_minor, currency, "
                               "duration, duration_periods, redemption_limit, expires_on) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    q.bindText(1, coupon.code);
    q.bindText(2, coupon.name);
    q.bindText(3, couponKindKey(coupon.kind));
    q.bindInt(4, coupon.percentBasisPoints);
    q.bindInt(5, coupon.amountOff.minorUnits());
    q.bindText(6, coupon.amountOff.currency().code());
    q.bindText(7, couponDurationKey(coupon.duration));
    q.bindInt(8, coupon.durationPeriods);
    if (coupon.redemptionLimit)
        q.bindInt(9, *coupon.redemptionLimit);
    else
        q.bindNull(9);
    bindDate(q, 10, coupon.expiresOn.value_or(QDate()));
    if (update)
        q.bindInt(11, coupon.id.value);
    if (Status done = q.stepDone(); !done)
        return uniqueOr(
            db, done,
            Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("Database", "A coupon with the code %1 already exists.").arg(coupon.code)));
    if (update && sqlite3_changes(db) != 1)
        return notFound(QT_TRANSLATE_NOOP("Database", "There is no coupon number %1."), coupon.id.value);
    const CouponId id = update ? coupon.id : CouponId(sqlite3_last_insert_rowid(db));

    SqliteStatement clear(db, "DELETE FROM coupon_plans WHERE coupon_id = ?");
    SqliteStatement plan(db, "INSERT INTO coupon_plans (coupon_id, plan_code) VALUES (?, ?)");
    if (!clear.ok() || !plan.ok())
        return clear.ok() ? plan.error() : clear.error();
    clear.bindInt(1, id.value);
    if (Status done = clear.stepDone(); !done)
        return done.error();
    for (const QString& code : coupon.planCodes) {
        plan.bindInt(1, id.value);
        plan.bindText(2, code);
        if (Status done = plan.stepDone(); !done)
            return done.error();
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return id;
}

Result<int> SqliteCatalogRepository::couponRedemptions(const QString& code)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    // "coupon_code <> ''" lets SQLite use the partial index on coded events.
    SqliteStatement q(db,
                      "SELECT count(DISTINCT subscription_id) FROM subscription_events "
                      "WHERE coupon_code = ? AND coupon_code <> ''");
    if (!q.ok())
        return q.error();
    q.bindText(1, code);
    if (!q.nextRow())
        return q.error();
    return int(q.columnInt(0));
}

} // namespace subdesk::storage
