#pragma once

#include "common/Error.h"

class QSqlError;
class QSqlQuery;

namespace subdesk::storage {

/** Turns a QSqlError into an Error whose message a clerk can act on (locked, read-only, damaged, full). */
Error sqlError(const QSqlError& error);

/** prepare() + exec() with every failure turned into an Error; bound values must be set between. */
bool prepareOrFail(QSqlQuery& query, const QString& sql, Error* error);
bool execOrFail(QSqlQuery& query, Error* error);

} // namespace subdesk::storage
