#include "CliFixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

QJsonObject CliRun::object() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray CliRun::array() const
{
    return QJsonDocument::fromJson(out).array();
}

CliFixture::CliFixture(QString cliPath, QString today)
    : m_cliPath(std::move(cliPath))
    , m_today(std::move(today))
    , m_db(m_dir.filePath(QStringLiteral("company.subdesk")))
{ }

CliRun CliFixture::cli(const QStringList& arguments, const QString& today) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SUBDESK_DB"));
    // The default company file must never be the developer's own.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("SUBDESK_TODAY"), today.isEmpty() ? m_today : today);
    process.setProcessEnvironment(env);
    process.start(m_cliPath, arguments);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(60000);
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun CliFixture::run(const QString& line, const QString& today) const
{
    return cli(QStringList {QStringLiteral("--db"), m_db} + words(line), today);
}

CliRun CliFixture::ok(const QString& line, const QString& today) const
{
    const CliRun result = run(line, today);
    if (result.exitCode != 0)
        qWarning("\"%s\" exited %d: %s", qPrintable(line), result.exitCode, result.err.constData());
    return result;
}

bool CliFixture::buildCatalog() const
{
    const QStringList steps = {
        QStringLiteral("customers add --name \"Virtanen Oy\" --country FI --email laskut@virtanen.fi"),
        QStringLiteral("addons add --code EXTRA --name \"Extra storage\" --currency EUR --interval \"1 month\" "
                       "--model per_unit --price 2.00 --from 2026-01-01"),
        QStringLiteral("plans add --code PRO --name Pro --product \"Cloud backup\" --feature \"5 users\" --feature "
                       "\"Phone support\" --addon EXTRA --currency EUR --interval \"1 month\" --model per_unit "
                       "--price 10.00 --from 2026-01-01"),
        QStringLiteral("metered add --plan PRO --metric api_calls --name \"API calls\" --currency EUR --model "
                       "package --price 1.00 --package-size 100 --from 2026-01-01"),
    };
    for (const QString& step : steps) {
        if (ok(step).exitCode != 0)
            return false;
    }
    return true;
}

int CliFixture::usageRows() const
{
    const QString name = QStringLiteral("cli_fixture_usage");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM usage_records")) && q.next())
                rows = q.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QStringList CliFixture::words(const QString& line)
{
    QStringList out;
    QString word;
    bool quoted = false;
    bool any = false;
    for (QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c == u' ' && !quoted) {
            if (any)
                out.append(word);
            word.clear();
            any = false;
        } else {
            word.append(c);
            any = true;
        }
    }
    if (any)
        out.append(word);
    return out;
}

qint64 minorOf(const QJsonValue& amount)
{
    return amount.toObject().value(QStringLiteral("minor")).toInteger(-999999);
}

QString plainAmount(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QList<QJsonObject> documentLines(const QJsonArray& documents)
{
    QList<QJsonObject> lines;
    for (const QJsonValue& d : documents) {
        for (const QJsonValue& l : d.toObject().value(QStringLiteral("lines")).toArray())
            lines.append(l.toObject());
    }
    return lines;
}
