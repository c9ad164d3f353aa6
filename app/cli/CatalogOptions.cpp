#include "CatalogOptions.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogService.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace subdesk::cli {

using catalog::Coupon;
using catalog::Plan;

namespace {

QStringList durationKeys()
{
    QStringList keys;
    for (catalog::CouponDuration d : catalog::allCouponDurations())
        keys.append(catalog::couponDurationKey(d));
    return keys;
}

} // namespace

OptionSpec archiveFilterOption()
{
    return {{QStringLiteral("status")},
            QStringLiteral("active|archived|all"),
            QCoreApplication::translate("Cli", "Which entries (default: active).")};
}

std::optional<ArchiveFilter> archiveFilterFromOptions(OptionReader& reader)
{
    if (!reader.isSet(QStringLiteral("status")))
        return ArchiveFilter::Active;
    return reader.choice<ArchiveFilter>(QStringLiteral("status"),
                                        [](const QString& key) -> std::optional<ArchiveFilter> {
                                            if (key == QLatin1String("active"))
                                                return ArchiveFilter::Active;
                                            if (key == QLatin1String("archived"))
                                                return ArchiveFilter::Archived;
                                            if (key == QLatin1String("all"))
                                                return ArchiveFilter::All;
                                            return std::nullopt;
                                        },
                                        {QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("all")});
}

bool matches(ArchiveFilter filter, bool archived)
{
    switch (filter) {
    case ArchiveFilter::Active:
        return !archived;
    case ArchiveFilter::Archived:
        return archived;
    case ArchiveFilter::All:
        return true;
    }
    return true;
}

QList<OptionSpec> planFieldOptions(bool forEdit)
{
    QList<OptionSpec> options {
        {{QStringLiteral("name")}, QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The plan's name.")},
        {{QStringLiteral("product")},
         QStringLiteral("NAME"),
         QCoreApplication::translate("Cli", "The product it belongs to; created when no product has this name.")},
        {{QStringLiteral("description")}, QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "Description.")},
        {{QStringLiteral("feature")},
         QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "A feature line, e.g. \"5 users\"; repeated flags replace the list."),
         true},
        {{QStringLiteral("trial-days")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "Free trial days a new subscription gets (0 to %1, default 0).")
             .arg(Plan::kMaxTrialDays)},
        {{QStringLiteral("term-periods")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "Billing periods of a fixed term (0, the default: runs until cancelled).")},
        {{QStringLiteral("term-end")},
         QStringLiteral("renew|expire"),
         QCoreApplication::translate("Cli", "What happens when a fixed term ends (default renew).")},
        {{QStringLiteral("addon")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli",
                                     "An add-on subscriptions to the plan may have; repeated flags make the set."),
         true},
    };
    if (forEdit) {
        options.append({{QStringLiteral("clear-features")},
                        QString(),
                        QCoreApplication::translate("Cli", "Remove every feature line (before --feature).")});
        options.append({{QStringLiteral("clear-addons")},
                        QString(),
                        QCoreApplication::translate("Cli", "Allow no add-ons (before --addon).")});
    }
    return options;
}

