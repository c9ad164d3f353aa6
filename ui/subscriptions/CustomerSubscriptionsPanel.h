#pragma once

#include "customers/CustomerDetailPanel.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::billing {
class BillingRunner;
}
namespace subdesk::customers {
class CustomerService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}
namespace subdesk::surveys {
class SurveyService;
}

namespace subdesk::ui {

class CustomersView;

/**
 * "Subscriptions of <customer>" under the customers table: the selected customer's subscriptions
 * in a compact table (plan, status, quantity, interval, amount, next billing, end) and a
 * "New subscription…" button that opens the new-subscription dialog for that customer.
 */
class CustomerSubscriptionsPanel final : public CustomerDetailPanel
{
    Q_OBJECT

public:
    CustomerSubscriptionsPanel(subscriptions::SubscriptionService& service, billing::BillingRunner& runner,
                               customers::CustomerService& customers, const Clock& clock, QWidget* parent = nullptr);

    /**
     * Puts a panel under view's table and keeps it on the view's current customer; its messages go
     * to the view's message bar. With feedback, the detail is tabs "Subscriptions" | "Feedback"
     * (CustomerFeedbackPanel).
     */
    static CustomerSubscriptionsPanel* attachTo(CustomersView& view, subscriptions::SubscriptionService& service,
                                                billing::BillingRunner& runner, customers::CustomerService& customers,
                                                const Clock& clock, surveys::SurveyService* feedback = nullptr);

    QTreeWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_newButton; }

public Q_SLOTS:
    void newSubscription();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill() override;
    void sameCustomerAgain() override;

    subscriptions::SubscriptionService& m_service;
    customers::CustomerService& m_customers;
    const Clock& m_clock;
    QPushButton* m_newButton = nullptr;
    QTreeWidget* m_table = nullptr;
    QLabel* m_placeholder = nullptr;
};

} // namespace subdesk::ui
