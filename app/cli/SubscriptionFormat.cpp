#include "SubscriptionFormat.h"

#include "Output.h"

#include <QCoreApplication>

namespace subdesk::cli::subscriptionformat {

using billingformat::dateText;
using billingformat::dateToJson;
using billingformat::idToJson;
using billingformat::moneyText;
using billingformat::moneyToJson;
using subscriptions::SubscriptionConfig;
using subscriptions::SubscriptionEvent;
using subscriptions::SubscriptionSummary;

namespace {

QString planCode(const catalog::Catalog& catalog, PlanId id)
{
    const catalog::Plan* plan = catalog.plan(id);
    return plan ? plan->code : QString::number(id.value);
}

QString addOnCode(const catalog::Catalog& catalog, AddOnId id)
{
    const catalog::AddOn* addOn = catalog.addOn(id);
    return addOn ? addOn->code : QString::number(id.value);
}

QString eventDetails(const SubscriptionEvent& event, const catalog::Catalog& catalog)
{
    QStringList parts;
    if (event.config)
        parts.append(configText(*event.config, catalog));
    for (const subscriptions::OneTimeCharge& charge : event.oneTimeCharges) {
        parts.append(QCoreApplication::translate("Cli", "one-time %1 × %2")
                         .arg(addOnCode(catalog, charge.addOnId))
                         .arg(charge.quantity));
    }
    const bool canProrate = event.config || event.kind == subscriptions::EventKind::Paused
        || event.kind == subscriptions::EventKind::Cancelled;
    if (canProrate && event.kind != subscriptions::EventKind::Created) {
        parts.append(event.prorate ? QCoreApplication::translate("Cli", "prorated")
                                   : QCoreApplication::translate("Cli", "not prorated"));
    }
    if (!event.note.isEmpty())
        parts.append(QStringLiteral("\"") + event.note + QStringLiteral("\""));
    return parts.join(QStringLiteral("; "));
}

QString periodAmountText(const SubscriptionSummary& s)
{
    return s.periodAmount.currency().isValid()
        ? moneyText(s.periodAmount) + QStringLiteral(" / ") + s.interval.displayText()
        : QString();
}

} // namespace

QJsonObject configToJson(const SubscriptionConfig& config, const catalog::Catalog& catalog)
{
    QJsonArray addOns;
    for (const subscriptions::AddOnLine& line : config.addOns) {
        addOns.append(QJsonObject {{QStringLiteral("code"), addOnCode(catalog, line.addOnId)},
                                   {QStringLiteral("quantity"), line.quantity},
                                   {QStringLiteral("price_version"), idToJson(line.versionId.value)}});
    }
    QJsonArray metered;
    for (const subscriptions::MeteredLine& line : config.metered) {
        const catalog::MeteredCharge* charge = catalog.meteredCharge(line.chargeId);
        metered.append(QJsonObject {{QStringLiteral("metric"), charge ? charge->metricCode : QString()},
                                    {QStringLiteral("price_version"), idToJson(line.versionId.value)}});
    }
    return {
        {QStringLiteral("plan"), planCode(catalog, config.planId)},
        {QStringLiteral("price_version"), idToJson(config.planVersionId.value)},
        {QStringLiteral("interval"), config.interval.toString()},
        {QStringLiteral("quantity"), config.quantity},
        {QStringLiteral("anchor_day"), config.anchorDay},
        {QStringLiteral("addons"), addOns},
        {QStringLiteral("metered"), metered},
        {QStringLiteral("coupon"), config.couponCode},
    };
}

QString configText(const SubscriptionConfig& config, const catalog::Catalog& catalog)
{
    QString text = QStringLiteral("%1 × %2, %3")
                       .arg(planCode(catalog, config.planId))
                       .arg(config.quantity)
                       .arg(config.interval.displayText());
    if (!config.addOns.isEmpty()) {
        QStringList addOns;
        for (const subscriptions::AddOnLine& line : config.addOns)
            addOns.append(QStringLiteral("%1 × %2").arg(addOnCode(catalog, line.addOnId)).arg(line.quantity));
        text += QCoreApplication::translate("Cli", ", add-ons %1").arg(addOns.join(QStringLiteral(", ")));
    }
    if (!config.couponCode.isEmpty())
        text += QCoreApplication::translate("Cli", ", coupon %1").arg(config.couponCode);
    return text;
}

QJsonObject eventToJson(const SubscriptionEvent& event, const catalog::Catalog& catalog)
{
    QJsonArray oneTime;
    for (const subscriptions::OneTimeCharge& charge : event.oneTimeCharges) {
        oneTime.append(QJsonObject {{QStringLiteral("code"), addOnCode(catalog, charge.addOnId)},
                                    {QStringLiteral("quantity"), charge.quantity}});
    }
    return {
        {QStringLiteral("id"), idToJson(event.id.value)},
        {QStringLiteral("kind"), subscriptions::eventKindKey(event.kind)},
        {QStringLiteral("date"), dateToJson(event.effectiveDate)},
        {QStringLiteral("recorded_at"),
         event.recordedAt.isValid() ? QJsonValue(event.recordedAt.toUTC().toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("prorate"), event.prorate},
        {QStringLiteral("config"),
         event.config ? QJsonValue(configToJson(*event.config, catalog)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("one_time"), oneTime},
        {QStringLiteral("related_event"), idToJson(event.relatedEvent.value)},
        {QStringLiteral("note"), event.note},
    };
}

QJsonArray eventsToJson(const QList<SubscriptionEvent>& events, const catalog::Catalog& catalog)
{
    QJsonArray array;
    for (const SubscriptionEvent& e : events)
        array.append(eventToJson(e, catalog));
    return array;
}

QStringList eventTable(const QList<SubscriptionEvent>& events, const catalog::Catalog& catalog)
{
    Table table({QCoreApplication::translate("Cli", "Date"), QCoreApplication::translate("Cli", "Event"),
                 QCoreApplication::translate("Cli", "Details")});
    for (const SubscriptionEvent& e : events)
        table.addRow({dateText(e.effectiveDate), subscriptions::eventKindName(e.kind), eventDetails(e, catalog)});
    return table.lines();
}

QJsonObject summaryToJson(const SubscriptionSummary& s)
{
    return {
        {QStringLiteral("id"), idToJson(s.id.value)},
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), idToJson(s.customerId.value)}, {QStringLiteral("name"), s.customerName}}},
        {QStringLiteral("plan"),
         QJsonObject {{QStringLiteral("code"), s.planCode}, {QStringLiteral("name"), s.planName}}},
        {QStringLiteral("status"), subscriptions::subscriptionStatusKey(s.status)},
        {QStringLiteral("interval"), s.interval.toString()},
        {QStringLiteral("quantity"), s.quantity},
        {QStringLiteral("period_amount"), moneyToJson(s.periodAmount)},
        {QStringLiteral("coupon"), s.couponCode},
        {QStringLiteral("start"), dateToJson(s.startDate)},
        {QStringLiteral("next_billing"), dateToJson(s.nextBillingDate)},
        {QStringLiteral("end"), dateToJson(s.endDate)},
    };
}

