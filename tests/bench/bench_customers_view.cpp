// Times the customers view with a large company: opening it (file, load, model, first paint), one
// search keystroke, sorting, and the memory it takes. Prints one figure per line with its target;
// exits 1 only when something breaks, never because it is slow.
//
// Usage: bench_customers_view [customers]   (default 100000; run with QT_QPA_PLATFORM=offscreen)

#include "common/Clock.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersView.h"
#include "demo/DemoCompany.h"
#include "storage/CompanyFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace subdesk;
using customers::CustomerField;

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double ms(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

int createCompany(const QString& path, int count)
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    auto company = storage::CompanyFile::open(path, {}, clock);
    if (!company) {
        std::fprintf(stderr, "cannot create the company: %s\n", qPrintable(company.error().message));
        return 1;
    }
    auto added = (*company)->customers().addAll(demo::DemoCompany::customers(count, 7, clock.today()));
    if (!added) {
        std::fprintf(stderr, "cannot add the customers: %s\n", qPrintable(added.error().message));
        return 1;
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (argc == 4 && QByteArray(argv[1]) == "--create") {
        QCoreApplication core(argc, argv);
        return createCompany(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("bench.subdesk"));

    // The company is written by a child process, so that the memory figure below is the view's alone.
    QElapsedTimer setup;
    setup.start();
    const int created = QProcess::execute(QCoreApplication::applicationFilePath(),
                                          {QStringLiteral("--create"), path, QString::number(count)});
    if (created != 0) {
        std::fprintf(stderr, "cannot create the company (exit %d)\n", created);
        return 1;
    }
    std::printf("setup: %d demo customers written in %.1f s (not measured below)\n", count, setup.elapsed() / 1000.0);
    const double baseline = residentMegabytes();

    // Open: the file, every customer into the model, the view built, shown and painted once.
    QElapsedTimer open;
    open.start();
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenExisting;
    auto company = storage::CompanyFile::open(path, options, clock);
    if (!company) {
        std::fprintf(stderr, "cannot open the company: %s\n", qPrintable(company.error().message));
        return 1;
    }
    const double fileMs = ms(open);
    QUndoStack stack;
    customers::CustomerEditor editor((*company)->customers(), stack);
    ui::CustomersView view(editor, clock);
    const double builtMs = ms(open);
    view.resize(1200, 760);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    settle();
    const double openMs = ms(open);
    if (view.model()->rowCount() != count) {
        std::fprintf(stderr, "the model has %d rows, expected %d\n", view.model()->rowCount(), count);
        return 1;
    }
    std::printf("view open %d customers: %.2f s (target <= 1 s)\n", count, openMs / 1000.0);
    std::printf("  of which: open file %.0f ms, load + model + view %.0f ms, show + first paint %.0f ms\n", fileMs,
                builtMs - fileMs, openMs - builtMs);

    // Search: one keystroke at a time, timed until the proxy has filtered and the view repainted.
    QLineEdit* search = view.findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
    ui::CustomerFilterModel* proxy = view.proxy();
    QList<double> keystrokes;
    QList<int> shownAfter;
    const auto press = [&](Qt::Key key, char character) {
        QElapsedTimer timer;
        timer.start();
        if (key == Qt::Key_Backspace)
            QTest::keyClick(search, Qt::Key_Backspace);
        else
            QTest::keyClick(search, character);
        settle();
        keystrokes.append(ms(timer));
        shownAfter.append(proxy->rowCount());
    };
    for (const char* word : {"nen", "oy", "mar", "gmail", "ber"}) {
        for (const char* c = word; *c; ++c)
            press(Qt::Key_unknown, *c);
        for (const char* c = word; *c; ++c)
            press(Qt::Key_Backspace, 0);
    }
    const double worst = *std::max_element(keystrokes.begin(), keystrokes.end());
    std::printf("search keystroke (median of %lld): %.1f ms (target <= 100 ms); slowest %.1f ms\n",
                static_cast<long long>(keystrokes.size()), median(keystrokes), worst);
    std::printf("  rows shown after \"n\", \"ne\", \"nen\": %d, %d, %d\n", shownAfter.value(0), shownAfter.value(1),
                shownAfter.value(2));
    std::printf("  each keystroke (ms):");
    for (double k : std::as_const(keystrokes))
        std::printf(" %.0f", k);
    std::printf("\n");

    // Sorting, as a click on a header does it.
    QTableView* table = view.table();
    const auto timeSort = [&](CustomerField field, Qt::SortOrder order) {
        QElapsedTimer timer;
        timer.start();
        table->sortByColumn(ui::CustomerTableModel::columnOf(field), order);
        settle();
        return ms(timer);
    };
    std::printf("sort by name, descending: %.0f ms\n", timeSort(CustomerField::DisplayName, Qt::DescendingOrder));
    std::printf("sort by city (first time: collation ranks computed): %.0f ms\n",
                timeSort(CustomerField::City, Qt::AscendingOrder));
    std::printf("sort by created: %.0f ms\n", timeSort(CustomerField::Created, Qt::DescendingOrder));
    std::printf("sort by name again: %.0f ms\n", timeSort(CustomerField::DisplayName, Qt::AscendingOrder));

    const double rss = residentMegabytes();

    // For reference: the part of "open" that is core's (the repository reading every customer).
    QElapsedTimer load;
    load.start();
    const auto reloaded = (*company)->customers().loadAll();
    std::printf("for reference: CustomerService::loadAll() alone, %lld customers: %.0f ms\n",
                static_cast<long long>(reloaded ? reloaded->size() : 0), ms(load));
    std::printf("resident memory with %d customers loaded: %.0f MB (target <= 300 MB; %.0f MB before opening)\n", count,
                rss, baseline);
    return 0;
}