bool applyPlanFields(OptionReader& reader, Plan& plan, bool* changed)
{
    const auto mark = [changed] {
        if (changed)
            *changed = true;
    };
    if (reader.isSet(QStringLiteral("name"))) {
        plan.name = reader.text(QStringLiteral("name"));
        mark();
    }
    if (reader.isSet(QStringLiteral("description"))) {
        plan.description = reader.text(QStringLiteral("description"));
        mark();
    }
    if (reader.isSet(QStringLiteral("clear-features"))) {
        plan.features.clear();
        mark();
    }
    if (reader.isSet(QStringLiteral("feature"))) {
        plan.features = reader.invocation().values(QStringLiteral("feature"));
        mark();
    }
    if (const auto days = reader.number(QStringLiteral("trial-days"), 0, std::numeric_limits<int>::max())) {
        plan.trialDays = int(*days);
        mark();
    }
    if (const auto periods = reader.number(QStringLiteral("term-periods"), 0, std::numeric_limits<int>::max())) {
        plan.term.periods = int(*periods);
        mark();
    }
    const auto end = reader.choice<catalog::TermEndAction>(
        QStringLiteral("term-end"), [](const QString& key) { return catalog::termEndActionFromKey(key); },
        {QStringLiteral("renew"), QStringLiteral("expire")});
    if (end) {
        plan.term.endAction = *end;
        mark();
    }
    if (reader.isSet(QStringLiteral("product")) || reader.isSet(QStringLiteral("addon"))
        || reader.isSet(QStringLiteral("clear-addons")))
        mark();
    if (reader.isSet(QStringLiteral("product")) && reader.text(QStringLiteral("product")).isEmpty())
        reader.error(QCoreApplication::translate("Cli", "--product needs the product's name."));
    return !reader.failed();
}

bool applyPlanAddOns(const OptionReader& reader, const catalog::Catalog& catalog, Plan& plan)
{
    if (reader.isSet(QStringLiteral("clear-addons")))
        plan.allowedAddOns.clear();
    if (!reader.isSet(QStringLiteral("addon")))
        return true;
    QList<AddOnId> ids;
    for (const QString& code : reader.invocation().values(QStringLiteral("addon"))) {
        const catalog::AddOn* addOn = addOnOrFail(catalog, code);
        if (!addOn)
            return false;
        if (!ids.contains(addOn->id))
            ids.append(addOn->id);
    }
    plan.allowedAddOns = ids;
    return true;
}

std::optional<ProductId> productFromOptions(const OptionReader& reader, catalog::CatalogService& service, bool* failed)
{
    *failed = false;
    if (!reader.isSet(QStringLiteral("product")))
        return std::nullopt;
    const QString name = reader.text(QStringLiteral("product"));
    for (const catalog::Product& product : service.catalog().products) {
        if (product.name.compare(name, Qt::CaseInsensitive) == 0)
            return product.id;
    }
    catalog::Product product;
    product.name = name;
    const auto saved = service.saveProduct(product);
    if (!saved) {
        output::fail(saved.error());
        *failed = true;
        return std::nullopt;
    }
    return saved->id;
}

QList<OptionSpec> couponFieldOptions(bool forEdit)
{
    QList<OptionSpec> options {
        {{QStringLiteral("name")},
         QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "What the clerk and the customer read, e.g. \"Spring sale\".")},
        {{QStringLiteral("percent")},
         QStringLiteral("P"),
         QCoreApplication::translate("Cli", "A percentage off, e.g. 25 or 12.5.")},
        {{QStringLiteral("amount")},
         QStringLiteral("AMOUNT"),
         QCoreApplication::translate("Cli", "A fixed amount off, e.g. 10.00 (with --currency).")},
        {{QStringLiteral("currency")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Currency of --amount.")},
        {{QStringLiteral("duration")},
         durationKeys().join(QLatin1Char('|')),
         QCoreApplication::translate("Cli", "How long it applies (default once; --periods implies repeating).")},
        {{QStringLiteral("periods")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "repeating: how many billed periods.")},
        {{QStringLiteral("plan")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Limit it to a plan; repeated flags make the set (default: every plan)."),
         true},
        {{QStringLiteral("limit")},
         QStringLiteral("N"),
         forEdit ? QCoreApplication::translate("Cli", "How many redemptions in total; empty: no limit.")
                 : QCoreApplication::translate("Cli", "How many redemptions in total (default: no limit).")},
        {{QStringLiteral("expires")},
         QStringLiteral("YYYY-MM-DD"),
         forEdit ? QCoreApplication::translate("Cli", "Refused for redemptions on or after this day; empty: never.")
                 : QCoreApplication::translate("Cli", "Refused for redemptions on or after this day.")},
    };
    if (forEdit) {
        options.append({{QStringLiteral("clear-plans")},
                        QString(),
                        QCoreApplication::translate("Cli", "Let it apply to every plan (before --plan).")});
    }
    return options;
}

std::optional<int> parseBasisPoints(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,5})(?:\\.([0-9]{1,2}))?%?$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(1).toInt();
    const int fraction = match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    return whole * 100 + fraction;
}

