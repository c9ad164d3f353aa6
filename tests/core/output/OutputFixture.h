#pragma once

#include "billing/Document.h"

#include <QByteArray>
#include <QList>

/**
 * Issued invoices and credit notes built by hand for the output tests and the benchmark: the
 * cases a European tax office and a customer read differently (domestic rates, reverse charge,
 * exemption, export, a credit note, Persian, many pages, a currency without decimals).
 */
namespace outputfixture {

struct Sample
{
    QString name; ///< golden file base name, e.g. "domestic-pl"
    subdesk::billing::Document document;
};

/** A line of `quantity` × `unitMinor` (or a fixed amount when unitMinor is 0) at a category and rate. */
struct LineSpec
{
    QString description;
    qint64 quantity = 1;
    qint64 unitMinor = 0;
    qint64 amountMinor = 0; ///< used when unitMinor is 0
    subdesk::tax::TaxCategory category = subdesk::tax::TaxCategory::Standard;
    int rateBp = 0;
    QDate periodStart;
    QDate periodEnd;
};

/** Issues a document: line nets, tax per (category, rate) group rounded once, totals. */
subdesk::billing::Document issued(subdesk::billing::DocumentKind kind, const QString& number, const QString& currency,
                                  const QList<LineSpec>& lines);

/** A seller in Poland, Germany, Italy, Finland, Japan by country code. */
subdesk::billing::Party seller(const QString& country);

/** Every sample, in a fixed order. */
QList<Sample> samples();
Sample sample(const QString& name);

/** UTF-8 literals as a QStringList (the project builds with QT_NO_CAST_FROM_ASCII). */
QStringList texts(std::initializer_list<const char*> list);

/** A small PNG logo drawn in code. */
QByteArray logoPng();

} // namespace outputfixture
