#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** usage add and usage import: readings of the metered charges, billed in arrears. */
QList<CommandSpec> usageCommands();

} // namespace subdesk::cli
