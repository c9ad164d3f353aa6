#include "Migrator.h"

#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace subdesk::storage {

namespace {

int userVersion(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

} // namespace

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    return list;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrator::migrate(sqlite3* db)
{
    return migrateTo(db, latestVersion());
}

Result<int> Migrator::migrateTo(sqlite3* db, int targetVersion)
{
    int current = userVersion(db);
    if (current < 0)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("Database", "Could not read the schema version: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    for (const Migration& m : available()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("Database", "Migration %1 is missing.").arg(m.name));
        // Concatenated, not arg()-formatted: a migration may contain "%1" in its SQL.
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n") + QString::fromUtf8(file.readAll())
            + QStringLiteral("\n;PRAGMA user_version = ") + QString::number(m.version) + QStringLiteral(";\nCOMMIT;");
        const QString problem = execScript(db, script);
        if (!problem.isEmpty()) {
            if (!sqlite3_get_autocommit(db))
                execScript(db, QStringLiteral("ROLLBACK"));
            return Error(
                ErrorCode::Database,
                QCoreApplication::translate("Database", "Updating the company file to schema %1 (%2) failed: %3")
                    .arg(m.version)
                    .arg(m.name, problem));
        }
        current = m.version;
    }
    return current;
}

} // namespace subdesk::storage
