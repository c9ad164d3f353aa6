#pragma once

#include "customers/Customer.h"

#include <QByteArray>
#include <QString>

namespace subdesk::company {

/**
 * The seller on every document (EU VAT Directive art. 226: name, address, VAT ID), edited on the
 * Settings page "Company". Stored in the settings table under "company.*" keys.
 */
struct CompanyProfile
{
    QString name; ///< legal name as printed
    customers::PostalAddress address;
    QString vatId; ///< normalised like customers' VAT IDs ("PL5260250995")
    QString registrationId; ///< company register / tax number, printed when set (BT-30)
    QString email;
    QString phone;
    QString website;
    QString eInvoiceEndpoint; ///< Peppol participant id "0088:5790000435968" (BT-34)
    QByteArray logo; ///< PNG or JPEG bytes; empty for none
    /** Small-business exemption: every line category E with exemptionText (BILLING.md §8). */
    bool vatExempt = false;
    QString exemptionText; ///< e.g. "VAT exempt under art. 113 of Directive 2006/112/EC"
    int defaultPaymentTermsDays = 14; ///< for customers without their own terms
    QString documentFooter; ///< free text at the foot of every document

    bool isComplete() const { return !name.trimmed().isEmpty() && !address.country.isEmpty(); }
    friend bool operator==(const CompanyProfile&, const CompanyProfile&) = default;
};

} // namespace subdesk::company
