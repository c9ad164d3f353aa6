#include "InvoicesCommand.h"

#include "BillingFormat.h"
#include "InvoiceFiles.h"
#include "InvoiceFormat.h"
#include "InvoiceSupport.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace subdesk::cli {

using billing::Document;
using invoicing::InvoiceService;
using namespace invoicesupport;

namespace {

const QStringList& statusKeys()
{
    static const QStringList keys = {QStringLiteral("draft"),          QStringLiteral("issued"),
                                     QStringLiteral("open"),           QStringLiteral("overdue"),
                                     QStringLiteral("partially_paid"), QStringLiteral("paid"),
                                     QStringLiteral("credited"),       QStringLiteral("uncollectible")};
    return keys;
}

const QStringList& taxClassKeys()
{
    static const QStringList keys = {QStringLiteral("standard"), QStringLiteral("reduced"), QStringLiteral("reduced2"),
                                     QStringLiteral("super_reduced"), QStringLiteral("zero")};
    return keys;
}

/** --status S[,S]: the statuses, or a usage error naming the unknown one. */
QList<billing::DocumentStatus> statusesFlag(OptionReader& reader)
{
    QList<billing::DocumentStatus> statuses;
    if (!reader.isSet(QStringLiteral("status")))
        return statuses;
    const QStringList parts = reader.text(QStringLiteral("status")).split(QLatin1Char(','));
    for (const QString& part : parts) {
        const auto status = billing::documentStatusFromKey(OptionReader::normalizedKey(part));
        if (!status) {
            reader.error(QCoreApplication::translate("Cli", "--status must be one or more of %1, not \"%2\".")
                             .arg(statusKeys().join(QStringLiteral(", ")), part.trimmed()));
            return {};
        }
        if (!statuses.contains(*status))
            statuses.append(*status);
    }
    return statuses;
}

ExitCode list(Invocation& inv)
{
    OptionReader reader(inv);
    invoicing::DocumentFilter filter;
    filter.today = inv.context().clock().today();
    filter.statuses = statusesFlag(reader);
    if (reader.isSet(QStringLiteral("overdue")) && !filter.statuses.contains(billing::DocumentStatus::Overdue))
        filter.statuses.append(billing::DocumentStatus::Overdue);
    if (const auto customer = customerFlag(reader))
        filter.customerId = *customer;
    if (reader.isSet(QStringLiteral("series"))) {
        if (const auto series = parsePositive(reader.text(QStringLiteral("series"))))
            filter.seriesId = *series;
        else
            reader.error(QCoreApplication::translate("Cli", "--series: \"%1\" is not a series number.")
                             .arg(reader.text(QStringLiteral("series"))));
    }
    filter.kind = reader.choice<billing::DocumentKind>(QStringLiteral("kind"), billing::documentKindFromKey,
                                                       {QStringLiteral("invoice"), QStringLiteral("credit_note")});
    if (const auto currency = reader.currency(QStringLiteral("currency")))
        filter.currency = currency->code();
    const auto from = reader.date(QStringLiteral("from"));
    const auto to = reader.date(QStringLiteral("to"));
    filter.from = from.value_or(QDate());
    filter.to = to.value_or(QDate());
    if (reader.failed() || !orderedSpan(reader, from, to))
        return ExitCode::Usage;

    OpenedCompany opened = openForCustomerFilter(inv, filter.customerId);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    InvoiceService& invoices = company->invoices();
    const auto count = invoices.countDocuments(filter);
    if (!count)
        return output::fail(count.error());
    QList<invoicing::DocumentRow> rows;
    if (*count > 0) {
        auto read =
            invoices.documentRows(filter, invoicing::DocumentSort {invoicing::DocumentSortKey::Date, false}, 0, *count);
        if (!read)
            return output::fail(read.error());
        rows = std::move(*read);
    }
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(invoiceformat::rowsToJson(rows)));
        return ExitCode::Ok;
    }
    const auto totals = invoices.totals(filter);
    if (!totals)
        return output::fail(totals.error());
    output::outLines(invoiceformat::rowsText(rows, *totals));
    return ExitCode::Ok;
}

