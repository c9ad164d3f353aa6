#include "InvoiceFormat.h"

#include "BillingFormat.h"
#include "Output.h"

#include <QCoreApplication>
#include <QLocale>

namespace subdesk::cli::invoiceformat {

using billing::Document;
using billing::DocumentLine;
using billingformat::customerLabel;
using billingformat::dateText;
using billingformat::dateToJson;
using billingformat::idToJson;
using billingformat::moneyText;
using billingformat::moneyToJson;
using billingformat::periodText;
using billingformat::rightAligned;

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/** The amount in the document's currency (drafts leave some amounts without one). */
Money inCurrency(const Document& document, const Money& amount)
{
    return Money(amount.minorUnits(), document.currency);
}

QJsonValue partyToJson(const billing::Party& party)
{
    if (party.name.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("name"), party.name},
        {QStringLiteral("street_lines"), QJsonArray::fromStringList(party.streetLines)},
        {QStringLiteral("postal_code"), party.postalCode},
        {QStringLiteral("city"), party.city},
        {QStringLiteral("country"), party.country},
        {QStringLiteral("vat_id"), party.vatId},
    };
}

QJsonObject lineToJson(const Document& document, const DocumentLine& line)
{
    const billing::BillingItem& item = line.item;
    return {
        {QStringLiteral("id"), idToJson(line.id)},
        {QStringLiteral("position"), line.position},
        {QStringLiteral("kind"), billing::lineKindKey(item.kind)},
        {QStringLiteral("description"), item.description},
        {QStringLiteral("derivation"), item.derivation},
        {QStringLiteral("quantity"), item.quantity},
        {QStringLiteral("unit_price"),
         line.unitPriceMinor ? QJsonValue(moneyToJson(Money(*line.unitPriceMinor, document.currency)))
                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("amount"), moneyToJson(inCurrency(document, item.amount))},
        {QStringLiteral("net"),
         document.isIssued() ? QJsonValue(moneyToJson(inCurrency(document, line.net))) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tax_class"), tax::taxClassKey(line.taxClass)},
        {QStringLiteral("tax_category"),
         document.isIssued() ? QJsonValue(tax::taxCategoryCode(line.taxCategory)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tax_rate_bp"),
         document.isIssued() ? QJsonValue(line.taxRateBp) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("period_start"), dateToJson(item.periodStart)},
        {QStringLiteral("period_end"), dateToJson(item.periodEnd)},
        {QStringLiteral("subscription"), idToJson(item.subscriptionId.value)},
    };
}

QJsonObject taxToJson(const Document& document, const billing::TaxGroup& group)
{
    return {
        {QStringLiteral("category"), tax::taxCategoryCode(group.category)},
        {QStringLiteral("rate_bp"), group.rateBp},
        {QStringLiteral("taxable"), moneyToJson(inCurrency(document, group.taxable))},
        {QStringLiteral("tax"), moneyToJson(inCurrency(document, group.tax))},
        {QStringLiteral("exemption_code"), textOrNull(group.exemptionCode)},
        {QStringLiteral("exemption_text"), textOrNull(group.exemptionText)},
    };
}

void appendIndented(QStringList& lines, const QStringList& more)
{
    for (const QString& line : more)
        lines.append(QStringLiteral("  ") + line);
}

QStringList linesTable(const Document& document)
{
    QStringList units;
    QStringList amounts;
    for (const DocumentLine& line : document.lines) {
        units.append(line.unitPriceMinor ? moneyText(Money(*line.unitPriceMinor, document.currency)) : QString());
        amounts.append(moneyText(inCurrency(document, line.item.amount)));
    }
    units = rightAligned(units);
    amounts = rightAligned(amounts);
    Table table({QCoreApplication::translate("Cli", "Line ID"), QCoreApplication::translate("Cli", "Description"),
                 QCoreApplication::translate("Cli", "Period"), QCoreApplication::translate("Cli", "Qty"),
                 QCoreApplication::translate("Cli", "Unit price"), QCoreApplication::translate("Cli", "Amount"),
                 QCoreApplication::translate("Cli", "Tax"), QCoreApplication::translate("Cli", "Derivation")});
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine& line = document.lines.at(i);
        const QString taxText = document.isIssued()
            ? QStringLiteral("%1 %2").arg(tax::taxCategoryCode(line.taxCategory), percentText(line.taxRateBp))
            : tax::taxClassName(line.taxClass);
        table.addRow({QString::number(line.id), line.item.description,
                      periodText(line.item.periodStart, line.item.periodEnd), QLocale().toString(line.item.quantity),
                      units.at(i), amounts.at(i), taxText, line.item.derivation});
    }
    return table.lines();
}

QStringList taxesTable(const Document& document)
{
    QStringList taxable;
    QStringList taxes;
    for (const billing::TaxGroup& group : document.taxes) {
        taxable.append(moneyText(inCurrency(document, group.taxable)));
        taxes.append(moneyText(inCurrency(document, group.tax)));
    }
    taxable = rightAligned(taxable);
    taxes = rightAligned(taxes);
    Table table({QCoreApplication::translate("Cli", "Category"), QCoreApplication::translate("Cli", "Rate"),
                 QCoreApplication::translate("Cli", "Taxable"), QCoreApplication::translate("Cli", "Tax"),
                 QCoreApplication::translate("Cli", "Exemption")});
    for (qsizetype i = 0; i < document.taxes.size(); ++i) {
        const billing::TaxGroup& group = document.taxes.at(i);
        table.addRow(
            {QStringLiteral("%1 %2").arg(tax::taxCategoryCode(group.category), tax::taxCategoryName(group.category)),
             percentText(group.rateBp), taxable.at(i), taxes.at(i), group.exemptionText});
    }
    return table.lines();
}

} // namespace

