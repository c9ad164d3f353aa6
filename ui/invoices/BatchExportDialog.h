#pragma once

#include "invoicing/DocumentQuery.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace subdesk::company {
class CompanyService;
}
namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

/**
 * Exports every document issued in a date range into a folder: <number>.pdf and <number>.xml (UBL)
 * for each, with a progress dialog that can be cancelled. Files already in the folder are replaced
 * or kept as the clerk decides once. The summary says how many files were written and names every
 * document that was not exported and why: nothing is left out silently.
 */
class BatchExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /** What to do with a file that already exists. */
    enum class Existing
    {
        Ask,
        Replace,
        Skip,
    };

    BatchExportDialog(invoicing::InvoiceService& invoices, company::CompanyService& company, QDate today,
                      const QString& folder, QWidget* parent = nullptr);

    void setRange(QDate from, QDate to);
    void setFolder(const QString& folder);
    void setExisting(Existing existing) { m_existing = existing; }
    QString folder() const;

    /** Exports now with the dialog's choices; false when nothing could be started (the reason is
     *  shown). Afterwards summary() and failures() say what happened. */
    bool exportNow();

    /** One sentence for the message bar; empty before an export. */
    QString summary() const { return m_summary; }
    int failures() const { return m_failures; }
    int filesWritten() const { return m_written; }

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* countLabel() const { return m_count; }
    QPlainTextEdit* reportEdit() const { return m_report; }

private:
    invoicing::DocumentFilter filter() const;
    void updateCount();
    void browse();

    invoicing::InvoiceService& m_invoices;
    company::CompanyService& m_company;
    QDate m_today;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_pdf = nullptr;
    QCheckBox* m_ubl = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_result = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_export = nullptr;
    Existing m_existing = Existing::Ask;
    QString m_summary;
    int m_failures = 0;
    int m_written = 0;
};

} // namespace subdesk::ui
