#include "UblWriter.h"

#include "DocumentLanguage.h"
#include "DocumentParts.h"
#include "ExportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace subdesk::output {

namespace {

using billing::Document;
using billing::DocumentLine;
using billing::Party;
using tax::TaxCategory;

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** A rate in basis points as UBL writes percentages: "23", "5.5", "7.25". */
QString percentText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int fraction = basisPoints % 100; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(2, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return text;
}

/** The VATEX code for a category without tax when the group has none of its own. */
QString defaultExemptionCode(TaxCategory category)
{
    switch (category) {
    case TaxCategory::ReverseCharge:
        return QStringLiteral("VATEX-EU-AE");
    case TaxCategory::Export:
        return QStringLiteral("VATEX-EU-G");
    case TaxCategory::IntraCommunity:
        return QStringLiteral("VATEX-EU-IC");
    case TaxCategory::OutOfScope:
        return QStringLiteral("VATEX-EU-O");
    default:
        return QString();
    }
}

/** Writes one document; amounts are multiplied by sign so a credit note's are positive. */
class UblBuilder
{
public:
    UblBuilder(const Document& document, QXmlStreamWriter& xml)
        : m_doc(document)
        , m_xml(xml)
        , m_lang(document.language)
        , m_sign(document.kind == billing::DocumentKind::CreditNote ? -1 : 1)
    {
        for (const billing::TaxGroup& group : document.taxes)
            m_outOfScope = m_outOfScope || group.category == TaxCategory::OutOfScope;
    }

