// Times the invoices page over 1,000,000 documents: opening it (count, first page and first paint),
// a sort change, a filter change and a customer search, each against the 1 s target, plus the
// totals line that follows them. The documents are inserted with plain prepared sqlite3 statements
// (setup, not the code under test) into a company file made by CompanyFile with its customers.
// Prints figures only; it fails (exit 1) when the page cannot be built, never because it is slow.
//
// Usage: bench_invoices_view [documents]   (default 1000000)

#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "invoices/InvoiceFilterBar.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesView.h"
#include "storage/CompanyFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace subdesk;

namespace {

constexpr double kTargetMs = 1000.0;
constexpr int kCustomers = 10000;
const QDate kToday(2026, 3, 15);

int fail(const QString& what, const QString& why)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char* what, double ms)
{
    std::printf("%-48s %9.1f ms   (target <= %.0f ms: %s)\n", what, ms, kTargetMs, ms <= kTargetMs ? "met" : "MISSED");
}

bool exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "sqlite: %s\n  in %s\n", message, sql);
    sqlite3_free(message);
    return false;
}

/** The company: profile and customers through the services (then closed). */
Status createCompany(const QString& path, const Clock& clock)
{
    auto company = storage::CompanyFile::open(path, {}, clock);
    if (!company)
        return company.error();
    company::CompanyProfile profile;
    profile.name = QStringLiteral("Bench Oy");
    profile.address.city = QStringLiteral("Helsinki");
    profile.address.country = QStringLiteral("FI");
    if (auto saved = (*company)->company().saveProfile(profile); !saved)
        return saved;
    QList<customers::Customer> all;
    for (int i = 0; i < kCustomers; ++i) {
        customers::Customer c;
        c.displayName = QStringLiteral("Customer %1 Oy").arg(i + 1, 5, 10, QLatin1Char('0'));
        c.kind = customers::CustomerKind::Business;
        c.address.country = QStringLiteral("FI");
        c.address.city = QStringLiteral("Espoo");
        c.currency = QStringLiteral("EUR");
        c.language = QStringLiteral("en");
        c.emails = {QStringLiteral("billing@customer%1.example").arg(i + 1)};
        all.append(c);
    }
    if (auto added = (*company)->customers().addAll(all); !added)
        return added.error();
    return {};
}

/**
 * count documents, oldest first: 2% drafts (the newest), the rest issued from 2023 on with numbers
 * INV-<year>-<n> of the default series; 60% paid, 10% partly, 1% uncollectible, the rest open or overdue.
 */
