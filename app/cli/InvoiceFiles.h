#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/**
 * invoices pdf and invoices ubl: one issued document to a file (or stdout), or every document
 * issued in a date range into a folder, one file per document named after its number.
 */
QList<CommandSpec> invoiceFileCommands();

} // namespace subdesk::cli
