#pragma once

#include "DocumentLanguage.h"
#include "PageCanvas.h"
#include "billing/Document.h"

namespace subdesk::output {

/** Pieces that invoices, credit notes and statements print alike: parties, the logo, page footers. */
class DocumentParts
{
public:
    /** The party's postal address, one line each ("00-001 Warszawa", "Poland"). */
    static QStringList addressLines(const billing::Party& party);
    /** An IBAN in groups of four: "DE89 3704 0044 0532 0130 00". */
    static QString groupedIban(const QString& iban);
    /** The VAT ID as it is printed and sent: Greece's "GR" prefix is "EL" in VAT IDs. */
    static QString vatIdText(const QString& vatId);

    /** Decodes a PNG or JPEG logo and scales it to fit maxW × maxH points at print resolution. */
    static QImage logoImage(const QByteArray& bytes, qreal maxW, qreal maxH);
    /** The size in points the logo takes within maxW × maxH. */
    static QSizeF logoSize(const QImage& image, qreal maxW, qreal maxH);

    /** The seller: name, address, VAT ID, registration id, contact. Returns the y below it. */
    static qreal seller(PageCanvas& canvas, qreal x, qreal y, qreal w, const billing::Party& party,
                        const DocumentLanguage& language);
    /** The customer under a small heading: name, address, VAT ID. Returns the y below it. */
    static qreal buyer(PageCanvas& canvas, qreal x, qreal y, qreal w, const QString& heading,
                       const billing::Party& party, const DocumentLanguage& language);
    /** "label ........ value" rows at the trailing side (issue date, due date, ...). */
    static qreal keyValues(PageCanvas& canvas, qreal x, qreal y, qreal w, const QList<QPair<QString, QString>>& rows);
    /** "Page 1 of 3" under the content, when there is more than one page. */
    /** The top of a document's first page: the logo at the leading corner, the title (titlePt) over a
     *  muted subtitle at the trailing one, in a trailing box of titleW; returns where the body starts. */
    static qreal masthead(PageCanvas& canvas, qreal y, const QImage& logo, const QString& title, qreal titlePt,
                          const QString& subtitle, qreal subtitlePt, qreal titleW);
    static void pageFooter(PageCanvas& canvas, int page, const DocumentLanguage& language);
};

} // namespace subdesk::output
