#include "Restart.h"

#include <QCoreApplication>
#include <QProcess>

namespace subdesk::ui {

QStringList restartArguments(const QStringList& currentArguments, const QString& companyPath)
{
    static const QStringList dropped = {QStringLiteral("--lang"), QStringLiteral("--db"),
                                        QStringLiteral("--quit-after"), QStringLiteral("--screenshot")};
    QStringList out;
    for (qsizetype i = 0; i < currentArguments.size(); ++i) {
        const QString& arg = currentArguments.at(i);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (dropped.contains(name)) {
            if (!arg.contains(QLatin1Char('=')))
                ++i; // skip the separate value too
            continue;
        }
        out.append(arg);
    }
    if (!companyPath.isEmpty())
        out << QStringLiteral("--db") << companyPath;
    return out;
}

bool startNewInstance(const QString& companyPath)
{
    const QStringList args = restartArguments(QCoreApplication::arguments().mid(1), companyPath);
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
}

} // namespace subdesk::ui
