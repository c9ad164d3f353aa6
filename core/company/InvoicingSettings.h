#pragma once

#include <QSet>
#include <QString>

namespace subdesk::company {

/** How documents are issued; stored in the settings table under "invoicing.*" keys. */
struct InvoicingSettings
{
    /**
     * Currencies whose price list is entered tax-inclusive (BILLING.md §8: a setting per price
     * list; SubDesk keeps one price list per currency). Others are tax-exclusive.
     */
    QSet<QString> taxInclusiveCurrencies;
    /** Issuing an invoice applies the customer's credit balance in its currency at once. */
    bool applyCreditOnIssue = true;

    bool pricesIncludeTax(const QString& currency) const { return taxInclusiveCurrencies.contains(currency); }
    friend bool operator==(const InvoicingSettings&, const InvoicingSettings&) = default;
};

} // namespace subdesk::company
