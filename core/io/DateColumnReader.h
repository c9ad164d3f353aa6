#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::io {

class CsvImportTable;

/** How day/month/year dates such as 04/03/2026 are read. */
enum class DateOrder
{
    /**
     * Decided per file: a date whose first number is above 12 (14/03/2026) makes the file
     * day-first, one whose second number is above 12 (03/14/2026) month-first. With neither, every
     * date whose day and month could be swapped is refused; a file with both is refused.
     */
    Auto,
    DayFirst,
    MonthFirst,
};

/**
 * The dates of one column of a CSV file, in the forms survey tools export: 2026-03-14, 2026/03/14,
 * 2026-03-14 10:22:31, 2026-03-14T10:22:31Z (the date as written, the time ignored), 14.03.2026
 * (dots are day-first everywhere), 14/03/2026 or 03/14/2026 (see DateOrder; times and AM/PM after
 * them are ignored), "14 Mar 2026", "Mar 14, 2026", and Unix timestamps in seconds (a UTC date).
 * Two-digit years are refused.
 *
 * The whole column is read first, since one day/month/year date with a day above 12 decides how
 * the file's other ones are read.
 */
class DateColumnReader
{
public:
    /**
     * Reads the cell in column of every data row of file (rows whose cells are all blank skipped),
     * and resolves order Auto from them where they tell.
     */
    DateColumnReader(const CsvImportTable& file, qsizetype column, DateOrder order);

    /** How the day/month/year dates were read (Auto resolved), when the column has any. */
    std::optional<DateOrder> orderUsed() const;

    /**
     * The date in the column of table().records[record], or Error(Invalid) with the translated
     * reason it is none: the cell is empty, not a date, or a day/month/year date the order cannot
     * tell or that is not a date in that order.
     */
    Result<QDate> date(qsizetype record) const;

private:
    /** A cell as read: a date, a day/month pair still to be ordered, or a reason it is no date. */
    struct Cell
    {
        QString text; ///< trimmed; empty for rows not read
        QDate date;
        bool needsOrder = false; ///< first/second are day and month in an order the file decides
        int first = 0;
        int second = 0;
        int year = 0;
        QString error;
    };

    static Cell read(const QString& text);

    QList<Cell> m_cells; ///< one per record of the table
    DateOrder m_order = DateOrder::Auto; ///< Auto when the caller left it and the file did not tell
    int m_dayFirstLine = 0; ///< first line with a date only day-first can read, 0 if none
    int m_monthFirstLine = 0; ///< first line with a date only month-first can read, 0 if none
    bool m_anyNeedsOrder = false;
};

} // namespace subdesk::io
