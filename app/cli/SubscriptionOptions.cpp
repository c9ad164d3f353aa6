#include "SubscriptionOptions.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>

namespace subdesk::cli {

using subscriptions::Timing;

std::optional<QList<AddOnRequest>> addOnRequests(OptionReader& reader)
{
    QList<AddOnRequest> requests;
    for (const QString& value : reader.invocation().values(QStringLiteral("addon"))) {
        const QStringList parts = value.trimmed().split(QLatin1Char(':'));
        AddOnRequest request;
        request.code = parts.value(0).trimmed();
        bool ok = !request.code.isEmpty() && parts.size() <= 2;
        if (ok && parts.size() == 2) {
            request.quantity = parts.at(1).trimmed().toLongLong(&ok);
            ok = ok && request.quantity >= 1;
        }
        if (!ok) {
            reader.error(QCoreApplication::translate("Cli",
                                                     "--addon \"%1\": write the add-on's code and, optionally, a "
                                                     "quantity of at least 1, e.g. EXTRA-STORAGE or EXTRA-STORAGE:3.")
                             .arg(value));
            return std::nullopt;
        }
        requests.append(request);
    }
    return requests;
}

std::optional<QList<subscriptions::AddOnChoice>> resolveAddOns(const catalog::Catalog& catalog,
                                                               const QList<AddOnRequest>& requests)
{
    QList<subscriptions::AddOnChoice> choices;
    for (const AddOnRequest& request : requests) {
        const catalog::AddOn* addOn = addOnOrFail(catalog, request.code);
        if (!addOn)
            return std::nullopt;
        choices.append({addOn->id, request.quantity});
    }
    return choices;
}

QList<OptionSpec> timingOptions(bool atPeriodEnd)
{
    QList<OptionSpec> options {
        {{QStringLiteral("now")}, QString(), QCoreApplication::translate("Cli", "Today, prorated (the default).")},
        {{QStringLiteral("on")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "On this day (today or later), prorated.")},
    };
    if (atPeriodEnd) {
        options.append({{QStringLiteral("at-period-end")},
                        QString(),
                        QCoreApplication::translate("Cli", "At the end of the current period, not prorated.")});
    }
    return options;
}

std::optional<TimingChoice> timingFromOptions(OptionReader& reader)
{
    const bool now = reader.isSet(QStringLiteral("now"));
    const bool on = reader.isSet(QStringLiteral("on"));
    const bool periodEnd = reader.isSet(QStringLiteral("at-period-end"));
    if (int(now) + int(on) + int(periodEnd) > 1) {
        reader.error(QCoreApplication::translate("Cli", "Give only one of --now, --on and --at-period-end."));
        return std::nullopt;
    }
    TimingChoice choice;
    if (on) {
        const auto date = reader.date(QStringLiteral("on"));
        if (!date)
            return std::nullopt;
        choice.timing = Timing::OnDate;
        choice.date = *date;
    } else if (periodEnd) {
        choice.timing = Timing::AtPeriodEnd;
    }
    return choice;
}

std::variant<billing::BillingInterval, ExitCode> intervalForPlan(OptionReader& reader, const catalog::Catalog& catalog,
                                                                 const catalog::Plan& plan)
{
    if (reader.isSet(QStringLiteral("interval"))) {
        const auto interval = reader.interval(QStringLiteral("interval"));
        if (!interval)
            return ExitCode::Usage;
        return *interval;
    }
    QList<billing::BillingInterval> intervals;
    for (const catalog::Price* price : catalog.pricesOf(catalog::PriceOwner::Plan, plan.id.value)) {
        if (!price->archived && price->interval && !intervals.contains(*price->interval))
            intervals.append(*price->interval);
    }
    if (intervals.size() == 1)
        return intervals.constFirst();
    if (intervals.isEmpty())
        return output::fail(QCoreApplication::translate("Cli",
                                                        "Plan %1 has no price yet; add one with "
                                                        "\"subdesk-cli plans price %1\".")
                                .arg(plan.code));
    QStringList names;
    for (const billing::BillingInterval& interval : intervals)
        names.append(QStringLiteral("\"") + interval.toString() + QStringLiteral("\""));
    reader.error(
        QCoreApplication::translate("Cli", "Plan %1 is sold at several intervals (%2): choose one with --interval.")
            .arg(plan.code, names.join(QStringLiteral(", "))));
    return ExitCode::Usage;
}

} // namespace subdesk::cli
