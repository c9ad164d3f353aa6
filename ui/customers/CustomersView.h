#pragma once

#include "common/Result.h"
#include "customers/Customer.h"
#include "widgets/SectionView.h"

#include <QTimer>

#include <optional>

class QLabel;
class QTableView;
class QToolButton;

namespace subdesk {
class Clock;
}
namespace subdesk::customers {
class CustomerEditor;
}

namespace subdesk::ui {

class ColumnsMenu;
class CustomerFilterBar;
class CustomerFilterModel;
class CustomerTableModel;

/**
 * The customers page: toolbar (New, Edit, Archive/Restore, Import, Export, Columns), the search
 * and filter row, the table, and a status line with how many customers are shown. Column layout
 * and sort order are remembered between runs.
 */
class CustomersView final : public SectionView
{
    Q_OBJECT

public:
    CustomersView(customers::CustomerEditor& editor, const Clock& clock, QWidget* parent = nullptr);
    ~CustomersView() override;

    QList<QAction*> menuActions(Menu menu) const override;

    CustomerTableModel* model() const { return m_model; }
    CustomerFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    CustomerFilterBar* filterBar() const { return m_filterBar; }

    /** The customer of the current row, if any. */
    std::optional<customers::Customer> currentCustomer() const;
    /** Writes the shown rows, in the shown order, as CSV; returns how many. */
    Result<int> exportShownRows(const QString& path) const;
    /**
     * Shows panel under the table, in a splitter (the subscriptions of the current customer); the
     * view takes it over. Follow currentCustomerChanged() to keep it on the current customer.
     */
    void setDetailPanel(QWidget* panel);

Q_SIGNALS:
    /** The current row moved to another customer, or to none. */
    void currentCustomerChanged();

public Q_SLOTS:
    void newCustomer();
    void editCurrentCustomer();
    void toggleArchived();
    void importCustomers();
    void exportCustomers();

private:
    void buildActions();
    QWidget* buildToolBar();
    void setUpTable();
    void applyDefaultColumns();
    int fittingWidth() const;
    void updateActions();
    void updateStatus();
    void refreshChoices();
    void selectCustomer(CustomerId id);
    bool eventFilter(QObject* watched, QEvent* event) override;

    customers::CustomerEditor& m_editor;
    const Clock& m_clock;
    CustomerTableModel* m_model = nullptr;
    CustomerFilterModel* m_proxy = nullptr;
    CustomerFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    ColumnsMenu* m_columnsMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_findAction = nullptr;
    QTimer m_choicesTimer;
    bool m_fitColumnsPending = false;
};

} // namespace subdesk::ui
