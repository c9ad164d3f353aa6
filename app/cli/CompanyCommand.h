#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** company show, set and bank-account: the seller printed on documents. */
QList<CommandSpec> companyCommands();

} // namespace subdesk::cli
