#include "InvoiceFiles.h"

#include "InvoiceFormat.h"
#include "InvoiceSupport.h"
#include "company/CompanyService.h"
#include "invoicing/InvoiceService.h"
#include "output/InvoicePdf.h"
#include "output/UblWriter.h"
#include "storage/CompanyFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>

namespace subdesk::cli {

using billing::Document;
using namespace invoicesupport;

namespace {

/** One of the two formats: how to write a document to a device or a file, and its file suffix. */
struct FileFormat
{
    QString suffix;
    std::function<Status(const Document&, QIODevice&)> toDevice;
    std::function<Status(const Document&, const QString&)> toFile;
};

/** A file name from a document number: characters other than letters, digits, '.', '_' and '-' become '_'. */
QString fileNameFor(const Document& document, const QString& suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = document.number;
    name.replace(unsafe, QStringLiteral("_"));
    return name + QLatin1Char('.') + suffix;
}

Status notIssued(const Document& document)
{
    return Error(ErrorCode::Invalid,
                 QCoreApplication::translate("Cli", "%1 is not issued; issue it first (\"invoices issue %2\").")
                     .arg(invoiceformat::documentLabel(document))
                     .arg(document.id.value));
}

ExitCode writeOne(const Invocation& inv, storage::CompanyFile& company, const FileFormat& format)
{
    const auto document = findDocument(company, inv.arguments().constFirst());
    if (!document)
        return output::fail(document.error());
    if (!document->isIssued())
        return output::fail(notIssued(*document).error());
    const QString target = inv.isSet(QStringLiteral("output")) ? inv.value(QStringLiteral("output"))
                                                               : fileNameFor(*document, format.suffix);
    if (target == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Status status = format.toDevice(*document, buffer); !status)
            return output::fail(status.error());
        output::outRaw(buffer.data());
        return ExitCode::Ok;
    }
    if (const Status status = format.toFile(*document, target); !status)
        return output::fail(status.error());
    output::out(QDir::toNativeSeparators(target));
    return ExitCode::Ok;
}

ExitCode writeBatch(const Invocation& inv, storage::CompanyFile& company, const FileFormat& format, CustomerId customer,
                    QDate from, QDate to)
{
    const QString folder = inv.value(QStringLiteral("dir"));
    if (!QDir().mkpath(folder)) {
        return output::fail(
            QCoreApplication::translate("Cli", "--dir: the folder \"%1\" cannot be created.").arg(folder));
    }
    const auto documents = company.invoices().issuedDocuments(customer, from, to);
    if (!documents)
        return output::fail(documents.error());
    const QDir dir(folder);
    for (const Document& document : *documents) {
        const QString path = dir.filePath(fileNameFor(document, format.suffix));
        if (const Status status = format.toFile(document, path); !status)
            return output::fail(QStringLiteral("%1: %2").arg(document.number, status.error().message));
    }
    output::out(QCoreApplication::translate("Cli", "%n file(s) written to %1.", nullptr, int(documents->size()))
                    .arg(QDir::toNativeSeparators(folder)));
    return ExitCode::Ok;
}

ExitCode writeFiles(Invocation& inv, const std::function<FileFormat(storage::CompanyFile&)>& formatFor)
{
    OptionReader reader(inv);
    const bool batch = reader.isSet(QStringLiteral("dir"));
    const bool single = !inv.arguments().isEmpty();
    const auto customer = customerFlag(reader);
    const auto from = reader.date(QStringLiteral("from"));
    const auto to = reader.date(QStringLiteral("to"));
    if (reader.failed())
        return ExitCode::Usage;
    if (single && batch)
        return inv.usageError(QCoreApplication::translate("Cli", "Give a document or --dir, not both."));
    if (!single && !batch)
        return inv.usageError(
            QCoreApplication::translate("Cli", "Give a document's number or id, or --dir with --from and --to."));
    if (single && (from || to || customer)) {
        return inv.usageError(QCoreApplication::translate("Cli", "--%1 works only with --dir.")
                                  .arg(from     ? QStringLiteral("from")
                                           : to ? QStringLiteral("to")
                                                : QStringLiteral("customer")));
    }
    if (batch && reader.isSet(QStringLiteral("output")))
        return inv.usageError(
            QCoreApplication::translate("Cli", "--output works only for one document, not with --dir."));
    if (!orderedSpan(reader, from, to))
        return ExitCode::Usage;

    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto company = take(opened);
    if (customer) {
        if (const auto info = customerInfo(*company, *customer); !info)
            return output::fail(info.error());
    }
    const FileFormat format = formatFor(*company);
    if (single)
        return writeOne(inv, *company, format);
    return writeBatch(inv, *company, format, customer.value_or(CustomerId()), from.value_or(QDate()),
                      to.value_or(QDate()));
}

ExitCode pdf(Invocation& inv)
{
    return writeFiles(inv, [](storage::CompanyFile& company) {
        // The logo is read once for every document of a batch; a profile that cannot be read prints none.
        const QByteArray logo = company.company().profile().valueOr(company::CompanyProfile()).logo;
        return FileFormat {
            QStringLiteral("pdf"),
            [logo](const Document& d, QIODevice& out) { return subdesk::output::InvoicePdf::writePdf(d, logo, out); },
            [logo](const Document& d, const QString& path) {
                return subdesk::output::InvoicePdf::writePdf(d, logo, path);
            },
        };
    });
}

ExitCode ubl(Invocation& inv)
{
    return writeFiles(inv, [](storage::CompanyFile&) {
        return FileFormat {
            QStringLiteral("xml"),
            [](const Document& d, QIODevice& out) { return subdesk::output::UblWriter::write(d, out); },
            [](const Document& d, const QString& path) { return subdesk::output::UblWriter::write(d, path); },
        };
    });
}

QList<OptionSpec> fileOptions(const QString& outputText)
{
    return {
        {{QStringLiteral("output"), QStringLiteral("o")}, QStringLiteral("FILE"), outputText},
        {{QStringLiteral("dir")},
         QStringLiteral("DIR"),
         QCoreApplication::translate("Cli", "Write every document issued from --from to --to into this folder.")},
        {{QStringLiteral("from")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "With --dir: issued on or after this day.")},
        {{QStringLiteral("to")},
         QStringLiteral("YYYY-MM-DD"),
         QCoreApplication::translate("Cli", "With --dir: issued on or before this day.")},
        {{QStringLiteral("customer")},
         QStringLiteral("ID"),
         QCoreApplication::translate("Cli", "With --dir: only this customer's documents.")},
    };
}

} // namespace

QList<CommandSpec> invoiceFileCommands()
{
    return {
        {{QStringLiteral("invoices"), QStringLiteral("pdf")},
         QStringLiteral("[NUMBER|ID]"),
         0,
         1,
         QCoreApplication::translate("Cli",
                                     "Writes an issued invoice or credit note as a PDF in the customer's language, "
                                     "or every document of a date range into a folder."),
         fileOptions(QCoreApplication::translate("Cli", "The PDF file, or - for stdout (default: NUMBER.pdf).")),
         pdf},
        {{QStringLiteral("invoices"), QStringLiteral("ubl")},
         QStringLiteral("[NUMBER|ID]"),
         0,
         1,
         QCoreApplication::translate("Cli",
                                     "Writes an issued invoice or credit note as an EN 16931 UBL e-invoice for Peppol "
                                     "(BIS Billing 3), or every document of a date range into a folder."),
         fileOptions(QCoreApplication::translate("Cli", "The XML file, or - for stdout (default: NUMBER.xml).")),
         ubl},
    };
}

} // namespace subdesk::cli
