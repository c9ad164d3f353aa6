#include "invoicing/AgingReport.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::invoicing;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

OpenItem item(qint64 customer, const char* name, const char* currency, qint64 balance, const char* due,
              const char* issued = "2026-01-01")
{
    OpenItem i;
    i.customerId = CustomerId(customer);
    i.customerName = QString::fromUtf8(name);
    i.issueDate = d(issued);
    i.dueDate = due ? d(due) : QDate();
    i.balance = Money(balance, *Currency::fromCode(QString::fromLatin1(currency)));
    return i;
}

using Buckets = std::array<qint64, AgingReport::BucketCount>;

} // namespace

class TestAgingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketFor_data()
    {
        QTest::addColumn<int>("daysPastDue");
        QTest::addColumn<int>("bucket");
        QTest::newRow("due in 5 days: current") << -5 << int(AgingReport::Current);
        QTest::newRow("due today (0 days): current") << 0 << int(AgingReport::Current);
        QTest::newRow("1 day past due: 1–30") << 1 << int(AgingReport::Days1To30);
        QTest::newRow("30 days past due: 1–30") << 30 << int(AgingReport::Days1To30);
        QTest::newRow("31 days past due: 31–60") << 31 << int(AgingReport::Days31To60);
        QTest::newRow("60 days past due: 31–60") << 60 << int(AgingReport::Days31To60);
        QTest::newRow("61 days past due: 61–90") << 61 << int(AgingReport::Days61To90);
        QTest::newRow("90 days past due: 61–90") << 90 << int(AgingReport::Days61To90);
        QTest::newRow("91 days past due: over 90") << 91 << int(AgingReport::Over90);
        QTest::newRow("400 days past due: over 90") << 400 << int(AgingReport::Over90);
    }

    void bucketFor()
    {
        QFETCH(int, daysPastDue);
        QFETCH(int, bucket);
        const QDate asOf = d("2026-03-01"); // after a short February: calendar days, not months
        QCOMPARE(int(AgingReport::bucketFor(asOf.addDays(-daysPastDue), asOf)), bucket);
    }

    void noDueDateIsCurrent() { QCOMPARE(AgingReport::bucketFor(QDate(), d("2026-03-01")), AgingReport::Current); }

    void bucketNames()
    {
        QCOMPARE(AgingReport::bucketName(AgingReport::Current), QStringLiteral("Current"));
        QCOMPARE(AgingReport::bucketName(AgingReport::Days1To30), QStringLiteral("1–30 days"));
        QCOMPARE(AgingReport::bucketName(AgingReport::Over90), QStringLiteral("Over 90 days"));
    }

    void build()
    {
        const QDate asOf = d("2026-06-30");
        const QList<OpenItem> items = {
            item(3, "Zeta GmbH", "EUR", 10000, "2026-06-30"), // current
            item(3, "Zeta GmbH", "EUR", 2500, "2026-05-31"), // 30 days: 1–30
            item(1, "alpha Oy", "EUR", 700, "2026-03-31"), // 91 days: over 90
            item(1, "alpha Oy", "PLN", 12300, "2026-05-01"), // 60 days: 31–60
            item(2, "Alpha Oy", "EUR", 100, "2026-04-30"), // 61 days: 61–90 (a namesake)
            item(1, "alpha Oy", "EUR", 0, "2026-01-01"), // settled: left out
            item(1, "alpha Oy", "EUR", 50, nullptr, "2026-05-30"), // no due date: due when issued, 31 days
        };
        const AgingReport report = AgingReport::build(items, asOf);
        QCOMPARE(report.asOf(), asOf);

        // By name (case-insensitive), namesakes by id, then currency.
        const QList<AgingReport::Row>& rows = report.rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].customerId, CustomerId(1));
        QCOMPARE(rows[0].currency, QStringLiteral("EUR"));
        QCOMPARE(rows[0].buckets, (Buckets {0, 0, 50, 0, 700}));
        QCOMPARE(rows[0].totalMinor, qint64(750));
        QCOMPARE(rows[0].invoices, 2);
        QCOMPARE(rows[1].customerId, CustomerId(1));
        QCOMPARE(rows[1].currency, QStringLiteral("PLN"));
        QCOMPARE(rows[1].buckets, (Buckets {0, 0, 12300, 0, 0}));
        QCOMPARE(rows[2].customerId, CustomerId(2));
        QCOMPARE(rows[2].customerName, QStringLiteral("Alpha Oy"));
        QCOMPARE(rows[2].buckets, (Buckets {0, 0, 0, 100, 0}));
        QCOMPARE(rows[3].customerName, QStringLiteral("Zeta GmbH"));
        QCOMPARE(rows[3].buckets, (Buckets {10000, 2500, 0, 0, 0}));
        QCOMPARE(rows[3].totalMinor, qint64(12500));
        QCOMPARE(rows[3].invoices, 2);

        // One total per currency, never added across currencies.
        const QList<AgingReport::Row>& totals = report.totals();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals[0].currency, QStringLiteral("EUR"));
        QVERIFY(!totals[0].customerId.isValid());
        QCOMPARE(totals[0].buckets, (Buckets {10000, 2500, 50, 100, 700}));
        QCOMPARE(totals[0].totalMinor, qint64(13350));
        QCOMPARE(totals[0].invoices, 5);
        QCOMPARE(totals[1].currency, QStringLiteral("PLN"));
        QCOMPARE(totals[1].totalMinor, qint64(12300));
        QCOMPARE(totals[1].invoices, 1);
    }

    void emptyReport()
    {
        const AgingReport report = AgingReport::build({}, d("2026-06-30"));
        QVERIFY(report.rows().isEmpty());
        QVERIFY(report.totals().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgingReport)
#include "tst_agingreport.moc"
