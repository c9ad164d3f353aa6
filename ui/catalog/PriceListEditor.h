#pragma once

#include "PriceEditor.h"
#include "catalog/Price.h"
#include "widgets/MessageBar.h"

#include <QDate>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace subdesk::catalog {
class CatalogService;
}
namespace subdesk::subscriptions {
class SubscriptionService;
}

namespace subdesk::ui {

/**
 * The prices of one plan, add-on or metered charge: the stored ones (with their version history,
 * archived on request at once) and new ones that the owner's dialog stores when it is saved.
 * A price is one currency and, for recurring prices, one interval: a plan may cost 20.00 EUR
 * monthly and 200.00 EUR yearly.
 */
class PriceListEditor final : public QWidget
{
    Q_OBJECT

public:
    PriceListEditor(PriceEditor::Usage usage, const QDate& today, QWidget* parent = nullptr);

    /** Where stored prices come from; subscriptions may be null (no migration then). */
    void setServices(catalog::CatalogService* catalog, subscriptions::SubscriptionService* subscriptions);
    /** Shows the stored prices of an owner (ownerId 0: a new owner without any). */
    void setOwner(catalog::PriceOwner owner, qint64 ownerId);
    /** Changes which price fields apply (an add-on switched between recurring and one-time). */
    void setUsage(PriceEditor::Usage usage);
    /** The currency suggested for the first price. */
    void setDefaultCurrency(const Currency& currency) { m_defaultCurrency = currency; }

    const QList<catalog::Price>& newPrices() const { return m_pending; }
    void setNewPrices(const QList<catalog::Price>& prices);
    /** Stored (unarchived) and new prices together. */
    int activeCount() const;
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void addPrice();
    /** A new price: edit it again; a stored one: show its versions. */
    void openSelected();
    void removeSelected();
    void toggleArchived();

Q_SIGNALS:
    void changed();
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);

private:
    void reloadStored();
    void refresh();
    void updateButtons();
    /** -1 for none; else an index into m_stored followed by m_pending. */
    int selectedIndex() const;
    Currency suggestedCurrency() const;

    PriceEditor::Usage m_usage;
    QDate m_today;
    catalog::CatalogService* m_catalog = nullptr;
    subscriptions::SubscriptionService* m_subscriptions = nullptr;
    catalog::PriceOwner m_owner = catalog::PriceOwner::Plan;
    qint64 m_ownerId = 0;
    Currency m_defaultCurrency;
    QList<catalog::Price> m_stored;
    QList<catalog::Price> m_pending;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace subdesk::ui
