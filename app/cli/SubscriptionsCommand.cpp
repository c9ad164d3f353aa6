#include "SubscriptionsCommand.h"

#include "SubscriptionFormat.h"
#include "SubscriptionOptions.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace subdesk::cli {

using subscriptions::Outcome;
using subscriptions::SubscriptionService;
using subscriptions::SubscriptionSummary;

namespace {

/** The subscription number of the first argument; a usage error when it is not one. */
std::optional<SubscriptionId> subscriptionArgument(const Invocation& inv)
{
    const auto id = parsePositive(inv.arguments().constFirst());
    if (!id) {
        inv.usageError(QCoreApplication::translate("Cli", "\"%1\" is not a subscription number.")
                           .arg(inv.arguments().constFirst()));
        return std::nullopt;
    }
    return SubscriptionId(*id);
}

CustomerNames namesOf(storage::CompanyFile& company, CustomerId id)
{
    CustomerNames names;
    if (const auto customer = company.customers().find(id))
        names.insert(id, customer->displayName);
    return names;
}

/** Prints what an operation did (or would do) and returns its exit status. */
ExitCode report(const Invocation& inv, storage::CompanyFile& company, const Result<Outcome>& outcome, bool preview,
                const QString& done)
{
    if (!outcome)
        return output::fail(outcome.error());
    const catalog::Catalog& catalog = company.catalog().catalog();
    const CustomerNames names = namesOf(company, outcome->subscription.customerId);
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(subscriptionformat::outcomeToJson(*outcome, preview, catalog, names)));
        return ExitCode::Ok;
    }
    if (!preview)
        output::out(done);
    output::outLines(subscriptionformat::outcomeText(*outcome, preview, catalog, names));
    return ExitCode::Ok;
}

ExitCode create(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("customer")) || !reader.require(QStringLiteral("plan")))
        return ExitCode::Usage;
    subscriptions::NewSubscription request;
    const auto customer = parsePositive(reader.text(QStringLiteral("customer")));
    if (!customer) {
        reader.error(QCoreApplication::translate("Cli", "--customer: \"%1\" is not a customer number.")
                         .arg(reader.text(QStringLiteral("customer"))));
        return ExitCode::Usage;
    }
    request.customerId = CustomerId(*customer);
    request.quantity = reader.number(QStringLiteral("quantity"), 0, std::numeric_limits<qint64>::max()).value_or(1);
    request.startDate = reader.date(QStringLiteral("start")).value_or(inv.context().clock().today());
    request.anchorDay = int(reader.number(QStringLiteral("anchor-day"), 0, 31).value_or(0));
    if (const auto days = reader.number(QStringLiteral("trial-days"), 0, std::numeric_limits<int>::max()))
        request.trialDays = int(*days);
    request.couponCode = reader.text(QStringLiteral("coupon"));
    request.note = reader.text(QStringLiteral("note"));
    const auto addOns = addOnRequests(reader);
    if (reader.isSet(QStringLiteral("interval")))
        (void)reader.interval(QStringLiteral("interval")); // checked now, used below
    if (reader.failed() || !addOns)
        return ExitCode::Usage;

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    if (const auto found = company->customers().find(request.customerId); !found) {
        if (found.error().code != ErrorCode::NotFound)
            return output::fail(found.error());
        return output::fail(
            QCoreApplication::translate("Cli", "--customer: there is no customer %1.").arg(request.customerId.value));
    }
    const catalog::Catalog& catalog = company->catalog().catalog();
    const catalog::Plan* plan = planOrFail(catalog, reader.text(QStringLiteral("plan")));
    if (!plan)
        return ExitCode::Failed;
    request.planId = plan->id;
    const auto interval = intervalForPlan(reader, catalog, *plan);
    if (auto* code = std::get_if<ExitCode>(&interval))
        return *code;
    request.interval = std::get<billing::BillingInterval>(interval);
    const auto choices = resolveAddOns(catalog, *addOns);
    if (!choices)
        return ExitCode::Failed;
    request.addOns = *choices;

    const bool preview = inv.isSet(QStringLiteral("preview"));
    const auto outcome = company->subscriptions().create(request, preview);
    if (outcome && !preview && !inv.isSet(QStringLiteral("json"))) {
        // Only the number, so that id=$(subdesk-cli subscriptions create ...) works.
        output::out(QString::number(outcome->subscription.id.value));
        return ExitCode::Ok;
    }
    return report(inv, *company, outcome, preview, QString());
}

