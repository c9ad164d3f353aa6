#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace subdesk::storage {

/**
 * Applies the numbered migrations embedded from resources/sql (":/sql/NNNN_name.sql") to bring a
 * database to the latest schema. Each migration runs in its own transaction together with the
 * PRAGMA user_version bump, so a failure leaves the file at the previous version, unchanged.
 */
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString name;
        QString resourcePath;
    };

    /** The embedded migrations, sorted by version. */
    static QList<Migration> available();
    static int latestVersion();

    /** Migrates from user_version to latest; returns the new version. */
    static Result<int> migrate(sqlite3* db);
    /** Migrates only up to targetVersion (tests of upgrades from old schemas). */
    static Result<int> migrateTo(sqlite3* db, int targetVersion);
};

} // namespace subdesk::storage