Money money(qint64 minor, const QString& currency)
{
    return Money(minor, Currency::fromCode(currency).value_or(Currency()));
}

QString percentText(int basisPoints)
{
    const QLocale locale;
    const int whole = basisPoints / 100;
    const int fraction = qAbs(basisPoints % 100);
    QString number = locale.toString(whole);
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        number += locale.decimalPoint() + digits;
    }
    return number + QStringLiteral(" %");
}

QString documentLabel(const Document& document)
{
    if (!document.number.isEmpty())
        return document.number;
    return QCoreApplication::translate("Cli", "draft %1").arg(document.id.value);
}

QJsonObject documentToJson(const Document& document, const QString& customerName, QDate today)
{
    QJsonArray lines;
    for (const DocumentLine& line : document.lines)
        lines.append(lineToJson(document, line));
    QJsonArray taxes;
    for (const billing::TaxGroup& group : document.taxes)
        taxes.append(taxToJson(document, group));
    const QJsonValue corrects = document.correctsId.isValid()
        ? QJsonValue(QJsonObject {{QStringLiteral("id"), idToJson(document.correctsId.value)},
                                  {QStringLiteral("number"), textOrNull(document.correctsNumber)},
                                  {QStringLiteral("issue_date"), dateToJson(document.correctsIssueDate)}})
        : QJsonValue(QJsonValue::Null);
    const bool issued = document.isIssued();
    const auto issuedAmount = [&](const Money& amount) {
        return issued ? QJsonValue(moneyToJson(inCurrency(document, amount))) : QJsonValue(QJsonValue::Null);
    };
    return {
        {QStringLiteral("id"), idToJson(document.id.value)},
        {QStringLiteral("kind"), billing::documentKindKey(document.kind)},
        {QStringLiteral("state"), billing::documentStateKey(document.state)},
        {QStringLiteral("status"), billing::documentStatusKey(document.status(today))},
        {QStringLiteral("number"), textOrNull(document.number)},
        {QStringLiteral("series"), idToJson(document.seriesId)},
        {QStringLiteral("date"), dateToJson(document.date)},
        {QStringLiteral("issue_date"), dateToJson(document.issueDate)},
        {QStringLiteral("due_date"), dateToJson(document.dueDate)},
        {QStringLiteral("supply_from"), dateToJson(document.supplyFrom)},
        {QStringLiteral("supply_to"), dateToJson(document.supplyTo)},
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), idToJson(document.customerId.value)},
                      {QStringLiteral("name"), customerName}}},
        {QStringLiteral("currency"), document.currency.code()},
        {QStringLiteral("prices_include_tax"), document.pricesIncludeTax},
        {QStringLiteral("net_total"), issuedAmount(document.netTotal)},
        {QStringLiteral("tax_total"), issuedAmount(document.taxTotal)},
        {QStringLiteral("total"), moneyToJson(inCurrency(document, document.total))},
        {QStringLiteral("paid"), moneyToJson(inCurrency(document, document.paid))},
        {QStringLiteral("credited"), moneyToJson(inCurrency(document, document.credited))},
        {QStringLiteral("credit_applied"), moneyToJson(inCurrency(document, document.creditApplied))},
        {QStringLiteral("balance"), moneyToJson(document.balance())},
        {QStringLiteral("corrects"), corrects},
        {QStringLiteral("payment_reference"), textOrNull(document.paymentReference)},
        {QStringLiteral("language"), document.language},
        {QStringLiteral("note"), document.note},
        {QStringLiteral("billing_run"), idToJson(document.runId.value)},
        {QStringLiteral("seller"), partyToJson(document.seller)},
        {QStringLiteral("buyer"), partyToJson(document.buyer)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("taxes"), taxes},
    };
}

