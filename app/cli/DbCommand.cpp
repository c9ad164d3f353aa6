#include "DbCommand.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace subdesk::cli {

using storage::Database;

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

ExitCode check(Invocation& inv)
{
    const QString path = inv.context().companyPath();
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    // Opening already refuses what is not a sound SubDesk file (see Database::open).
    const auto db = Database::open(path, options);
    if (!db)
        return output::fail(db.error());
    const auto problems = (*db)->integrityProblems();
    if (!problems)
        return output::fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            output::err(problem);
        return output::fail(QCoreApplication::translate("Cli", "Integrity problems in %1: %2.")
                                .arg(nativePath(path))
                                .arg(problems->size()));
    }
    output::out(QCoreApplication::translate("Cli", "ok (schema version %1)").arg((*db)->schemaVersion()));
    return ExitCode::Ok;
}

ExitCode path(Invocation& inv)
{
    output::out(nativePath(inv.context().companyPath()));
    return ExitCode::Ok;
}

ExitCode backup(Invocation& inv)
{
    const QString target = inv.arguments().constFirst();
    if (QFileInfo::exists(target) && !inv.isSet(QStringLiteral("force"))) {
        return output::fail(QCoreApplication::translate("Cli", "%1 already exists; add --force to replace it.")
                                .arg(nativePath(target)));
    }
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    const auto db = Database::open(inv.context().companyPath(), options);
    if (!db)
        return output::fail(db.error());
    if (const auto copied = (*db)->backupTo(target); !copied)
        return output::fail(copied.error());
    output::out(
        QCoreApplication::translate("Cli", "Backed up %1 to %2.").arg(nativePath((*db)->path()), nativePath(target)));
    return ExitCode::Ok;
}

} // namespace

QList<CommandSpec> dbCommands()
{
    return {
        {{QStringLiteral("db"), QStringLiteral("check")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Checks the company file's integrity. Prints \"ok\" and the schema "
                                     "version, or the problems with exit status 1."),
         {},
         check},
        {{QStringLiteral("db"), QStringLiteral("path")},
         QString(),
         0,
         0,
         QCoreApplication::translate("Cli",
                                     "Prints the path of the company file. It is --db if given, else "
                                     "$SUBDESK_DB, else the default."),
         {},
         path},
        {{QStringLiteral("db"), QStringLiteral("backup")},
         QStringLiteral("FILE"),
         1,
         1,
         QCoreApplication::translate("Cli",
                                     "Copies the company file to FILE. The copy is consistent even while "
                                     "SubDesk has the file open."),
         {{{QStringLiteral("force")}, QString(), QCoreApplication::translate("Cli", "Replace FILE if it exists.")}},
         backup},
    };
}

} // namespace subdesk::cli
