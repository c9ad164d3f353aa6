#pragma once

#include "Customer.h"
#include "common/Result.h"

#include <QList>

namespace subdesk::customers {

/** Every field of a customer, in the order views, CSV files and `customers show` list them. */
enum class CustomerField
{
    Id,
    DisplayName,
    Kind,
    ContactPerson,
    Emails,
    Phone,
    Street,
    PostalCode,
    City,
    Region,
    Country,
    VatId,
    Language,
    Currency,
    PaymentTerms,
    PaymentMethod,
    Iban,
    Bic,
    MandateReference,
    MandateSignedOn,
    PreferredChannel,
    EInvoiceEndpoint,
    Segment,
    Tags,
    Notes,
    Status,
    Created,
};

const QList<CustomerField>& allCustomerFields();

/** Stable snake_case key: database-independent name used by CSV headers, JSON and CLI flags. */
QString fieldKey(CustomerField field);
std::optional<CustomerField> fieldFromKey(const QString& key);
/** Translated label ("VAT ID", "Numer VAT"). */
QString fieldLabel(CustomerField field);

/**
 * The field as locale-independent text, the form CSV files and the CLI use: keys for enums
 * ("sepa_direct_debit"), ISO dates, e-mails joined by "; ", street lines by newlines, tags by ", ".
 */
QString fieldText(const Customer& customer, CustomerField field);

/**
 * Sets a field from fieldText()'s form. Parsing only (a bad enum key, a malformed date); whether the
 * value is acceptable is CustomerValidator's job. The Id field cannot be set this way.
 */
Status setFieldText(Customer& customer, CustomerField field, const QString& text);

} // namespace subdesk::customers
