#pragma once

#include "customers/Customer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace subdesk::cli {

/**
 * A customer as JSON: one member per CustomerField named by fieldKey(); "email", "street" and "tags"
 * are arrays, "id" and "payment_terms" numbers, everything else strings in fieldText()'s
 * locale-independent form (keys for enums, ISO 8601 dates, "" when empty).
 */
QJsonObject customerToJson(const customers::Customer& customer);
QJsonArray customersToJson(const QList<customers::Customer>& customers);

/** `customers show`: "Label:  value" for every field, list fields one entry per line. */
QStringList customerDetails(const customers::Customer& customer);

/** `customers list`: No., Name, E-mail, Country, City, VAT ID, Segment, Status. */
QStringList customerTable(const QList<customers::Customer>& customers);

} // namespace subdesk::cli
