#pragma once

#include "DocumentQuery.h"

#include <array>

namespace subdesk::invoicing {

/**
 * Who owes what and for how long, as of a day: each open invoice's balance in the bucket of its
 * days past due (not yet due = current, 1–30, 31–60, 61–90, over 90), per customer and currency,
 * with totals per currency. Pure.
 */
class AgingReport
{
public:
    enum Bucket
    {
        Current,
        Days1To30,
        Days31To60,
        Days61To90,
        Over90,
        BucketCount
    };

    struct Row
    {
        CustomerId customerId;
        QString customerName;
        QString currency;
        std::array<qint64, BucketCount> buckets {};
        qint64 totalMinor = 0;
        int invoices = 0;
    };

    static AgingReport build(const QList<OpenItem>& items, QDate asOf);
    static Bucket bucketFor(QDate dueDate, QDate asOf);
    static QString bucketName(Bucket bucket); ///< translated: "Current", "1–30 days", ...

    QDate asOf() const { return m_asOf; }
    /** By customer name, then currency. */
    const QList<Row>& rows() const { return m_rows; }
    /** One row per currency (customerId invalid), by currency code. */
    const QList<Row>& totals() const { return m_totals; }

private:
    QDate m_asOf;
    QList<Row> m_rows;
    QList<Row> m_totals;
};

} // namespace subdesk::invoicing