/** The open company and the document named by the command's first argument. */
struct OpenedDocument
{
    std::unique_ptr<storage::CompanyFile> company;
    Document document;
};

/** Opens the company and finds the document the first argument names; else the exit code to end with. */
std::variant<OpenedDocument, ExitCode> openDocument(const Invocation& inv)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    auto document = findDocument(*company, inv.arguments().constFirst());
    if (!document)
        return output::fail(document.error());
    return OpenedDocument {std::move(company), std::move(*document)};
}

ExitCode show(Invocation& inv)
{
    auto opened = openDocument(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto& [company, document] = std::get<OpenedDocument>(opened);
    invoiceformat::DocumentDetail detail {document, customerName(*company, document.customerId), {}, {}};
    if (document.kind == billing::DocumentKind::Invoice && document.isIssued()) {
        const auto payments = company->payments().paymentsForDocument(document.id);
        if (!payments)
            return output::fail(payments.error());
        detail.payments = *payments;
        const auto notes = company->invoices().creditNotesFor(document.id);
        if (!notes)
            return output::fail(notes.error());
        detail.creditNotes = *notes;
    }
    const QDate today = inv.context().clock().today();
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(QJsonDocument(invoiceformat::detailToJson(detail, today)));
        return ExitCode::Ok;
    }
    output::outLines(invoiceformat::detailText(detail, today));
    return ExitCode::Ok;
}

/** Prints documents written (or previewed) by issue, new and credit. */
void printIssued(const Invocation& inv, storage::CompanyFile& company, const QList<Document>& documents, bool preview)
{
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        const QDate today = inv.context().clock().today();
        for (const Document& d : documents)
            array.append(invoiceformat::documentToJson(d, customerName(company, d.customerId), today));
        output::outJson(
            QJsonDocument(QJsonObject {{QStringLiteral("preview"), preview}, {QStringLiteral("documents"), array}}));
        return;
    }
    output::outLines(invoiceformat::issuedText(documents, preview));
}

ExitCode issue(Invocation& inv)
{
    OptionReader reader(inv);
    const bool all = reader.isSet(QStringLiteral("all-drafts"));
    const bool preview = reader.isSet(QStringLiteral("preview"));
    const QDate issueDate = reader.date(QStringLiteral("date")).value_or(QDate());
    if (reader.failed())
        return ExitCode::Usage;
    if (all && !inv.arguments().isEmpty())
        return inv.usageError(QCoreApplication::translate("Cli", "Give draft ids or --all-drafts, not both."));
    if (!all && inv.arguments().isEmpty())
        return inv.usageError(
            QCoreApplication::translate("Cli", "Give the ids of the drafts to issue, or --all-drafts."));
    QList<DocumentId> ids;
    for (const QString& argument : inv.arguments()) {
        const auto id = parsePositive(argument);
        if (!id)
            return inv.usageError(QCoreApplication::translate("Cli", "\"%1\" is not a draft id.").arg(argument));
        if (!ids.contains(DocumentId(*id)))
            ids.append(DocumentId(*id));
    }

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    InvoiceService& invoices = company->invoices();
    if (all) {
        const auto drafts = invoices.draftIds(issueDate.isValid() ? issueDate : inv.context().clock().today());
        if (!drafts)
            return output::fail(drafts.error());
        ids = *drafts;
        if (ids.isEmpty()) {
            if (inv.isSet(QStringLiteral("json")))
                printIssued(inv, *company, {}, preview);
            else
                output::out(QCoreApplication::translate("Cli", "No drafts to issue."));
            return ExitCode::Ok;
        }
    }
    QList<Document> documents;
    if (preview) {
        for (const DocumentId id : ids) {
            const auto document = invoices.previewIssue(id, issueDate);
            if (!document)
                return output::fail(document.error());
            documents.append(*document);
        }
    } else if (ids.size() == 1) {
        const auto document = invoices.issue(ids.constFirst(), issueDate);
        if (!document)
            return output::fail(document.error());
        documents.append(*document);
    } else {
        const auto issued = invoices.issueAll(ids, issueDate);
        if (!issued)
            return output::fail(issued.error());
        documents = *issued;
    }
    printIssued(inv, *company, documents, preview);
    return ExitCode::Ok;
}

