#include "CommandLine.h"
#include "common/Clock.h"
#include "mainwindow/CompanyOpener.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentFilesMenu.h"
#include "settings/Languages.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
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

    // The options are read before any window system is needed, so --help and a mistyped option
    // answer on a machine without a display too.
    app::GuiOptions options;
    {
        const QCoreApplication parsing(argc, argv);
        int exitCode = 0;
        if (!app::parseGuiOptions(QCoreApplication::arguments(), &options, &exitCode))
            return exitCode;
    }

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SubDesk"));
    QApplication::setApplicationName(QStringLiteral("SubDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SUBDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.subdesk.SubDesk"));

    ui::installTranslations(ui::resolveLanguage(options.language));
    QApplication::setWindowIcon(ui::appIcon());

    SystemClock clock;
    // A file named on the command line (or in $SUBDESK_DB) is opened as it is, and created empty when
    // missing. Otherwise SubDesk reopens the company used last; only on the very first start does it
    // create the default company, filled with a demo business to look around in.
    const bool explicitFile = !options.databasePath.isEmpty() || !qEnvironmentVariableIsEmpty("SUBDESK_DB");
    QString path = storage::resolveCompanyPath(options.databasePath);
    bool demo = false;
    if (!explicitFile) {
        const QString last = ui::RecentFilesMenu::mostRecentExisting();
        demo = last.isEmpty() && !QFileInfo::exists(path);
        if (!last.isEmpty())
            path = last;
    }
    ui::OpenedCompany opened = ui::openAtStartup(path, clock, demo);
    if (!opened.file)
        return 0; // the user chose to quit rather than open another file

    ui::MainWindow window(clock, std::move(opened.file));
    window.show();
    if (!opened.warning.isEmpty()) {
        window.showMessage(opened.warning, ui::MessageBar::Kind::Warning);
    } else if (opened.created && demo) {
        window.messageBar()->showMessage(
            QCoreApplication::translate("main",
                                        "Welcome to SubDesk. This new company file holds a demo "
                                        "company to look around in; start your own with File › "
                                        "New company."),
            ui::MessageBar::Kind::Information, 0);
    } else if (opened.created) {
        window.messageBar()->showMessage(QCoreApplication::translate("main", "Created the new, empty company file %1.")
                                             .arg(QDir::toNativeSeparators(window.company()->database().path())),
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
