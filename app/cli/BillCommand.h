#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** bill: the billing run as of a date, or its preview. */
QList<CommandSpec> billCommands();

} // namespace subdesk::cli
