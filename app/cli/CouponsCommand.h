#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/** coupons list, show, add and edit. Coupons are never archived: an expiry date or a limit retires them. */
QList<CommandSpec> couponsCommands();

} // namespace subdesk::cli
