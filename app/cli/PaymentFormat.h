#pragma once

#include "invoicing/AgingReport.h"
#include "invoicing/Payment.h"
#include "invoicing/Statement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace subdesk::cli {

/**
 * JSON and text of payments, the aging report and statements of account for the payments, reports
 * and statement commands, in the conventions of InvoiceFormat.
 */
namespace paymentformat {

QJsonObject paymentToJson(const invoicing::Payment& payment);
QJsonArray paymentsToJson(const QList<invoicing::Payment>& payments);
/** A payment with its allocations and what went to credit (a preview says nothing was written). */
QStringList paymentText(const invoicing::Payment& payment, bool preview);
/** A table of payments, then the sum per currency. */
QStringList paymentsText(const QList<invoicing::Payment>& payments);

QJsonObject agingToJson(const invoicing::AgingReport& report);
/** A table per currency: one row per customer, then the total row. */
QStringList agingText(const invoicing::AgingReport& report);

QJsonObject statementToJson(const invoicing::Statement& statement, const QString& customerName);
QStringList statementText(const invoicing::Statement& statement, const QString& customerName);

} // namespace paymentformat

} // namespace subdesk::cli
