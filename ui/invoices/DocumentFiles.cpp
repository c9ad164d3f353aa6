#include "DocumentFiles.h"

#include "company/CompanyService.h"
#include "output/InvoicePdf.h"
#include "output/UblWriter.h"

#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace subdesk::ui {

DocumentFiles::DocumentFiles(company::CompanyService& company)
    : m_company(company)
{ }

const QByteArray& DocumentFiles::logo()
{
    if (!m_logo) {
        // A profile that cannot be read prints without a logo: the document's own snapshot of the
        // seller carries everything the law asks for.
        auto profile = m_company.profile();
        m_logo = profile ? profile->logo : QByteArray();
    }
    return *m_logo;
}

QString DocumentFiles::baseName(const billing::Document& document)
{
    // The e-invoice writer's rule, so the PDF and the XML of a document pair up (and match the CLI's).
    QString name = output::UblWriter::fileName(document);
    name.chop(4); // ".xml"
    return name;
}

Status DocumentFiles::writePdf(const billing::Document& document, const QString& path)
{
    return output::InvoicePdf::writePdf(document, logo(), path);
}

Status DocumentFiles::writeUbl(const billing::Document& document, const QString& path)
{
    return output::UblWriter::write(document, path);
}

void DocumentFiles::printPreview(const billing::Document& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(output::InvoicePdf::title(document));
    printer.setPageSize(QPageSize(QPageSize::A4));
    // The document lays out its own margins, as in the PDF.
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("invoicePrintPreview"));
    preview.setWindowTitle(tr("Print %1").arg(document.number));
    const QByteArray& bytes = logo();
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&document, &bytes](QPrinter* target) {
        QPainter painter(target);
        output::InvoicePdf::paint(document, bytes, painter, *target);
    });
    preview.resize(900, 800);
    preview.exec();
}

} // namespace subdesk::ui
