#pragma once

#include "common/Result.h"
#include "customers/Customer.h"

#include <QComboBox>

#include <optional>

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

/**
 * A searchable combo box of customers (type part of a name; the list narrows to the names that
 * contain it), sorted in the locale's collation order. Archived customers are left out unless
 * preselected. Typed text that is no customer's name chooses nobody.
 */
class CustomerPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit CustomerPicker(QWidget* parent = nullptr);

    /** Loads the customers; an error comes back with the reason (the picker is then empty). */
    Status load(customers::CustomerService& service, std::optional<CustomerId> preselected = std::nullopt);

    std::optional<customers::Customer> currentCustomer() const;
    CustomerId currentCustomerId() const;
    /** Selects the customer (nobody when not listed). */
    void setCurrentCustomer(CustomerId id);

Q_SIGNALS:
    /** The chosen customer changed (or the text stopped naming one). */
    void customerChanged();

private:
    void emitIfChanged();

    QList<customers::Customer> m_customers; ///< in display order
    CustomerId m_last;
};

} // namespace subdesk::ui
