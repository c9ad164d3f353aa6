#include "DocumentFileCommands.h"

#include "BatchExportDialog.h"
#include "DocumentFiles.h"
#include "InvoiceDetailPane.h"
#include "common/Clock.h"
#include "widgets/BusyCursor.h"
#include "widgets/SaveFileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace subdesk::ui {

namespace {

// The invoices page's key, as before these commands had a class: the folder the clerk used is kept.
const QString kFolderKey = QStringLiteral("invoicesView/folder");

QString lastFolder()
{
    return QSettings()
        .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace

DocumentFileCommands::DocumentFileCommands(company::CompanyService& company, invoicing::InvoiceService& invoices,
                                           const Clock& clock, InvoiceDetailPane& detail, QWidget* page)
    : QObject(page)
    , m_company(company)
    , m_invoices(invoices)
    , m_clock(clock)
    , m_detail(detail)
    , m_page(page)
{ }

std::optional<billing::Document> DocumentFileCommands::issuedDocument()
{
    auto document = m_detail.readDocument();
    if (!document || !document->isIssued())
        return std::nullopt;
    Q_EMIT activationRequested();
    return document;
}

void DocumentFileCommands::save(const QString& title, const QString& filter, const QString& suffix, const Writer& write)
{
    const auto document = issuedDocument();
    if (!document)
        return;
    const QString suggested = QDir(lastFolder()).filePath(DocumentFiles::baseName(*document) + u'.' + suffix);
    auto saved = askAndWrite(m_page, title, suggested, filter, suffix, [this, &document, &write](const QString& path) {
        // Remembered even when writing fails: the clerk chose the folder.
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
        DocumentFiles files(m_company);
        return write(files, *document, path);
    });
    if (!saved)
        Q_EMIT messageRequested(saved.error().message, MessageBar::Kind::Error);
    else if (!saved->isEmpty())
        Q_EMIT messageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(*saved)), MessageBar::Kind::Positive);
}

void DocumentFileCommands::savePdf()
{
    save(tr("Save PDF"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"),
         [](DocumentFiles& files, const billing::Document& document, const QString& path) {
             BusyCursor busy;
             return files.writePdf(document, path);
         });
}

void DocumentFileCommands::saveUbl()
{
    save(tr("Save UBL e-invoice"), tr("UBL e-invoices (*.xml)"), QStringLiteral("xml"),
         [](DocumentFiles& files, const billing::Document& document, const QString& path) {
             return files.writeUbl(document, path);
         });
}

void DocumentFileCommands::printDocument()
{
    const auto document = issuedDocument();
    if (!document)
        return;
    DocumentFiles files(m_company);
    files.printPreview(*document, m_page);
}

void DocumentFileCommands::exportDocuments()
{
    Q_EMIT activationRequested();
    BatchExportDialog dialog(m_invoices, m_company, m_clock.today(), lastFolder(), m_page);
    dialog.exec();
    if (!dialog.folder().isEmpty())
        QSettings().setValue(kFolderKey, dialog.folder());
    if (!dialog.summary().isEmpty())
        Q_EMIT messageRequested(dialog.summary(),
                                dialog.failures() > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
