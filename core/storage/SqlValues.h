#pragma once

#include "SqliteStatement.h"
#include "common/Error.h"
#include "common/Result.h"
#include "money/Currency.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>

struct sqlite3;

namespace subdesk::storage {

// Conversions between core values and the text the company file stores (dates as ISO
// 'YYYY-MM-DD', moments as ISO 8601 UTC with milliseconds). The bulk paths of the repositories
// read and write hundreds of thousands of these, so they skip QString where they can.

/** 'YYYY-MM-DD', or a null array for an invalid date (or a year outside 1..9999). */
QByteArray isoDate(QDate date);
/** Parses 'YYYY-MM-DD'; an invalid QDate for anything else. */
QDate dateFromIso(QByteArrayView text);
/** Binds isoDate(date), or NULL for an invalid date. */
void bindDate(SqliteStatement& statement, int index, QDate date);
/** The date in a column (invalid when NULL). */
QDate columnDate(const SqliteStatement& statement, int column);

/** 'YYYY-MM-DDTHH:MM:SS.zzzZ' in UTC (as QDateTime::toString(Qt::ISODateWithMs) of the UTC time). */
QByteArray isoMoment(const QDateTime& moment);
/** Parses isoMoment()'s form (and any other ISO 8601 form Qt reads); a UTC QDateTime. */
QDateTime momentFromIso(QByteArrayView text);

/** The currency for a stored code; an invalid Currency for '' or an unknown code. */
Currency currencyFromCode(QByteArrayView code);

/** SQLite's extended result code of the last failed call on db (SQLITE_CONSTRAINT_UNIQUE, ...). */
int lastErrorCode(sqlite3* db);
bool isUniqueViolation(int code);
bool isForeignKeyViolation(int code);

/** "The company file is not open." */
Error notOpenError();

/** Steps a prepared (and bound) query to its end, calling onRow(query) for each row. */
template <typename OnRow>
Status forEachRow(SqliteStatement& query, OnRow&& onRow)
{
    if (!query.ok())
        return query.error();
    while (query.nextRow())
        onRow(query);
    if (query.failed())
        return query.error();
    return {};
}

} // namespace subdesk::storage
