#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

class OutcomePreview;
class TimingSelector;

/**
 * Pauses or cancels a subscription: now, on a date or at the end of the period, with or without a
 * credit for the unused time (not at period end: nothing is unused then). Shows the credit line
 * the service's dry run computes before the clerk confirms.
 */
class StopSubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Pause,
        Cancel,
    };

    StopSubscriptionDialog(Mode mode, subscriptions::SubscriptionService& service,
                           customers::CustomerService& customers, SubscriptionId id, QDate today,
                           QWidget* parent = nullptr);

    subscriptions::StopRequest request() const;
    const subscriptions::Outcome& outcome() const { return m_outcome; }
    OutcomePreview* preview() const { return m_preview; }
    void refreshPreview();

public Q_SLOTS:
    void accept() override;

private:
    Result<subscriptions::Outcome> perform(bool dryRun) const;
    void schedulePreview();

    Mode m_mode;
    subscriptions::SubscriptionService& m_service;
    SubscriptionId m_id;
    QDate m_today;
    bool m_loaded = false;
    QLabel* m_current = nullptr;
    TimingSelector* m_timing = nullptr;
    QCheckBox* m_credit = nullptr;
    QLineEdit* m_note = nullptr;
    OutcomePreview* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QTimer m_previewTimer;
    subscriptions::Outcome m_outcome;
};

} // namespace subdesk::ui
