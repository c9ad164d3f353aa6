#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** payments add, list and refund. */
QList<CommandSpec> paymentsCommands();

} // namespace subdesk::cli
