#include "CustomerField.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace subdesk::customers {

namespace {

struct FieldInfo
{
    CustomerField field;
    const char* key;
    const char* label;
};

const FieldInfo kFields[] = {
    {CustomerField::Id, "id", QT_TRANSLATE_NOOP("CustomerField", "No.")},
    {CustomerField::DisplayName, "name", QT_TRANSLATE_NOOP("CustomerField", "Name")},
    {CustomerField::Kind, "kind", QT_TRANSLATE_NOOP("CustomerField", "Kind")},
    {CustomerField::ContactPerson, "contact_person", QT_TRANSLATE_NOOP("CustomerField", "Contact person")},
    {CustomerField::Emails, "email", QT_TRANSLATE_NOOP("CustomerField", "E-mail")},
    {CustomerField::Phone, "phone", QT_TRANSLATE_NOOP("CustomerField", "Phone")},
    {CustomerField::Street, "street", QT_TRANSLATE_NOOP("CustomerField", "Street")},
    {CustomerField::PostalCode, "postal_code", QT_TRANSLATE_NOOP("CustomerField", "Postal code")},
    {CustomerField::City, "city", QT_TRANSLATE_NOOP("CustomerField", "City")},
    {CustomerField::Region, "region", QT_TRANSLATE_NOOP("CustomerField", "Region")},
    {CustomerField::Country, "country", QT_TRANSLATE_NOOP("CustomerField", "Country")},
    {CustomerField::VatId, "vat_id", QT_TRANSLATE_NOOP("CustomerField", "VAT ID")},
    {CustomerField::Language, "language", QT_TRANSLATE_NOOP("CustomerField", "Language")},
    {CustomerField::Currency, "currency", QT_TRANSLATE_NOOP("CustomerField", "Currency")},
    {CustomerField::PaymentTerms, "payment_terms", QT_TRANSLATE_NOOP("CustomerField", "Payment terms (days)")},
    {CustomerField::PaymentMethod, "payment_method", QT_TRANSLATE_NOOP("CustomerField", "Payment method")},
    {CustomerField::Iban, "iban", QT_TRANSLATE_NOOP("CustomerField", "IBAN")},
    {CustomerField::Bic, "bic", QT_TRANSLATE_NOOP("CustomerField", "BIC")},
    {CustomerField::MandateReference, "mandate_reference", QT_TRANSLATE_NOOP("CustomerField", "Mandate reference")},
    {CustomerField::MandateSignedOn, "mandate_signed_on", QT_TRANSLATE_NOOP("CustomerField", "Mandate signed on")},
    {CustomerField::PreferredChannel, "preferred_channel", QT_TRANSLATE_NOOP("CustomerField", "Preferred channel")},
    {CustomerField::EInvoiceEndpoint, "einvoice_endpoint", QT_TRANSLATE_NOOP("CustomerField", "E-invoice endpoint")},
    {CustomerField::Segment, "segment", QT_TRANSLATE_NOOP("CustomerField", "Segment")},
    {CustomerField::Tags, "tags", QT_TRANSLATE_NOOP("CustomerField", "Tags")},
    {CustomerField::Notes, "notes", QT_TRANSLATE_NOOP("CustomerField", "Notes")},
    {CustomerField::Status, "status", QT_TRANSLATE_NOOP("CustomerField", "Status")},
    {CustomerField::Created, "created", QT_TRANSLATE_NOOP("CustomerField", "Created")},
};

const FieldInfo& info(CustomerField field)
{
    return kFields[static_cast<int>(field)];
}

Error parseError(CustomerField field, const QString& text, const QString& expected)
{
    return Error(
        ErrorCode::Invalid,
        QCoreApplication::translate("CustomerField", "%1: \"%2\" is not %3.").arg(fieldLabel(field), text, expected));
}

QStringList splitList(const QString& text, const QRegularExpression& separators)
{
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

template <typename Enum>
Status setEnum(Enum& target, std::optional<Enum> parsed, CustomerField field, const QString& text,
               const QString& expected)
{
    if (!parsed)
        return parseError(field, text, expected);
    target = *parsed;
    return {};
}

} // namespace

const QList<CustomerField>& allCustomerFields()
{
    static const QList<CustomerField> fields = [] {
        QList<CustomerField> list;
        for (const FieldInfo& f : kFields)
            list.append(f.field);
        return list;
    }();
    return fields;
}

QString fieldKey(CustomerField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<CustomerField> fieldFromKey(const QString& key)
{
    for (const FieldInfo& f : kFields) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString fieldLabel(CustomerField field)
{
    return QCoreApplication::translate("CustomerField", info(field).label);
}

QString fieldText(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Id:
        return c.id.isValid() ? QString::number(c.id.value) : QString();
    case CustomerField::DisplayName:
        return c.displayName;
    case CustomerField::Kind:
        return toKey(c.kind);
    case CustomerField::ContactPerson:
        return c.contactPerson;
    case CustomerField::Emails:
        return c.emails.join(QStringLiteral("; "));
    case CustomerField::Phone:
        return c.phone;
    case CustomerField::Street:
        return c.address.streetLines.join(QLatin1Char('\n'));
    case CustomerField::PostalCode:
        return c.address.postalCode;
    case CustomerField::City:
        return c.address.city;
    case CustomerField::Region:
        return c.address.region;
    case CustomerField::Country:
        return c.address.country;
    case CustomerField::VatId:
        return c.vatId;
    case CustomerField::Language:
        return c.language;
    case CustomerField::Currency:
        return c.currency;
    case CustomerField::PaymentTerms:
        return QString::number(c.paymentTermsDays);
    case CustomerField::PaymentMethod:
        return toKey(c.paymentMethod);
    case CustomerField::Iban:
        return c.sepa.iban;
    case CustomerField::Bic:
        return c.sepa.bic;
    case CustomerField::MandateReference:
        return c.sepa.reference;
    case CustomerField::MandateSignedOn:
        return c.sepa.signedOn.isValid() ? c.sepa.signedOn.toString(Qt::ISODate) : QString();
    case CustomerField::PreferredChannel:
        return toKey(c.preferredChannel);
    case CustomerField::EInvoiceEndpoint:
        return c.eInvoiceEndpoint;
    case CustomerField::Segment:
        return c.segment;
    case CustomerField::Tags:
        return c.tags.join(QStringLiteral(", "));
    case CustomerField::Notes:
        return c.notes;
    case CustomerField::Status:
        return toKey(c.status);
    case CustomerField::Created:
        return c.created.isValid() ? c.created.toUTC().toString(Qt::ISODate) : QString();
    }
    return {};
}

Status setFieldText(Customer& c, CustomerField field, const QString& raw)
{
    const QString text = field == CustomerField::Notes || field == CustomerField::Street ? raw : raw.trimmed();
    switch (field) {
    case CustomerField::Id:
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("CustomerField", "%1: a customer's number cannot be changed.")
                         .arg(fieldLabel(field)));
    case CustomerField::DisplayName:
        c.displayName = text;
        return {};
    case CustomerField::Kind:
        return setEnum(c.kind, kindFromKey(text), field, text, QStringLiteral("business, individual"));
    case CustomerField::ContactPerson:
        c.contactPerson = text;
        return {};
    case CustomerField::Emails: {
        static const QRegularExpression sep(QStringLiteral("[;,\\s]+"));
        c.emails = splitList(text, sep);
        return {};
    }
    case CustomerField::Phone:
        c.phone = text;
        return {};
    case CustomerField::Street: {
        static const QRegularExpression sep(QStringLiteral("\r\n|\n|\r"));
        c.address.streetLines = splitList(text, sep);
        return {};
    }
    case CustomerField::PostalCode:
        c.address.postalCode = text;
        return {};
    case CustomerField::City:
        c.address.city = text;
        return {};
    case CustomerField::Region:
        c.address.region = text;
        return {};
    case CustomerField::Country:
        c.address.country = text.toUpper();
        return {};
    case CustomerField::VatId:
        c.vatId = text;
        return {};
    case CustomerField::Language:
        c.language = text.toLower();
        return {};
    case CustomerField::Currency:
        c.currency = text.toUpper();
        return {};
    case CustomerField::PaymentTerms: {
        bool ok = false;
        const int days = text.toInt(&ok);
        if (!ok)
            return parseError(field, text, QCoreApplication::translate("CustomerField", "a number of days"));
        c.paymentTermsDays = days;
        return {};
    }
    case CustomerField::PaymentMethod:
        return setEnum(c.paymentMethod, paymentMethodFromKey(text), field, text,
                       QStringLiteral("bank_transfer, sepa_direct_debit, card, cash, other"));
    case CustomerField::Iban:
        c.sepa.iban = text;
        return {};
    case CustomerField::Bic:
        c.sepa.bic = text;
        return {};
    case CustomerField::MandateReference:
        c.sepa.reference = text;
        return {};
    case CustomerField::MandateSignedOn: {
        if (text.isEmpty()) {
            c.sepa.signedOn = QDate();
            return {};
        }
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return parseError(field, text, QCoreApplication::translate("CustomerField", "a date like 2026-03-31"));
        c.sepa.signedOn = d;
        return {};
    }
    case CustomerField::PreferredChannel:
        return setEnum(c.preferredChannel, channelFromKey(text), field, text, QStringLiteral("email, paper, einvoice"));
    case CustomerField::EInvoiceEndpoint:
        c.eInvoiceEndpoint = text;
        return {};
    case CustomerField::Segment:
        c.segment = text;
        return {};
    case CustomerField::Tags: {
        static const QRegularExpression sep(QStringLiteral("[,;]"));
        c.tags = splitList(text, sep);
        c.tags.removeDuplicates();
        return {};
    }
    case CustomerField::Notes:
        c.notes = text;
        return {};
    case CustomerField::Status:
        return setEnum(c.status, statusFromKey(text), field, text, QStringLiteral("active, archived"));
    case CustomerField::Created: {
        if (text.isEmpty()) {
            c.created = QDateTime();
            return {};
        }
        QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid()) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid())
                dt = d.startOfDay(Qt::UTC);
        }
        if (!dt.isValid())
            return parseError(field, text, QCoreApplication::translate("CustomerField", "a date like 2026-03-31"));
        c.created = dt.toUTC();
        return {};
    }
    }
    return {};
}

} // namespace subdesk::customers
