#pragma once

#include "CommandSupport.h"
#include "billing/Document.h"
#include "invoicing/Payment.h"

#include <QHash>

#include <memory>
#include <optional>

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::cli {

/**
 * What the invoices, payments, reports, statement, bill and nps commands share: reading customer,
 * document and amount flags, customer names, and finding a document by its number or id.
 */
namespace invoicesupport {

/**
 * openBilling() for a list narrowed to a customer: when customer is valid, fails ("--customer: there
 * is no customer N.") unless the company has it.
 */
OpenedCompany openForCustomerFilter(const Invocation& inv, CustomerId customer);

/** --customer ID as a customer number; a usage error when malformed, nullopt when absent. */
std::optional<CustomerId> customerFlag(OptionReader& reader);
/** --method KEY of a payment; a usage error naming the keys when unknown. */
std::optional<invoicing::PaymentMethod> methodFlag(OptionReader& reader);

/**
 * Whether text is written like a plain amount ("12", "-3.50"): checked before the company file is
 * opened, when the currency that decides the allowed decimals is not known yet.
 */
bool looksLikeAmount(const QString& text, bool allowNegative = false);

/** The customer's display name and currency; fails "--customer: there is no customer N." */
struct CustomerInfo
{
    QString name;
    QString currency;
    QString language;
};
Result<CustomerInfo> customerInfo(storage::CompanyFile& company, CustomerId id);
/** The display name, or empty when the customer cannot be read. */
QString customerName(storage::CompanyFile& company, CustomerId id);
/** Customer number → display name of every customer. */
Result<QHash<CustomerId, QString>> allCustomerNames(storage::CompanyFile& company);

/**
 * The document whose number is text (exactly, ignoring letter case), else the one whose id it is
 * when it is a whole number. NotFound: "There is no invoice or credit note "X"."
 */
Result<billing::Document> findDocument(storage::CompanyFile& company, const QString& text);

/** An amount in the currency written as text; `what` names it in the usage error. */
std::optional<qint64> parseAmount(const Invocation& inv, const QString& what, const QString& text,
                                  const QString& currency);

} // namespace invoicesupport

} // namespace subdesk::cli
