#pragma once

#include "PriceEditor.h"
#include "catalog/Price.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

class MessageBar;

/**
 * The history of one price: every version with the date it takes effect, its pricing and which
 * one is current. "New version…" adds a version (PriceDialog); "Migrate subscriptions…" moves
 * grandfathered subscriptions to the latest one (MigratePriceDialog).
 */
class PriceVersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    /** subscriptions may be null: then there is no migration button. */
    PriceVersionsDialog(catalog::CatalogService& catalog, subscriptions::SubscriptionService* subscriptions,
                        PriceId price, PriceEditor::Usage usage, const QDate& today, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    MessageBar* messageBar() const { return m_messageBar; }

public Q_SLOTS:
    void addVersion();
    void migrate();

private:
    void refresh();
    /** The plan, add-on or metered charge the price belongs to, as the heading names it. */
    QString ownerName() const;

    catalog::CatalogService& m_catalog;
    subscriptions::SubscriptionService* m_subscriptions = nullptr;
    PriceId m_priceId;
    catalog::Price m_price;
    PriceEditor::Usage m_usage;
    QDate m_today;
    MessageBar* m_messageBar = nullptr;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_newVersion = nullptr;
    QPushButton* m_migrate = nullptr;
};

} // namespace subdesk::ui
