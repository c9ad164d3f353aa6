#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** addons list, show, add, edit, archive, restore, price and version. */
QList<CommandSpec> addOnsCommands();

/** metered list, add, price and version: the usage-based charges of plans. */
QList<CommandSpec> meteredCommands();

} // namespace subdesk::cli
