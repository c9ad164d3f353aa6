#pragma once

#include "InvoiceActions.h"
#include "invoicing/DocumentQuery.h"
#include "widgets/SectionView.h"

#include <optional>

class QLabel;
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

class DocumentFileCommands;
class InvoiceCommands;
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
 *
 * The actions are InvoiceActions; what they do on the current document, InvoiceCommands (steps
 * that change documents) and DocumentFileCommands (PDF, print, UBL, export).
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

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectActions();
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
    InvoiceActions m_actions;
    InvoiceCommands* m_commands = nullptr;
    DocumentFileCommands* m_files = nullptr;
    bool m_loaded = false;
};

} // namespace subdesk::ui
