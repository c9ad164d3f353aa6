#include "CustomerFormat.h"

#include "Output.h"
#include "customers/CustomerField.h"

namespace subdesk::cli {

using customers::Customer;
using customers::CustomerField;

namespace {

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

/** The field's entries for `customers show`: one per line for list fields, readable names for enums. */
QStringList displayLines(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Emails:
        return c.emails;
    case CustomerField::Street:
        return c.address.streetLines;
    case CustomerField::Notes:
        return c.notes.split(QLatin1Char('\n'));
    case CustomerField::Kind:
        return {customers::displayName(c.kind)};
    case CustomerField::PaymentMethod:
        return {customers::displayName(c.paymentMethod)};
    case CustomerField::PreferredChannel:
        return {customers::displayName(c.preferredChannel)};
    case CustomerField::Status:
        return {customers::displayName(c.status)};
    case CustomerField::Iban:
        return {customers::formatIban(c.sepa.iban)};
    default:
        return {customers::fieldText(c, field)};
    }
}

} // namespace

QJsonObject customerToJson(const Customer& c)
{
    QJsonObject o;
    for (CustomerField field : customers::allCustomerFields()) {
        const QString key = customers::fieldKey(field);
        switch (field) {
        case CustomerField::Id:
            o.insert(key, c.id.value);
            break;
        case CustomerField::PaymentTerms:
            o.insert(key, c.paymentTermsDays);
            break;
        case CustomerField::Emails:
            o.insert(key, stringArray(c.emails));
            break;
        case CustomerField::Street:
            o.insert(key, stringArray(c.address.streetLines));
            break;
        case CustomerField::Tags:
            o.insert(key, stringArray(c.tags));
            break;
        default:
            o.insert(key, customers::fieldText(c, field));
        }
    }
    return o;
}

QJsonArray customersToJson(const QList<Customer>& customers)
{
    QJsonArray array;
    for (const Customer& c : customers)
        array.append(customerToJson(c));
    return array;
}

QStringList customerDetails(const Customer& c)
{
    qsizetype width = 0;
    for (CustomerField field : customers::allCustomerFields())
        width = qMax(width, customers::fieldLabel(field).size() + 1);
    QStringList lines;
    for (CustomerField field : customers::allCustomerFields()) {
        const QStringList values = displayLines(c, field);
        QString label = customers::fieldLabel(field) + QLatin1Char(':');
        for (qsizetype i = 0; i < qMax<qsizetype>(1, values.size()); ++i) {
            const QString value = i < values.size() ? values.at(i) : QString();
            QString line = (i == 0 ? label : QString()).leftJustified(width + 2) + value;
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            lines.append(line);
        }
    }
    return lines;
}

QStringList customerTable(const QList<Customer>& customers)
{
    const QList<CustomerField> columns = {CustomerField::Id,      CustomerField::DisplayName, CustomerField::Emails,
                                          CustomerField::Country, CustomerField::City,        CustomerField::VatId,
                                          CustomerField::Segment, CustomerField::Status};
    QStringList headers;
    for (CustomerField f : columns)
        headers.append(customers::fieldLabel(f));
    Table table(headers);
    for (const Customer& c : customers) {
        // The first e-mail only: a second one would make the column twice as wide for a few rows.
        QString email = c.emails.value(0);
        if (c.emails.size() > 1)
            email += QStringLiteral(" (+%1)").arg(c.emails.size() - 1);
        table.addRow({QString::number(c.id.value), c.displayName, email, c.address.country, c.address.city, c.vatId,
                      c.segment, customers::displayName(c.status)});
    }
    return table.lines();
}

} // namespace subdesk::cli
