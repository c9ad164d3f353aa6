#pragma once

#include "CsvReader.h"
#include "CustomerCsvImporter.h"
#include "metrics/FxTable.h"

#include <QCoreApplication>

#include <optional>

namespace subdesk::io {

/** The rates of an exchange-rate CSV file and the rows it refuses. */
struct FxRateCsvContent
{
    QList<metrics::FxRate> rates; ///< valid rows, in file order
    QList<int> rateLines; ///< line of each entry in rates
    QList<ImportProblem> problems; ///< every bad row, in file order
    int dataRows = 0; ///< records after the header
};

/**
 * Exchange-rate CSV files, shared by `subdesk-cli fx import` and Settings → Exchange rates: three
 * columns month (YYYY-MM), currency (ISO 4217) and rate (one unit of the currency in the reporting
 * currency, at most 8 decimals, dot or comma). A first row whose first cell is not a month is a
 * header ("month,currency,rate"). A row is refused (with its line and the column) when a cell is
 * malformed, when its currency is the reporting currency, or when an earlier row has the same month
 * and currency. Callers store the rates only when there is no problem (all or none).
 */
class FxRateCsv
{
    Q_DECLARE_TR_FUNCTIONS(FxRateCsv)
public:
    /** An unreadable or malformed file (a quote left open) is an Error; bad rows are problems. */
    static Result<FxRateCsvContent> read(const QString& path, const QString& reportingCurrency,
                                         const CsvReadOptions& options = {});
    static Result<FxRateCsvContent> parse(const QByteArray& data, const QString& reportingCurrency,
                                          const CsvReadOptions& options = {});

    /** "2026-03" → 2026-03-01; nullopt unless written YYYY-MM with a month 01–12. */
    static std::optional<QDate> parseMonth(const QString& text);
    /** 2026-03-xx → "2026-03". */
    static QString monthText(QDate month);

private:
    static FxRateCsvContent fromTable(const CsvTable& table, const QString& reportingCurrency);
};

} // namespace subdesk::io