ExitCode change(Invocation& inv)
{
    const auto id = subscriptionArgument(inv);
    if (!id)
        return ExitCode::Usage;
    OptionReader reader(inv);
    subscriptions::ChangeRequest request;
    request.subscriptionId = *id;
    const auto timing = timingFromOptions(reader);
    request.quantity = reader.number(QStringLiteral("quantity"), 0, std::numeric_limits<qint64>::max());
    request.interval = reader.interval(QStringLiteral("interval"));
    request.temporaryDays =
        int(reader.number(QStringLiteral("temporary-days"), 1, std::numeric_limits<int>::max()).value_or(0));
    request.note = reader.text(QStringLiteral("note"));
    if (reader.isSet(QStringLiteral("coupon")))
        request.couponCode = reader.text(QStringLiteral("coupon"));
    const auto addOns = addOnRequests(reader);
    if (reader.failed() || !timing || !addOns)
        return ExitCode::Usage;
    const bool changesAddOns = reader.isSet(QStringLiteral("addon")) || reader.isSet(QStringLiteral("no-addons"));
    if (reader.isSet(QStringLiteral("addon")) && reader.isSet(QStringLiteral("no-addons")))
        return inv.usageError(QCoreApplication::translate("Cli", "Give either --addon or --no-addons, not both."));
    if (!reader.isSet(QStringLiteral("plan")) && !request.quantity && !request.interval && !changesAddOns
        && !request.couponCode) {
        return inv.usageError(QCoreApplication::translate(
            "Cli", "Nothing to change: give --plan, --quantity, --interval, --addon, --no-addons or --coupon."));
    }
    request.timing = timing->timing;
    request.date = timing->date;

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const catalog::Catalog& catalog = company->catalog().catalog();
    if (reader.isSet(QStringLiteral("plan"))) {
        const catalog::Plan* plan = planOrFail(catalog, reader.text(QStringLiteral("plan")));
        if (!plan)
            return ExitCode::Failed;
        request.planId = plan->id;
    }
    if (changesAddOns) {
        const auto choices = resolveAddOns(catalog, *addOns);
        if (!choices)
            return ExitCode::Failed;
        request.addOns = *choices;
    }
    const bool preview = inv.isSet(QStringLiteral("preview"));
    const auto outcome = company->subscriptions().change(request, preview);
    return report(inv, *company, outcome, preview,
                  QCoreApplication::translate("Cli", "Subscription %1 changed.").arg(id->value));
}

/** pause and cancel. */
ExitCode stop(Invocation& inv, bool cancel)
{
    const auto id = subscriptionArgument(inv);
    if (!id)
        return ExitCode::Usage;
    OptionReader reader(inv);
    const auto timing = timingFromOptions(reader);
    if (reader.failed() || !timing)
        return ExitCode::Usage;
    subscriptions::StopRequest request;
    request.subscriptionId = *id;
    request.timing = timing->timing;
    request.date = timing->date;
    request.credit = !reader.isSet(QStringLiteral("no-credit"));
    request.note = reader.text(QStringLiteral("note"));
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const bool preview = inv.isSet(QStringLiteral("preview"));
    SubscriptionService& service = company->subscriptions();
    const auto outcome = cancel ? service.cancel(request, preview) : service.pause(request, preview);
    return report(inv, *company, outcome, preview,
                  cancel ? QCoreApplication::translate("Cli", "Subscription %1 cancelled.").arg(id->value)
                         : QCoreApplication::translate("Cli", "Subscription %1 paused.").arg(id->value));
}

/** resume and reactivate. */
ExitCode restart(Invocation& inv, bool reactivate)
{
    const auto id = subscriptionArgument(inv);
    if (!id)
        return ExitCode::Usage;
    OptionReader reader(inv);
    const QDate on = reader.date(QStringLiteral("on")).value_or(inv.context().clock().today());
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const bool preview = inv.isSet(QStringLiteral("preview"));
    SubscriptionService& service = company->subscriptions();
    const auto outcome = reactivate ? service.reactivate(*id, on, preview) : service.resume(*id, on, preview);
    return report(inv, *company, outcome, preview,
                  reactivate ? QCoreApplication::translate("Cli", "Subscription %1 reactivated.").arg(id->value)
                             : QCoreApplication::translate("Cli", "Subscription %1 resumed.").arg(id->value));
}

