#include "CreditNoteBuilder.h"

#include "money/MoneyMath.h"

#include <QMap>

namespace subdesk::invoicing {

using billing::Document;
using billing::DocumentLine;

namespace {

DocumentLine creditLine(const Document& invoice, const DocumentLine& original, qint64 amountMinor, QDate date,
                        const QString& chargeKey)
{
    DocumentLine line;
    line.taxClass = original.taxClass;
    line.net = Money::zero(invoice.currency);
    billing::BillingItem& item = line.item;
    item.customerId = invoice.customerId;
    item.chargeKey = chargeKey;
    item.periodStart = original.item.periodStart.isValid() ? original.item.periodStart : date;
    item.periodEnd = original.item.periodEnd;
    item.dueDate = date;
    item.kind = original.item.kind;
    item.description = original.item.description;
    item.amount = Money(-amountMinor, invoice.currency);
    // The whole line keeps its quantity and unit price; a part of it is one unit of that part.
    const bool whole = amountMinor == original.item.amount.minorUnits();
    item.quantity = whole ? original.item.quantity : 1;
    if (whole && original.unitPriceMinor)
        line.unitPriceMinor = -*original.unitPriceMinor;
    item.derivation = CreditNoteBuilder::tr("Credit on %1, line %2: −%3")
                          .arg(invoice.number)
                          .arg(original.position)
                          .arg(Money(amountMinor, invoice.currency).toPlainString());
    return line;
}

} // namespace

qint64 CreditNoteBuilder::uncreditedMinor(const Document& invoice, const QList<Document>& creditNotes)
{
    qint64 credited = 0;
    for (const Document& note : creditNotes) {
        if (note.isIssued())
            credited += -note.total.minorUnits();
    }
    return invoice.total.minorUnits() - credited;
}

Result<Document> CreditNoteBuilder::draft(const Document& invoice, const QList<Document>& creditNotes,
                                          const CreditRequest& request, QDate date)
{
    if (invoice.kind != billing::DocumentKind::Invoice || !invoice.isIssued())
        return Error(ErrorCode::Invalid, tr("Only an issued invoice can be credited."));
    const qint64 remaining = uncreditedMinor(invoice, creditNotes);
    if (remaining <= 0)
        return Error(ErrorCode::Invalid, tr("Invoice %1 is already credited in full.").arg(invoice.number));

    Document note;
    note.customerId = invoice.customerId;
    note.kind = billing::DocumentKind::CreditNote;
    note.date = date;
    note.currency = invoice.currency;
    note.correctsId = invoice.id;
    note.correctsNumber = invoice.number;
    note.correctsIssueDate = invoice.issueDate;
    note.note = request.reason;
    const Money zero = Money::zero(invoice.currency);
    note.netTotal = note.taxTotal = note.creditApplied = note.paid = note.credited = zero;

    CreditRequest::Scope scope = request.scope;
    qint64 amount = request.amountMinor;
    if (scope == CreditRequest::Scope::Full && remaining != invoice.total.minorUnits()) {
        // Part of it is credited already: credit what is left, spread like an amount.
        scope = CreditRequest::Scope::Amount;
        amount = remaining;
    }

    switch (scope) {
    case CreditRequest::Scope::Full:
        for (const DocumentLine& line : invoice.lines) {
            note.lines.append(creditLine(invoice, line, line.item.amount.minorUnits(), date,
                                         QStringLiteral("credit:%1").arg(line.id)));
        }
        break;
    case CreditRequest::Scope::Lines: {
        if (request.lines.isEmpty())
            return Error(ErrorCode::Invalid, tr("Choose at least one line to credit."));
        for (const auto& [lineId, lineAmount] : request.lines) {
            const auto it = std::find_if(invoice.lines.cbegin(), invoice.lines.cend(),
                                         [&](const DocumentLine& l) { return l.id == lineId; });
            if (it == invoice.lines.cend())
                return Error(ErrorCode::Invalid, tr("Invoice %1 has no line %2.").arg(invoice.number).arg(lineId));
            if (lineAmount <= 0) {
                return Error(ErrorCode::Invalid,
                             tr("The amount to credit on line %1 must be more than zero.").arg(it->position));
            }
            if (lineAmount > it->item.amount.minorUnits()) {
                return Error(
                    ErrorCode::Invalid,
                    tr("Line %1 can be credited up to %2.").arg(it->position).arg(it->item.amount.toPlainString()));
            }
            note.lines.append(creditLine(invoice, *it, lineAmount, date, QStringLiteral("credit:%1").arg(lineId)));
        }
        break;
    }
    case CreditRequest::Scope::Amount: {
        if (amount <= 0)
            return Error(ErrorCode::Invalid, tr("The amount to credit must be more than zero."));
        if (amount > remaining) {
            return Error(ErrorCode::Invalid,
                         tr("At most %1 of invoice %2 is left to credit.")
                             .arg(Money(remaining, invoice.currency).toPlainString(), invoice.number));
        }
        // One line per tax group of the invoice, in proportion to the group's gross; the amount of a
        // line is in the invoice's price-list terms (net, or gross when prices include tax).
        QList<qint64> weights;
        QList<const DocumentLine*> representatives;
        for (const billing::TaxGroup& group : invoice.taxes) {
            const auto it = std::find_if(invoice.lines.cbegin(), invoice.lines.cend(), [&](const DocumentLine& l) {
                return l.taxCategory == group.category && l.taxRateBp == group.rateBp;
            });
            if (it == invoice.lines.cend())
                continue;
            weights.append(std::max<qint64>(0, group.taxable.minorUnits() + group.tax.minorUnits()));
            representatives.append(&*it);
        }
        if (representatives.isEmpty())
            return Error(ErrorCode::Invalid, tr("Invoice %1 has no taxed lines to credit.").arg(invoice.number));
        Result<QList<qint64>> shares = moneymath::allocate(amount, weights);
        if (!shares)
            return shares.error();
        for (qsizetype i = 0; i < representatives.size(); ++i) {
            qint64 share = shares->at(i);
            if (share == 0)
                continue;
            const DocumentLine& rep = *representatives.at(i);
            if (!invoice.pricesIncludeTax) {
                Result<qint64> net = moneymath::mulDivRoundHalfUp(share, 10000, 10000 + rep.taxRateBp);
                if (!net)
                    return net.error();
                share = *net;
            }
            DocumentLine line = creditLine(
                invoice, rep, share, date,
                QStringLiteral("credit:%1:%2").arg(tax::taxCategoryCode(rep.taxCategory)).arg(rep.taxRateBp));
            line.unitPriceMinor.reset();
            line.item.quantity = 1;
            line.item.description = tr("Credit on invoice %1").arg(invoice.number);
            line.item.periodStart = invoice.supplyFrom.isValid() ? invoice.supplyFrom : date;
            line.item.periodEnd = invoice.supplyTo;
            note.lines.append(line);
        }
        break;
    }
    }
    int position = 0;
    qint64 total = 0;
    for (DocumentLine& line : note.lines) {
        line.position = ++position;
        total += line.item.amount.minorUnits();
    }
    note.total = Money(total, invoice.currency);
    return note;
}

} // namespace subdesk::invoicing