    void write()
    {
        const bool credit = creditNote();
        m_xml.writeStartDocument();
        m_xml.writeStartElement(credit ? QStringLiteral("CreditNote") : QStringLiteral("Invoice"));
        m_xml.writeAttribute(QStringLiteral("xmlns"),
                             credit ? QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2")
                                    : QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"));
        m_xml.writeAttribute(
            QStringLiteral("xmlns:cac"),
            QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"));
        m_xml.writeAttribute(QStringLiteral("xmlns:cbc"),
                             QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"));
        text("cbc:CustomizationID", QLatin1String(UblWriter::customizationId));
        text("cbc:ProfileID", QLatin1String(UblWriter::profileId));
        text("cbc:ID", m_doc.number);
        text("cbc:IssueDate", isoDate(m_doc.issueDate));
        if (!credit && m_doc.dueDate.isValid())
            text("cbc:DueDate", isoDate(m_doc.dueDate));
        text(credit ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode",
             credit ? QStringLiteral("381") : QStringLiteral("380"));
        if (!m_doc.note.trimmed().isEmpty())
            text("cbc:Note", m_doc.note.trimmed());
        text("cbc:DocumentCurrencyCode", m_doc.currency.code());
        // Peppol asks for a buyer reference or an order reference; we have neither from the buyer,
        // so the document number stands in (it is what the buyer quotes back).
        text("cbc:BuyerReference", m_doc.number);
        period(m_doc.supplyFrom, m_doc.supplyTo);
        if (credit && !m_doc.correctsNumber.isEmpty()) {
            start("cac:BillingReference");
            start("cac:InvoiceDocumentReference");
            text("cbc:ID", m_doc.correctsNumber);
            if (m_doc.correctsIssueDate.isValid())
                text("cbc:IssueDate", isoDate(m_doc.correctsIssueDate));
            end();
            end();
        }
        start("cac:AccountingSupplierParty");
        party(m_doc.seller, true);
        end();
        start("cac:AccountingCustomerParty");
        party(m_doc.buyer, false);
        end();
        delivery();
        paymentMeans();
        taxTotal();
        monetaryTotal();
        for (qsizetype i = 0; i < m_doc.lines.size(); ++i)
            line(m_doc.lines.at(i), int(i + 1));
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    bool creditNote() const { return m_doc.kind == billing::DocumentKind::CreditNote; }

    void start(const char* name) { m_xml.writeStartElement(QLatin1String(name)); }
    void end() { m_xml.writeEndElement(); }
    void text(const char* name, const QString& value) { m_xml.writeTextElement(QLatin1String(name), value); }
    void amount(const char* name, qint64 minor)
    {
        start(name);
        m_xml.writeAttribute(QStringLiteral("currencyID"), m_doc.currency.code());
        m_xml.writeCharacters(Money(minor, m_doc.currency).toPlainString());
        end();
    }
    /** A stored amount as sent: positive on a credit note. */
    qint64 shown(const Money& money) const { return money.minorUnits() * m_sign; }

    void period(QDate from, QDate to)
    {
        if (!from.isValid() || !to.isValid() || to <= from)
            return;
        start("cac:InvoicePeriod");
        text("cbc:StartDate", isoDate(from));
        text("cbc:EndDate", isoDate(to.addDays(-1)));
        end();
    }

    void endpoint(const Party& party)
    {
        const QString endpoint = party.eInvoiceEndpoint.trimmed();
        const qsizetype colon = endpoint.indexOf(QLatin1Char(':'));
        QString scheme;
        QString id;
        if (colon > 0 && colon < endpoint.size() - 1) {
            scheme = endpoint.left(colon);
            id = endpoint.mid(colon + 1);
        } else if (!party.email.trimmed().isEmpty()) {
            scheme = QStringLiteral("EM"); // EAS: electronic mail
            id = party.email.trimmed();
        }
        if (id.isEmpty())
            return;
        start("cbc:EndpointID");
        m_xml.writeAttribute(QStringLiteral("schemeID"), scheme);
        m_xml.writeCharacters(id);
        end();
    }

    void address(const Party& party)
    {
        start("cac:PostalAddress");
        QStringList streets;
        for (const QString& street : party.streetLines) {
            if (!street.trimmed().isEmpty())
                streets << street.trimmed();
        }
        if (!streets.isEmpty())
            text("cbc:StreetName", streets.takeFirst());
        if (!streets.isEmpty())
            text("cbc:AdditionalStreetName", streets.takeFirst());
        if (!party.city.trimmed().isEmpty())
            text("cbc:CityName", party.city.trimmed());
        if (!party.postalCode.trimmed().isEmpty())
            text("cbc:PostalZone", party.postalCode.trimmed());
        if (!party.region.trimmed().isEmpty())
            text("cbc:CountrySubentity", party.region.trimmed());
        if (!streets.isEmpty()) {
            start("cac:AddressLine");
            text("cbc:Line", streets.join(QStringLiteral(", ")));
            end();
        }
        start("cac:Country");
        text("cbc:IdentificationCode", party.country);
        end();
        end();
    }

    void taxScheme(const QString& companyId, const QString& scheme)
    {
        start("cac:PartyTaxScheme");
        text("cbc:CompanyID", companyId);
        start("cac:TaxScheme");
        text("cbc:ID", scheme);
        end();
        end();
    }

    void party(const Party& party, bool seller)
    {
        start("cac:Party");
        endpoint(party);
        address(party);
        // Not subject to VAT (O): no VAT IDs at all (BR-O-02).
        if (!party.vatId.isEmpty() && !m_outOfScope)
            taxScheme(DocumentParts::vatIdText(party.vatId), QStringLiteral("VAT"));
        else if (seller && !party.registrationId.isEmpty())
            taxScheme(party.registrationId, QStringLiteral("TAX")); // BT-32, the tax registration
        start("cac:PartyLegalEntity");
        text("cbc:RegistrationName", party.name);
        if (seller && !party.registrationId.isEmpty())
            text("cbc:CompanyID", party.registrationId);
        end();
        if (!party.contact.isEmpty() || !party.phone.isEmpty() || !party.email.isEmpty()) {
            start("cac:Contact");
            if (!party.contact.isEmpty())
                text("cbc:Name", party.contact);
            if (!party.phone.isEmpty())
                text("cbc:Telephone", party.phone);
            if (!party.email.isEmpty())
                text("cbc:ElectronicMail", party.email);
            end();
        }
        end();
    }

    /** Intra-community supplies name the country delivered to (BR-IC-12). */
    void delivery()
    {
        bool intraCommunity = false;
        for (const billing::TaxGroup& group : m_doc.taxes)
            intraCommunity = intraCommunity || group.category == TaxCategory::IntraCommunity;
        if (!intraCommunity || m_doc.buyer.country.isEmpty())
            return;
        start("cac:Delivery");
        start("cac:DeliveryLocation");
        start("cac:Address");
        start("cac:Country");
        text("cbc:IdentificationCode", m_doc.buyer.country);
        end();
        end();
        end();
        end();
    }

    void paymentMeans()
    {
        if (creditNote())
            return;
        const Party& seller = m_doc.seller;
        if (!seller.iban.isEmpty()) {
            start("cac:PaymentMeans");
            // SEPA credit transfer for euros, a plain credit transfer otherwise (UNCL4461).
            text("cbc:PaymentMeansCode",
                 m_doc.currency.code() == QLatin1String("EUR") ? QStringLiteral("58") : QStringLiteral("30"));
            if (!m_doc.paymentReference.isEmpty())
                text("cbc:PaymentID", m_doc.paymentReference);
            start("cac:PayeeFinancialAccount");
            text("cbc:ID", DocumentParts::groupedIban(seller.iban).remove(QLatin1Char(' ')));
            text("cbc:Name", seller.name);
            if (!seller.bic.trimmed().isEmpty()) {
                start("cac:FinancialInstitutionBranch");
                text("cbc:ID", seller.bic.trimmed().toUpper());
                end();
            }
            end();
            end();
        }
        if (m_doc.dueDate.isValid()) {
            start("cac:PaymentTerms");
            text("cbc:Note",
                 m_lang.text(QT_TRANSLATE_NOOP("DocumentText", "Payable by %1")).arg(m_lang.date(m_doc.dueDate)));
            end();
        }
    }

    void category(const char* element, TaxCategory category, int rateBp, const QString& reasonCode,
                  const QString& reason)
    {
        start(element);
        text("cbc:ID", tax::taxCategoryCode(category));
        if (category != TaxCategory::OutOfScope)
            text("cbc:Percent", percentText(rateBp));
        if (!reasonCode.isEmpty())
            text("cbc:TaxExemptionReasonCode", reasonCode);
        if (!reason.isEmpty())
            text("cbc:TaxExemptionReason", reason);
        start("cac:TaxScheme");
        text("cbc:ID", QStringLiteral("VAT"));
        end();
        end();
    }

    void taxTotal()
    {
        start("cac:TaxTotal");
        amount("cbc:TaxAmount", shown(m_doc.taxTotal));
        for (const billing::TaxGroup& group : m_doc.taxes) {
            start("cac:TaxSubtotal");
            amount("cbc:TaxableAmount", shown(group.taxable));
            amount("cbc:TaxAmount", shown(group.tax));
            QString code;
            QString reason;
            if (group.category != TaxCategory::Standard && group.category != TaxCategory::Zero) {
                code = group.exemptionCode.isEmpty() ? defaultExemptionCode(group.category) : group.exemptionCode;
                reason =
                    group.exemptionText.isEmpty() ? standardExemptionText(group.category, m_lang) : group.exemptionText;
            }
            category("cac:TaxCategory", group.category, group.rateBp, code, reason);
            end();
        }
        end();
    }

    void monetaryTotal()
    {
        qint64 lineSum = 0;
        for (const DocumentLine& line : m_doc.lines)
            lineSum += shown(line.net);
        // The e-invoice states the document as issued, which never changes: credit applied and payments
        // settle it afterwards like a payment and show on statements, not as a prepaid amount here.
        start("cac:LegalMonetaryTotal");
        amount("cbc:LineExtensionAmount", lineSum);
        amount("cbc:TaxExclusiveAmount", shown(m_doc.netTotal));
        amount("cbc:TaxInclusiveAmount", shown(m_doc.total));
        amount("cbc:PayableAmount", shown(m_doc.total));
        end();
    }

    void line(const DocumentLine& line, int number)
    {
        const bool credit = creditNote();
        const qint64 net = shown(line.net);
        // Quantity × price = net, the price never negative (BR-27): a negative line has a negative
        // quantity. A price that is not exact per unit is given per the whole quantity.
        qint64 quantity = line.item.quantity > 0 ? line.item.quantity : 1;
        qint64 price = 0;
        qint64 baseQuantity = 1;
        if (line.unitPriceMinor && *line.unitPriceMinor * m_sign * quantity == net)
            price = *line.unitPriceMinor * m_sign;
        else if (net % quantity == 0)
            price = net / quantity;
        else {
            price = net;
            baseQuantity = quantity;
        }
        if (price < 0) {
            price = -price;
            quantity = -quantity;
        }
        start(credit ? "cac:CreditNoteLine" : "cac:InvoiceLine");
        text("cbc:ID", QString::number(number));
        start(credit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity");
        m_xml.writeAttribute(QStringLiteral("unitCode"), QStringLiteral("C62"));
        m_xml.writeCharacters(QString::number(quantity));
        end();
        amount("cbc:LineExtensionAmount", net);
        period(line.item.periodStart, line.item.periodEnd);
        start("cac:Item");
        const QString name = line.item.description.trimmed();
        text("cbc:Name", name.isEmpty() ? billing::lineKindName(line.item.kind) : name);
        category("cac:ClassifiedTaxCategory", line.taxCategory, line.taxRateBp, QString(), QString());
        end();
        start("cac:Price");
        amount("cbc:PriceAmount", price);
        if (baseQuantity != 1) {
            start("cbc:BaseQuantity");
            m_xml.writeAttribute(QStringLiteral("unitCode"), QStringLiteral("C62"));
            m_xml.writeCharacters(QString::number(baseQuantity));
            end();
        }
        end();
        end();
    }

    const Document& m_doc;
    QXmlStreamWriter& m_xml;
    DocumentLanguage m_lang;
    qint64 m_sign = 1;
    bool m_outOfScope = false;
};

Status checkIssued(const Document& document)
{
    if (!document.isIssued() || document.number.isEmpty())
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Output", "Only an issued document can be exported as an e-invoice."));
    if (document.lines.isEmpty())
        return Error(
            ErrorCode::Invalid,
            QCoreApplication::translate("Output", "The document %1 has no lines to export.").arg(document.number));
    return {};
}

} // namespace

Result<QByteArray> UblWriter::toXml(const billing::Document& document)
{
    if (Status issued = checkIssued(document); !issued.ok())
        return issued.error();
    QByteArray bytes;
    bytes.reserve(4096 + document.lines.size() * 700);
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    UblBuilder(document, xml).write();
    return bytes;
}

Status UblWriter::write(const billing::Document& document, QIODevice& out)
{
    Result<QByteArray> xml = toXml(document);
    if (!xml.ok())
        return xml.error();
    if (out.write(*xml) != xml->size())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("Output", "The e-invoice %1 could not be written: %2.")
                         .arg(document.number, out.errorString()));
    return {};
}

Status UblWriter::write(const billing::Document& document, const QString& path)
{
    Result<QByteArray> xml = toXml(document);
    if (!xml.ok())
        return xml.error();
    ExportFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (file.device().write(*xml) != xml->size())
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("Output", "Cannot write %1: %2.").arg(path, file.device().errorString()));
    return file.commit();
}

QString UblWriter::fileName(const billing::Document& document)
{
    QString name = document.number.isEmpty() ? QStringLiteral("document-%1").arg(document.id.value) : document.number;
    for (QChar& c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return name + QStringLiteral(".xml");
}

} // namespace subdesk::output
