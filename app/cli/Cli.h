#pragma once

#include <QStringList>

namespace subdesk {
class Clock;
}

namespace subdesk::cli {

/**
 * Runs subdesk-cli with its command line (arguments[0] is the program) and returns the exit status:
 * 0 success, 1 a refused operation, 2 a usage error. Never throws; every error is on stderr.
 */
int run(const QStringList& arguments, const Clock& clock);

/**
 * Whether the command line runs a command that paints documents (`invoices pdf`, `statement -o`):
 * painting text needs fonts, so these run in a QGuiApplication (on the "offscreen" platform unless
 * QT_QPA_PLATFORM says otherwise); every other command stays free of any display.
 */
bool paintsDocuments(const QStringList& arguments);

} // namespace subdesk::cli
