#pragma once

#include "subscriptions/SubscriptionService.h"
#include "widgets/SectionView.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace subdesk {
class Clock;
}
namespace subdesk::billing {
class BillingRunner;
}
namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

class SubscriptionDetailPane;
class SubscriptionFilterModel;
class SubscriptionTableModel;

/**
 * The subscriptions page: toolbar (New, Change, Pause, Resume, Cancel, Reactivate, Run billing),
 * customer search with status and plan filters, the table of every subscription and, below it,
 * the selected one's facts, timeline and documents.
 *
 * The summaries are loaded once, when the page is first shown (not at start-up), and then kept
 * up to date row by row from SubscriptionService::subscriptionChanged; a reset or a billing run
 * reloads them (at once when the page is shown, else when it is shown next).
 */
class SubscriptionsView final : public SectionView
{
    Q_OBJECT

public:
    SubscriptionsView(subscriptions::SubscriptionService& service, billing::BillingRunner& runner,
                      customers::CustomerService& customers, const Clock& clock, QWidget* parent = nullptr);
    ~SubscriptionsView() override;

    QList<QAction*> menuActions(Menu menu) const override;

    SubscriptionTableModel* model() const { return m_model; }
    SubscriptionFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    SubscriptionDetailPane* detailPane() const { return m_detail; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusCombo() const { return m_statusCombo; }
    QComboBox* planCombo() const { return m_planCombo; }

    /** Loads every summary as of today now. */
    Status reload();
    /** The subscription of the current row, if any. */
    std::optional<subscriptions::SubscriptionSummary> currentSummary() const;
    /** Makes the subscription the current row (clearing filters that hide it). */
    void selectSubscription(SubscriptionId id);
    /** Lets billing runs issue what they write (BillingRunDialog::setInvoices). */
    void setInvoices(invoicing::InvoiceService* invoices) { m_invoices = invoices; }

public Q_SLOTS:
    void newSubscription();
    void changeSubscription();
    void pauseSubscription();
    void resumeSubscription();
    void cancelSubscription();
    void reactivateSubscription();
    void runBilling();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    QWidget* buildToolBar();
    QWidget* buildFilterBar();
    void setUpTable();
    void refillPlans();
    void applyFilters();
    void updateActions();
    void updateStatus();
    void reloadWhenShown();
    void subscriptionChanged(SubscriptionId id);
    void currentRowChanged();
    /** After a dialog wrote something: what it did, in the message bar. */
    void reportOutcome(const QString& what, const subscriptions::Outcome& outcome);

    subscriptions::SubscriptionService& m_service;
    invoicing::InvoiceService* m_invoices = nullptr;
    billing::BillingRunner& m_runner;
    customers::CustomerService& m_customers;
    const Clock& m_clock;
    SubscriptionTableModel* m_model = nullptr;
    SubscriptionFilterModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QComboBox* m_planCombo = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    SubscriptionDetailPane* m_detail = nullptr;
    QLabel* m_statusLabel = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_changeAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_reactivateAction = nullptr;
    QAction* m_runAction = nullptr;
    bool m_loaded = false;
    bool m_stale = true;
};

} // namespace subdesk::ui