bool applyCouponFields(OptionReader& reader, Coupon& coupon, bool* changed)
{
    const auto mark = [changed] {
        if (changed)
            *changed = true;
    };
    if (reader.isSet(QStringLiteral("name"))) {
        coupon.name = reader.text(QStringLiteral("name"));
        mark();
    }
    if (reader.isSet(QStringLiteral("percent")) && reader.isSet(QStringLiteral("amount"))) {
        reader.error(QCoreApplication::translate("Cli", "Give either --percent or --amount, not both."));
        return false;
    }
    if (reader.isSet(QStringLiteral("percent"))) {
        const auto points = parseBasisPoints(reader.text(QStringLiteral("percent")));
        if (!points) {
            reader.error(
                QCoreApplication::translate("Cli", "--percent must be a percentage such as 25 or 12.5, not \"%1\".")
                    .arg(reader.text(QStringLiteral("percent"))));
            return false;
        }
        coupon.kind = catalog::CouponKind::Percent;
        coupon.percentBasisPoints = *points;
        mark();
    }
    if (reader.isSet(QStringLiteral("amount")) || reader.isSet(QStringLiteral("currency"))) {
        std::optional<Currency> currency = reader.currency(QStringLiteral("currency"));
        if (!currency && !reader.failed() && coupon.amountOff.currency().isValid())
            currency = coupon.amountOff.currency(); // editing the amount of a fixed-amount coupon
        if (reader.failed())
            return false;
        if (!currency) {
            reader.error(QCoreApplication::translate("Cli", "--amount needs --currency."));
            return false;
        }
        if (!reader.isSet(QStringLiteral("amount"))) {
            reader.error(QCoreApplication::translate("Cli", "--currency needs --amount."));
            return false;
        }
        const auto amount = reader.amount(QStringLiteral("amount"), *currency);
        if (!amount)
            return false;
        coupon.kind = catalog::CouponKind::FixedAmount;
        coupon.amountOff = *amount;
        mark();
    }
    const auto duration = reader.choice<catalog::CouponDuration>(
        QStringLiteral("duration"), [](const QString& key) { return catalog::couponDurationFromKey(key); },
        durationKeys());
    if (duration) {
        coupon.duration = *duration;
        mark();
    }
    if (const auto periods = reader.number(QStringLiteral("periods"), 0, std::numeric_limits<int>::max())) {
        coupon.durationPeriods = int(*periods);
        if (!duration)
            coupon.duration = catalog::CouponDuration::Repeating;
        mark();
    }
    if (reader.isSet(QStringLiteral("clear-plans"))) {
        coupon.planCodes.clear();
        mark();
    }
    if (reader.isSet(QStringLiteral("plan"))) {
        coupon.planCodes.clear();
        for (const QString& code : reader.invocation().values(QStringLiteral("plan")))
            coupon.planCodes.insert(Plan::normalizedCode(code));
        mark();
    }
    if (reader.isSet(QStringLiteral("limit"))) {
        if (reader.text(QStringLiteral("limit")).isEmpty())
            coupon.redemptionLimit.reset();
        else if (const auto limit = reader.number(QStringLiteral("limit"), 0, std::numeric_limits<int>::max()))
            coupon.redemptionLimit = int(*limit);
        mark();
    }
    if (reader.isSet(QStringLiteral("expires"))) {
        if (reader.text(QStringLiteral("expires")).isEmpty())
            coupon.expiresOn.reset();
        else if (const auto date = reader.date(QStringLiteral("expires")))
            coupon.expiresOn = *date;
        mark();
    }
    return !reader.failed();
}

} // namespace subdesk::cli
