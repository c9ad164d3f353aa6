#include "AddOnsCommand.h"

#include "CatalogFormat.h"
#include "CatalogOptions.h"
#include "PricingOptions.h"
#include "catalog/CatalogService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace subdesk::cli {

using catalog::AddOn;
using catalog::AddOnKind;
using catalog::MeteredCharge;
using catalog::Price;
using catalog::PriceOwner;

namespace {

QStringList addOnKindKeys()
{
    return {catalog::addOnKindKey(AddOnKind::Recurring), catalog::addOnKindKey(AddOnKind::OneTime)};
}

QString addOnName(const AddOn& addOn)
{
    return QCoreApplication::translate("Cli", "Add-on %1").arg(addOn.code);
}

struct AddOnTarget
{
    std::unique_ptr<storage::CompanyFile> company;
    AddOn addOn;
};

std::variant<AddOnTarget, ExitCode> openAddOn(const Invocation& inv)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const AddOn* addOn = addOnOrFail(company->catalog().catalog(), inv.arguments().constFirst());
    if (!addOn)
        return ExitCode::Failed;
    AddOn copy = *addOn;
    return AddOnTarget {std::move(company), std::move(copy)};
}

/** Reads a price for an add-on of kind: recurring prices need --interval, one-time prices refuse it. */
std::optional<Price> addOnPrice(OptionReader& reader, AddOnKind kind, QDate today)
{
    const bool recurring = kind == AddOnKind::Recurring;
    if (!recurring && reader.isSet(QStringLiteral("interval"))) {
        reader.error(
            QCoreApplication::translate("Cli", "--interval does not apply to a one-time add-on: it is billed once."));
        return std::nullopt;
    }
    return priceFromOptions(reader, PriceFlags {recurring, false}, today);
}

ExitCode listAddOns(Invocation& inv)
{
    OptionReader reader(inv);
    const auto filter = archiveFilterFromOptions(reader);
    if (!filter)
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    const catalog::Catalog& catalog = std::get<0>(opened)->catalog().catalog();
    QList<const AddOn*> shown;
    for (const AddOn& addOn : catalog.addOns) {
        if (matches(*filter, addOn.archived))
            shown.append(&addOn);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AddOn* addOn : shown)
            array.append(catalogformat::addOnToJson(catalog, *addOn));
        output::outJson(QJsonDocument(array));
    } else if (shown.isEmpty()) {
        output::out(QCoreApplication::translate("Cli", "No add-ons found."));
    } else {
        output::outLines(catalogformat::addOnTable(catalog, shown));
    }
    return ExitCode::Ok;
}

ExitCode showAddOn(Invocation& inv)
{
    auto target = openAddOn(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    const auto& [company, addOn] = std::get<AddOnTarget>(target);
    const catalog::Catalog& catalog = company->catalog().catalog();
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(catalogformat::addOnToJson(catalog, addOn)));
    } else {
        output::outLines(catalogformat::addOnTable(catalog, {&addOn}));
        output::out(QCoreApplication::translate("Cli", "Prices:"));
        output::outLines(catalogformat::priceDetails(catalog, PriceOwner::AddOn, addOn.id.value));
    }
    return ExitCode::Ok;
}

ExitCode addAddOn(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("code")) || !reader.require(QStringLiteral("name")))
        return ExitCode::Usage;
    AddOn addOn;
    addOn.code = catalog::Plan::normalizedCode(reader.text(QStringLiteral("code")));
    addOn.name = reader.text(QStringLiteral("name"));
    addOn.description = reader.text(QStringLiteral("description"));
    addOn.kind = reader
                     .choice<AddOnKind>(
                         QStringLiteral("kind"), [](const QString& key) { return catalog::addOnKindFromKey(key); },
                         addOnKindKeys())
                     .value_or(AddOnKind::Recurring);
    if (reader.failed())
        return ExitCode::Usage;
    QList<Price> prices;
    if (pricingModelGiven(inv) || reader.isSet(QStringLiteral("currency"))
        || reader.isSet(QStringLiteral("interval"))) {
        const auto price = addOnPrice(reader, addOn.kind, inv.context().clock().today());
        if (!price)
            return ExitCode::Usage;
        prices.append(*price);
    }
    if (const Status valid = addOn.validate(); !valid)
        return output::fail(valid.error());
    OpenedCompany opened = openBilling(inv, true);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    if (service.catalog().addOnByCode(addOn.code))
        return output::fail(
            QCoreApplication::translate("Cli", "An add-on with the code %1 already exists.").arg(addOn.code));
    const auto saved = service.saveAddOn(addOn, prices);
    if (!saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Add-on %1 added.").arg(saved->code));
    return ExitCode::Ok;
}

