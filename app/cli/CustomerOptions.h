#pragma once

#include "CommandLine.h"
#include "customers/CustomerField.h"
#include "customers/CustomerFilter.h"

#include <variant>

namespace subdesk::cli {

/**
 * The flags that set customer fields, named after customers::fieldKey() with dashes ("vat_id" →
 * --vat-id), so adding a field to CustomerField adds its flag. A few aliases read better on a
 * command line: --contact, --channel and --tag.
 */
QList<OptionSpec> customerFieldOptions();

/** The flag names of a field (empty for fields the command line cannot set: id, status, created). */
QStringList flagNames(customers::CustomerField field);

/**
 * Applies every field flag given to customer. Repeated --email, --street and --tag flags make a
 * list. A malformed value (an unknown payment method, a bad date) is a usage error.
 * changed is set when at least one field flag was given.
 */
std::optional<ExitCode> applyFieldOptions(const Invocation& invocation, customers::Customer& customer,
                                          bool* changed = nullptr);

/** --search, --segment, --tag, --country, --status: the filters of `customers list` and `export`. */
QList<OptionSpec> filterOptions();
std::optional<ExitCode> filterFromOptions(const Invocation& invocation, customers::CustomerFilter& filter);

/**
 * The customers the filter flags select, from the existing company file: the shared first half of
 * `customers list` and `customers export`. An ExitCode when the flags or the file are refused
 * (the message is already on stderr).
 */
std::variant<QList<customers::Customer>, ExitCode> selectCustomers(Invocation& invocation);

} // namespace subdesk::cli
