#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace subdesk::storage {

/**
 * One company's SQLite file, opened safely. Opening refuses, with a message that says why, a file
 * that is not an SQLite database, an SQLite file that is not SubDesk's, one written by a newer
 * SubDesk, a read-only or locked file and a damaged one, and never overwrites any of them.
 * A file that passes is switched to WAL with foreign keys on and migrated to the current schema.
 *
 * Only core/storage sees the SQL connection; everything else holds a Database by reference.
 */
class Database
{
public:
    enum class OpenMode
    {
        OpenOrCreate, ///< create an empty company when the file does not exist
        OpenExisting, ///< a missing file is an error
        CreateNew, ///< an existing file is an error (File › New company)
    };

    struct Options
    {
        OpenMode mode = OpenMode::OpenOrCreate;
        int busyTimeoutMs = 3000; ///< how long to wait for another program's write to finish
        bool quickCheck = true; ///< run SQLite's quick_check before trusting the file
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options()); }

    /** The schema version this build of SubDesk writes. */
    static int latestSchemaVersion();

    const QString& path() const { return m_path; }
    /** Name of the QSqlDatabase connection (for the repositories in core/storage only). */
    const QString& connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    /** PRAGMA integrity_check and foreign_key_check: empty when the file is sound. */
    Result<QStringList> integrityProblems() const;

    /**
     * Writes a consistent copy of the open database to target with SQLite's online backup API,
     * through a temporary file that replaces target only when the copy is complete.
     */
    Status backupTo(const QString& target) const;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace subdesk::storage
