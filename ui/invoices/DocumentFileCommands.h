#pragma once

#include "billing/Document.h"
#include "common/Result.h"
#include "widgets/MessageBar.h"

#include <QObject>

#include <functional>
#include <optional>

namespace subdesk {
class Clock;
}
namespace subdesk::company {
class CompanyService;
}
namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

class DocumentFiles;
class InvoiceDetailPane;

/**
 * What the invoices page's file actions do: save the issued document its detail shows as a PDF
 * or a UBL e-invoice, print it with a preview, export every document of a date range. Each asks
 * for a place over the page, starting in the folder the last one was saved to (remembered in the
 * settings), and says what was written.
 */
class DocumentFileCommands final : public QObject
{
    Q_OBJECT

public:
    DocumentFileCommands(company::CompanyService& company, invoicing::InvoiceService& invoices, const Clock& clock,
                         InvoiceDetailPane& detail, QWidget* page);

    void savePdf();
    void printDocument();
    void saveUbl();
    void exportDocuments();

Q_SIGNALS:
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);
    void activationRequested();

private:
    using Writer = std::function<Status(DocumentFiles& files, const billing::Document& document, const QString& path)>;

    /** The shown document read again when it is issued (the page then comes to the front). */
    std::optional<billing::Document> issuedDocument();
    /** Asks where to save the shown document (named after it, with suffix) and writes it there. */
    void save(const QString& title, const QString& filter, const QString& suffix, const Writer& write);

    company::CompanyService& m_company;
    invoicing::InvoiceService& m_invoices;
    const Clock& m_clock;
    InvoiceDetailPane& m_detail;
    QWidget* m_page = nullptr;
};

} // namespace subdesk::ui
