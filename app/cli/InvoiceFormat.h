#pragma once

#include "billing/Document.h"
#include "invoicing/DocumentQuery.h"
#include "invoicing/Payment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace subdesk::cli {

/**
 * JSON and text of invoices and credit notes for the invoices commands (PaymentFormat has payments,
 * the aging report and statements). Amounts are {"minor", "currency", "display"} and dates ISO 8601,
 * as in BillingFormat; statuses, kinds and tax categories are keys.
 */
namespace invoiceformat {

/** What `invoices show` prints besides the document itself. */
struct DocumentDetail
{
    billing::Document document;
    QString customerName;
    /** Payments allocated to the invoice, each with that allocation only. */
    QList<invoicing::Payment> payments;
    /** Issued credit notes correcting the invoice. */
    QList<billing::Document> creditNotes;
};

/** An amount in the currency with that code (any minor units). */
Money money(qint64 minor, const QString& currency);
/** "25.5 %" in the user's locale from basis points. */
QString percentText(int basisPoints);
/** The document's number, or "draft N" for a draft. */
QString documentLabel(const billing::Document& document);

/** The whole document: header, settlement, lines with derivations and tax, tax groups. */
QJsonObject documentToJson(const billing::Document& document, const QString& customerName, QDate today);
/** documentToJson plus "payments" and "credit_notes". */
QJsonObject detailToJson(const DocumentDetail& detail, QDate today);
QStringList detailText(const DocumentDetail& detail, QDate today);
/** One line per document: "Issued INV-2026-00001 (document 3): total €12.30, due 15/04/2026." */
QStringList issuedText(const QList<billing::Document>& documents, bool preview);

QJsonObject rowToJson(const invoicing::DocumentRow& row);
QJsonArray rowsToJson(const QList<invoicing::DocumentRow>& rows);
/** The table of rows, then a line per currency with the count, total and balance. */
QStringList rowsText(const QList<invoicing::DocumentRow>& rows, const QList<invoicing::DocumentTotals>& totals);

} // namespace invoiceformat

} // namespace subdesk::cli
