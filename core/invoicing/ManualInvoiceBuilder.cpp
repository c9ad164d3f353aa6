#include "ManualInvoiceBuilder.h"

#include "money/MoneyMath.h"

namespace subdesk::invoicing {

Result<billing::Document> ManualInvoiceBuilder::build(const ManualInvoice& invoice, const customers::Customer& customer,
                                                      QDate today, const QDateTime& createdAt)
{
    const QString code = invoice.currency.isEmpty() ? customer.currency : invoice.currency;
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency)
        return Error(ErrorCode::Invalid, tr("\"%1\" is not a known currency code.").arg(code));
    if (invoice.lines.isEmpty())
        return Error(ErrorCode::Invalid, tr("An invoice needs at least one line."));

    billing::Document doc;
    doc.customerId = customer.id;
    doc.kind = billing::DocumentKind::Invoice;
    doc.date = invoice.date.isValid() ? invoice.date : today;
    doc.currency = *currency;
    doc.note = invoice.note.trimmed();
    doc.createdAt = createdAt;
    const Money zero = Money::zero(*currency);
    doc.netTotal = doc.taxTotal = doc.creditApplied = doc.paid = doc.credited = zero;
    qint64 total = 0;
    int position = 0;
    for (const ManualLine& entered : invoice.lines) {
        ++position;
        if (entered.description.trimmed().isEmpty())
            return Error(ErrorCode::Invalid, tr("Line %1: the description is empty.").arg(position));
        if (entered.quantity < 1)
            return Error(ErrorCode::Invalid, tr("Line %1: the quantity must be at least 1.").arg(position));
        if (entered.periodStart.isValid() != entered.periodEnd.isValid()
            || (entered.periodStart.isValid() && entered.periodEnd <= entered.periodStart)) {
            return Error(ErrorCode::Invalid,
                         tr("Line %1: the period needs a start and a later end, or neither.").arg(position));
        }
        Result<qint64> amount = moneymath::checkedMul(entered.unitPriceMinor, entered.quantity);
        if (!amount)
            return Error(amount.error().code, tr("Line %1: %2").arg(position).arg(amount.error().message));
        Result<qint64> sum = moneymath::checkedAdd(total, *amount);
        if (!sum)
            return sum.error();
        total = *sum;

        billing::DocumentLine line;
        line.position = position;
        line.taxClass = entered.taxClass;
        line.net = zero;
        line.unitPriceMinor = entered.unitPriceMinor;
        billing::BillingItem& item = line.item;
        item.customerId = customer.id;
        item.chargeKey = QStringLiteral("manual:%1").arg(position);
        item.periodStart = entered.periodStart.isValid() ? entered.periodStart : doc.date;
        item.periodEnd = entered.periodEnd;
        item.dueDate = doc.date;
        item.kind = billing::LineKind::OneTime;
        item.description = entered.description.trimmed();
        item.quantity = entered.quantity;
        item.amount = Money(*amount, *currency);
        item.derivation =
            tr("%1 × %2 = %3")
                .arg(entered.quantity)
                .arg(Money(entered.unitPriceMinor, *currency).toPlainString(), item.amount.toPlainString());
        doc.lines.append(line);
    }
    if (total < 0) {
        return Error(ErrorCode::Invalid,
                     tr("The lines total less than zero; credit an invoice with a credit note instead."));
    }
    doc.total = Money(total, *currency);
    return doc;
}

} // namespace subdesk::invoicing