ExitCode editAddOn(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.isSet(QStringLiteral("name")) && !reader.isSet(QStringLiteral("description"))) {
        return inv.usageError(QCoreApplication::translate("Cli", "Nothing to change: give --name or --description."));
    }
    auto target = openAddOn(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, addOn] = std::get<AddOnTarget>(target);
    if (reader.isSet(QStringLiteral("name")))
        addOn.name = reader.text(QStringLiteral("name"));
    if (reader.isSet(QStringLiteral("description")))
        addOn.description = reader.text(QStringLiteral("description"));
    const auto saved = company->catalog().saveAddOn(addOn);
    if (!saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Add-on %1 updated.").arg(saved->code));
    return ExitCode::Ok;
}

ExitCode setAddOnArchived(Invocation& inv, bool archived)
{
    auto target = openAddOn(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, addOn] = std::get<AddOnTarget>(target);
    if (addOn.archived != archived) {
        addOn.archived = archived;
        const auto saved = company->catalog().saveAddOn(addOn);
        if (!saved)
            return output::fail(saved.error());
    }
    output::out(archived ? QCoreApplication::translate("Cli", "Add-on %1 archived.").arg(addOn.code)
                         : QCoreApplication::translate("Cli", "Add-on %1 restored.").arg(addOn.code));
    return ExitCode::Ok;
}

ExitCode addAddOnPrice(Invocation& inv)
{
    OptionReader reader(inv);
    // The model and --from are checked before the file is opened; --interval depends on the kind.
    {
        OptionReader check(inv);
        const auto currency =
            check.require(QStringLiteral("currency")) ? check.currency(QStringLiteral("currency")) : std::nullopt;
        if (currency)
            (void)pricingModelFromOptions(check, *currency);
        (void)check.date(QStringLiteral("from"));
        if (check.failed())
            return ExitCode::Usage;
    }
    auto target = openAddOn(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, addOn] = std::get<AddOnTarget>(target);
    auto price = addOnPrice(reader, addOn.kind, inv.context().clock().today());
    if (!price)
        return ExitCode::Usage;
    price->owner = PriceOwner::AddOn;
    price->ownerId = addOn.id.value;
    const auto added = company->catalog().addPrice(*price);
    if (!added)
        return output::fail(added.error());
    output::out(QCoreApplication::translate("Cli", "Price added to add-on %1: %2, %3.")
                    .arg(addOn.code, priceLabel(*added), added->latest()->model.describe()));
    return ExitCode::Ok;
}

ExitCode addAddOnVersion(Invocation& inv)
{
    if (!checkVersionFlags(inv))
        return ExitCode::Usage;
    auto target = openAddOn(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    auto& [company, addOn] = std::get<AddOnTarget>(target);
    return addPriceVersion(inv, company->catalog(), PriceOwner::AddOn, addOn.id.value, addOnName(addOn));
}

// ---- metered charges -------------------------------------------------------------------------

QStringList aggregationKeys()
{
    return {catalog::usageAggregationKey(catalog::UsageAggregation::Sum),
            catalog::usageAggregationKey(catalog::UsageAggregation::Max),
            catalog::usageAggregationKey(catalog::UsageAggregation::Last)};
}

struct MeteredTarget
{
    std::unique_ptr<storage::CompanyFile> company;
    MeteredCharge charge;
    QString planCode;
};

/** Opens the company and finds the charge named by --plan and --metric. */
std::variant<MeteredTarget, ExitCode> openMetered(const Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("plan")) || !reader.require(QStringLiteral("metric")))
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const catalog::Catalog& catalog = company->catalog().catalog();
    const catalog::Plan* plan = planOrFail(catalog, reader.text(QStringLiteral("plan")));
    if (!plan)
        return ExitCode::Failed;
    const MeteredCharge* charge = meteredOrFail(catalog, *plan, reader.text(QStringLiteral("metric")));
    if (!charge)
        return ExitCode::Failed;
    MeteredCharge copy = *charge;
    const QString planCode = plan->code;
    return MeteredTarget {std::move(company), std::move(copy), planCode};
}

QString meteredName(const MeteredTarget& target)
{
    return QCoreApplication::translate("Cli", "Metered charge %1 of plan %2")
        .arg(target.charge.metricCode, target.planCode);
}

