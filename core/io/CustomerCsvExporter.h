#pragma once

#include "common/Result.h"
#include "customers/Customer.h"

#include <QByteArray>
#include <QList>

namespace subdesk::io {

/**
 * Writes customers as CSV: UTF-8 with BOM (spreadsheets then read accents right), comma-separated,
 * CRLF, every field of allCustomerFields() with its English label as header, so the importer maps
 * each column back. Cells starting with = + - @ (and tab or CR) get a leading apostrophe so a
 * spreadsheet never runs them as formulas. The creation time keeps its milliseconds when it has any,
 * so an export imported again gives back exactly the customers exported (except their ids).
 */
class CustomerCsvExporter
{
public:
    static QByteArray toCsv(const QList<customers::Customer>& customers);
    static Status writeFile(const QString& path, const QList<customers::Customer>& customers);
};

} // namespace subdesk::io
