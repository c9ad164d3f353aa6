#include "CreditNoteBuilder.h"

#include "money/MoneyMath.h"

#include <QLocale>
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

QPair<int, int> groupKey(tax::TaxCategory category, int rateBp)
{
    return {int(category), rateBp};
}

/** Net in the invoice's price-list terms whose gross (net + tax rounded once) is `gross` exactly, or
 *  the largest one below it when no net gives it. */
Result<qint64> netForGross(qint64 gross, int rateBp)
{
    Result<qint64> guess = moneymath::mulDivRoundHalfUp(gross, 10000, 10000 + rateBp);
    if (!guess)
        return guess;
    qint64 best = 0;
    for (qint64 net = *guess + 1; net >= *guess - 1; --net) {
        Result<qint64> tax = moneymath::mulDivRoundHalfUp(net, rateBp, 10000);
        if (!tax)
            return tax;
        if (net + *tax <= gross) {
            best = net;
            break;
        }
    }
    return best;
}

} // namespace

CreditNoteBuilder::Credited CreditNoteBuilder::credited(const QList<Document>& creditNotes)
{
    Credited out;
    for (const Document& note : creditNotes) {
        if (!note.isIssued())
            continue;
        out.totalMinor += -note.total.minorUnits();
        for (const DocumentLine& line : note.lines) {
            const QString& key = line.item.chargeKey;
            if (key.startsWith(QLatin1String("credit:")) && !key.mid(7).contains(QLatin1Char(':')))
                out.perLine[key.mid(7).toLongLong()] += -line.item.amount.minorUnits();
        }
        for (const billing::TaxGroup& group : note.taxes) {
            out.perGroupGross[groupKey(group.category, group.rateBp)] +=
                -(group.taxable.minorUnits() + group.tax.minorUnits());
            out.perGroupNet[groupKey(group.category, group.rateBp)] += -group.taxable.minorUnits();
        }
    }
    return out;
}

qint64 CreditNoteBuilder::uncreditedMinor(const Document& invoice, const QList<Document>& creditNotes)
{
    return invoice.total.minorUnits() - credited(creditNotes).totalMinor;
}

qint64 CreditNoteBuilder::overshoot(const Document& invoice, const QList<Document>& creditNotes,
                                    const Document& taxedNote, qsizetype& line)
{
    const Credited before = credited(creditNotes);
    const qint64 overall = -taxedNote.total.minorUnits() - (invoice.total.minorUnits() - before.totalMinor);
    qint64 groupOver = 0;
    std::optional<QPair<int, int>> worstGroup;
    for (const billing::TaxGroup& group : taxedNote.taxes) {
        const QPair<int, int> key = groupKey(group.category, group.rateBp);
        qint64 charged = 0;
        for (const billing::TaxGroup& g : invoice.taxes) {
            if (groupKey(g.category, g.rateBp) == key)
                charged += g.taxable.minorUnits() + g.tax.minorUnits();
        }
        // Gross credited in the group: before, plus this note's (whose amounts are negative).
        const qint64 over =
            before.perGroupGross.value(key) - (group.taxable.minorUnits() + group.tax.minorUnits()) - charged;
        if (over > groupOver) {
            groupOver = over;
            worstGroup = key;
        }
    }
    line = -1;
    for (qsizetype i = 0; i < taxedNote.lines.size(); ++i) {
        const DocumentLine& l = taxedNote.lines.at(i);
        if (worstGroup && groupKey(l.taxCategory, l.taxRateBp) != *worstGroup)
            continue;
        if (line < 0 || l.item.amount.minorUnits() < taxedNote.lines.at(line).item.amount.minorUnits())
            line = i;
    }
    return std::max(overall, groupOver);
}

Result<Document> CreditNoteBuilder::draft(const Document& invoice, const QList<Document>& creditNotes,
                                          const CreditRequest& request, QDate date)
{
    if (invoice.kind != billing::DocumentKind::Invoice || !invoice.isIssued())
        return Error(ErrorCode::Invalid, tr("Only an issued invoice can be credited."));
    if (date < invoice.issueDate) {
        return Error(ErrorCode::Invalid,
                     tr("A credit note cannot be dated before the invoice it corrects (%1).")
                         .arg(QLocale().toString(invoice.issueDate, QLocale::ShortFormat)));
    }
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

    const Credited before = credited(creditNotes);
    CreditRequest::Scope scope = request.scope;
    qint64 amount = request.amountMinor;
    bool wholeRest = false;
    if (scope == CreditRequest::Scope::Full && remaining != invoice.total.minorUnits()) {
        // Part of it is credited already: credit what is left of each tax group.
        scope = CreditRequest::Scope::Amount;
        amount = remaining;
        wholeRest = true;
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
            const qint64 left = it->item.amount.minorUnits() - before.perLine.value(lineId);
            if (lineAmount > left) {
                return Error(ErrorCode::Invalid,
                             tr("Line %1 can be credited up to %2.")
                                 .arg(it->position)
                                 .arg(Money(std::max<qint64>(0, left), invoice.currency).toPlainString()));
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
        // One line per tax group of the invoice, in proportion to what is left of each group's gross
        // (never more than that); a line's amount is in the invoice's price-list terms: the net whose
        // gross is the share exactly, or the gross itself when prices include tax.
        QList<qint64> weights;
        QList<const DocumentLine*> representatives;
        QList<qint64> leftNet;
        for (const billing::TaxGroup& group : invoice.taxes) {
            const auto it = std::find_if(invoice.lines.cbegin(), invoice.lines.cend(), [&](const DocumentLine& l) {
                return l.taxCategory == group.category && l.taxRateBp == group.rateBp;
            });
            if (it == invoice.lines.cend())
                continue;
            const QPair<int, int> key = groupKey(group.category, group.rateBp);
            weights.append(std::max<qint64>(
                0, group.taxable.minorUnits() + group.tax.minorUnits() - before.perGroupGross.value(key)));
            leftNet.append(group.taxable.minorUnits() - before.perGroupNet.value(key));
            representatives.append(&*it);
        }
        if (representatives.isEmpty())
            return Error(ErrorCode::Invalid, tr("Invoice %1 has no taxed lines to credit.").arg(invoice.number));
        Result<QList<qint64>> shares = moneymath::allocate(amount, weights);
        if (!shares)
            return shares.error();
        for (qsizetype i = 0; i < representatives.size(); ++i) {
            qint64 share = std::min(shares->at(i), weights.at(i));
            if (share <= 0)
                continue;
            const DocumentLine& rep = *representatives.at(i);
            if (wholeRest && !invoice.pricesIncludeTax) {
                share = leftNet.at(i); // the rest of the group: its net exactly
            } else if (!invoice.pricesIncludeTax) {
                Result<qint64> net = netForGross(share, rep.taxRateBp);
                if (!net)
                    return net.error();
                share = *net;
            }
            if (share <= 0)
                continue;
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
        if (note.lines.isEmpty())
            return Error(ErrorCode::Invalid, tr("Nothing of invoice %1 is left to credit.").arg(invoice.number));
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
