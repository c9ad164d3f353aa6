#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** db check, db path and db backup: the company file itself. */
QList<CommandSpec> dbCommands();

} // namespace subdesk::cli
