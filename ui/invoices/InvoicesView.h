#pragma once

#include "invoicing/DocumentQuery.h"
#include "widgets/SectionView.h"

#include <optional>

class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace subdesk {
class Clock;
}
namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

class DocumentFiles;
class InvoiceDetailPane;
class InvoiceFilterBar;
class InvoiceTableModel;

/**
 * The invoices page: toolbar (New invoice, Issue, Record payment, Credit, Mark uncollectible,
 * Delete draft, Save PDF, Print, Save UBL, Export), the filter bar, the table of documents with
 * the totals of what it shows per currency below it, and the current document's detail.
 *
 * The table reads pages from the database as they are shown (InvoiceTableModel), so it opens over
 * a million documents at once. It is read again whenever the page is shown and after every action
 * here, since payments, billing runs and the CLI change documents elsewhere.
 */
class InvoicesView final : public SectionView
{
    Q_OBJECT

public:
    InvoicesView(storage::CompanyFile& company, const Clock& clock, QWidget* parent = nullptr);
    ~InvoicesView() override;

    QList<QAction*> menuActions(Menu menu) const override;

    InvoiceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    InvoiceFilterBar* filterBar() const { return m_filters; }
    InvoiceDetailPane* detailPane() const { return m_detail; }
    QLabel* totalsLabel() const { return m_totalsLabel; }

    /** Reads the list again with the current filters and sort (count and first page; the totals
     *  follow a moment later, or at once with updateTotalsNow()). */
    Status reload();
    /** Computes the totals line now instead of after the next event loop turn. */
    void updateTotalsNow();
    /** The document of the current row, if any. */
    std::optional<invoicing::DocumentRow> currentRow() const;
    /** Makes the document current when it is among the rows read; otherwise shows it in the detail only. */
    void selectDocument(DocumentId id);

public Q_SLOTS:
    void newInvoice();
    void editDraft();
    void issueDocument();
    void issueAllDrafts();
    void recordPayment();
    void creditDocument();
    void markUncollectible();
    void applyCustomerCredit();
    void deleteDraft();
    void savePdf();
    void printDocument();
    void saveUbl();
    void exportDocuments();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    QWidget* buildToolBar();
    void setUpTable();
    void applyFilters();
    void currentRowChanged();
    void updateActions();
    void updateEmptyLabel();
    void scheduleTotals();
    void showContextMenu(const QPoint& position);
    /** After an action changed documents: read the list again, keep id current, say what happened. */
    void afterChange(DocumentId id, const QString& message);
    void reportError(const QString& message);
    /** The current document read in full, or nullopt with the error reported. */
    std::optional<billing::Document> currentDocument();

    storage::CompanyFile& m_company;
    const Clock& m_clock;
    InvoiceTableModel* m_model = nullptr;
    InvoiceFilterBar* m_filters = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    InvoiceDetailPane* m_detail = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QTimer* m_totalsTimer = nullptr;
    QMenu* m_contextMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_issueAction = nullptr;
    QAction* m_issueAllAction = nullptr;
    QAction* m_paymentAction = nullptr;
    QAction* m_creditAction = nullptr;
    QAction* m_uncollectibleAction = nullptr;
    QAction* m_applyCreditAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_ublAction = nullptr;
    QAction* m_exportAction = nullptr;
    bool m_loaded = false;
};

} // namespace subdesk::ui
