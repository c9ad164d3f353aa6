#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace subdesk::app {

bool wantsVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "SubDesk: subscription billing for small businesses."));
    parser.addHelpOption();
    const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Print the version and exit."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("CommandLine",
                                                            "Company file to open (default: $SUBDESK_DB, else "
                                                            "company.subdesk in the application data folder)."),
                                QCoreApplication::translate("CommandLine", "path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("CommandLine",
                                                              "Interface language: en, pl, it, fi or fa (default: "
                                                              "the one chosen in Settings, else the system's)."),
                                  QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("CommandLine", "Quit after the given milliseconds (smoke tests)."),
        QCoreApplication::translate("CommandLine", "ms"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Save a picture of the window once it is shown, then quit."),
        QCoreApplication::translate("CommandLine", "file"));
    parser.addOptions({version, db, lang, quitAfter, screenshot});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("CommandLine",
                                                             "Company file to open (the same as --db; used when a "
                                                             "file manager opens a .subdesk file)."),
                                 QStringLiteral("[file]"));

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    options->databasePath = parser.value(db);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(db))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("CommandLine",
                                                            "Give one company file, either as --db or as "
                                                            "the file argument.")));
        *exitCode = 2;
        return false;
    }
    if (positional.size() == 1)
        options->databasePath = positional.first();
    options->language = parser.value(lang);
    options->screenshotPath = parser.value(screenshot);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options->quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options->quitAfterMs < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("CommandLine",
                                                                "--quit-after needs a number of "
                                                                "milliseconds.")));
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

} // namespace subdesk::app
