#pragma once

#include "billing/Document.h"
#include "company/BankAccount.h"
#include "company/CompanyProfile.h"
#include "company/InvoicingSettings.h"
#include "customers/Customer.h"
#include "tax/TaxRate.h"

#include <QCoreApplication>

#include <optional>

namespace subdesk::invoicing {

/** What issuing a draft needs to know besides the draft. */
struct IssueContext
{
    company::CompanyProfile profile;
    std::optional<company::BankAccount> account; ///< printed for payment by transfer
    company::InvoicingSettings settings;
    QList<tax::TaxRate> rates;
    customers::Customer customer;
    /** For a credit note correcting an invoice: that invoice. Its tax situation (parties' countries,
     *  VAT ID, exemption, price list, tax point) is the credit note's, so corrections reverse
     *  exactly what was charged even after rates or the customer changed. */
    std::optional<billing::Document> corrected;
};

/**
 * Turns a draft into the document issuing writes (BILLING.md §8–9), except the number, which only
 * the series' counter gives inside the issuing transaction: taxes per line and group, totals,
 * both parties' snapshots, the document language, supply period and due date. Pure.
 */
class DocumentIssuer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIssuer)

public:
    /** Refuses (Invalid): an incomplete company profile, a document without lines, an invoice with a
     *  negative total, a credit note with a positive one, a tax rate missing for a line. */
    static Result<billing::Document> prepare(const billing::Document& draft, const IssueContext& context,
                                             QDate issueDate);

    static billing::Party sellerParty(const company::CompanyProfile& profile,
                                      const std::optional<company::BankAccount>& account);
    static billing::Party buyerParty(const customers::Customer& customer);
};

} // namespace subdesk::invoicing
