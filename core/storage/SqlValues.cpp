#include "SqlValues.h"

#include "SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace subdesk::storage {

namespace {

/** Writes value as `width` decimal digits at out (value fits). */
void putDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

/** Reads `width` decimal digits at text; -1 when one is not a digit. */
int getDigits(const char* text, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QByteArray isoDate(QDate date)
{
    int year = 0, month = 0, day = 0;
    if (!date.isValid())
        return {};
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return {};
    QByteArray text(10, Qt::Uninitialized);
    char* out = text.data();
    putDigits(out, year, 4);
    out[4] = '-';
    putDigits(out + 5, month, 2);
    out[7] = '-';
    putDigits(out + 8, day, 2);
    return text;
}

QDate dateFromIso(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const char* data = text.data();
    const int year = getDigits(data, 4);
    const int month = getDigits(data + 5, 2);
    const int day = getDigits(data + 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for a month or day out of range
}

void bindDate(SqliteStatement& statement, int index, QDate date)
{
    QByteArray text = isoDate(date);
    if (text.isNull())
        statement.bindNull(index);
    else
        statement.bindUtf8(index, std::move(text));
}

QDate columnDate(const SqliteStatement& statement, int column)
{
    return dateFromIso(statement.columnUtf8(column));
}

QByteArray isoMoment(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.timeSpec() == Qt::UTC ? moment : moment.toUTC();
    const QByteArray date = isoDate(utc.date());
    if (date.isNull())
        return utc.toString(Qt::ISODateWithMs).toUtf8();
    const QTime time = utc.time();
    QByteArray text(24, Qt::Uninitialized);
    char* out = text.data();
    memcpy(out, date.constData(), 10);
    out[10] = 'T';
    putDigits(out + 11, time.hour(), 2);
    out[13] = ':';
    putDigits(out + 14, time.minute(), 2);
    out[16] = ':';
    putDigits(out + 17, time.second(), 2);
    out[19] = '.';
    putDigits(out + 20, time.msec(), 3);
    out[23] = 'Z';
    return text;
}

QDateTime momentFromIso(QByteArrayView text)
{
    // The form isoMoment() writes, parsed by hand: QDateTime::fromString costs microseconds a row.
    if (text.size() == 24 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.'
        && text[23] == 'Z') {
        const QDate date = dateFromIso(text.first(10));
        const char* data = text.data();
        const int hour = getDigits(data + 11, 2);
        const int minute = getDigits(data + 14, 2);
        const int second = getDigits(data + 17, 2);
        const int msec = getDigits(data + 20, 3);
        const QTime time(hour, minute, second, msec);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs).toUTC();
}

Currency currencyFromCode(QByteArrayView code)
{
    // A company bills in one or a few currencies: remembering the last one found saves a hash
    // look-up and a QString per row on the bulk paths.
    thread_local QByteArray lastCode;
    thread_local Currency lastCurrency;
    if (!lastCode.isNull() && code == QByteArrayView(lastCode))
        return lastCurrency;
    if (code.isEmpty())
        return {};
    const auto found = Currency::fromCode(QString::fromUtf8(code));
    if (!found)
        return {};
    lastCode = code.toByteArray();
    lastCurrency = *found;
    return lastCurrency;
}

int lastErrorCode(sqlite3* db)
{
    return sqlite3_extended_errcode(db);
}

bool isUniqueViolation(int code)
{
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
}

bool isForeignKeyViolation(int code)
{
    return code == SQLITE_CONSTRAINT_FOREIGNKEY;
}

Error notOpenError()
{
    return Error(ErrorCode::Database, QCoreApplication::translate("Database", "The company file is not open."));
}

} // namespace subdesk::storage
