#pragma once

#include "customers/Customer.h"
#include "widgets/MessageBar.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace subdesk::ui {

/**
 * A panel of the customer detail under the customers table (subscriptions, feedback): a head row
 * with a bold title, then the panel's body. It follows the current customer; a change of customer
 * or of the data reloads after a short pause, so arrowing through customers or a burst of changes
 * reads the data once.
 */
class CustomerDetailPanel : public QWidget
{
    Q_OBJECT

public:
    /** Shows this customer's rows (after the pause). */
    void setCustomer(const std::optional<customers::Customer>& customer);
    /** Reads the current customer's rows again now. */
    void reload();

Q_SIGNALS:
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);

protected:
    /** titleName: the title label's object name. */
    CustomerDetailPanel(const QString& titleName, QWidget* parent);

    /** Fills the panel for customer() (none: an empty panel that says to select one). */
    virtual void fill() = 0;
    /** setCustomer() with the customer already shown (its name may have changed); default: nothing. */
    virtual void sameCustomerAgain() { }

    const std::optional<customers::Customer>& customer() const { return m_customer; }
    QLabel* title() const { return m_title; }
    /** The head row, the title first: subclasses add their summary and buttons. */
    QHBoxLayout* head() const { return m_head; }
    /** Puts body under the head, taking the rest of the height. */
    void setBody(QWidget* body);
    /** Reloads after the pause. */
    void scheduleReload();

private:
    std::optional<customers::Customer> m_customer;
    QLabel* m_title = nullptr;
    QHBoxLayout* m_head = nullptr;
    QVBoxLayout* m_column = nullptr;
    QTimer m_reloadTimer;
};

} // namespace subdesk::ui
