#include "PaymentFormat.h"

#include "BillingFormat.h"
#include "InvoiceFormat.h"
#include "Output.h"

#include <QCoreApplication>
#include <QMap>

namespace subdesk::cli::paymentformat {

using billingformat::customerLabel;
using billingformat::dateText;
using billingformat::dateToJson;
using billingformat::idToJson;
using billingformat::moneyText;
using billingformat::moneyToJson;
using billingformat::rightAligned;
using invoiceformat::money;
using invoicing::AgingReport;
using invoicing::Payment;
using invoicing::Statement;

namespace {

/** JSON keys of the aging buckets, in the order of AgingReport::Bucket. */
const char* const kBucketKeys[AgingReport::BucketCount] = {"current", "days_1_30", "days_31_60", "days_61_90",
                                                           "over_90"};

QJsonObject agingRowToJson(const AgingReport::Row& row, bool withCustomer)
{
    QJsonObject o;
    if (withCustomer) {
        o.insert(QStringLiteral("customer"),
                 QJsonObject {{QStringLiteral("id"), idToJson(row.customerId.value)},
                              {QStringLiteral("name"), row.customerName}});
    }
    o.insert(QStringLiteral("currency"), row.currency);
    o.insert(QStringLiteral("invoices"), row.invoices);
    for (int b = 0; b < AgingReport::BucketCount; ++b)
        o.insert(QString::fromLatin1(kBucketKeys[b]), moneyToJson(money(row.buckets.at(size_t(b)), row.currency)));
    o.insert(QStringLiteral("total"), moneyToJson(money(row.totalMinor, row.currency)));
    return o;
}

QString statementKindKey(Statement::EntryKind kind)
{
    switch (kind) {
    case Statement::EntryKind::Invoice:
        return QStringLiteral("invoice");
    case Statement::EntryKind::CreditNote:
        return QStringLiteral("credit_note");
    case Statement::EntryKind::Payment:
        return QStringLiteral("payment");
    case Statement::EntryKind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

} // namespace

QJsonObject paymentToJson(const Payment& payment)
{
    const QString currency = payment.amount.currency().code();
    QJsonArray allocations;
    for (const invoicing::PaymentAllocation& a : payment.allocations) {
        allocations.append(QJsonObject {
            {QStringLiteral("document"), idToJson(a.documentId.value)},
            {QStringLiteral("number"), a.documentNumber},
            {QStringLiteral("amount"), moneyToJson(money(a.amount.minorUnits(), currency))},
        });
    }
    return {
        {QStringLiteral("id"), idToJson(payment.id.value)},
        {QStringLiteral("kind"), invoicing::paymentKindKey(payment.kind)},
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), idToJson(payment.customerId.value)},
                      {QStringLiteral("name"), payment.customerName}}},
        {QStringLiteral("date"), dateToJson(payment.date)},
        {QStringLiteral("amount"), moneyToJson(payment.amount)},
        {QStringLiteral("method"), invoicing::paymentMethodKey(payment.method)},
        {QStringLiteral("reference"), payment.reference},
        {QStringLiteral("note"), payment.note},
        {QStringLiteral("allocations"), allocations},
        {QStringLiteral("to_credit"), moneyToJson(money(payment.toCredit.minorUnits(), currency))},
    };
}

QJsonArray paymentsToJson(const QList<Payment>& payments)
{
    QJsonArray array;
    for (const Payment& p : payments)
        array.append(paymentToJson(p));
    return array;
}

QStringList paymentText(const Payment& payment, bool preview)
{
    const QString currency = payment.amount.currency().code();
    QStringList lines;
    if (preview)
        lines.append(QCoreApplication::translate("Cli", "Preview: nothing was written."));
    const QString customer = customerLabel(payment.customerId, payment.customerName);
    if (payment.kind == invoicing::PaymentKind::Refund) {
        lines.append(preview ? QCoreApplication::translate("Cli", "Refund of %1 to customer %2 on %3.")
                                   .arg(moneyText(payment.amount), customer, dateText(payment.date))
                             : QCoreApplication::translate("Cli", "Refund %1: %2 to customer %3 on %4.")
                                   .arg(payment.id.value)
                                   .arg(moneyText(payment.amount), customer, dateText(payment.date)));
        return lines;
    }
    lines.append(preview ? QCoreApplication::translate("Cli", "Payment of %1 from customer %2 on %3.")
                               .arg(moneyText(payment.amount), customer, dateText(payment.date))
                         : QCoreApplication::translate("Cli", "Payment %1: %2 from customer %3 on %4.")
                               .arg(payment.id.value)
                               .arg(moneyText(payment.amount), customer, dateText(payment.date)));
    for (const invoicing::PaymentAllocation& a : payment.allocations) {
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "%1 to %2")
                           .arg(moneyText(money(a.amount.minorUnits(), currency)),
                                a.documentNumber.isEmpty() ? QString::number(a.documentId.value) : a.documentNumber));
    }
    if (payment.toCredit.minorUnits() != 0) {
        lines.append(QStringLiteral("  ")
                     + QCoreApplication::translate("Cli", "%1 to the customer's credit")
                           .arg(moneyText(money(payment.toCredit.minorUnits(), currency))));
    }
    return lines;
}

