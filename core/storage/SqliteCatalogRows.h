#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

struct sqlite3;

namespace subdesk::storage {

/**
 * Reads the whole catalog, one query per table, and returns it indexed (Catalog::reindex() done):
 * prices with their versions ordered by effective date, each version's pricing model rebuilt
 * through PricingModel's factory functions. Call inside a read unit so every table comes from one
 * snapshot.
 */
Result<catalog::Catalog> loadCatalog(sqlite3* db);

} // namespace subdesk::storage
