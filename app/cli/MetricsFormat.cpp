#include "MetricsFormat.h"

#include "BillingFormat.h"
#include "Output.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace subdesk::cli::metricsformat {

using metrics::MonthFigures;
using metrics::MovementKind;
using metrics::Ratio;

namespace {

QString noValue()
{
    return QStringLiteral("—");
}

/** "Label   value" lines, labels padded to one width, values right-aligned where they are amounts. */
QStringList labelled(const QList<QPair<QString, QString>>& rows, const QString& indent)
{
    qsizetype labelWidth = 0;
    qsizetype valueWidth = 0;
    for (const auto& [label, value] : rows) {
        labelWidth = qMax(labelWidth, label.size());
        if (value.size() <= 16)
            valueWidth = qMax(valueWidth, value.size());
    }
    QStringList lines;
    for (const auto& [label, value] : rows)
        lines.append(indent + label.leftJustified(labelWidth + 2) + value.rightJustified(valueWidth));
    return lines;
}

QString optionalAmount(const std::optional<qint64>& minor, const Currency& currency, const QString& none)
{
    return minor ? amountText(*minor, currency) : none;
}

QJsonValue optionalAmountJson(const std::optional<qint64>& minor, const Currency& currency)
{
    return minor ? QJsonValue(amountToJson(*minor, currency)) : QJsonValue(QJsonValue::Null);
}

QString optionalPercent(const std::optional<Ratio>& ratio)
{
    return ratio ? percentText(ratio) : noValue();
}

QString plainMinor(qint64 minor, const Currency& currency)
{
    return currency.isValid() ? Money(minor, currency).toPlainString() : QString::number(minor);
}

QString plainPercent(const std::optional<Ratio>& ratio)
{
    if (!ratio)
        return {};
    const qint64 v = ratio->percentScaled(2);
    const qint64 whole = (v < 0 ? -v : v) / 100;
    const qint64 cents = (v < 0 ? -v : v) % 100;
    return QStringLiteral("%1%2.%3")
        .arg(v < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace

Currency currencyOf(const QString& code)
{
    return Currency::fromCode(code).value_or(Currency());
}

QString monthText(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonObject amountToJson(qint64 minor, const Currency& currency)
{
    return {
        {QStringLiteral("minor"), minor},
        {QStringLiteral("decimal"), plainMinor(minor, currency)},
        {QStringLiteral("currency"), currency.code()},
        {QStringLiteral("display"), amountText(minor, currency)},
    };
}

QString amountText(qint64 minor, const Currency& currency)
{
    return billingformat::moneyText(Money(minor, currency));
}

QString scaledText(qint64 value, int decimals)
{
    const QLocale locale;
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    const qint64 magnitude = value < 0 ? -value : value;
    QString text = locale.toString(magnitude / divisor);
    if (decimals > 0) {
        QString fraction = QString::number(magnitude % divisor).rightJustified(decimals, QLatin1Char('0'));
        text += locale.decimalPoint()
            + locale.toString(fraction.toLongLong()).rightJustified(decimals, locale.zeroDigit().at(0));
    }
    return value < 0 ? locale.negativeSign() + text : text;
}

QString percentText(const std::optional<Ratio>& ratio)
{
    if (!ratio)
        return {};
    return QCoreApplication::translate("Cli", "%1 %", "a percentage").arg(scaledText(ratio->percentScaled(2), 2));
}

QJsonValue ratioToJson(const std::optional<Ratio>& ratio)
{
    if (!ratio)
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("num"), ratio->num},
        {QStringLiteral("den"), ratio->den},
        {QStringLiteral("percent"), plainPercent(ratio)},
    };
}

QJsonObject monthToJson(const MonthFigures& m, const Currency& currency)
{
    QJsonObject movements;
    for (MovementKind kind : metrics::allMovementKinds())
        movements.insert(metrics::movementKindKey(kind), amountToJson(m.movements.of(kind), currency));
    return {
        {QStringLiteral("month"), monthText(m.month)},
        {QStringLiteral("mrr_start"), amountToJson(m.mrrStart, currency)},
        {QStringLiteral("fx_effect"), amountToJson(m.fxEffect, currency)},
        {QStringLiteral("movements"), movements},
        {QStringLiteral("net_movement"), amountToJson(m.movements.net(), currency)},
        {QStringLiteral("mrr_end"), amountToJson(m.mrrEnd, currency)},
        {QStringLiteral("arr"), amountToJson(m.arr(), currency)},
        {QStringLiteral("paying_start"), m.payingStart},
        {QStringLiteral("paying_end"), m.payingEnd},
        {QStringLiteral("new_customers"), m.newCustomers},
        {QStringLiteral("reactivated_customers"), m.reactivatedCustomers},
        {QStringLiteral("churned_customers"), m.churnedCustomers},
        {QStringLiteral("logo_churn"), ratioToJson(m.logoChurn)},
        {QStringLiteral("gross_mrr_churn"), ratioToJson(m.grossMrrChurn)},
        {QStringLiteral("net_mrr_churn"), ratioToJson(m.netMrrChurn)},
        {QStringLiteral("nrr"), ratioToJson(m.nrr)},
        {QStringLiteral("grr"), ratioToJson(m.grr)},
        {QStringLiteral("arpa"), optionalAmountJson(m.arpa, currency)},
        // null: not enough churn to estimate (never infinity).
        {QStringLiteral("clv"), optionalAmountJson(m.clv, currency)},
    };
}

QJsonObject reportToJson(const metrics::MetricsReport& report)
{
    const Currency currency = currencyOf(report.currency);
    QJsonArray months;
    for (const MonthFigures& m : report.months)
        months.append(monthToJson(m, currency));
    return {
        {QStringLiteral("currency"), report.currency},
        {QStringLiteral("months"), months},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

QStringList reportText(const metrics::MetricsReport& report)
{
    const Currency currency = currencyOf(report.currency);
    QStringList lines;
    for (const MonthFigures& m : report.months) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(monthText(m.month));
        QList<QPair<QString, QString>> rows {
            {QCoreApplication::translate("Cli", "MRR at start"), amountText(m.mrrStart, currency)},
            {QCoreApplication::translate("Cli", "Exchange-rate effect"), amountText(m.fxEffect, currency)},
        };
        for (MovementKind kind : metrics::allMovementKinds()) {
            const qint64 amount = m.movements.of(kind);
            const bool subtracted = kind == MovementKind::Contraction || kind == MovementKind::Churn;
            rows.append({metrics::movementKindName(kind), amountText(subtracted ? -amount : amount, currency)});
        }
        rows.append({QCoreApplication::translate("Cli", "MRR at end"), amountText(m.mrrEnd, currency)});
        rows.append({QCoreApplication::translate("Cli", "ARR"), amountText(m.arr(), currency)});
        rows.append({QCoreApplication::translate("Cli", "Paying customers"),
                     QCoreApplication::translate("Cli", "%1 → %2")
                         .arg(QLocale().toString(m.payingStart), QLocale().toString(m.payingEnd))});
        rows.append({QCoreApplication::translate("Cli", "Logo churn"), optionalPercent(m.logoChurn)});
        rows.append({QCoreApplication::translate("Cli", "Gross MRR churn"), optionalPercent(m.grossMrrChurn)});
        rows.append({QCoreApplication::translate("Cli", "Net MRR churn"), optionalPercent(m.netMrrChurn)});
        rows.append({QCoreApplication::translate("Cli", "NRR (12 months)"), optionalPercent(m.nrr)});
        rows.append({QCoreApplication::translate("Cli", "GRR (12 months)"), optionalPercent(m.grr)});
        rows.append({QCoreApplication::translate("Cli", "ARPA"), optionalAmount(m.arpa, currency, noValue())});
        rows.append(
            {QCoreApplication::translate("Cli", "CLV"),
             optionalAmount(m.clv, currency, QCoreApplication::translate("Cli", "not enough churn to estimate"))});
        lines += labelled(rows, QStringLiteral("  "));
    }
    if (report.months.isEmpty())
        lines.append(QCoreApplication::translate("Cli", "No months in the range."));
    return lines;
}

QStringList csvHeader(bool withKey)
{
    QStringList header;
    if (withKey)
        header.append(QStringLiteral("key"));
    header << QStringLiteral("month") << QStringLiteral("currency") << QStringLiteral("mrr_start")
           << QStringLiteral("fx_effect");
    for (MovementKind kind : metrics::allMovementKinds())
        header.append(metrics::movementKindKey(kind));
    header << QStringLiteral("mrr_end") << QStringLiteral("arr") << QStringLiteral("paying_start")
           << QStringLiteral("paying_end") << QStringLiteral("churned_customers")
           << QStringLiteral("logo_churn_percent") << QStringLiteral("gross_mrr_churn_percent")
           << QStringLiteral("net_mrr_churn_percent") << QStringLiteral("nrr_percent") << QStringLiteral("grr_percent")
           << QStringLiteral("arpa") << QStringLiteral("clv");
    return header;
}

QList<QStringList> csvRows(const metrics::MetricsReport& report, const QString* key)
{
    const Currency currency = currencyOf(report.currency);
    QList<QStringList> rows;
    for (const MonthFigures& m : report.months) {
        QStringList row;
        if (key)
            row.append(*key);
        row << monthText(m.month) << report.currency << plainMinor(m.mrrStart, currency)
            << plainMinor(m.fxEffect, currency);
        for (MovementKind kind : metrics::allMovementKinds())
            row.append(plainMinor(m.movements.of(kind), currency));
        row << plainMinor(m.mrrEnd, currency) << plainMinor(m.arr(), currency) << QString::number(m.payingStart)
            << QString::number(m.payingEnd) << QString::number(m.churnedCustomers) << plainPercent(m.logoChurn)
            << plainPercent(m.grossMrrChurn) << plainPercent(m.netMrrChurn) << plainPercent(m.nrr)
            << plainPercent(m.grr) << (m.arpa ? plainMinor(*m.arpa, currency) : QString())
            << (m.clv ? plainMinor(*m.clv, currency) : QString());
        rows.append(row);
    }
    return rows;
}

QJsonArray reconciliationToJson(const QList<metrics::ReconciliationMonth>& months, const Currency& currency)
{
    QJsonArray array;
    for (const metrics::ReconciliationMonth& m : months) {
        array.append(QJsonObject {
            {QStringLiteral("month"), monthText(m.month)},
            {QStringLiteral("mrr"), amountToJson(m.mrr, currency)},
            {QStringLiteral("timing"), amountToJson(m.timing, currency)},
            {QStringLiteral("tax"), amountToJson(m.tax, currency)},
            {QStringLiteral("one_time"), amountToJson(m.oneTime, currency)},
            {QStringLiteral("usage"), amountToJson(m.usage, currency)},
            {QStringLiteral("proration"), amountToJson(m.proration, currency)},
            {QStringLiteral("credit_notes"), amountToJson(m.creditNotes, currency)},
            {QStringLiteral("invoiced"), amountToJson(m.invoiced, currency)},
            {QStringLiteral("recurring_invoiced"), amountToJson(m.recurringInvoiced, currency)},
        });
    }
    return array;
}

QStringList reconciliationText(const QList<metrics::ReconciliationMonth>& months, const Currency& currency)
{
    Table table({QCoreApplication::translate("Cli", "Month"), QCoreApplication::translate("Cli", "MRR"),
                 QCoreApplication::translate("Cli", "+ Timing"), QCoreApplication::translate("Cli", "+ Tax"),
                 QCoreApplication::translate("Cli", "+ One-time"), QCoreApplication::translate("Cli", "+ Usage"),
                 QCoreApplication::translate("Cli", "+ Proration"),
                 QCoreApplication::translate("Cli", "− Credit notes"),
                 QCoreApplication::translate("Cli", "= Invoiced")});
    for (const metrics::ReconciliationMonth& m : months) {
        table.addRow({monthText(m.month), amountText(m.mrr, currency), amountText(m.timing, currency),
                      amountText(m.tax, currency), amountText(m.oneTime, currency), amountText(m.usage, currency),
                      amountText(m.proration, currency), amountText(m.creditNotes, currency),
                      amountText(m.invoiced, currency)});
    }
    QStringList lines = table.lines();
    lines << QString()
          << QCoreApplication::translate(
                 "Cli",
                 "Timing: recurring lines invoiced in the month minus the MRR (periods billed in advance, first short "
                 "periods, changes during the month, once-only coupons).");
    return lines;
}

QJsonArray movementsToJson(const QList<metrics::MovementRow>& rows, const Currency& currency)
{
    QJsonArray array;
    for (const metrics::MovementRow& r : rows) {
        array.append(QJsonObject {
            {QStringLiteral("customer"), r.customerId.value},
            {QStringLiteral("customer_name"), r.customerName},
            {QStringLiteral("day"), r.day.toString(Qt::ISODate)},
            {QStringLiteral("movement"), metrics::movementKindKey(r.kind)},
            {QStringLiteral("from"), amountToJson(r.fromMinor, currency)},
            {QStringLiteral("to"), amountToJson(r.toMinor, currency)},
            {QStringLiteral("amount"), amountToJson(r.amount(), currency)},
        });
    }
    return array;
}

QStringList movementsText(const QList<metrics::MovementRow>& rows, const Currency& currency)
{
    if (rows.isEmpty())
        return {QCoreApplication::translate("Cli", "No customer changes behind this figure.")};
    Table table({QCoreApplication::translate("Cli", "Day"), QCoreApplication::translate("Cli", "Customer"),
                 QCoreApplication::translate("Cli", "Movement"), QCoreApplication::translate("Cli", "MRR before"),
                 QCoreApplication::translate("Cli", "MRR after"), QCoreApplication::translate("Cli", "Amount")});
    qint64 total = 0;
    for (const metrics::MovementRow& r : rows) {
        table.addRow({billingformat::dateText(r.day), billingformat::customerLabel(r.customerId, r.customerName),
                      metrics::movementKindName(r.kind), amountText(r.fromMinor, currency),
                      amountText(r.toMinor, currency), amountText(r.amount(), currency)});
        total += r.amount();
    }
    QStringList lines = table.lines();
    lines << QString()
          << QCoreApplication::translate("Cli", "%n row(s), %1 in total.", nullptr, int(rows.size()))
                 .arg(amountText(total, currency));
    return lines;
}

QJsonArray payingToJson(const QList<metrics::CustomerMrrRow>& rows, const Currency& currency, const PlanCodes& plans)
{
    QJsonArray array;
    for (const metrics::CustomerMrrRow& r : rows) {
        QJsonArray parts;
        for (const metrics::CustomerMrrRow::Part& p : r.parts) {
            const Currency own = currencyOf(p.currency);
            parts.append(QJsonObject {
                {QStringLiteral("subscription"), p.subscriptionId.value},
                {QStringLiteral("plan"), plans.value(p.planId, QString::number(p.planId.value))},
                {QStringLiteral("mrr"), amountToJson(p.mrrMinor, own)},
            });
        }
        array.append(QJsonObject {
            {QStringLiteral("customer"), r.customerId.value},
            {QStringLiteral("customer_name"), r.customerName},
            {QStringLiteral("segment"), r.segment},
            {QStringLiteral("country"), r.country},
            {QStringLiteral("mrr"), amountToJson(r.mrrMinor, currency)},
            {QStringLiteral("subscriptions"), parts},
        });
    }
    return array;
}

QStringList payingText(const QList<metrics::CustomerMrrRow>& rows, const Currency& currency, const PlanCodes& plans)
{
    if (rows.isEmpty())
        return {QCoreApplication::translate("Cli", "No paying customers on that day.")};
    Table table({QCoreApplication::translate("Cli", "Customer"), QCoreApplication::translate("Cli", "Segment"),
                 QCoreApplication::translate("Cli", "Country"), QCoreApplication::translate("Cli", "MRR"),
                 QCoreApplication::translate("Cli", "Subscriptions")});
    qint64 total = 0;
    for (const metrics::CustomerMrrRow& r : rows) {
        QStringList parts;
        for (const metrics::CustomerMrrRow::Part& p : r.parts) {
            parts.append(QStringLiteral("#%1 %2 %3")
                             .arg(p.subscriptionId.value)
                             .arg(plans.value(p.planId, QString::number(p.planId.value)),
                                  amountText(p.mrrMinor, currencyOf(p.currency))));
        }
        table.addRow({billingformat::customerLabel(r.customerId, r.customerName), r.segment, r.country,
                      amountText(r.mrrMinor, currency), parts.join(QStringLiteral(", "))});
        total += r.mrrMinor;
    }
    QStringList lines = table.lines();
    lines << QString()
          << QCoreApplication::translate("Cli", "%n paying customer(s), MRR %1.", nullptr, int(rows.size()))
                 .arg(amountText(total, currency));
    return lines;
}

} // namespace subdesk::cli::metricsformat
