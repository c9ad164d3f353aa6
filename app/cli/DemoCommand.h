#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** demo: fills an empty company file with generated customers. */
QList<CommandSpec> demoCommands();

} // namespace subdesk::cli
