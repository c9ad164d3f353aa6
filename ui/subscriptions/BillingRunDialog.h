#pragma once

#include "billing/BillingRunner.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

class DocumentLinesTree;
class RunDocumentTableModel;

/**
 * Bills everything due up to a date (BILLING.md §3). "Preview" lists the documents a run would
 * write (customer, kind, lines, total, credit applied) and, for the selected one, its lines with
 * their derivations, writing nothing; "Run billing" writes them in one transaction, with a
 * progress bar and a Stop button (a stopped run writes nothing), and ends with a summary.
 *
 * The run stays on the GUI thread, which owns the database connection: the progress callback
 * lets the event loop breathe so that Stop can be clicked.
 */
class BillingRunDialog final : public QDialog
{
    Q_OBJECT

public:
    BillingRunDialog(billing::BillingRunner& runner, customers::CustomerService& customers, QDate today,
                     QWidget* parent = nullptr);

    QDate asOf() const;
    void setAsOf(QDate date);
    RunDocumentTableModel* documentsModel() const { return m_model; }
    QTableView* documentsTable() const { return m_table; }
    DocumentLinesTree* lines() const { return m_lines; }
    /** The last summary ("Wrote 42 invoices and 3 credit notes with 97 lines."). */
    QString summaryText() const;
    /** Whether a run was carried out (successfully) in this dialog. */
    bool hasRun() const { return m_hasRun; }
    /** Offers "Issue the documents at once" (checked) for runs: numbers and tax, in one transaction
     *  after the run's own. Without it a run writes drafts. */
    void setInvoices(invoicing::InvoiceService* invoices);

public Q_SLOTS:
    void preview();
    void run();
    /** Asks a preview or run in progress to stop. */
    void stop();
    void reject() override;

private:
    void setWorking(bool working);
    bool progress(int done, int total);
    void showPlan(const billing::RunPlan& plan);
    void showDocument();
    void showSummary(const QString& text, bool error = false);
    /** Issues the documents the run wrote; the summary's sentence about it. */
    QString issueWritten(const billing::RunPlan& plan, bool& failed);
    QString countsText(const billing::RunPlan& plan) const;
    const QHash<CustomerId, QString>& customerNames();

    billing::BillingRunner& m_runner;
    customers::CustomerService& m_customers;
    QDateEdit* m_asOf = nullptr;
    QPushButton* m_previewButton = nullptr;
    QTableView* m_table = nullptr;
    RunDocumentTableModel* m_model = nullptr;
    DocumentLinesTree* m_lines = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QCheckBox* m_issue = nullptr;
    invoicing::InvoiceService* m_invoices = nullptr;
    QHash<CustomerId, QString> m_names;
    bool m_namesLoaded = false;
    bool m_working = false;
    bool m_stopRequested = false;
    bool m_hasRun = false;
    qint64 m_lastEventsMs = 0;
};

} // namespace subdesk::ui