ExitCode show(Invocation& inv)
{
    const auto id = subscriptionArgument(inv);
    if (!id)
        return ExitCode::Usage;
    OptionReader reader(inv);
    const QDate on = reader.date(QStringLiteral("on")).value_or(inv.context().clock().today());
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    SubscriptionService& service = company->subscriptions();
    const auto subscription = service.find(*id);
    if (!subscription)
        return output::fail(subscription.error());
    const auto summary = service.summary(*subscription, on);
    if (!summary)
        return output::fail(summary.error());
    const auto documents = service.documents(*id);
    if (!documents)
        return output::fail(documents.error());
    const catalog::Catalog& catalog = company->catalog().catalog();
    SubscriptionSummary shown = *summary;
    CustomerNames names = namesOf(*company, shown.customerId);
    if (shown.customerName.isEmpty())
        shown.customerName = names.value(shown.customerId);
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("summary"), subscriptionformat::summaryToJson(shown)},
            {QStringLiteral("events"), subscriptionformat::eventsToJson(subscription->events, catalog)},
            {QStringLiteral("documents"), billingformat::documentsToJson(*documents, names)},
        }));
        return ExitCode::Ok;
    }
    QStringList lines = subscriptionformat::summaryDetails(shown);
    lines << QString() << QCoreApplication::translate("Cli", "Events:");
    for (const QString& line : subscriptionformat::eventTable(subscription->events, catalog))
        lines.append(line.isEmpty() ? line : QStringLiteral("  ") + line);
    lines << QString();
    if (documents->isEmpty()) {
        lines.append(QCoreApplication::translate("Cli", "No documents yet."));
    } else {
        lines.append(QCoreApplication::translate("Cli", "Documents:"));
        for (const QString& line : billingformat::documentsText(*documents, names))
            lines.append(line.isEmpty() ? line : QStringLiteral("  ") + line);
    }
    output::outLines(lines);
    return ExitCode::Ok;
}

ExitCode list(Invocation& inv)
{
    OptionReader reader(inv);
    QStringList statusKeys;
    for (subscriptions::SubscriptionStatus s : subscriptions::allSubscriptionStatuses())
        statusKeys.append(subscriptions::subscriptionStatusKey(s));
    const auto status = reader.choice<subscriptions::SubscriptionStatus>(
        QStringLiteral("status"), [](const QString& key) { return subscriptions::subscriptionStatusFromKey(key); },
        statusKeys);
    std::optional<CustomerId> customer;
    if (reader.isSet(QStringLiteral("customer"))) {
        if (const auto number = parsePositive(reader.text(QStringLiteral("customer"))))
            customer = CustomerId(*number);
        else
            reader.error(QCoreApplication::translate("Cli", "--customer: \"%1\" is not a customer number.")
                             .arg(reader.text(QStringLiteral("customer"))));
    }
    const QDate on = reader.date(QStringLiteral("on")).value_or(inv.context().clock().today());
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    QString planCode;
    if (reader.isSet(QStringLiteral("plan"))) {
        const catalog::Plan* plan = planOrFail(company->catalog().catalog(), reader.text(QStringLiteral("plan")));
        if (!plan)
            return ExitCode::Failed;
        planCode = plan->code;
    }
    const auto all = company->subscriptions().summaries(on);
    if (!all)
        return output::fail(all.error());
    QList<SubscriptionSummary> shown;
    for (const SubscriptionSummary& s : *all) {
        if ((status && s.status != *status) || (customer && s.customerId != *customer)
            || (!planCode.isEmpty() && s.planCode != planCode))
            continue;
        shown.append(s);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SubscriptionSummary& s : shown)
            array.append(subscriptionformat::summaryToJson(s));
        output::outJson(QJsonDocument(array));
    } else if (shown.isEmpty()) {
        output::out(QCoreApplication::translate("Cli", "No subscriptions found."));
    } else {
        output::outLines(subscriptionformat::summaryTable(shown));
    }
    return ExitCode::Ok;
}

QList<OptionSpec> stopOptions()
{
    QList<OptionSpec> options = timingOptions();
    options += {
        {{QStringLiteral("no-credit")},
         QString(),
         QCoreApplication::translate("Cli", "Do not credit the unused part of the period.")},
        noteOption(),
        previewOption(),
        jsonOption(),
    };
    return options;
}

QList<OptionSpec> restartOptions()
{
    return {
        {{QStringLiteral("on")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "The day billing starts again (default: today).")},
        previewOption(),
        jsonOption(),
    };
}

} // namespace

