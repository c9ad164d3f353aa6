#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** invoices list, show, issue, new, credit, uncollectible, pdf and ubl. */
QList<CommandSpec> invoicesCommands();

} // namespace subdesk::cli