bool insertDocuments(const QString& path, int count)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    bool ok = exec(db, "PRAGMA synchronous = OFF") && exec(db, "BEGIN");
    sqlite3_stmt* insert = nullptr;
    ok = ok
        && sqlite3_prepare_v2(
               db,
               "INSERT INTO documents (customer_id, kind, status, date, currency, total_minor, created_at, number,"
               " series_id, issue_date, due_date, net_total_minor, tax_total_minor, paid_minor, language, buyer,"
               " issued_at) VALUES (?, 'invoice', ?, ?, 'EUR', ?, '2026-01-01T00:00:00Z', ?,"
               " (SELECT id FROM number_series WHERE kind = 'invoice' AND is_default = 1), ?, ?, ?, ?, ?, 'en', ?, ?)",
               -1, &insert, nullptr)
            == SQLITE_OK;
    QRandomGenerator rng(20260315);
    const int drafts = count / 50;
    const int issued = count - drafts;
    const QDate first(2023, 1, 1);
    const qint64 span = first.daysTo(kToday.addDays(-1));
    QHash<int, int> perYear;
    for (int i = 0; ok && i < count; ++i) {
        const bool draft = i >= issued;
        const QDate date = draft ? kToday.addDays(-int(rng.bounded(20u))) : first.addDays(span * i / issued);
        const qint64 net = 1000 + qint64(rng.bounded(200000u));
        const qint64 tax = draft ? 0 : net * 255 / 1000;
        const qint64 total = net + tax;
        const int customer = 1 + int(rng.bounded(quint32(kCustomers)));
        const int roll = int(rng.bounded(100u));
        const qint64 paid = draft ? 0 : roll < 60 ? total : roll < 70 ? total / 3 : 0;
        const QByteArray day = date.toString(Qt::ISODate).toLatin1();
        const QByteArray due = date.addDays(14).toString(Qt::ISODate).toLatin1();
        const QByteArray number = QStringLiteral("INV-%1-%2")
                                      .arg(date.year())
                                      .arg(++perYear[date.year()], 6, 10, QLatin1Char('0'))
                                      .toLatin1();
        const QByteArray buyer =
            QStringLiteral("{\"name\":\"Customer %1 Oy\"}").arg(customer, 5, 10, QLatin1Char('0')).toUtf8();
        sqlite3_bind_int64(insert, 1, customer);
        sqlite3_bind_text(insert, 2, draft ? "draft" : roll == 99 ? "uncollectible" : "issued", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, day.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 4, draft ? net : total);
        if (draft) {
            for (int column : {5, 6, 7, 12})
                sqlite3_bind_null(insert, column);
        } else {
            sqlite3_bind_text(insert, 5, number.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 6, day.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 7, due.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 12, "2026-01-01T00:00:00Z", -1, SQLITE_STATIC);
        }
        if (draft)
            --perYear[date.year()];
        sqlite3_bind_int64(insert, 8, draft ? 0 : net);
        sqlite3_bind_int64(insert, 9, tax);
        sqlite3_bind_int64(insert, 10, paid);
        sqlite3_bind_text(insert, 11, draft ? "{}" : buyer.constData(), -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(insert) == SQLITE_DONE && sqlite3_reset(insert) == SQLITE_OK;
    }
    sqlite3_finalize(insert);
    // The counters the series would have reached, so that issuing next continues after them.
    for (auto it = perYear.constBegin(); ok && it != perYear.constEnd(); ++it) {
        const QByteArray sql = QStringLiteral("INSERT OR REPLACE INTO series_counters (series_id, year, last_number)"
                                              " SELECT id, %1, %2 FROM number_series WHERE kind = 'invoice'"
                                              " AND is_default = 1")
                                   .arg(it.key())
                                   .arg(it.value())
                                   .toLatin1();
        ok = exec(db, sql.constData());
    }
    ok = ok && exec(db, "COMMIT") && exec(db, "ANALYZE");
    if (!ok)
        std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

/** Runs until the view's pending work (the reload after show) is done and the table is painted. */
void settle(ui::InvoicesView& view)
{
    QCoreApplication::processEvents();
    view.table()->viewport()->repaint();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const FixedClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("bench.subdesk"));

    QElapsedTimer setup;
    setup.start();
    if (auto created = createCompany(path, clock); !created)
        return fail(QStringLiteral("company"), created.error().message);
    if (!insertDocuments(path, count))
        return fail(QStringLiteral("documents"), QStringLiteral("insert failed"));
    std::printf("setup: %d customers, %d documents in %.1f s\n", kCustomers, count, msSince(setup) / 1000.0);

    auto company = storage::CompanyFile::open(path, {}, clock);
    if (!company)
        return fail(QStringLiteral("open"), company.error().message);

    // Open: build the page, show it, count, read the first page and paint it.
    QElapsedTimer timer;
    timer.start();
    ui::InvoicesView view(**company, clock);
    view.resize(1200, 760);
    view.show();
    settle(view);
    const double openMs = msSince(timer);
    if (view.model()->rowCount() != count)
        return fail(QStringLiteral("open"),
                    QStringLiteral("shows %1 documents, not %2").arg(view.model()->rowCount()).arg(count));
    const int pagesAfterOpen = view.model()->pageReads();
    report("open (count + first page + first paint)", openMs);
    std::printf("  pages read: %d (of %d rows each)\n", pagesAfterOpen, view.model()->pageSize());

    timer.restart();
    view.updateTotalsNow();
    report("totals line (sums per currency)", msSince(timer));
    std::printf("  %s\n", qPrintable(view.totalsLabel()->text()));

    const auto timeIt = [&view, &timer](const char* what, const std::function<void()>& change) {
        timer.restart();
        change();
        settle(view);
        report(what, msSince(timer));
    };
    QHeaderView* header = view.table()->horizontalHeader();
    timeIt("sort by balance, largest first",
           [header] { header->setSortIndicator(ui::InvoiceTableModel::BalanceColumn, Qt::DescendingOrder); });
    timeIt("sort by customer, A to Z",
           [header] { header->setSortIndicator(ui::InvoiceTableModel::CustomerColumn, Qt::AscendingOrder); });
    timeIt("scroll to the last row", [&view] { view.table()->scrollToBottom(); });
    timeIt("filter: overdue only", [&view] { view.filterBar()->overdueCheck()->setChecked(true); });
    std::printf("  %d overdue documents\n", view.model()->rowCount());
    timeIt("filter: all again", [&view] { view.filterBar()->overdueCheck()->setChecked(false); });
    timeIt("search: customer 'Customer 04711'", [&view, &clock] {
        invoicing::DocumentFilter filter = view.filterBar()->filter(clock.today());
        filter.text = QStringLiteral("Customer 04711");
        if (auto filtered = view.model()->setFilter(filter); !filtered)
            std::fprintf(stderr, "search: %s\n", qPrintable(filtered.error().message));
    });
    std::printf("  %d documents of that customer\n", view.model()->rowCount());
    std::printf("pages read in all: %d\n", view.model()->pageReads());
    return 0;
}
