#pragma once

#include "billing/Document.h"
#include "common/Result.h"
#include "invoicing/Statement.h"

#include <QByteArray>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace subdesk::output {

/**
 * A customer's statement of account as an A4 document: the company and the customer, the period,
 * the opening balance, every document and payment with debit, credit and running balance, and the
 * closing balance ("in your favour" when the customer is owed). In the customer's language.
 */
class StatementPdf
{
public:
    struct Content
    {
        const invoicing::Statement& statement;
        billing::Party company;
        billing::Party customer;
        QByteArray logo; ///< PNG or JPEG bytes, or empty
        QString language = QStringLiteral("en"); ///< the customer's document language
    };

    /** Paints on device (a PDF writer, or a printer for print preview) with a painter begun on it. */
    static void paint(const Content& content, QPainter& painter, QPagedPaintDevice& device);
    /** Writes a PDF to an open, writable device. */
    static Status writePdf(const Content& content, QIODevice& out);
    /** Writes a PDF file at path, atomically. */
    static Status writePdf(const Content& content, const QString& path);
};

} // namespace subdesk::output
