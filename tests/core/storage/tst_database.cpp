#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::storage;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Runs SQL on a file through a connection of the test's own (not SubDesk's). */
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString pragma(const Database& db, const QString& name)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("c%1.subdesk").arg(++m_counter)); }

    void expectRefusal(const QString& path, const QString& phrase, const Database::Options& options = {})
    {
        const QByteArray before = fileBytes(path);
        const auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(phrase, Qt::CaseInsensitive), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QFileInfo(path).fileName()), "the message names the file");
        QCOMPARE(fileBytes(path), before); // never overwritten
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newFileIsMigratedFromZeroToLatest()
    {
        const QString path = freshPath();
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(**db, QStringLiteral("application_id")), QStringLiteral("1398096452"));
        QVERIFY((*db)->integrityProblems()->isEmpty());
    }

    void migrationsAreNumberedWithoutGaps()
    {
        const auto list = Migrator::available();
        QVERIFY(!list.isEmpty());
        for (int i = 0; i < list.size(); ++i)
            QCOMPARE(list[i].version, i + 1);
    }

    void reopeningKeepsDataAndVersion()
    {
        const QString path = freshPath();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")));
        }
        auto db = Database::open(path, {Database::OpenMode::OpenExisting, 3000, true});
        QVERIFY(db.ok());
        QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }

    void openExistingRefusesAMissingFile()
    {
        const auto db = Database::open(freshPath(), {Database::OpenMode::OpenExisting, 3000, true});
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
    }

    void createNewRefusesAnExistingFile()
    {
        const QString path = freshPath();
        {
            QVERIFY(Database::open(path).ok());
        }
        expectRefusal(path, QStringLiteral("already exists"), {Database::OpenMode::CreateNew, 3000, true});
    }

    void textFileIsRefusedAsNotADatabase()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name;E-mail\nVirtanen Oy;laskut@virtanen.fi\n");
        f.close();
        expectRefusal(path, QStringLiteral("not an SQLite database"));
    }

    void otherProgramsSqliteFileIsRefused()
    {
        const QString path = freshPath();
        rawSql(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")});
        expectRefusal(path, QStringLiteral("another program"));
    }

    void fileFromANewerSubDeskIsRefused()
    {
        const QString path = freshPath();
        {
            QVERIFY(Database::open(path).ok());
        }
        rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
        expectRefusal(path, QStringLiteral("newer SubDesk"));
    }

    void readOnlyFileIsRefused()
    {
        const QString path = freshPath();
        {
            QVERIFY(Database::open(path).ok());
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        expectRefusal(path, QStringLiteral("read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedFileIsRefusedAfterTheBusyTimeout()
    {
        const QString path = freshPath();
        {
            QVERIFY(Database::open(path).ok());
        }
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('busy', '1')")));
        expectRefusal(path, QStringLiteral("in use by another program"), {Database::OpenMode::OpenExisting, 200, true});
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY2(Database::open(path).ok(), "opens once the other program lets go");
    }

    void corruptFileIsRefused()
    {
        const QString path = freshPath();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
            for (int i = 0; i < 300; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('key%1', '%2')")
                                   .arg(i)
                                   .arg(QString(200, QLatin1Char('x')))));
        }
        // Keep the valid header page, scribble over the pages holding tables and indexes.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        f.seek(4096);
        f.write(QByteArray(int(size - 4096), '\xA5'));
        f.close();
        expectRefusal(path, QStringLiteral("damaged"));
    }

    void emptyFileBecomesANewCompany()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void backupIsAConsistentStandaloneCopy()
    {
        const QString path = freshPath();
        const QString copy = m_dir.filePath(QStringLiteral("copy.subdesk"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('company', 'Oy Esimerkki Ab')")));
        const Status saved = (*db)->backupTo(copy);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        auto reopened = Database::open(copy, {Database::OpenMode::OpenExisting, 3000, true});
        QVERIFY(reopened.ok());
        QSqlQuery r(QSqlDatabase::database((*reopened)->connectionName()));
        QVERIFY(r.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'company'")) && r.next());
        QCOMPARE(r.value(0).toString(), QStringLiteral("Oy Esimerkki Ab"));
        QVERIFY2(!(*db)->backupTo(path).ok(), "a copy onto the open file itself is refused");
    }

    void backupReplacesAnOlderCopyAndNeverTheLiveFile()
    {
        const QString path = freshPath();
        const QString copy = m_dir.filePath(QStringLiteral("older-copy.subdesk"));
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older copy");
        old.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY((*db)->backupTo(copy).ok());
        QVERIFY2(fileBytes(copy).startsWith("SQLite format 3"), "the old copy was replaced by the new one");
        QVERIFY(!QFile::exists(copy + QStringLiteral(".old")));
        // The same file reached through another path is still the live file.
        const QString sameFile = m_dir.filePath(QStringLiteral("sub/../")) + QFileInfo(path).fileName();
        QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
        QVERIFY(!(*db)->backupTo(sameFile).ok());
        QVERIFY(QFile::exists(path));
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        // A file whose schema 1 was half-applied by hand: migration 1 fails on its first CREATE
        // TABLE and must roll back, leaving user_version at 0 and nothing else changed.
        const QString path = freshPath();
        rawSql(
            path,
            {QStringLiteral("CREATE TABLE settings (key TEXT)"), QStringLiteral("PRAGMA application_id = 1398096452")});
        const auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("schema 1")), qPrintable(db.error().message));
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'customers'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q = QSqlQuery();
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void integrityCheckReportsForeignKeyProblems()
    {
        const QString path = freshPath();
        {
            QVERIFY(Database::open(path).ok());
        }
        rawSql(path,
               {QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("INSERT INTO customer_tags (customer_id, position, tag) VALUES (999, 0, 'orphan')")});
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto problems = (*db)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("customer_tags")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
