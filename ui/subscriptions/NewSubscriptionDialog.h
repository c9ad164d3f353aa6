#pragma once

#include "customers/Customer.h"
#include "subscriptions/SubscriptionService.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

class AddOnPicker;
class OutcomePreview;

/**
 * Subscribes a customer to a plan. The form holds everything NewSubscription asks for; below it
 * a live "First invoice" preview shows the lines the subscription would bill now, each with its
 * derivation, from the service's dry run (refreshed a moment after each edit), or the reason the
 * service refuses the request. Subscribe records it for real.
 */
class NewSubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    /** customer: preselected (from the customers page or the selected subscription). */
    NewSubscriptionDialog(subscriptions::SubscriptionService& service, customers::CustomerService& customers,
                          QDate today, std::optional<CustomerId> customer, QWidget* parent = nullptr);

    /** The request as the form stands. */
    subscriptions::NewSubscription request() const;
    /** What was recorded, after the dialog was accepted. */
    const subscriptions::Outcome& outcome() const { return m_outcome; }
    OutcomePreview* preview() const { return m_preview; }
    /** Runs the pending preview now (skipping the typing pause). */
    void refreshPreview();

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildForm();
    void fillCustomers(std::optional<CustomerId> preselected);
    void customerChanged();
    void planChanged();
    void intervalChanged();
    void schedulePreview();
    const catalog::Plan* currentPlan() const;
    std::optional<customers::Customer> currentCustomer() const;
    Currency currentCurrency() const;
    std::optional<billing::BillingInterval> currentInterval() const;

    subscriptions::SubscriptionService& m_service;
    customers::CustomerService& m_customers;
    QDate m_today;
    QList<customers::Customer> m_customerList;
    QComboBox* m_customer = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_interval = nullptr;
    QLabel* m_priceHint = nullptr;
    QSpinBox* m_quantity = nullptr;
    QDateEdit* m_start = nullptr;
    QComboBox* m_anchor = nullptr;
    QSpinBox* m_trial = nullptr;
    QLabel* m_trialHint = nullptr;
    bool m_trialEdited = false;
    QLineEdit* m_coupon = nullptr;
    QLineEdit* m_note = nullptr;
    AddOnPicker* m_addOns = nullptr;
    OutcomePreview* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QTimer m_previewTimer;
    subscriptions::Outcome m_outcome;
};

} // namespace subdesk::ui
