#include "Database.h"

#include "Migrator.h"
#include "SqlErrors.h"
#include "SqliteHandle.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "subdesk.storage", QtInfoMsg)

namespace subdesk::storage {

namespace {

constexpr qint64 kApplicationId = 1398096452; // 'SUBD', set by migration 0001
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("subdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error refusal(const QString& path, const QString& why)
{
    return Error(
        ErrorCode::Unsupported,
        QCoreApplication::translate("Database", "SubDesk cannot open %1: %2").arg(QDir::toNativeSeparators(path), why));
}

/** Checks that need no SQLite: existence for the mode, write permission, the file header. */
Status checkFile(const QString& path, Database::OpenMode mode, bool* isNew)
{
    const QFileInfo info(path);
    *isNew = !info.exists() || (info.isFile() && info.size() == 0);
    if (info.exists() && !info.isFile())
        return refusal(path, QCoreApplication::translate("Database", "it is a folder, not a company file."));
    if (mode == Database::OpenMode::OpenExisting && !info.exists())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Database", "The company file %1 does not exist.")
                         .arg(QDir::toNativeSeparators(path)));
    if (mode == Database::OpenMode::CreateNew && info.exists() && info.size() > 0)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("Database", "%1 already exists; SubDesk will not overwrite it.")
                         .arg(QDir::toNativeSeparators(path)));
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return refusal(path, QCoreApplication::translate("Database", "its folder cannot be created."));
        return {};
    }
    // Write bits as well as access(): a file marked read-only is refused even for an administrator.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!info.isReadable())
        return refusal(path, QCoreApplication::translate("Database", "you do not have permission to read it."));
    if (!info.isWritable() || !(info.permissions() & writeBits))
        return refusal(
            path,
            QCoreApplication::translate(
                "Database", "the file is read-only. Make it writable, or copy it to a folder you can write to."));
    // SQLite keeps its write-ahead log beside the file, so the folder must be writable too.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return refusal(path,
                       QCoreApplication::translate("Database",
                                                   "its folder is read-only, and SubDesk keeps a journal "
                                                   "beside the file. Copy it to a folder you can write to."));
    if (info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refusal(path, file.errorString());
        if (file.read(16) != kSqliteMagic)
            return refusal(
                path,
                QCoreApplication::translate("Database", "it is not a SubDesk company file (not an SQLite database)."));
    }
    return {};
}

Result<qint64> pragmaInt(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return sqlError(q.lastError().isValid() ? q.lastError() : db.lastError());
    return q.value(0).toLongLong();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back into the file so that a copied company file is complete on its own.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    bool isNew = false;
    if (auto fileOk = checkFile(path, options.mode, &isNew); !fileOk)
        return fileOk.error();

    const QString name = nextConnectionName();
    // The Database owns the connection from here on: its destructor closes and removes it.
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "Database", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return refusal(path, sqlError(db.lastError()).message);

    const auto tables = pragmaInt(db, QStringLiteral("schema_version"));
    if (!tables)
        return refusal(path, tables.error().message);
    const auto appId = pragmaInt(db, QStringLiteral("application_id"));
    const auto version = pragmaInt(db, QStringLiteral("user_version"));
    if (!appId || !version)
        return refusal(path, (!appId ? appId : version).error().message);

    bool empty = false;
    {
        QSqlQuery countTables(db);
        if (!countTables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !countTables.next())
            return refusal(path, sqlError(countTables.lastError()).message);
        empty = countTables.value(0).toInt() == 0;
    }
    if (!empty && *appId != kApplicationId)
        return refusal(path,
                       QCoreApplication::translate(
                           "Database", "it is an SQLite database of another program, not a SubDesk company file."));
    if (*version > Migrator::latestVersion())
        return refusal(
            path,
            QCoreApplication::translate("Database",
                                        "it was written by a newer SubDesk (schema %1; this version knows up to %2). "
                                        "Update SubDesk to open it.")
                .arg(*version)
                .arg(Migrator::latestVersion()));

    // Can we write? BEGIN IMMEDIATE takes the write lock, waiting busyTimeoutMs for other writers.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return refusal(path, sqlError(probe.lastError()).message);
        probe.exec(QStringLiteral("ROLLBACK"));
    }

    if (options.quickCheck && !empty) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return refusal(path, sqlError(check.lastError()).message);
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        if (problems != QStringList {QStringLiteral("ok")})
            return refusal(
                path,
                QCoreApplication::translate("Database", "the file is damaged (%1). Open a backup copy instead.")
                    .arg(problems.join(QStringLiteral("; "))));
    }

    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !setup.next())
        return refusal(path, sqlError(setup.lastError()).message);
    setup.finish();
    // recursive_triggers: INSERT OR REPLACE then fires the delete triggers on the rows it replaces, so
    // that it cannot overwrite an issued document (schema 3's immutability triggers).
    if (!setup.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !setup.exec(QStringLiteral("PRAGMA recursive_triggers=ON"))
        || !setup.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return refusal(path, sqlError(setup.lastError()).message);

    sqlite3* handle = sqliteHandle(name);
    if (!handle)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("Database", "The SQLite driver does not expose its handle."));
    const auto migrated = Migrator::migrate(handle);
    if (!migrated)
        return refusal(path, migrated.error().message);
    qCDebug(lcStorage) << "opened" << database->m_path << "schema" << *migrated << (isNew ? "(new)" : "");
    return database;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto v = pragmaInt(db, QStringLiteral("user_version"));
    return v ? int(*v) : -1;
}

Result<QStringList> Database::integrityProblems() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q.lastError());
    while (q.next()) {
        problems.append(QCoreApplication::translate("Database", "row %1 of table %2 refers to a missing row of %3")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return problems;
}

Status Database::backupTo(const QString& target) const
{
    sqlite3* source = sqliteHandle(m_connectionName);
    if (!source)
        return Error(ErrorCode::Database, QCoreApplication::translate("Database", "The company file is not open."));
    // Compare resolved paths (links, "..", and the file system's own case rules) so that the live
    // file is never the one replaced.
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == m_path
        || (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()))
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Database", "Choose a different file for the copy."));
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString problem;
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                problem = QString::fromUtf8(sqlite3_errstr(rc));
        } else {
            problem = QString::fromUtf8(sqlite3_errmsg(dest));
        }
        // The copy is a standalone file: no WAL beside it.
        if (problem.isEmpty())
            problem = execScript(dest, QStringLiteral("PRAGMA journal_mode=DELETE"));
    } else {
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(dest);
    if (problem.isEmpty()) {
        // Keep the old target until the new copy is in place, and put it back if that fails.
        const QString previous = target + QStringLiteral(".old");
        QFile::remove(previous);
        const bool hadTarget = QFile::exists(target);
        if (hadTarget && !QFile::rename(target, previous)) {
            problem =
                QCoreApplication::translate("Database", "could not replace %1").arg(QDir::toNativeSeparators(target));
        } else if (!QFile::rename(temporary, target)) {
            if (hadTarget)
                QFile::rename(previous, target);
            problem =
                QCoreApplication::translate("Database", "could not replace %1").arg(QDir::toNativeSeparators(target));
        } else if (hadTarget) {
            QFile::remove(previous);
        }
    }
    if (!problem.isEmpty()) {
        QFile::remove(temporary);
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("Database", "The copy could not be saved: %1").arg(problem));
    }
    return {};
}

} // namespace subdesk::storage
