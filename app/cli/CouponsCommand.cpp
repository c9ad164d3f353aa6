#include "CouponsCommand.h"

#include "CatalogFormat.h"
#include "CatalogOptions.h"
#include "catalog/CatalogService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace subdesk::cli {

using catalog::Coupon;

namespace {

/** Refuses plan codes the catalog does not know (exit status 1): a typo would make the coupon useless. */
bool checkPlans(const catalog::Catalog& catalog, const Coupon& coupon)
{
    QStringList codes = coupon.planCodes.values();
    codes.sort();
    for (const QString& code : codes) {
        if (!planOrFail(catalog, code))
            return false;
    }
    return true;
}

ExitCode list(Invocation& inv)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    const catalog::Catalog& catalog = service.catalog();
    QList<const Coupon*> shown;
    for (const Coupon& coupon : catalog.coupons)
        shown.append(&coupon);
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Coupon* coupon : shown) {
            const auto redemptions = service.couponRedemptions(coupon->code);
            if (!redemptions)
                return output::fail(redemptions.error());
            array.append(catalogformat::couponToJson(*coupon, *redemptions));
        }
        output::outJson(QJsonDocument(array));
    } else if (shown.isEmpty()) {
        output::out(QCoreApplication::translate("Cli", "No coupons found."));
    } else {
        output::outLines(catalogformat::couponTable(shown));
    }
    return ExitCode::Ok;
}

ExitCode show(Invocation& inv)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    const Coupon* coupon = couponOrFail(service.catalog(), inv.arguments().constFirst());
    if (!coupon)
        return ExitCode::Failed;
    const auto redemptions = service.couponRedemptions(coupon->code);
    if (!redemptions)
        return output::fail(redemptions.error());
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(catalogformat::couponToJson(*coupon, *redemptions)));
    } else {
        output::outLines(catalogformat::couponDetails(*coupon, *redemptions));
    }
    return ExitCode::Ok;
}

ExitCode add(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("code")) || !reader.require(QStringLiteral("name")))
        return ExitCode::Usage;
    if (!reader.isSet(QStringLiteral("percent")) && !reader.isSet(QStringLiteral("amount"))) {
        reader.error(QCoreApplication::translate("Cli", "Give --percent or --amount: what the coupon takes off."));
        return ExitCode::Usage;
    }
    Coupon coupon;
    coupon.code = Coupon::normalizedCode(reader.text(QStringLiteral("code")));
    if (!applyCouponFields(reader, coupon))
        return ExitCode::Usage;
    if (const Status valid = coupon.validate(); !valid)
        return output::fail(valid.error());
    OpenedCompany opened = openBilling(inv, true);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    if (service.catalog().couponByCode(coupon.code))
        return output::fail(
            QCoreApplication::translate("Cli", "A coupon with the code %1 already exists.").arg(coupon.code));
    if (!checkPlans(service.catalog(), coupon))
        return ExitCode::Failed;
    const auto saved = service.saveCoupon(coupon);
    if (!saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Coupon %1 added.").arg(saved->code));
    return ExitCode::Ok;
}

ExitCode edit(Invocation& inv)
{
    OptionReader reader(inv);
    // The flags are checked before the file is opened. --amount alone keeps the coupon's currency,
    // which is known only then, so the check assumes one; the real one follows.
    Coupon scratch;
    scratch.amountOff = Money::zero(*Currency::fromCode(QStringLiteral("EUR")));
    bool changed = false;
    if (!applyCouponFields(reader, scratch, &changed))
        return ExitCode::Usage;
    if (!changed) {
        return inv.usageError(
            QCoreApplication::translate("Cli", "Nothing to change: give the fields to set, e.g. --expires DATE."));
    }
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    const Coupon* stored = couponOrFail(service.catalog(), inv.arguments().constFirst());
    if (!stored)
        return ExitCode::Failed;
    Coupon coupon = *stored;
    OptionReader again(inv);
    if (!applyCouponFields(again, coupon))
        return ExitCode::Usage;
    if (const Status valid = coupon.validate(); !valid)
        return output::fail(valid.error());
    if (!checkPlans(service.catalog(), coupon))
        return ExitCode::Failed;
    const auto saved = service.saveCoupon(coupon);
    if (!saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Coupon %1 updated.").arg(saved->code));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> couponsCommands()
{
    const QString code = QStringLiteral("CODE");
    QList<OptionSpec> addOptions {
        {{QStringLiteral("code")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Upper-case letters, digits, - and _, e.g. SPRING25 (required).")},
    };
    addOptions += couponFieldOptions(false);
    return {
        {{QStringLiteral("coupons"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists coupons; --json adds how often each was redeemed."),
         {jsonOption()},
         list},
        {{QStringLiteral("coupons"), QStringLiteral("show")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Shows a coupon and how often it was redeemed."),
         {jsonOption()},
         show},
        {{QStringLiteral("coupons"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Adds a coupon. --code, --name and --percent or --amount with --currency are "
                                     "required."),
         addOptions,
         add},
        {{QStringLiteral("coupons"), QStringLiteral("edit")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Changes the given fields of a coupon. To retire a coupon, give it an expiry "
                                     "date (--expires) or a limit."),
         couponFieldOptions(true),
         edit},
    };
}

} // namespace subdesk::cli
