#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
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
class TimingSelector;

/**
 * Changes a subscription's plan, quantity, interval, add-ons or coupon, now, on a date or at the
 * end of the period, optionally for a number of days only. Before the clerk confirms, the dialog
 * shows the proration the service's dry run computes (a credit for the unused part of what is
 * replaced and a charge for the rest of the period on the new configuration, each with its
 * derivation) and the net for the customer. Only what differs from today's configuration goes
 * into the request.
 */
class ChangeSubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeSubscriptionDialog(subscriptions::SubscriptionService& service, customers::CustomerService& customers,
                             SubscriptionId id, QDate today, QWidget* parent = nullptr);

    /** The request as the form stands (unchanged fields unset). */
    subscriptions::ChangeRequest request() const;
    /** Whether the form differs from the configuration in effect today. */
    bool hasChanges() const;
    const subscriptions::Outcome& outcome() const { return m_outcome; }
    OutcomePreview* preview() const { return m_preview; }
    void refreshPreview();

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildForm(const QDate& periodEnd);
    void load();
    void planChanged();
    void schedulePreview();
    std::optional<billing::BillingInterval> currentInterval() const;

    subscriptions::SubscriptionService& m_service;
    SubscriptionId m_id;
    QDate m_today;
    subscriptions::Subscription m_subscription;
    subscriptions::SubscriptionConfig m_config;
    bool m_loaded = false;
    QLabel* m_current = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_interval = nullptr;
    QSpinBox* m_quantity = nullptr;
    QLineEdit* m_coupon = nullptr;
    AddOnPicker* m_addOns = nullptr;
    TimingSelector* m_timing = nullptr;
    QCheckBox* m_temporary = nullptr;
    QSpinBox* m_temporaryDays = nullptr;
    QLineEdit* m_note = nullptr;
    OutcomePreview* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QTimer m_previewTimer;
    subscriptions::Outcome m_outcome;
};

} // namespace subdesk::ui