QStringList summaryDetails(const SubscriptionSummary& s)
{
    const QList<std::pair<QString, QString>> rows = {
        {QCoreApplication::translate("Cli", "Subscription"), QString::number(s.id.value)},
        {QCoreApplication::translate("Cli", "Customer"),
         QStringLiteral("%1 %2").arg(s.customerId.value).arg(s.customerName)},
        {QCoreApplication::translate("Cli", "Plan"), QStringLiteral("%1 (%2)").arg(s.planCode, s.planName)},
        {QCoreApplication::translate("Cli", "Status"), subscriptions::subscriptionStatusName(s.status)},
        {QCoreApplication::translate("Cli", "Quantity"), QString::number(s.quantity)},
        {QCoreApplication::translate("Cli", "Price per period"), periodAmountText(s)},
        {QCoreApplication::translate("Cli", "Coupon"), s.couponCode},
        {QCoreApplication::translate("Cli", "Started"), dateText(s.startDate)},
        {QCoreApplication::translate("Cli", "Next billing"), dateText(s.nextBillingDate)},
        {QCoreApplication::translate("Cli", "Ends"), dateText(s.endDate)},
    };
    qsizetype width = 0;
    for (const auto& row : rows)
        width = qMax(width, row.first.size() + 1);
    QStringList lines;
    for (const auto& [label, value] : rows) {
        QString line = (label + QLatin1Char(':')).leftJustified(width + 2) + value;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

QStringList summaryTable(const QList<SubscriptionSummary>& summaries)
{
    Table table({QCoreApplication::translate("Cli", "No."), QCoreApplication::translate("Cli", "Customer"),
                 QCoreApplication::translate("Cli", "Plan"), QCoreApplication::translate("Cli", "Qty"),
                 QCoreApplication::translate("Cli", "Status"), QCoreApplication::translate("Cli", "Price per period"),
                 QCoreApplication::translate("Cli", "Next billing"), QCoreApplication::translate("Cli", "Ends")});
    for (const SubscriptionSummary& s : summaries) {
        table.addRow({QString::number(s.id.value), QStringLiteral("%1 %2").arg(s.customerId.value).arg(s.customerName),
                      s.planCode, QString::number(s.quantity), subscriptions::subscriptionStatusName(s.status),
                      periodAmountText(s), dateText(s.nextBillingDate), dateText(s.endDate)});
    }
    return table.lines();
}

QJsonObject outcomeToJson(const subscriptions::Outcome& outcome, bool preview, const catalog::Catalog& catalog,
                          const CustomerNames& names)
{
    QJsonArray later;
    for (const billing::BillingItem& item : outcome.laterItems)
        later.append(billingformat::itemToJson(item));
    return {
        {QStringLiteral("preview"), preview},
        {QStringLiteral("subscription"), idToJson(outcome.subscription.id.value)},
        {QStringLiteral("events"), eventsToJson(outcome.newEvents, catalog)},
        {QStringLiteral("documents"), billingformat::documentsToJson(outcome.documents, names)},
        {QStringLiteral("later_items"), later},
    };
}

QStringList outcomeText(const subscriptions::Outcome& outcome, bool preview, const catalog::Catalog& catalog,
                        const CustomerNames& names)
{
    QStringList lines;
    if (preview)
        lines.append(QCoreApplication::translate("Cli", "Preview: nothing was written."));
    lines.append(QCoreApplication::translate("Cli", "Events:"));
    for (const QString& line : eventTable(outcome.newEvents, catalog))
        lines.append(line.isEmpty() ? line : QStringLiteral("  ") + line);
    if (outcome.documents.isEmpty()) {
        lines.append(preview ? QCoreApplication::translate("Cli", "No document would be written now.")
                             : QCoreApplication::translate("Cli", "No document was written now."));
    } else {
        lines.append(preview ? QCoreApplication::translate("Cli", "Documents it would write:")
                             : QCoreApplication::translate("Cli", "Documents written:"));
        for (const QString& line : billingformat::documentsText(outcome.documents, names))
            lines.append(line.isEmpty() ? line : QStringLiteral("  ") + line);
    }
    if (!outcome.laterItems.isEmpty()) {
        lines.append(QCoreApplication::translate("Cli", "Billed later:"));
        Table table({QCoreApplication::translate("Cli", "Due"), QCoreApplication::translate("Cli", "Description"),
                     QCoreApplication::translate("Cli", "Amount"), QCoreApplication::translate("Cli", "Derivation")});
        for (const billing::BillingItem& item : outcome.laterItems)
            table.addRow({dateText(item.dueDate), item.description, moneyText(item.amount), item.derivation});
        for (const QString& line : table.lines())
            lines.append(line.isEmpty() ? line : QStringLiteral("  ") + line);
    }
    return lines;
}

} // namespace subdesk::cli::subscriptionformat
