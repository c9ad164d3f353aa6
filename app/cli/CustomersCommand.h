#pragma once

#include "CommandLine.h"

namespace subdesk::customers {
struct Customer;
class CustomerValidator;
} // namespace subdesk::customers

namespace subdesk::cli {

/** customers add, list, show, edit, archive and restore. */
QList<CommandSpec> customersCommands();

/**
 * Prints a customer's validation errors (each on its own line) and warnings on stderr.
 * Returns true when there was an error, i.e. the customer must not be stored.
 */
bool reportValidation(const customers::CustomerValidator& validator, const customers::Customer& customer);

} // namespace subdesk::cli