QList<CommandSpec> subscriptionsCommands()
{
    const QString id = QStringLiteral("ID");
    const OptionSpec addOn {{QStringLiteral("addon")},
                            QStringLiteral("CODE[:QTY]"),
                            QCoreApplication::translate("Cli", "An add-on, with a quantity (default 1)."),
                            true};
    const OptionSpec interval {{QStringLiteral("interval")},
                               QStringLiteral("\"N UNIT\""),
                               QCoreApplication::translate("Cli", "Billing interval, e.g. \"1 month\" or \"1 year\".")};
    const QList<OptionSpec> createOptions {
        {{QStringLiteral("customer")},
         QStringLiteral("ID"),
         QCoreApplication::translate("Cli", "The customer's number (required).")},
        {{QStringLiteral("plan")}, QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The plan (required).")},
        interval,
        {{QStringLiteral("quantity")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "Units or seats (default 1).")},
        {{QStringLiteral("start")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "The first day (default: today).")},
        {{QStringLiteral("anchor-day")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli",
                                     "The day of the month periods start on; the first period is prorated "
                                     "up to it (default: the start day).")},
        {{QStringLiteral("trial-days")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "Free trial days (default: the plan's).")},
        {{QStringLiteral("coupon")}, QStringLiteral("CODE"), QCoreApplication::translate("Cli", "A coupon to redeem.")},
        addOn,
        noteOption(),
        previewOption(),
        jsonOption(),
    };
    QList<OptionSpec> changeOptions {
        {{QStringLiteral("plan")}, QStringLiteral("CODE"), QCoreApplication::translate("Cli", "The new plan.")},
        {{QStringLiteral("quantity")}, QStringLiteral("N"), QCoreApplication::translate("Cli", "The new quantity.")},
        interval,
        {addOn.names, addOn.valueName,
         QCoreApplication::translate("Cli", "The complete new set of add-ons (CODE or CODE:QTY)."), true},
        {{QStringLiteral("no-addons")}, QString(), QCoreApplication::translate("Cli", "Remove every add-on.")},
        {{QStringLiteral("coupon")},
         QStringLiteral("CODE"),
         QCoreApplication::translate("Cli", "A new coupon; an empty value removes the coupon.")},
        {{QStringLiteral("temporary-days")},
         QStringLiteral("N"),
         QCoreApplication::translate("Cli", "Change for N days only, then back by itself.")},
    };
    changeOptions += timingOptions();
    changeOptions += {noteOption(), previewOption(), jsonOption()};
    QStringList statusKeys;
    for (subscriptions::SubscriptionStatus s : subscriptions::allSubscriptionStatuses())
        statusKeys.append(subscriptions::subscriptionStatusKey(s));
    const QList<OptionSpec> listOptions {
        {{QStringLiteral("status")},
         statusKeys.join(QLatin1Char('|')),
         QCoreApplication::translate("Cli", "Only subscriptions in this state.")},
        {{QStringLiteral("plan")}, QStringLiteral("CODE"), QCoreApplication::translate("Cli", "Only this plan.")},
        {{QStringLiteral("customer")}, QStringLiteral("ID"), QCoreApplication::translate("Cli", "Only this customer.")},
        {{QStringLiteral("on")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "The state as of this day (default: today).")},
        jsonOption(),
    };
    const QList<OptionSpec> showOptions {
        {{QStringLiteral("on")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "The state as of this day (default: today).")},
        jsonOption(),
    };

    const auto spec = [&id](const QString& verb, const QString& summary, QList<OptionSpec> options,
                            std::function<ExitCode(Invocation&)> run) {
        return CommandSpec {
            {QStringLiteral("subscriptions"), verb}, id, 1, 1, summary, std::move(options), std::move(run)};
    };
    return {
        {{QStringLiteral("subscriptions"), QStringLiteral("create")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Subscribes a customer to a plan and prints the subscription's number. "
                                     "--customer and --plan are required."),
         createOptions,
         create},
        spec(QStringLiteral("change"),
             QCoreApplication::translate("Cli",
                                         "Changes plan, quantity, interval, add-ons or coupon; prorated unless "
                                         "--at-period-end."),
             changeOptions, change),
        spec(QStringLiteral("pause"),
             QCoreApplication::translate("Cli", "Pauses billing; the unused part is credited unless --no-credit."),
             stopOptions(), [](Invocation& inv) { return stop(inv, false); }),
        spec(QStringLiteral("resume"), QCoreApplication::translate("Cli", "Resumes a paused subscription."),
             restartOptions(), [](Invocation& inv) { return restart(inv, false); }),
        spec(QStringLiteral("cancel"),
             QCoreApplication::translate("Cli",
                                         "Cancels a subscription; immediately with credit for the unused part, or "
                                         "at the period end."),
             stopOptions(), [](Invocation& inv) { return stop(inv, true); }),
        spec(QStringLiteral("reactivate"),
             QCoreApplication::translate("Cli", "Continues a cancelled or expired subscription."), restartOptions(),
             [](Invocation& inv) { return restart(inv, true); }),
        spec(QStringLiteral("show"),
             QCoreApplication::translate("Cli", "Shows a subscription, its events and its documents with every line."),
             showOptions, show),
        {{QStringLiteral("subscriptions"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli", "Lists subscriptions as a table or as JSON."),
         listOptions,
         list},
    };
}

} // namespace subdesk::cli
