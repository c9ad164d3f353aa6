#pragma once

#include <QString>

struct sqlite3;

namespace subdesk::storage {

/** The sqlite3* behind a QSQLITE connection (for the online backup API and multi-statement scripts). */
sqlite3* sqliteHandle(const QString& connectionName);

/** Runs a whole SQL script (several statements) with sqlite3_exec; returns SQLite's message or empty. */
QString execScript(sqlite3* db, const QString& script);

} // namespace subdesk::storage
