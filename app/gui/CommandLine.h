#pragma once

#include <QString>
#include <QStringList>

namespace subdesk::app {

/** What the command line asked for. */
struct GuiOptions
{
    QString databasePath; ///< --db (empty: $SUBDESK_DB or the default location)
    QString language; ///< --lang (empty: saved choice or the system's)
    int quitAfterMs = 0; ///< --quit-after: for smoke tests
    QString screenshotPath; ///< --screenshot: save the window as an image once shown, then quit
};

/** True when the arguments ask for --version (or -v): answered before any display is needed. */
bool wantsVersion(int argc, char** argv);

/**
 * Parses the arguments of a running QApplication. On --help or a bad argument prints the
 * message and returns false with *exitCode set.
 */
bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, int* exitCode);

} // namespace subdesk::app
