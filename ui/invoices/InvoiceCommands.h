#pragma once

#include "billing/Document.h"
#include "widgets/MessageBar.h"

#include <QObject>

#include <optional>

namespace subdesk {
class Clock;
}
namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

class InvoiceDetailPane;

/**
 * What the invoices page's actions that change documents do, on the document its detail shows:
 * write or edit a manual invoice, issue one draft or all, record a payment, credit, write off,
 * apply the customer's credit, delete a draft. Each opens its dialog or question over the page,
 * and says by changed() which document to show after it and what happened.
 */
class InvoiceCommands final : public QObject
{
    Q_OBJECT

public:
    InvoiceCommands(storage::CompanyFile& company, const Clock& clock, InvoiceDetailPane& detail, QWidget* page);

    void newInvoice();
    void editDraft();
    void issueDocument();
    void issueAllDrafts();
    void recordPayment();
    void creditDocument();
    void markUncollectible();
    void applyCustomerCredit();
    void deleteDraft();

Q_SIGNALS:
    /** Documents changed: read the list again, make current the document (when valid), say message. */
    void changed(DocumentId current, const QString& message);
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);
    void activationRequested();

private:
    enum class Needs
    {
        Draft,
        Issued,
        IssuedInvoice,
    };

    /** The shown document read again when it is what the step needs (the page then comes to the
     *  front); nullopt otherwise. */
    std::optional<billing::Document> current(Needs needs);
    void writeManualInvoice(DocumentId draft, std::optional<CustomerId> customer);
    void reportError(const QString& message);

    storage::CompanyFile& m_company;
    const Clock& m_clock;
    InvoiceDetailPane& m_detail;
    QWidget* m_page = nullptr;
};

} // namespace subdesk::ui
