#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

class OutcomePreview;

/**
 * Resumes a paused subscription or reactivates a cancelled (or cancelling) one from a date, today
 * or later; billing restarts aligned to the anchor day. Shows what the first restart bills (the
 * service's dry run) before the clerk confirms.
 */
class RestartSubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Resume,
        Reactivate,
    };

    RestartSubscriptionDialog(Mode mode, subscriptions::SubscriptionService& service,
                              customers::CustomerService& customers, SubscriptionId id, QDate today,
                              QWidget* parent = nullptr);

    QDate date() const;
    const subscriptions::Outcome& outcome() const { return m_outcome; }
    OutcomePreview* preview() const { return m_preview; }
    void refreshPreview();

public Q_SLOTS:
    void accept() override;

private:
    Result<subscriptions::Outcome> perform(bool dryRun) const;

    Mode m_mode;
    subscriptions::SubscriptionService& m_service;
    SubscriptionId m_id;
    QLabel* m_current = nullptr;
    QDateEdit* m_date = nullptr;
    OutcomePreview* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    subscriptions::Outcome m_outcome;
};

} // namespace subdesk::ui
