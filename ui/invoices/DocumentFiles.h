#pragma once

#include "billing/Document.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

class QWidget;

namespace subdesk::company {
class CompanyService;
}

namespace subdesk::ui {

/**
 * Documents out from the invoices page: a PDF (core/output InvoicePdf with the company's logo from
 * Settings), the print preview painting the same pages on a printer, and the UBL 2.1 e-invoice.
 * Reads the logo once per DocumentFiles, so a batch export reads it once.
 */
class DocumentFiles
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFiles)

public:
    explicit DocumentFiles(company::CompanyService& company);

    Status writePdf(const billing::Document& document, const QString& path);
    Status writeUbl(const billing::Document& document, const QString& path);
    /** Shows the print preview of the document (modal); its Print button prints. */
    void printPreview(const billing::Document& document, QWidget* parent);

    /** The file name a document is saved under, without suffix: its number made safe as a file name
     *  ("INV-2026-00042"), as output::UblWriter::fileName names it. */
    static QString baseName(const billing::Document& document);

private:
    const QByteArray& logo();

    company::CompanyService& m_company;
    std::optional<QByteArray> m_logo;
};

} // namespace subdesk::ui
