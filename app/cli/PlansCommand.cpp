#include "PlansCommand.h"

#include "BillingFormat.h"
#include "CatalogFormat.h"
#include "CatalogOptions.h"
#include "PricingOptions.h"
#include "catalog/CatalogService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace subdesk::cli {

using catalog::Plan;
using catalog::Price;
using catalog::PriceOwner;

namespace {

constexpr PriceFlags kPlanPrice {true, true};

QString planName(const Plan& plan)
{
    return QCoreApplication::translate("Cli", "Plan %1").arg(plan.code);
}

/** Opens the company (loading the catalog) and finds the plan named by the first argument. */
struct PlanTarget
{
    std::unique_ptr<storage::CompanyFile> company;
    Plan plan;
};

std::variant<PlanTarget, ExitCode> openPlan(const Invocation& inv)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = std::move(std::get<std::unique_ptr<storage::CompanyFile>>(opened));
    const Plan* plan = planOrFail(company->catalog().catalog(), inv.arguments().constFirst());
    if (!plan)
        return ExitCode::Failed;
    Plan copy = *plan;
    return PlanTarget {std::move(company), std::move(copy)};
}

ExitCode list(Invocation& inv)
{
    OptionReader reader(inv);
    const auto filter = archiveFilterFromOptions(reader);
    if (reader.failed() || !filter)
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    const catalog::Catalog& catalog = std::get<0>(opened)->catalog().catalog();
    const QString product = reader.text(QStringLiteral("product"));
    QList<const Plan*> shown;
    for (const Plan& plan : catalog.plans) {
        const catalog::Product* p = catalog.product(plan.productId);
        if (!matches(*filter, plan.archived)
            || (!product.isEmpty() && (!p || p->name.compare(product, Qt::CaseInsensitive) != 0)))
            continue;
        shown.append(&plan);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Plan* plan : shown)
            array.append(catalogformat::planToJson(catalog, *plan));
        output::outJson(QJsonDocument(array));
    } else if (shown.isEmpty()) {
        output::out(QCoreApplication::translate("Cli", "No plans found."));
    } else {
        output::outLines(catalogformat::planTable(catalog, shown));
    }
    return ExitCode::Ok;
}

ExitCode show(Invocation& inv)
{
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    const auto& [company, plan] = std::get<PlanTarget>(target);
    const catalog::Catalog& catalog = company->catalog().catalog();
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(catalogformat::planToJson(catalog, plan)));
    } else {
        output::outLines(catalogformat::planDetails(catalog, plan));
    }
    return ExitCode::Ok;
}

ExitCode add(Invocation& inv)
{
    OptionReader reader(inv);
    Plan plan;
    for (const QString& required : {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("product")}) {
        if (!reader.require(required))
            return ExitCode::Usage;
    }
    plan.code = Plan::normalizedCode(reader.text(QStringLiteral("code")));
    if (!applyPlanFields(reader, plan))
        return ExitCode::Usage;
    // A first price may come with the plan: both are stored in one transaction.
    QList<Price> prices;
    const bool withPrice =
        pricingModelGiven(inv) || reader.isSet(QStringLiteral("currency")) || reader.isSet(QStringLiteral("interval"));
    if (withPrice) {
        const auto price = priceFromOptions(reader, kPlanPrice, inv.context().clock().today());
        if (!price)
            return ExitCode::Usage;
        prices.append(*price);
    }
    if (const Status valid = plan.validate(); !valid)
        return output::fail(valid.error());

    OpenedCompany opened = openBilling(inv, true);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    if (service.catalog().planByCode(plan.code))
        return output::fail(
            QCoreApplication::translate("Cli", "A plan with the code %1 already exists.").arg(plan.code));
    if (!applyPlanAddOns(reader, service.catalog(), plan))
        return ExitCode::Failed;
    bool failed = false;
    const auto product = productFromOptions(reader, service, &failed);
    if (failed)
        return ExitCode::Failed;
    plan.productId = product.value_or(ProductId());
    const auto saved = service.savePlan(plan, prices);
    if (!saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Plan %1 added.").arg(saved->code));
    return ExitCode::Ok;
}

ExitCode edit(Invocation& inv)
{
    OptionReader reader(inv);
    Plan scratch;
    bool changed = false;
    if (!applyPlanFields(reader, scratch, &changed))
        return ExitCode::Usage;
    if (!changed) {
        return inv.usageError(
            QCoreApplication::translate("Cli", "Nothing to change: give the fields to set, e.g. --name TEXT."));
    }
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, plan] = std::get<PlanTarget>(target);
    catalog::CatalogService& service = company->catalog();
    (void)applyPlanFields(reader, plan);
    if (!applyPlanAddOns(reader, service.catalog(), plan))
        return ExitCode::Failed;
    if (const Status valid = plan.validate(); !valid)
        return output::fail(valid.error());
    bool failed = false;
    if (const auto product = productFromOptions(reader, service, &failed))
        plan.productId = *product;
    if (failed)
        return ExitCode::Failed;
    const auto saved = service.savePlan(plan);
    if (!saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Plan %1 updated.").arg(saved->code));
    return ExitCode::Ok;
}

ExitCode setArchived(Invocation& inv, bool archived)
{
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, plan] = std::get<PlanTarget>(target);
    if (plan.archived == archived) {
        output::out(archived ? QCoreApplication::translate("Cli", "Plan %1 is already archived.").arg(plan.code)
                             : QCoreApplication::translate("Cli", "Plan %1 is already active.").arg(plan.code));
        return ExitCode::Ok;
    }
    plan.archived = archived;
    const auto saved = company->catalog().savePlan(plan);
    if (!saved)
        return output::fail(saved.error());
    output::out(archived ? QCoreApplication::translate("Cli",
                                                       "Plan %1 archived: no new subscriptions; existing "
                                                       "ones continue.")
                               .arg(plan.code)
                         : QCoreApplication::translate("Cli", "Plan %1 restored.").arg(plan.code));
    return ExitCode::Ok;
}

