#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** nps add|import|list|report: NPS and CSAT survey answers and their figures (BILLING.md §10). */
QList<CommandSpec> npsCommands();

} // namespace subdesk::cli
