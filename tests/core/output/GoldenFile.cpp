#include "GoldenFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace goldenfile {

QString mismatch(const QString& path, const QByteArray& actual)
{
    if (qEnvironmentVariableIntValue("SUBDESK_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual) != actual.size())
            return QStringLiteral("cannot write golden file %1").arg(path);
        qInfo("golden file written: %s", qPrintable(path));
        return QString();
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("golden file %1 is missing; run the test with SUBDESK_UPDATE_GOLDEN=1 to write it, "
                              "then inspect and commit it")
            .arg(path);
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return QString();
    QTemporaryDir dir;
    const QString actualPath = dir.filePath(QFileInfo(path).fileName() + QStringLiteral(".actual"));
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(actual);
        out.close();
    }
    QString error;
    if (available(QStringLiteral("diff"))) {
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), path, actualPath});
        diff.waitForFinished(30000);
        return QStringLiteral("output differs from %1:\n%2").arg(path, QString::fromUtf8(diff.readAllStandardOutput()));
    }
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("output differs from %1 at line %2:\n- %3\n+ %4")
                .arg(path)
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
    }
    return QStringLiteral("output differs from %1").arg(path);
}

QByteArray run(const QString& program, const QStringList& arguments, QString* error, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return QByteArray();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        *error = QStringLiteral("%1 did not finish in time").arg(program);
        return QByteArray();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (%3):\n%4")
                     .arg(program, arguments.join(QLatin1Char(' ')))
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput()));
        return QByteArray();
    }
    return process.readAllStandardOutput();
}

bool available(const QString& program)
{
    if (program.contains(QLatin1Char('/')))
        return QFileInfo::exists(program);
    return !QStandardPaths::findExecutable(program).isEmpty();
}

} // namespace goldenfile
