#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/** One run of subdesk-cli: its exit status and what it wrote. */
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonObject object() const;
    QJsonArray array() const;
};

/**
 * A fresh company file in a temporary folder and subdesk-cli runs on it, as a process, on a fixed
 * day ($SUBDESK_TODAY). Used by the catalog and billing CLI tests.
 */
class CliFixture
{
public:
    /** cliPath: the built subdesk-cli; today: the default day of every run. */
    CliFixture(QString cliPath, QString today);

    bool isValid() const { return m_dir.isValid(); }
    const QString& db() const { return m_db; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /** subdesk-cli ARGUMENTS on today (default: the fixture's day). */
    CliRun cli(const QStringList& arguments, const QString& today = {}) const;
    /** subdesk-cli --db FILE LINE, LINE split like a shell splits simple words and "quoted words". */
    CliRun run(const QString& line, const QString& today = {}) const;
    /** run() that is expected to succeed: a warning names the command and its error otherwise. */
    CliRun ok(const QString& line, const QString& today = {}) const;

    /**
     * The catalog most tests use: customer 1 Virtanen Oy; add-on EXTRA 2.00 per unit monthly;
     * plan PRO (product "Cloud backup") 10.00 per seat monthly allowing EXTRA, with a metered charge
     * api_calls at 1.00 per package of 100; every price from 2026-01-01. False when a step failed.
     */
    bool buildCatalog() const;
    /** Rows in usage_records, read directly from the file (-1 when it cannot be read). */
    int usageRows() const;

    /** Splits a line like a shell does for the simple cases used here: words, and "quoted words". */
    static QStringList words(const QString& line);

private:
    QString m_cliPath;
    QString m_today;
    QTemporaryDir m_dir;
    QString m_db;
};

/** The minor units of a JSON amount {"minor", "currency", "display"}; -999999 when there is none. */
qint64 minorOf(const QJsonValue& amount);
/** -500 → "-5.00": cents as the derivation texts write them (integers only, as for any amount). */
QString plainAmount(qint64 cents);
/** The lines of every document of a JSON array of documents, in order. */
QList<QJsonObject> documentLines(const QJsonArray& documents);
