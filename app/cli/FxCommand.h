#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** fx list|set|remove|import: the monthly exchange rates the metrics convert other currencies with. */
QList<CommandSpec> fxCommands();

} // namespace subdesk::cli
