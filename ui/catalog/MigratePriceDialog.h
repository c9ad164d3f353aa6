#pragma once

#include "catalog/Price.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

class FieldIssueLabel;
class MessageBar;

/**
 * Ends grandfathering for one price: every subscription on an older version of it moves to the
 * latest version from its first period that starts on or after the chosen date
 * (SubscriptionService::migratePrice). Says how many moved.
 */
class MigratePriceDialog final : public QDialog
{
    Q_OBJECT

public:
    MigratePriceDialog(subscriptions::SubscriptionService& subscriptions, const catalog::Price& price,
                       const QDate& today, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    /** How many subscriptions moved, after the dialog was accepted. */
    int migratedCount() const { return m_migrated; }

public Q_SLOTS:
    void accept() override;

private:
    subscriptions::SubscriptionService& m_subscriptions;
    catalog::Price m_price;
    QDateEdit* m_date = nullptr;
    FieldIssueLabel* m_dateIssue = nullptr;
    MessageBar* m_messageBar = nullptr;
    QPushButton* m_ok = nullptr;
    int m_migrated = 0;
};

} // namespace subdesk::ui
