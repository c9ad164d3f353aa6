#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** plans list, show, add, edit, archive, restore, price, version, migrate and quote. */
QList<CommandSpec> plansCommands();

} // namespace subdesk::cli