QJsonObject detailToJson(const DocumentDetail& detail, QDate today)
{
    QJsonObject o = documentToJson(detail.document, detail.customerName, today);
    QJsonArray payments;
    for (const invoicing::Payment& p : detail.payments) {
        qint64 allocated = 0;
        for (const invoicing::PaymentAllocation& a : p.allocations) {
            if (a.documentId == detail.document.id)
                allocated += a.amount.minorUnits();
        }
        payments.append(QJsonObject {
            {QStringLiteral("id"), idToJson(p.id.value)},
            {QStringLiteral("date"), dateToJson(p.date)},
            {QStringLiteral("method"), invoicing::paymentMethodKey(p.method)},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("amount"), moneyToJson(Money(allocated, detail.document.currency))},
        });
    }
    QJsonArray creditNotes;
    for (const Document& c : detail.creditNotes) {
        creditNotes.append(QJsonObject {
            {QStringLiteral("id"), idToJson(c.id.value)},
            {QStringLiteral("number"), textOrNull(c.number)},
            {QStringLiteral("issue_date"), dateToJson(c.issueDate)},
            {QStringLiteral("total"), moneyToJson(inCurrency(c, c.total))},
        });
    }
    o.insert(QStringLiteral("payments"), payments);
    o.insert(QStringLiteral("credit_notes"), creditNotes);
    return o;
}

QStringList detailText(const DocumentDetail& detail, QDate today)
{
    const Document& d = detail.document;
    QStringList lines {
        QCoreApplication::translate("Cli", "%1 %2 (document %3), %4")
            .arg(billing::documentKindName(d.kind), documentLabel(d))
            .arg(d.id.value)
            .arg(billing::documentStatusName(d.status(today))),
        QStringLiteral("  ")
            + QCoreApplication::translate("Cli", "Customer: %1").arg(customerLabel(d.customerId, detail.customerName)),
    };
    if (d.isIssued()) {
        QString dates = QCoreApplication::translate("Cli", "Issued %1").arg(dateText(d.issueDate));
        if (d.dueDate.isValid())
            dates += QCoreApplication::translate("Cli", ", due %1").arg(dateText(d.dueDate));
        if (d.supplyFrom.isValid())
            dates += QCoreApplication::translate("Cli", ", supply %1").arg(periodText(d.supplyFrom, d.supplyTo));
        lines.append(QStringLiteral("  ") + dates);
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "Net %1, tax %2, total %3 (%4)")
                           .arg(moneyText(inCurrency(d, d.netTotal)), moneyText(inCurrency(d, d.taxTotal)),
                                moneyText(inCurrency(d, d.total)),
                                d.pricesIncludeTax ? QCoreApplication::translate("Cli", "prices include tax")
                                                   : QCoreApplication::translate("Cli", "prices exclude tax")));
    } else {
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "Dated %1, total %2 before tax; not issued")
                           .arg(dateText(d.date), moneyText(inCurrency(d, d.total))));
    }
    if (d.kind == billing::DocumentKind::Invoice) {
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "Paid %1, credited %2, credit applied %3, balance %4")
                           .arg(moneyText(inCurrency(d, d.paid)), moneyText(inCurrency(d, d.credited)),
                                moneyText(inCurrency(d, d.creditApplied)), moneyText(d.balance())));
    }
    if (d.correctsId.isValid()) {
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "Corrects %1 of %2")
                           .arg(d.correctsNumber.isEmpty() ? QString::number(d.correctsId.value) : d.correctsNumber,
                                dateText(d.correctsIssueDate)));
    }
    if (!d.paymentReference.isEmpty())
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "Payment reference: %1").arg(d.paymentReference));
    if (!d.note.isEmpty())
        lines.append(QStringLiteral("  ") + QCoreApplication::translate("Cli", "Note: %1").arg(d.note));

    lines << QString() << QCoreApplication::translate("Cli", "Lines:");
    appendIndented(lines, linesTable(d));
    if (!d.taxes.isEmpty()) {
        lines << QString() << QCoreApplication::translate("Cli", "Taxes:");
        appendIndented(lines, taxesTable(d));
    }
    if (!detail.payments.isEmpty()) {
        lines << QString() << QCoreApplication::translate("Cli", "Payments:");
        Table table({QCoreApplication::translate("Cli", "Payment"), QCoreApplication::translate("Cli", "Date"),
                     QCoreApplication::translate("Cli", "Method"), QCoreApplication::translate("Cli", "Reference"),
                     QCoreApplication::translate("Cli", "Amount")});
        for (const invoicing::Payment& p : detail.payments) {
            qint64 allocated = 0;
            for (const invoicing::PaymentAllocation& a : p.allocations) {
                if (a.documentId == d.id)
                    allocated += a.amount.minorUnits();
            }
            table.addRow({QString::number(p.id.value), dateText(p.date), invoicing::paymentMethodName(p.method),
                          p.reference, moneyText(Money(allocated, d.currency))});
        }
        appendIndented(lines, table.lines());
    }
    if (!detail.creditNotes.isEmpty()) {
        lines << QString() << QCoreApplication::translate("Cli", "Credit notes:");
        Table table({QCoreApplication::translate("Cli", "Number"), QCoreApplication::translate("Cli", "Date"),
                     QCoreApplication::translate("Cli", "Total")});
        for (const Document& c : detail.creditNotes)
            table.addRow({documentLabel(c), dateText(c.issueDate), moneyText(inCurrency(c, c.total))});
        appendIndented(lines, table.lines());
    }
    return lines;
}

