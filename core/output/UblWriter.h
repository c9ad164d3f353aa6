#pragma once

#include "billing/Document.h"
#include "common/Result.h"

#include <QByteArray>

class QIODevice;

namespace subdesk::output {

/**
 * An issued invoice or credit note as a UBL 2.1 e-invoice following EN 16931 and Peppol BIS
 * Billing 3.0: an invoice becomes an Invoice (type 380), a credit note a CreditNote (381) with its
 * amounts positive and a BillingReference to the invoice it corrects. Amounts carry the currency's
 * decimals. Drafts are refused: only an issued document has a number, parties and tax.
 */
class UblWriter
{
public:
    static constexpr const char* customizationId =
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static constexpr const char* profileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    /** The UBL XML (UTF-8, indented). */
    static Result<QByteArray> toXml(const billing::Document& document);
    /** Writes the XML to an open, writable device. */
    static Status write(const billing::Document& document, QIODevice& out);
    /** Writes the XML to a file at path, atomically. */
    static Status write(const billing::Document& document, const QString& path);
    /** "INV-2026-00042.xml": the document number made safe as a file name. */
    static QString fileName(const billing::Document& document);
};

} // namespace subdesk::output
