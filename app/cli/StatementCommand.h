#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** statement: a customer's statement of account as text, JSON or PDF. */
QList<CommandSpec> statementCommands();

} // namespace subdesk::cli