QStringList issuedText(const QList<Document>& documents, bool preview)
{
    QStringList lines;
    if (preview)
        lines.append(QCoreApplication::translate("Cli", "Preview: nothing was written."));
    for (const Document& d : documents) {
        const QString line = preview
            ? QCoreApplication::translate("Cli", "Would issue %1 (document %2): %3 %4, due %5.")
            : QCoreApplication::translate("Cli", "Issued %1 (document %2): %3 %4, due %5.");
        lines.append(line.arg(d.number)
                         .arg(d.id.value)
                         .arg(billing::documentKindName(d.kind), moneyText(inCurrency(d, d.total)),
                              d.dueDate.isValid() ? dateText(d.dueDate) : QStringLiteral("-")));
    }
    return lines;
}

QJsonObject rowToJson(const invoicing::DocumentRow& row)
{
    return {
        {QStringLiteral("id"), idToJson(row.id.value)},
        {QStringLiteral("kind"), billing::documentKindKey(row.kind)},
        {QStringLiteral("status"), billing::documentStatusKey(row.status)},
        {QStringLiteral("number"), textOrNull(row.number)},
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), idToJson(row.customerId.value)},
                      {QStringLiteral("name"), row.customerName}}},
        {QStringLiteral("date"), dateToJson(row.date)},
        {QStringLiteral("due_date"), dateToJson(row.dueDate)},
        {QStringLiteral("currency"), row.currency},
        {QStringLiteral("total"), moneyToJson(money(row.totalMinor, row.currency))},
        {QStringLiteral("balance"), moneyToJson(money(row.balanceMinor, row.currency))},
    };
}

QJsonArray rowsToJson(const QList<invoicing::DocumentRow>& rows)
{
    QJsonArray array;
    for (const invoicing::DocumentRow& row : rows)
        array.append(rowToJson(row));
    return array;
}

QStringList rowsText(const QList<invoicing::DocumentRow>& rows, const QList<invoicing::DocumentTotals>& totals)
{
    if (rows.isEmpty())
        return {QCoreApplication::translate("Cli", "No documents found.")};
    QStringList totalCells;
    QStringList balanceCells;
    for (const invoicing::DocumentRow& row : rows) {
        totalCells.append(moneyText(money(row.totalMinor, row.currency)));
        balanceCells.append(moneyText(money(row.balanceMinor, row.currency)));
    }
    totalCells = rightAligned(totalCells);
    balanceCells = rightAligned(balanceCells);
    Table table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "Number"),
                 QCoreApplication::translate("Cli", "Kind"), QCoreApplication::translate("Cli", "Status"),
                 QCoreApplication::translate("Cli", "Date"), QCoreApplication::translate("Cli", "Due"),
                 QCoreApplication::translate("Cli", "Customer"), QCoreApplication::translate("Cli", "Total"),
                 QCoreApplication::translate("Cli", "Balance")});
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const invoicing::DocumentRow& row = rows.at(i);
        table.addRow({QString::number(row.id.value), row.number, billing::documentKindName(row.kind),
                      billing::documentStatusName(row.status), dateText(row.date), dateText(row.dueDate),
                      customerLabel(row.customerId, row.customerName), totalCells.at(i), balanceCells.at(i)});
    }
    QStringList lines = table.lines();
    lines.append(QString());
    for (const invoicing::DocumentTotals& t : totals) {
        lines.append(QCoreApplication::translate("Cli", "%1: %n document(s), total %2, balance %3.", nullptr, t.count)
                         .arg(t.currency, moneyText(money(t.totalMinor, t.currency)),
                              moneyText(money(t.balanceMinor, t.currency))));
    }
    return lines;
}

} // namespace subdesk::cli::invoiceformat