QStringList paymentsText(const QList<Payment>& payments)
{
    if (payments.isEmpty())
        return {QCoreApplication::translate("Cli", "No payments found.")};
    QStringList amounts;
    for (const Payment& p : payments)
        amounts.append(moneyText(p.amount));
    amounts = rightAligned(amounts);
    Table table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "Date"),
                 QCoreApplication::translate("Cli", "Kind"), QCoreApplication::translate("Cli", "Customer"),
                 QCoreApplication::translate("Cli", "Method"), QCoreApplication::translate("Cli", "Reference"),
                 QCoreApplication::translate("Cli", "Amount"), QCoreApplication::translate("Cli", "Allocated to")});
    QMap<QString, qint64> received;
    QMap<QString, qint64> refunded;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const Payment& p = payments.at(i);
        QStringList to;
        for (const invoicing::PaymentAllocation& a : p.allocations)
            to.append(a.documentNumber.isEmpty() ? QString::number(a.documentId.value) : a.documentNumber);
        if (p.toCredit.minorUnits() != 0 && p.kind == invoicing::PaymentKind::Payment)
            to.append(QCoreApplication::translate("Cli", "credit"));
        table.addRow({QString::number(p.id.value), dateText(p.date), invoicing::paymentKindName(p.kind),
                      customerLabel(p.customerId, p.customerName), invoicing::paymentMethodName(p.method), p.reference,
                      amounts.at(i), to.join(QStringLiteral(", "))});
        (p.kind == invoicing::PaymentKind::Refund ? refunded : received)[p.amount.currency().code()] +=
            p.amount.minorUnits();
    }
    QStringList lines = table.lines();
    lines.append(QString());
    QStringList currencies = received.keys() + refunded.keys();
    currencies.removeDuplicates();
    currencies.sort();
    for (const QString& c : currencies) {
        lines.append(QCoreApplication::translate("Cli", "%1: received %2, refunded %3.")
                         .arg(c, moneyText(money(received.value(c), c)), moneyText(money(refunded.value(c), c))));
    }
    return lines;
}

QJsonObject agingToJson(const AgingReport& report)
{
    QJsonArray customers;
    for (const AgingReport::Row& row : report.rows())
        customers.append(agingRowToJson(row, true));
    QJsonArray totals;
    for (const AgingReport::Row& row : report.totals())
        totals.append(agingRowToJson(row, false));
    return {
        {QStringLiteral("as_of"), dateToJson(report.asOf())},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("totals"), totals},
    };
}

QStringList agingText(const AgingReport& report)
{
    if (report.rows().isEmpty()) {
        return {QCoreApplication::translate("Cli", "Nothing is owed as of %1.").arg(dateText(report.asOf()))};
    }
    QStringList lines {QCoreApplication::translate("Cli", "Aging as of %1").arg(dateText(report.asOf()))};
    for (const AgingReport::Row& total : report.totals()) {
        QStringList headers {QCoreApplication::translate("Cli", "Customer"),
                             QCoreApplication::translate("Cli", "Invoices")};
        for (int b = 0; b < AgingReport::BucketCount; ++b)
            headers.append(AgingReport::bucketName(AgingReport::Bucket(b)));
        headers.append(QCoreApplication::translate("Cli", "Total"));
        QList<const AgingReport::Row*> rows;
        for (const AgingReport::Row& row : report.rows()) {
            if (row.currency == total.currency)
                rows.append(&row);
        }
        rows.append(&total);
        // Amount columns right-aligned: one column at a time over all rows, the total row included.
        QList<QStringList> columns(AgingReport::BucketCount + 1);
        for (const AgingReport::Row* row : rows) {
            for (int b = 0; b < AgingReport::BucketCount; ++b)
                columns[b].append(moneyText(money(row->buckets.at(size_t(b)), row->currency)));
            columns[AgingReport::BucketCount].append(moneyText(money(row->totalMinor, row->currency)));
        }
        for (QStringList& column : columns)
            column = rightAligned(column);
        Table table(headers);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const AgingReport::Row* row = rows.at(i);
            QStringList cells {row == &total ? QCoreApplication::translate("Cli", "Total")
                                             : customerLabel(row->customerId, row->customerName),
                               QString::number(row->invoices)};
            for (const QStringList& column : columns)
                cells.append(column.at(i));
            table.addRow(cells);
        }
        lines << QString() << total.currency;
        for (const QString& line : table.lines())
            lines.append(QStringLiteral("  ") + line);
    }
    return lines;
}

