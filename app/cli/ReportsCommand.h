#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** reports aging: who owes what and for how long. */
QList<CommandSpec> reportsCommands();

} // namespace subdesk::cli