/** A --line "description;qty;unit price;tax class" as typed, checked for form before opening the file. */
struct TypedLine
{
    QString description;
    qint64 quantity = 1;
    QString unitPrice;
    tax::TaxClass taxClass = tax::TaxClass::Standard;
};

std::optional<TypedLine> typedLine(OptionReader& reader, const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(';'));
    const auto bad = [&](const QString& why) {
        reader.error(QCoreApplication::translate("Cli", "--line \"%1\": %2").arg(value, why));
        return std::nullopt;
    };
    if (parts.size() < 3 || parts.size() > 4)
        return bad(QCoreApplication::translate("Cli", "write \"description;quantity;unit price[;tax class]\"."));
    TypedLine line;
    line.description = parts.at(0).trimmed();
    if (line.description.isEmpty())
        return bad(QCoreApplication::translate("Cli", "the description is empty."));
    bool ok = false;
    line.quantity = parts.at(1).trimmed().toLongLong(&ok);
    if (!ok || line.quantity < 1)
        return bad(QCoreApplication::translate("Cli", "the quantity must be a whole number of at least 1."));
    line.unitPrice = parts.at(2).trimmed();
    if (!looksLikeAmount(line.unitPrice, true))
        return bad(QCoreApplication::translate("Cli", "the unit price must be written like 12.50."));
    if (parts.size() == 4 && !parts.at(3).trimmed().isEmpty()) {
        const auto taxClass = tax::taxClassFromKey(OptionReader::normalizedKey(parts.at(3)));
        if (!taxClass) {
            return bad(QCoreApplication::translate("Cli", "the tax class must be one of %1.")
                           .arg(taxClassKeys().join(QStringLiteral(", "))));
        }
        line.taxClass = *taxClass;
    }
    return line;
}

ExitCode createInvoice(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("customer")) || !reader.require(QStringLiteral("line")))
        return ExitCode::Usage;
    invoicing::ManualInvoice invoice;
    invoice.customerId = customerFlag(reader).value_or(CustomerId());
    const auto currency = reader.currency(QStringLiteral("currency"));
    invoice.date = reader.date(QStringLiteral("date")).value_or(QDate());
    invoice.note = reader.text(QStringLiteral("note"));
    QList<TypedLine> typed;
    for (const QString& value : inv.values(QStringLiteral("line"))) {
        if (const auto line = typedLine(reader, value))
            typed.append(*line);
    }
    if (reader.failed())
        return ExitCode::Usage;

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    const auto info = customerInfo(*company, invoice.customerId);
    if (!info)
        return output::fail(info.error());
    invoice.currency = currency ? currency->code() : info->currency;
    for (const TypedLine& t : typed) {
        const auto price =
            parseAmount(inv, QStringLiteral("--line \"%1\"").arg(t.description), t.unitPrice, invoice.currency);
        if (!price)
            return ExitCode::Usage;
        invoicing::ManualLine line;
        line.description = t.description;
        line.quantity = t.quantity;
        line.unitPriceMinor = *price;
        line.taxClass = t.taxClass;
        invoice.lines.append(line);
    }
    InvoiceService& invoices = company->invoices();
    auto draft = invoices.createDraft(invoice);
    if (!draft)
        return output::fail(draft.error());
    Document document = *draft;
    if (inv.isSet(QStringLiteral("issue"))) {
        auto issued = invoices.issue(draft->id, invoice.date);
        if (!issued) {
            // The command changes nothing when it fails: the draft goes too.
            (void)invoices.deleteDraft(draft->id);
            return output::fail(issued.error());
        }
        document = *issued;
    }
    if (inv.isSet(QStringLiteral("json"))) {
        output::outJson(
            QJsonDocument(invoiceformat::documentToJson(document, info->name, inv.context().clock().today())));
        return ExitCode::Ok;
    }
    // Only the number (issued) or the id (draft), so that n=$(subdesk-cli invoices new ...) works.
    output::out(document.isIssued() ? document.number : QString::number(document.id.value));
    return ExitCode::Ok;
}

