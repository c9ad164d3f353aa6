#pragma once

#include "Customer.h"

#include <optional>

namespace subdesk::customers {

/**
 * What the customers list shows: free text over name, e-mail, VAT ID and city, plus exact filters.
 * The view's proxy model and `customers list` both delegate here, so the rules are tested once.
 *
 * Text search folds case and accents ("lodz" finds "Łódź" is not promised, but "zurich" finds
 * "Zürich") and every word of the query must occur somewhere.
 */
struct CustomerFilter
{
    QString segment; ///< empty: any
    QString tag; ///< empty: any
    QString country; ///< empty: any
    std::optional<CustomerStatus> status; ///< nullopt: any

    /** The searchable text of a customer, folded once so each keystroke only does substring tests. */
    static QString searchKey(const Customer& customer);
    /** Case- and accent-folding applied to both the query and the keys. */
    static QString fold(const QString& text);

    /** The free-text query; folded into words once here, not per row. */
    void setText(const QString& text);
    const QString& text() const { return m_text; }

    bool matches(const Customer& customer) const;
    /** Same as matches(customer) with its precomputed searchKey(). */
    bool matches(const Customer& customer, const QString& key) const;
    bool isEmpty() const;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace subdesk::customers
