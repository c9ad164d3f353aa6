#include "BillingFormat.h"

#include "Output.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace subdesk::cli::billingformat {

using billing::BillingItem;
using billing::Document;
using billing::DocumentLine;

QJsonObject moneyToJson(const Money& amount)
{
    return {
        {QStringLiteral("minor"), amount.minorUnits()},
        {QStringLiteral("currency"), amount.currency().code()},
        {QStringLiteral("display"), moneyText(amount)},
    };
}

QString moneyText(const Money& amount)
{
    if (!amount.currency().isValid())
        return QString::number(amount.minorUnits());
    return moneyformat::format(amount, QLocale());
}

QJsonValue dateToJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QJsonValue idToJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString periodText(QDate start, QDate end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return dateText(start);
    return dateText(start) + QStringLiteral(" → ") + dateText(end);
}

QString customerLabel(CustomerId id, const QString& name)
{
    return name.isEmpty() ? QString::number(id.value) : QStringLiteral("%1 %2").arg(id.value).arg(name);
}

QStringList rightAligned(const QStringList& cells)
{
    qsizetype width = 0;
    for (const QString& c : cells)
        width = qMax(width, c.size());
    QStringList out;
    for (const QString& c : cells)
        out.append(c.rightJustified(width));
    return out;
}

QJsonObject itemToJson(const BillingItem& item)
{
    return {
        {QStringLiteral("subscription"), idToJson(item.subscriptionId.value)},
        {QStringLiteral("customer"), idToJson(item.customerId.value)},
        {QStringLiteral("charge"), item.chargeKey},
        {QStringLiteral("kind"), billing::lineKindKey(item.kind)},
        {QStringLiteral("description"), item.description},
        {QStringLiteral("derivation"), item.derivation},
        {QStringLiteral("quantity"), item.quantity},
        {QStringLiteral("amount"), moneyToJson(item.amount)},
        {QStringLiteral("period_start"), dateToJson(item.periodStart)},
        {QStringLiteral("period_end"), dateToJson(item.periodEnd)},
        {QStringLiteral("due"), dateToJson(item.dueDate)},
    };
}

QJsonObject documentToJson(const Document& document, const CustomerNames& names)
{
    QJsonArray lines;
    for (const DocumentLine& line : document.lines) {
        QJsonObject o = itemToJson(line.item);
        o.insert(QStringLiteral("position"), line.position);
        lines.append(o);
    }
    const auto due = document.balance();
    return {
        {QStringLiteral("id"), idToJson(document.id.value)},
        {QStringLiteral("kind"), billing::documentKindKey(document.kind)},
        {QStringLiteral("date"), dateToJson(document.date)},
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), idToJson(document.customerId.value)},
                      {QStringLiteral("name"), names.value(document.customerId)}}},
        {QStringLiteral("currency"), document.currency.code()},
        {QStringLiteral("total"), moneyToJson(document.total)},
        {QStringLiteral("credit_applied"), moneyToJson(document.creditApplied)},
        {QStringLiteral("amount_due"), moneyToJson(due)},
        {QStringLiteral("billing_run"), idToJson(document.runId.value)},
        {QStringLiteral("lines"), lines},
    };
}

QJsonArray documentsToJson(const QList<Document>& documents, const CustomerNames& names)
{
    QJsonArray array;
    for (const Document& d : documents)
        array.append(documentToJson(d, names));
    return array;
}