QJsonObject statementToJson(const Statement& statement, const QString& customerName)
{
    const QString currency = statement.currency();
    QJsonArray entries;
    for (const Statement::Entry& e : statement.entries()) {
        entries.append(QJsonObject {
            {QStringLiteral("date"), dateToJson(e.date)},
            {QStringLiteral("kind"), statementKindKey(e.kind)},
            {QStringLiteral("reference"), e.reference},
            {QStringLiteral("due_date"), dateToJson(e.dueDate)},
            {QStringLiteral("debit"), moneyToJson(money(e.debitMinor, currency))},
            {QStringLiteral("credit"), moneyToJson(money(e.creditMinor, currency))},
            {QStringLiteral("balance"), moneyToJson(money(e.balanceMinor, currency))},
        });
    }
    return {
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("id"), idToJson(statement.customerId().value)},
                      {QStringLiteral("name"), customerName}}},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("from"), dateToJson(statement.from())},
        {QStringLiteral("to"), dateToJson(statement.to())},
        {QStringLiteral("opening"), moneyToJson(money(statement.openingMinor(), currency))},
        {QStringLiteral("closing"), moneyToJson(money(statement.closingMinor(), currency))},
        {QStringLiteral("entries"), entries},
    };
}

QStringList statementText(const Statement& statement, const QString& customerName)
{
    const QString currency = statement.currency();
    QStringList lines {
        QCoreApplication::translate("Cli", "Statement of account: customer %1, %2, %3 → %4")
            .arg(customerLabel(statement.customerId(), customerName), currency, dateText(statement.from()),
                 dateText(statement.to())),
        QCoreApplication::translate("Cli", "Opening balance %1")
            .arg(moneyText(money(statement.openingMinor(), currency))),
    };
    if (!statement.entries().isEmpty()) {
        QStringList debits;
        QStringList credits;
        QStringList balances;
        for (const Statement::Entry& e : statement.entries()) {
            debits.append(e.debitMinor != 0 ? moneyText(money(e.debitMinor, currency)) : QString());
            credits.append(e.creditMinor != 0 ? moneyText(money(e.creditMinor, currency)) : QString());
            balances.append(moneyText(money(e.balanceMinor, currency)));
        }
        debits = rightAligned(debits);
        credits = rightAligned(credits);
        balances = rightAligned(balances);
        Table table({QCoreApplication::translate("Cli", "Date"), QCoreApplication::translate("Cli", "Entry"),
                     QCoreApplication::translate("Cli", "Reference"), QCoreApplication::translate("Cli", "Due"),
                     QCoreApplication::translate("Cli", "Debit"), QCoreApplication::translate("Cli", "Credit"),
                     QCoreApplication::translate("Cli", "Balance")});
        for (qsizetype i = 0; i < statement.entries().size(); ++i) {
            const Statement::Entry& e = statement.entries().at(i);
            table.addRow({dateText(e.date), invoicing::statementEntryKindName(e.kind), e.reference, dateText(e.dueDate),
                          debits.at(i), credits.at(i), balances.at(i)});
        }
        for (const QString& line : table.lines())
            lines.append(QStringLiteral("  ") + line);
    }
    lines.append(QCoreApplication::translate("Cli", "Closing balance %1")
                     .arg(moneyText(money(statement.closingMinor(), currency))));
    return lines;
}

} // namespace subdesk::cli::paymentformat
