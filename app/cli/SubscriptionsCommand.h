#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** subscriptions create, change, pause, resume, cancel, reactivate, show and list. */
QList<CommandSpec> subscriptionsCommands();

} // namespace subdesk::cli