QStringList documentText(const Document& document, const CustomerNames& names)
{
    const QString kind = billing::documentKindName(document.kind);
    const QString title = document.id.isValid() ? QStringLiteral("%1 %2").arg(kind).arg(document.id.value) : kind;
    QStringList lines {
        QCoreApplication::translate("Cli", "%1, %2, customer %3")
            .arg(title, dateText(document.date), customerLabel(document.customerId, names.value(document.customerId))),
        QStringLiteral("  ")
            + QCoreApplication::translate("Cli", "Total %1, credit applied %2, due %3")
                  .arg(moneyText(document.total), moneyText(document.creditApplied), moneyText(document.balance())),
    };
    QStringList amounts;
    for (const DocumentLine& line : document.lines)
        amounts.append(moneyText(line.item.amount));
    amounts = rightAligned(amounts);
    Table table({QCoreApplication::translate("Cli", "Line"), QCoreApplication::translate("Cli", "Description"),
                 QCoreApplication::translate("Cli", "Period"), QCoreApplication::translate("Cli", "Amount"),
                 QCoreApplication::translate("Cli", "Derivation")});
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const BillingItem& item = document.lines.at(i).item;
        table.addRow({billing::lineKindName(item.kind), item.description, periodText(item.periodStart, item.periodEnd),
                      amounts.at(i), item.derivation});
    }
    for (const QString& row : table.lines())
        lines.append(QStringLiteral("  ") + row);
    return lines;
}

QStringList documentsText(const QList<Document>& documents, const CustomerNames& names)
{
    QStringList lines;
    for (const Document& d : documents) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines += documentText(d, names);
    }
    return lines;
}

QJsonObject runToJson(const billing::RunPlan& plan, bool preview, const CustomerNames& names)
{
    QJsonArray termEvents;
    for (const subscriptions::SubscriptionEvent& e : plan.termEvents) {
        termEvents.append(QJsonObject {{QStringLiteral("subscription"), idToJson(e.subscriptionId.value)},
                                       {QStringLiteral("kind"), subscriptions::eventKindKey(e.kind)},
                                       {QStringLiteral("date"), dateToJson(e.effectiveDate)}});
    }
    return {
        {QStringLiteral("as_of"), dateToJson(plan.asOf)},
        {QStringLiteral("preview"), preview},
        {QStringLiteral("documents"), documentsToJson(plan.documents, names)},
        {QStringLiteral("term_events"), termEvents},
        {QStringLiteral("invoices"), plan.invoiceCount()},
        {QStringLiteral("credit_notes"), plan.creditNoteCount()},
        {QStringLiteral("lines"), plan.lineCount()},
        {QStringLiteral("subscriptions_scanned"), plan.subscriptionsScanned},
        {QStringLiteral("subscriptions_billed"), plan.billedThrough.size()},
    };
}

QStringList runText(const billing::RunPlan& plan, bool preview, const CustomerNames& names)
{
    QStringList lines;
    if (plan.documents.isEmpty() && plan.termEvents.isEmpty()) {
        lines.append(QCoreApplication::translate("Cli", "Nothing to bill as of %1 (%n subscription(s) checked).",
                                                 nullptr, plan.subscriptionsScanned)
                         .arg(dateText(plan.asOf)));
        return lines;
    }
    lines.append(preview ? QCoreApplication::translate("Cli", "Billing preview as of %1: nothing was written.")
                               .arg(dateText(plan.asOf))
                         : QCoreApplication::translate("Cli", "Billing run as of %1.").arg(dateText(plan.asOf)));
    for (const Document& d : plan.documents) {
        lines.append(QString());
        lines += documentText(d, names);
    }
    if (!plan.termEvents.isEmpty()) {
        lines.append(QString());
        for (const subscriptions::SubscriptionEvent& e : plan.termEvents) {
            lines.append(QCoreApplication::translate("Cli", "Subscription %1: %2 on %3.")
                             .arg(e.subscriptionId.value)
                             .arg(subscriptions::eventKindName(e.kind), dateText(e.effectiveDate)));
        }
    }
    lines.append(QString());
    lines.append(
        QCoreApplication::translate("Cli", "Invoices: %1, credit notes: %2, lines: %3, subscriptions checked: %4.")
            .arg(plan.invoiceCount())
            .arg(plan.creditNoteCount())
            .arg(plan.lineCount())
            .arg(plan.subscriptionsScanned));
    return lines;
}

} // namespace subdesk::cli::billingformat
