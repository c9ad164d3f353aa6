#pragma once

#include "billing/Document.h"
#include "common/Result.h"

#include <QByteArray>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace subdesk::output {

/**
 * An issued invoice or credit note as an A4 document carrying everything EU VAT Directive art. 226
 * asks for: number and dates, supply period, both parties with their VAT IDs, the lines with
 * quantity, unit price, net and rate, the tax per rate, totals, reverse-charge or exemption texts,
 * payment terms, bank details and the structured creditor reference. Written in the document's
 * language (labels, numbers, dates; right to left for Persian). A credit note shows its amounts
 * positive. Lines that do not fit flow onto further pages, numbered "Page 1 of 2".
 */
class InvoicePdf
{
public:
    /** Paints the document on device (a PDF writer, or a printer for print preview) with a painter
     *  already begun on it, starting on its current page. logo: PNG or JPEG bytes, or empty. */
    static void paint(const billing::Document& document, const QByteArray& logo, QPainter& painter,
                      QPagedPaintDevice& device);

    /** Writes the document as a PDF to an open, writable device. */
    static Status writePdf(const billing::Document& document, const QByteArray& logo, QIODevice& out);
    /** Writes the document as a PDF file at path, atomically. */
    static Status writePdf(const billing::Document& document, const QByteArray& logo, const QString& path);

    /** The PDF's title: "Invoice INV-2026-00042" in the document's language. */
    static QString title(const billing::Document& document);
};

} // namespace subdesk::output