ExitCode addPrice(Invocation& inv)
{
    OptionReader reader(inv);
    auto price = priceFromOptions(reader, kPlanPrice, inv.context().clock().today());
    if (!price)
        return ExitCode::Usage;
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, plan] = std::get<PlanTarget>(target);
    price->owner = PriceOwner::Plan;
    price->ownerId = plan.id.value;
    const auto added = company->catalog().addPrice(*price);
    if (!added)
        return output::fail(added.error());
    output::out(QCoreApplication::translate("Cli", "Price added to plan %1: %2, %3.")
                    .arg(plan.code, priceLabel(*added), added->latest()->model.describe()));
    return ExitCode::Ok;
}

ExitCode addVersion(Invocation& inv)
{
    if (!checkVersionFlags(inv))
        return ExitCode::Usage;
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, plan] = std::get<PlanTarget>(target);
    return addPriceVersion(inv, company->catalog(), PriceOwner::Plan, plan.id.value, planName(plan));
}

ExitCode migrate(Invocation& inv)
{
    OptionReader reader(inv);
    const auto from = reader.require(QStringLiteral("from")) ? reader.date(QStringLiteral("from")) : std::nullopt;
    QList<SubscriptionId> only;
    for (const QString& text : inv.values(QStringLiteral("subscription"))) {
        const auto id = parsePositive(text);
        if (!id) {
            reader.error(
                QCoreApplication::translate("Cli", "--subscription: \"%1\" is not a subscription number.").arg(text));
            break;
        }
        only.append(SubscriptionId(*id));
    }
    if (reader.failed())
        return ExitCode::Usage;
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, plan] = std::get<PlanTarget>(target);
    const auto selected =
        selectPrice(reader, company->catalog().catalog(), PriceOwner::Plan, plan.id.value, planName(plan));
    if (auto* code = std::get_if<ExitCode>(&selected))
        return *code;
    const Price* price = std::get<const Price*>(selected);
    const catalog::PriceVersion* latest = price->latest();
    const QString label = priceLabel(*price);
    const QDate latestFrom = latest->effectiveFrom;
    const auto migrated = company->subscriptions().migratePrice(latest->id, *from, only);
    if (!migrated)
        return output::fail(migrated.error());
    output::out(QCoreApplication::translate("Cli",
                                            "Subscriptions moved to the price of plan %1 (%2) from %3, as of their "
                                            "first period from %4: %5.")
                    .arg(plan.code, label, billingformat::dateText(latestFrom), billingformat::dateText(*from))
                    .arg(*migrated));
    return ExitCode::Ok;
}

