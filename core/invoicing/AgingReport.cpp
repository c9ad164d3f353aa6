#include "AgingReport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

namespace subdesk::invoicing {

namespace {

const char* const kBucketNames[AgingReport::BucketCount] = {
    QT_TRANSLATE_NOOP("AgingReport", "Current"),      QT_TRANSLATE_NOOP("AgingReport", "1–30 days"),
    QT_TRANSLATE_NOOP("AgingReport", "31–60 days"),   QT_TRANSLATE_NOOP("AgingReport", "61–90 days"),
    QT_TRANSLATE_NOOP("AgingReport", "Over 90 days"),
};

void add(AgingReport::Row& row, AgingReport::Bucket bucket, qint64 amount)
{
    // Each balance is at most its invoice's stored total; sums of a company's receivables stay far
    // below the qint64 range (9.2 × 10^16 euros), so plain addition cannot wrap here.
    row.buckets[bucket] += amount;
    row.totalMinor += amount;
    ++row.invoices;
}

} // namespace

AgingReport::Bucket AgingReport::bucketFor(QDate dueDate, QDate asOf)
{
    if (!dueDate.isValid())
        return Current;
    const qint64 daysPastDue = dueDate.daysTo(asOf);
    if (daysPastDue <= 0)
        return Current;
    if (daysPastDue <= 30)
        return Days1To30;
    if (daysPastDue <= 60)
        return Days31To60;
    if (daysPastDue <= 90)
        return Days61To90;
    return Over90;
}

QString AgingReport::bucketName(Bucket bucket)
{
    Q_ASSERT(bucket >= Current && bucket < BucketCount);
    return QCoreApplication::translate("AgingReport", kBucketNames[bucket]);
}

AgingReport AgingReport::build(const QList<OpenItem>& items, QDate asOf)
{
    AgingReport report;
    report.m_asOf = asOf;
    QHash<std::pair<CustomerId, QString>, qsizetype> rowIndex;
    QHash<QString, qsizetype> totalIndex;
    for (const OpenItem& item : items) {
        const qint64 balance = item.balance.minorUnits();
        if (balance == 0)
            continue;
        const QString currency = item.balance.currency().code();
        // An invoice without a due date is due on its issue date.
        const Bucket bucket = bucketFor(item.dueDate.isValid() ? item.dueDate : item.issueDate, asOf);

        const auto rowKey = std::make_pair(item.customerId, currency);
        auto row = rowIndex.constFind(rowKey);
        if (row == rowIndex.constEnd()) {
            Row fresh;
            fresh.customerId = item.customerId;
            fresh.customerName = item.customerName;
            fresh.currency = currency;
            report.m_rows.append(fresh);
            row = rowIndex.insert(rowKey, report.m_rows.size() - 1);
        }
        add(report.m_rows[*row], bucket, balance);

        auto total = totalIndex.constFind(currency);
        if (total == totalIndex.constEnd()) {
            Row fresh;
            fresh.currency = currency;
            report.m_totals.append(fresh);
            total = totalIndex.insert(currency, report.m_totals.size() - 1);
        }
        add(report.m_totals[*total], bucket, balance);
    }
    std::sort(report.m_rows.begin(), report.m_rows.end(), [](const Row& a, const Row& b) {
        if (const int byName = a.customerName.compare(b.customerName, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        if (a.customerId != b.customerId)
            return a.customerId < b.customerId; // namesakes stay apart and in a stable order
        return a.currency < b.currency;
    });
    std::sort(report.m_totals.begin(), report.m_totals.end(),
              [](const Row& a, const Row& b) { return a.currency < b.currency; });
    return report;
}

} // namespace subdesk::invoicing
