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

} // namespace subdesk::cli