ExitCode quote(Invocation& inv)
{
    OptionReader reader(inv);
    const auto quantity = reader.require(QStringLiteral("quantity"))
        ? reader.number(QStringLiteral("quantity"), 0, std::numeric_limits<qint64>::max())
        : std::nullopt;
    const QDate on = reader.date(QStringLiteral("on")).value_or(inv.context().clock().today());
    if (reader.failed() || !quantity)
        return ExitCode::Usage;
    const qint64 count = quantity.value_or(0);
    auto target = openPlan(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, plan] = std::get<PlanTarget>(target);
    const auto selected =
        selectPrice(reader, company->catalog().catalog(), PriceOwner::Plan, plan.id.value, planName(plan));
    if (auto* code = std::get_if<ExitCode>(&selected))
        return *code;
    const Price* price = std::get<const Price*>(selected);
    const catalog::PriceVersion* version = price->versionOn(on);
    if (!version) {
        return output::fail(QCoreApplication::translate("Cli", "The price of plan %1 (%2) starts on %3, after %4.")
                                .arg(plan.code, priceLabel(*price),
                                     billingformat::dateText(price->versions.constFirst().effectiveFrom),
                                     billingformat::dateText(on)));
    }
    const auto lines = version->model.breakdown(count);
    const auto total = version->model.priceFor(count);
    if (!lines)
        return output::fail(lines.error());
    if (!total)
        return output::fail(total.error());
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonObject o = catalogformat::quoteToJson(*price, *version, count, *lines, *total);
        o.insert(QStringLiteral("plan"), plan.code);
        output::outJson(QJsonDocument(o));
    } else {
        output::outLines(catalogformat::quoteText(*price, *version, count, *lines, *total));
    }
    return ExitCode::Ok;
}

QList<OptionSpec> selectOptions()
{
    return {
        {{QStringLiteral("currency")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The price's currency (needed when the plan has several).")},
        {{QStringLiteral("interval")},
         QStringLiteral("\"N UNIT\""),
         QCoreApplication::translate("Cli", "The price's billing interval (needed when the plan has several).")},
    };
}

} // namespace

QList<CommandSpec> plansCommands()
{
    const QString code = QStringLiteral("CODE");
    QList<OptionSpec> addOptions {
        {{QStringLiteral("code")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Upper-case letters, digits, - and _, e.g. PRO-M (required).")},
    };
    addOptions += planFieldOptions(false);
    addOptions += priceOptions(kPlanPrice);
    QList<OptionSpec> versionOptions = selectOptions();
    versionOptions += pricingModelOptions();
    versionOptions.append({{QStringLiteral("setup-fee")},
                           QStringLiteral("AMOUNT"),
                           QCoreApplication::translate("Cli", "Setup fee of the new version (default: as before).")});
    versionOptions.append({{QStringLiteral("from")},
                           QStringLiteral("YYYY-MM-DD"),
                           QCoreApplication::translate("Cli", "The day the new version takes effect (required).")});
    QList<OptionSpec> migrateOptions = selectOptions();
    migrateOptions += {
        {{QStringLiteral("from")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli",
                                     "Move them from their first period starting on or after this day (required).")},
        {{QStringLiteral("subscription")},
         QStringLiteral("ID"),
         QCoreApplication::translate("Cli", "Only this subscription (default: every one on an older version)."),
         true},
    };
    QList<OptionSpec> quoteOptions = selectOptions();
    quoteOptions += {
        {{QStringLiteral("quantity")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "Units for one period (required).")},
        {{QStringLiteral("on")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "Use the price version in effect on this day (default: today).")},
        jsonOption(),
    };

    return {
        {{QStringLiteral("plans"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists plans with their current prices."),
         {archiveFilterOption(),
          {{QStringLiteral("product")},
           QStringLiteral("NAME"),
           QCoreApplication::translate("Cli", "Only the plans of this product.")},
          jsonOption()},
         list},
        {{QStringLiteral("plans"), QStringLiteral("show")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Shows a plan with every price version and metered charge."),
         {jsonOption()},
         show},
        {{QStringLiteral("plans"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Adds a plan. --code, --name and --product are required; price flags add its "
                                     "first price in the same step."),
         addOptions,
         add},
        {{QStringLiteral("plans"), QStringLiteral("edit")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Changes the given fields of a plan; prices change with price and version."),
         planFieldOptions(true),
         edit},
        {{QStringLiteral("plans"), QStringLiteral("archive")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Archives a plan: no new subscriptions; existing ones continue."),
         {},
         [](Invocation& inv) { return setArchived(inv, true); }},
        {{QStringLiteral("plans"), QStringLiteral("restore")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Makes an archived plan available again."),
         {},
         [](Invocation& inv) { return setArchived(inv, false); }},
        {{QStringLiteral("plans"), QStringLiteral("price")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Adds a price in another currency or interval to a plan."),
         priceOptions(kPlanPrice),
         addPrice},
        {{QStringLiteral("plans"), QStringLiteral("version")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Adds a new version of a plan's price from a date; subscriptions keep their "
                                     "version until migrated."),
         versionOptions,
         addVersion},
        {{QStringLiteral("plans"), QStringLiteral("migrate")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Moves subscriptions on older versions of a plan's price to the latest version."),
         migrateOptions,
         migrate},
        {{QStringLiteral("plans"), QStringLiteral("quote")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Prints a plan's price for a quantity with its breakdown."),
         quoteOptions,
         quote},
    };
}

} // namespace subdesk::cli
