#pragma once

#include "metrics/MetricsReport.h"
#include "metrics/Reconciliation.h"
#include "money/Currency.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace subdesk::cli {

/** Plan id → plan code, so people read codes rather than ids. */
using PlanCodes = QHash<PlanId, QString>;

/**
 * JSON, CSV and text of the metrics command. JSON: an amount is {"minor": 4900, "decimal": "49.00",
 * "currency": "EUR", "display": "€49.00"}; a ratio {"num": 1, "den": 3, "percent": "33.33"}
 * (percent rounded half away from zero to two places) or null when its denominator is 0; months
 * are "YYYY-MM". Text is for people: amounts in the locale, one block of figures per month.
 */
namespace metricsformat {

/** The currency of an ISO code; an invalid Currency when the code is empty or unknown. */
Currency currencyOf(const QString& code);
QString monthText(QDate month);
QJsonObject amountToJson(qint64 minor, const Currency& currency);
QString amountText(qint64 minor, const Currency& currency);
/** v ÷ 10^decimals in the locale ("33.33", "-12.5" with decimals 1). */
QString scaledText(qint64 value, int decimals);
/** "33.33 %", or empty when there is no ratio. */
QString percentText(const std::optional<metrics::Ratio>& ratio);
QJsonValue ratioToJson(const std::optional<metrics::Ratio>& ratio);

QJsonObject monthToJson(const metrics::MonthFigures& month, const Currency& currency);
QJsonObject reportToJson(const metrics::MetricsReport& report);
/** A block per month: the figures of BILLING.md §10 with their names, then the report's warnings. */
QStringList reportText(const metrics::MetricsReport& report);
/** A header row and one row per month; key: the segment or plan column of a breakdown (empty: none). */
QStringList csvHeader(bool withKey);
QList<QStringList> csvRows(const metrics::MetricsReport& report, const QString* key = nullptr);

QJsonArray reconciliationToJson(const QList<metrics::ReconciliationMonth>& months, const Currency& currency);
/** A table: one row per month, MRR to invoiced with the reasons they differ. */
QStringList reconciliationText(const QList<metrics::ReconciliationMonth>& months, const Currency& currency);

QJsonArray movementsToJson(const QList<metrics::MovementRow>& rows, const Currency& currency);
QStringList movementsText(const QList<metrics::MovementRow>& rows, const Currency& currency);
QJsonArray payingToJson(const QList<metrics::CustomerMrrRow>& rows, const Currency& currency, const PlanCodes& plans);
QStringList payingText(const QList<metrics::CustomerMrrRow>& rows, const Currency& currency, const PlanCodes& plans);

} // namespace metricsformat

} // namespace subdesk::cli
