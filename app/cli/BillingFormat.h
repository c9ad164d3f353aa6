#pragma once

#include "billing/BillingRunner.h"
#include "billing/Document.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace subdesk::cli {

/** Customer number → display name, for headings of documents. */
using CustomerNames = QHash<CustomerId, QString>;

/**
 * JSON and text of amounts, dates, billing items and documents for the billing commands.
 * JSON: an amount is {"minor": 2495, "currency": "EUR", "display": "€24.95"} (display follows the
 * locale, minor and currency are for scripts); dates are ISO 8601; an id not stored yet is null.
 * Text is for people: amounts and dates in the user's locale, columns aligned.
 */
namespace billingformat {

QJsonObject moneyToJson(const Money& amount);
QString moneyText(const Money& amount);
/** ISO date, or null when invalid. */
QJsonValue dateToJson(QDate date);
/** The locale's short date, or an empty string when invalid. */
QString dateText(QDate date);
/** The number, or null for an id that is not stored (a preview). */
QJsonValue idToJson(qint64 id);
/** "start → end", only start when the period is one day or open-ended, empty without a start. */
QString periodText(QDate start, QDate end);
/** "12 Name" (customer number and name), or the number alone when the name is empty. */
QString customerLabel(CustomerId id, const QString& name);
/** Right-aligns amounts so that a column of them lines up on the last digit. */
QStringList rightAligned(const QStringList& cells);

QJsonObject itemToJson(const billing::BillingItem& item);
QJsonObject documentToJson(const billing::Document& document, const CustomerNames& names);
QJsonArray documentsToJson(const QList<billing::Document>& documents, const CustomerNames& names);
/**
 * A document: a heading (kind, number, date, customer, total, credit applied, due) and a table of
 * its lines (kind, description, period, amount, derivation), indented.
 */
QStringList documentText(const billing::Document& document, const CustomerNames& names);
QStringList documentsText(const QList<billing::Document>& documents, const CustomerNames& names);

/** A billing run or its preview with every document and the counts. */
QJsonObject runToJson(const billing::RunPlan& plan, bool preview, const CustomerNames& names);
QStringList runText(const billing::RunPlan& plan, bool preview, const CustomerNames& names);

} // namespace billingformat

} // namespace subdesk::cli