ExitCode listMetered(Invocation& inv)
{
    OptionReader reader(inv);
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    const catalog::Catalog& catalog = std::get<0>(opened)->catalog().catalog();
    const catalog::Plan* plan = nullptr;
    if (reader.isSet(QStringLiteral("plan"))) {
        plan = planOrFail(catalog, reader.text(QStringLiteral("plan")));
        if (!plan)
            return ExitCode::Failed;
    }
    QList<const MeteredCharge*> shown;
    for (const MeteredCharge& charge : catalog.meteredCharges) {
        if (!plan || charge.planId == plan->id)
            shown.append(&charge);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MeteredCharge* charge : shown)
            array.append(catalogformat::meteredToJson(catalog, *charge));
        output::outJson(QJsonDocument(array));
    } else if (shown.isEmpty()) {
        output::out(QCoreApplication::translate("Cli", "No metered charges found."));
    } else {
        output::outLines(catalogformat::meteredTable(catalog, shown));
    }
    return ExitCode::Ok;
}

ExitCode addMetered(Invocation& inv)
{
    OptionReader reader(inv);
    for (const QString& required : {QStringLiteral("plan"), QStringLiteral("metric"), QStringLiteral("name")}) {
        if (!reader.require(required))
            return ExitCode::Usage;
    }
    MeteredCharge charge;
    charge.metricCode = MeteredCharge::normalizedMetric(reader.text(QStringLiteral("metric")));
    charge.name = reader.text(QStringLiteral("name"));
    charge.aggregation =
        reader
            .choice<catalog::UsageAggregation>(
                QStringLiteral("aggregation"), [](const QString& key) { return catalog::usageAggregationFromKey(key); },
                aggregationKeys())
            .value_or(catalog::UsageAggregation::Sum);
    if (reader.failed())
        return ExitCode::Usage;
    QList<Price> prices;
    if (pricingModelGiven(inv) || reader.isSet(QStringLiteral("currency"))) {
        const auto price = priceFromOptions(reader, PriceFlags {false, false}, inv.context().clock().today());
        if (!price)
            return ExitCode::Usage;
        prices.append(*price);
    }
    if (const Status valid = charge.validate(); !valid)
        return output::fail(valid.error());
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    catalog::CatalogService& service = std::get<0>(opened)->catalog();
    const catalog::Plan* plan = planOrFail(service.catalog(), reader.text(QStringLiteral("plan")));
    if (!plan)
        return ExitCode::Failed;
    for (const MeteredCharge* existing : service.catalog().meteredChargesOf(plan->id)) {
        if (existing->metricCode == charge.metricCode)
            return output::fail(QCoreApplication::translate("Cli", "Plan %1 already has a metered charge \"%2\".")
                                    .arg(plan->code, charge.metricCode));
    }
    charge.planId = plan->id;
    const QString planCode = plan->code;
    const auto saved = service.saveMeteredCharge(charge, prices);
    if (!saved)
        return output::fail(saved.error());
    output::out(
        QCoreApplication::translate("Cli", "Metered charge %1 added to plan %2.").arg(saved->metricCode, planCode));
    return ExitCode::Ok;
}

