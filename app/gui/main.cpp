#include "CommandLine.h"
#include "common/Clock.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "settings/Languages.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace subdesk;

int main(int argc, char** argv)
{
    // Answered before QApplication exists, so it works without a display (packaging checks, CI).
    if (app::wantsVersion(argc, argv)) {
        std::printf("subdesk %s\n", SUBDESK_VERSION);
        return 0;
    }

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SubDesk"));
    QApplication::setApplicationName(QStringLiteral("SubDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SUBDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.subdesk.SubDesk"));

    app::GuiOptions options;
    int exitCode = 0;
    if (!app::parseGuiOptions(QApplication::arguments(), &options, &exitCode))
        return exitCode;

    ui::installTranslations(ui::resolveLanguage(options.language));
    QApplication::setWindowIcon(ui::appIcon());

    SystemClock clock;
    ui::OpenedCompany opened = ui::openAtStartup(storage::resolveCompanyPath(options.databasePath), clock);
    if (!opened.file)
        return 0; // the user chose to quit rather than open another file

    ui::MainWindow window(clock, std::move(opened.file));
    window.show();
    if (!opened.warning.isEmpty()) {
        window.showMessage(opened.warning, ui::MessageBar::Kind::Warning);
    } else if (opened.created) {
        window.messageBar()->showMessage(
            QCoreApplication::translate("main",
                                        "Welcome to SubDesk. This new company file holds a demo "
                                        "company to look around in; start your own with File › "
                                        "New company."),
            ui::MessageBar::Kind::Information, 0);
    }

    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, path = options.screenshotPath] {
            if (!window.grab().save(path))
                std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            QApplication::quit();
        });
    }
    if (options.quitAfterMs > 0)
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    return QApplication::exec();
}
