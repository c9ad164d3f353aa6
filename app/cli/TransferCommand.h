#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** customers import and customers export: CSV files in and out of the company. */
QList<CommandSpec> transferCommands();

} // namespace subdesk::cli
