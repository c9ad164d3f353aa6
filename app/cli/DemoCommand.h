#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** demo: fills an empty company file with generated customers, a catalog and subscription history. */
QList<CommandSpec> demoCommands();

} // namespace subdesk::cli