ExitCode addMeteredPrice(Invocation& inv)
{
    OptionReader reader(inv);
    auto price = priceFromOptions(reader, PriceFlags {false, false}, inv.context().clock().today());
    if (!price)
        return ExitCode::Usage;
    auto target = openMetered(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    MeteredTarget& t = std::get<MeteredTarget>(target);
    price->owner = PriceOwner::MeteredCharge;
    price->ownerId = t.charge.id.value;
    const auto added = t.company->catalog().addPrice(*price);
    if (!added)
        return output::fail(added.error());
    output::out(QCoreApplication::translate("Cli", "Price added to %1: %2, %3.")
                    .arg(meteredName(t), priceLabel(*added), added->latest()->model.describe()));
    return ExitCode::Ok;
}

ExitCode addMeteredVersion(Invocation& inv)
{
    if (!checkVersionFlags(inv))
        return ExitCode::Usage;
    auto target = openMetered(inv);
    if (auto* code = std::get_if<ExitCode>(&target))
        return *code;
    MeteredTarget& t = std::get<MeteredTarget>(target);
    return addPriceVersion(inv, t.company->catalog(), PriceOwner::MeteredCharge, t.charge.id.value, meteredName(t));
}

QList<OptionSpec> meteredTargetOptions()
{
    return {
        {{QStringLiteral("plan")}, QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The plan (required).")},
        {{QStringLiteral("metric")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The metric code, e.g. api_calls (required).")},
    };
}

QList<OptionSpec> versionOptions(bool interval)
{
    QList<OptionSpec> options {
        {{QStringLiteral("currency")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "The price's currency (needed when there are several).")},
    };
    if (interval) {
        options.append({{QStringLiteral("interval")},
                        QStringLiteral("\"N UNIT\""),
                        QCoreApplication::translate("Cli", "The price's interval (needed when there are several).")});
    }
    options += pricingModelOptions();
    options.append({{QStringLiteral("from")},
                    QStringLiteral("YYYY-MM-DD"),
                    QCoreApplication::translate("Cli", "The day the new version takes effect (required).")});
    return options;
}

} // namespace

QList<CommandSpec> addOnsCommands()
{
    const QString code = QStringLiteral("CODE");
    QList<OptionSpec> addOptions {
        {{QStringLiteral("code")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "Upper-case letters, digits, - and _ (required).")},
        {{QStringLiteral("name")}, QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The name (required).")},
        {{QStringLiteral("description")}, QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "Description.")},
        {{QStringLiteral("kind")},
         addOnKindKeys().join(QLatin1Char('|')),
         QCoreApplication::translate("Cli", "Billed every period or once (default recurring).")},
    };
    addOptions += priceOptions(PriceFlags {true, false});
    QList<OptionSpec> editOptions = addOptions.mid(1, 2);
    return {
        {{QStringLiteral("addons"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists add-ons with their current prices."),
         {archiveFilterOption(), jsonOption()},
         listAddOns},
        {{QStringLiteral("addons"), QStringLiteral("show")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Shows an add-on with every price version."),
         {jsonOption()},
         showAddOn},
        {{QStringLiteral("addons"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Adds an add-on. --code and --name are required; price flags add its first "
                                     "price (recurring: with --interval; one-time: without)."),
         addOptions,
         addAddOn},
        {{QStringLiteral("addons"), QStringLiteral("edit")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Changes an add-on's name or description."),
         editOptions,
         editAddOn},
        {{QStringLiteral("addons"), QStringLiteral("archive")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Archives an add-on: not offered any more; subscriptions keep it."),
         {},
         [](Invocation& inv) { return setAddOnArchived(inv, true); }},
        {{QStringLiteral("addons"), QStringLiteral("restore")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Makes an archived add-on available again."),
         {},
         [](Invocation& inv) { return setAddOnArchived(inv, false); }},
        {{QStringLiteral("addons"), QStringLiteral("price")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Adds a price in another currency or interval to an add-on."),
         priceOptions(PriceFlags {true, false}),
         addAddOnPrice},
        {{QStringLiteral("addons"), QStringLiteral("version")},
         code,
         1,
         1,
         QCoreApplication::translate("Cli", "Adds a new version of an add-on's price from a date."),
         versionOptions(true),
         addAddOnVersion},
    };
}

QList<CommandSpec> meteredCommands()
{
    QList<OptionSpec> addOptions = meteredTargetOptions();
    addOptions += {
        {{QStringLiteral("name")},
         QStringLiteral("TEXT"),
         QCoreApplication::translate("Cli", "What documents call it, e.g. \"API calls\" (required).")},
        {{QStringLiteral("aggregation")},
         aggregationKeys().join(QLatin1Char('|')),
         QCoreApplication::translate("Cli", "How a period's readings become one quantity (default sum).")},
    };
    addOptions += priceOptions(PriceFlags {false, false});
    QList<OptionSpec> priceFlags = meteredTargetOptions();
    priceFlags += priceOptions(PriceFlags {false, false});
    QList<OptionSpec> versionFlags = meteredTargetOptions();
    versionFlags += versionOptions(false);
    return {
        {{QStringLiteral("metered"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists the metered charges of every plan, or of one."),
         {{{QStringLiteral("plan")}, QStringLiteral("CODE"), QCoreApplication::translate("Cli", "Only this plan.")},
          jsonOption()},
         listMetered},
        {{QStringLiteral("metered"), QStringLiteral("add")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Adds a usage-based charge to a plan, billed in arrears; price flags add its "
                                     "first price."),
         addOptions,
         addMetered},
        {{QStringLiteral("metered"), QStringLiteral("price")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Adds a price in another currency to a metered charge."),
         priceFlags,
         addMeteredPrice},
        {{QStringLiteral("metered"), QStringLiteral("version")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Adds a new version of a metered charge's price from a date."),
         versionFlags,
         addMeteredVersion},
    };
}

} // namespace subdesk::cli
