// Renders the Dashboard of a company file into PNGs under any platform (offscreen too): each tab,
// the long-range MRR chart and a drill-down. Not a test:
//   subdesk_dashboard_scenes <company.subdesk> <out-dir> [yyyy-MM-dd as today]
#include "common/Clock.h"
#include "dashboard/ChartPage.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardTiles.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/MetricTile.h"
#include "storage/CompanyFile.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace subdesk;

namespace {

bool waitForFigures(ui::DashboardView& view)
{
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&view, &ui::DashboardView::resultShown, &loop, [&] {
        if (!view.loader()->isBusy()) {
            shown = true;
            loop.quit();
        }
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return shown;
}

void settle()
{
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QDir& out, const QString& name)
{
    settle();
    const QString path = out.filePath(QStringLiteral("dashboard-%1.png").arg(name));
    const bool ok = widget->grab().save(path, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: subdesk_dashboard_scenes <company.subdesk> <out-dir> [yyyy-MM-dd]\n");
        return 2;
    }
    const QDate today = args.size() > 3 ? QDate::fromString(args.at(3), Qt::ISODate) : QDate::currentDate();
    FixedClock clock(QDateTime(today, QTime(10, 0), Qt::UTC));
    auto company = storage::CompanyFile::open(args.at(1), {}, clock);
    if (!company) {
        std::fprintf(stderr, "%s\n", qPrintable(company.error().message));
        return 1;
    }
    const QDir out(args.at(2));
    QDir().mkpath(out.path());

    ui::DashboardView view(**company, clock);
    QObject::connect(&view, &ui::SectionView::messageRequested, [](const QString& text, ui::MessageBar::Kind) {
        std::fprintf(stderr, "message: %s\n", qPrintable(text));
    });
    view.resize(1240, 820);
    view.show();
    if (!waitForFigures(view)) {
        std::fprintf(stderr, "no figures\n");
        return 1;
    }
    bool ok = true;
    const QStringList tabs {QStringLiteral("mrr"), QStringLiteral("churn"),          QStringLiteral("retention"),
                            QStringLiteral("nps"), QStringLiteral("reconciliation"), QStringLiteral("feedback")};
    for (int i = 0; i < tabs.size(); ++i) {
        view.tabs()->setCurrentIndex(i);
        ok = save(&view, out, tabs.at(i)) && ok;
    }
    view.tabs()->setCurrentIndex(0);
    view.filterBar()->setPreset(ui::DashboardFilterBar::Preset::All);
    Q_EMIT view.filterBar()->changed();
    ok = waitForFigures(view) && save(&view, out, QStringLiteral("mrr-all")) && ok;
    view.tabs()->setCurrentIndex(3);
    ok = save(&view, out, QStringLiteral("nps-all")) && ok;
    view.filterBar()->setPreset(ui::DashboardFilterBar::Preset::Last12Months);
    Q_EMIT view.filterBar()->changed();
    ok = waitForFigures(view) && ok;
    Q_EMIT view.tiles()->tile(ui::DashboardTiles::Tile::Mrr)->clicked();
    if (ui::DrillDownDialog* dialog = view.lastDrillDown()) {
        dialog->resize(820, 520);
        ok = save(dialog, out, QStringLiteral("drilldown")) && ok;
    }
    return ok ? 0 : 1;
}
