#pragma once

#include "invoicing/InvoiceService.h"

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::test {

/** What addInvoiceSamples() stored. */
struct InvoiceSamples
{
    CustomerId virtanen; ///< "Virtanen Oy", Helsinki, EUR
    CustomerId aalto; ///< "Aalto Tmi", Helsinki, EUR
};

/**
 * Makes a fresh company ready to issue: a complete profile (Testi Oy, Finland, VAT ID), a default
 * EUR bank account, and two customers, all through the services.
 */
Result<InvoiceSamples> addInvoiceSamples(storage::CompanyFile& company);

/** A manual invoice for customer on date with one standard-rated line per amount (quantity 1). */
invoicing::ManualInvoice manualInvoice(CustomerId customer, QDate date, const QList<qint64>& amountsMinor);

/** A draft made through InvoiceService::createDraft; its id (invalid on failure, with the test failed). */
Result<billing::Document> addDraft(storage::CompanyFile& company, CustomerId customer, QDate date,
                                   const QList<qint64>& amountsMinor);

} // namespace subdesk::test
