#pragma once

#include "common/Result.h"

#include <QString>

namespace subdesk::catalog {

/** Trimmed and upper-cased, as plan and add-on codes are stored. */
QString normalizedCatalogCode(const QString& typed);

/**
 * Plan and add-on codes: upper-case ASCII letters, digits, '-' and '_', 2 to 32 characters.
 * `what` names the thing in the message ("plan", "add-on"), already translated.
 */
Status validateCatalogCode(const QString& code, const QString& what);

} // namespace subdesk::catalog