ExitCode credit(Invocation& inv)
{
    OptionReader reader(inv);
    static const QRegularExpression lineForm(QStringLiteral("^\\s*([0-9]+)\\s*=\\s*(\\S+)\\s*$"));
    const bool byAmount = reader.isSet(QStringLiteral("amount"));
    const QStringList lineValues =
        reader.isSet(QStringLiteral("line")) ? inv.values(QStringLiteral("line")) : QStringList();
    if (byAmount && !lineValues.isEmpty())
        return inv.usageError(QCoreApplication::translate("Cli", "Give --amount or --line, not both."));
    if (byAmount && !looksLikeAmount(reader.text(QStringLiteral("amount")))) {
        return inv.usageError(QCoreApplication::translate("Cli",
                                                          "--amount must be a positive amount such as 12.50, not "
                                                          "\"%1\".")
                                  .arg(reader.text(QStringLiteral("amount"))));
    }
    QList<QPair<qint64, QString>> typedLines;
    for (const QString& value : lineValues) {
        const auto match = lineForm.match(value);
        const auto lineId = match.hasMatch() ? parsePositive(match.captured(1)) : std::nullopt;
        if (!lineId || !looksLikeAmount(match.captured(2))) {
            return inv.usageError(
                QCoreApplication::translate("Cli", "--line must be LINEID=AMOUNT such as 14=5.00, not \"%1\".")
                    .arg(value));
        }
        typedLines.append({*lineId, match.captured(2)});
    }
    invoicing::CreditRequest request;
    request.reason = reader.text(QStringLiteral("reason"));
    request.issueDate = reader.date(QStringLiteral("date")).value_or(QDate());
    if (reader.failed())
        return ExitCode::Usage;

    auto opened = openDocument(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto& [company, invoice] = std::get<OpenedDocument>(opened);
    request.invoiceId = invoice.id;
    const QString currency = invoice.currency.code();
    if (byAmount) {
        request.scope = invoicing::CreditRequest::Scope::Amount;
        const auto amount =
            parseAmount(inv, QStringLiteral("--amount"), reader.text(QStringLiteral("amount")), currency);
        if (!amount)
            return ExitCode::Usage;
        request.amountMinor = *amount;
    } else if (!typedLines.isEmpty()) {
        request.scope = invoicing::CreditRequest::Scope::Lines;
        for (const auto& [lineId, text] : typedLines) {
            const auto amount = parseAmount(inv, QStringLiteral("--line %1").arg(lineId), text, currency);
            if (!amount)
                return ExitCode::Usage;
            request.lines.append({lineId, *amount});
        }
    }
    const bool preview = inv.isSet(QStringLiteral("preview"));
    InvoiceService& invoices = company->invoices();
    const auto note = preview ? invoices.previewCredit(request) : invoices.credit(request);
    if (!note)
        return output::fail(note.error());
    if (inv.isSet(QStringLiteral("json"))) {
        printIssued(inv, *company, {*note}, preview);
        return ExitCode::Ok;
    }
    const QString total = billingformat::moneyText(Money(note->total.minorUnits(), invoice.currency));
    if (preview) {
        output::out(QCoreApplication::translate("Cli", "Preview: nothing was written."));
        output::out(QCoreApplication::translate("Cli", "Would issue credit note %1: %2 for %3.")
                        .arg(note->number, total, invoice.number));
    } else {
        output::out(QCoreApplication::translate("Cli", "Issued credit note %1 (document %2): %3 for %4.")
                        .arg(note->number)
                        .arg(note->id.value)
                        .arg(total, invoice.number));
    }
    return ExitCode::Ok;
}

ExitCode uncollectible(Invocation& inv)
{
    auto opened = openDocument(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto& [company, invoice] = std::get<OpenedDocument>(opened);
    if (const Status status = company->invoices().markUncollectible(invoice.id); !status)
        return output::fail(status.error());
    output::out(QCoreApplication::translate("Cli", "%1 is written off as uncollectible (balance %2).")
                    .arg(invoiceformat::documentLabel(invoice), billingformat::moneyText(invoice.balance())));
    return ExitCode::Ok;
}

ExitCode applyCredit(Invocation& inv)
{
    OptionReader reader(inv);
    if (reader.isSet(QStringLiteral("amount")) && !looksLikeAmount(reader.text(QStringLiteral("amount")))) {
        return inv.usageError(QCoreApplication::translate("Cli",
                                                          "--amount must be a positive amount such as 12.50, not "
                                                          "\"%1\".")
                                  .arg(reader.text(QStringLiteral("amount"))));
    }
    auto opened = openDocument(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto& [company, invoice] = std::get<OpenedDocument>(opened);
    std::optional<qint64> limit;
    if (reader.isSet(QStringLiteral("amount"))) {
        const auto amount = parseAmount(inv, QStringLiteral("--amount"), reader.text(QStringLiteral("amount")),
                                        invoice.currency.code());
        if (!amount)
            return ExitCode::Usage;
        limit = *amount;
    }
    const auto applied = company->invoices().applyCredit(invoice.id, limit);
    if (!applied)
        return output::fail(applied.error());
    output::out(QCoreApplication::translate("Cli", "Applied %1 of customer credit to %2.")
                    .arg(billingformat::moneyText(*applied), invoiceformat::documentLabel(invoice)));
    return ExitCode::Ok;
}

OptionSpec dateFlag(const QString& name, const QString& description)
{
    return {{name}, QStringLiteral("YYYY-MM-DD"), description};
}

} // namespace

QList<CommandSpec> invoicesCommands()
{
    const QString numberOrId = QStringLiteral("NUMBER|ID");
    QList<CommandSpec> commands {
        {{QStringLiteral("invoices"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Lists invoices and credit notes with status and balance, then the totals per "
                                     "currency."),
         {
             {{QStringLiteral("status")},
              QStringLiteral("S[,S]"),
              QCoreApplication::translate("Cli",
                                          "Only these statuses: draft, issued, open, overdue, partially_paid, paid, "
                                          "credited, uncollectible.")},
             {{QStringLiteral("overdue")}, QString(), QCoreApplication::translate("Cli", "Only overdue invoices.")},
             {{QStringLiteral("customer")},
              QStringLiteral("ID"),
              QCoreApplication::translate("Cli", "Only this customer.")},
             {{QStringLiteral("series")},
              QStringLiteral("ID"),
              QCoreApplication::translate("Cli", "Only this numbering series.")},
             {{QStringLiteral("kind")},
              QStringLiteral("invoice|credit_note"),
              QCoreApplication::translate("Cli", "Only invoices or only credit notes.")},
             {{QStringLiteral("currency")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "Only this currency.")},
             dateFlag(QStringLiteral("from"), QCoreApplication::translate("Cli", "Dated on or after this day.")),
             dateFlag(QStringLiteral("to"), QCoreApplication::translate("Cli", "Dated on or before this day.")),
             jsonOption(),
         },
         list},
        {{QStringLiteral("invoices"), QStringLiteral("show")},
         numberOrId,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Shows a document: lines with derivations and tax, tax groups, payments and "
                                     "credit notes."),
         {jsonOption()},
         show},
        {{QStringLiteral("invoices"), QStringLiteral("issue")},
         QStringLiteral("[ID...]"),
         0,
         std::numeric_limits<int>::max(),
         QCoreApplication::translate("Cli",
                                     "Issues drafts: each gets the next number of its series, its tax and both "
                                     "parties, in one transaction."),
         {
             {{QStringLiteral("all-drafts")},
              QString(),
              QCoreApplication::translate("Cli", "Every draft dated on or before the issue date.")},
             dateFlag(QStringLiteral("date"), QCoreApplication::translate("Cli", "The issue date (default: today).")),
             {{QStringLiteral("preview")},
              QString(),
              QCoreApplication::translate("Cli", "Show each document as issuing would make it; write nothing.")},
             jsonOption(),
         },
         issue},
        {{QStringLiteral("invoices"), QStringLiteral("new")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Creates a manual invoice or one-off charge as a draft (or issues it at once) "
                                     "and prints its id (its number with --issue)."),
         {
             {{QStringLiteral("customer")}, QStringLiteral("ID"), QCoreApplication::translate("Cli", "The customer.")},
             {{QStringLiteral("currency")},
              QStringLiteral("CODE"),
              QCoreApplication::translate("Cli", "The currency (default: the customer's).")},
             dateFlag(QStringLiteral("date"),
                      QCoreApplication::translate("Cli", "The invoice's date (default: today).")),
             {{QStringLiteral("line")},
              QStringLiteral("\"TEXT;QTY;PRICE[;TAX CLASS]\""),
              QCoreApplication::translate("Cli",
                                          "A line: description, quantity, unit price and tax class (standard, "
                                          "reduced, reduced2, super_reduced, zero; default standard)."),
              true},
             {{QStringLiteral("note")},
              QStringLiteral("TEXT"),
              QCoreApplication::translate("Cli", "A note printed on it.")},
             {{QStringLiteral("issue")}, QString(), QCoreApplication::translate("Cli", "Issue it at once.")},
             jsonOption(),
         },
         createInvoice},
        {{QStringLiteral("invoices"), QStringLiteral("credit")},
         numberOrId,
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Issues a credit note against an invoice: the whole of what is not credited "
                                     "yet, an amount, or chosen lines; never more than the invoice."),
         {
             {{QStringLiteral("amount")},
              QStringLiteral("AMOUNT"),
              QCoreApplication::translate("Cli", "A gross amount, spread over the lines in proportion.")},
             {{QStringLiteral("line")},
              QStringLiteral("LINEID=AMOUNT"),
              QCoreApplication::translate("Cli", "Credit this much of a line (ids from \"invoices show\")."),
              true},
             {{QStringLiteral("reason")},
              QStringLiteral("TEXT"),
              QCoreApplication::translate("Cli", "Printed on the credit note.")},
             dateFlag(QStringLiteral("date"), QCoreApplication::translate("Cli", "The issue date (default: today).")),
             {{QStringLiteral("preview")},
              QString(),
              QCoreApplication::translate("Cli", "Show the credit note it would issue; write nothing.")},
             jsonOption(),
         },
         credit},
        {{QStringLiteral("invoices"), QStringLiteral("uncollectible")},
         numberOrId,
         1,
         1,
         QCoreApplication::translate("Cli", "Writes an issued invoice off as uncollectible."),
         {},
         uncollectible},
        {{QStringLiteral("invoices"), QStringLiteral("apply-credit")},
         numberOrId,
         1,
         1,
         QCoreApplication::translate("Cli", "Applies the customer's credit to an issued invoice's balance."),
         {
             {{QStringLiteral("amount")},
              QStringLiteral("AMOUNT"),
              QCoreApplication::translate("Cli", "At most this much (default: as much as credit and balance allow).")},
         },
         applyCredit},
    };
    commands += invoiceFileCommands();
    return commands;
}

} // namespace subdesk::cli
