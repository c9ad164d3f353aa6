#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QStringList sourcesUnder(const QString& relativeDir)
{
    QStringList files;
    QDirIterator it(QStringLiteral(SUBDESK_SOURCE_DIR "/") + relativeDir,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString relative(const QString& path)
{
    return QDir(QStringLiteral(SUBDESK_SOURCE_DIR)).relativeFilePath(path);
}

QStringList includesOf(const QString& path)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QStringList result;
    auto it = include.globalMatch(text);
    while (it.hasNext())
        result.append(it.next().captured(1));
    return result;
}

/** Header names Qt Widgets and Qt Charts install (QWidget, QChartView, ...). */
QSet<QString> forbiddenCoreHeaders()
{
    QSet<QString> names;
    const QStringList dirs =
        QStringLiteral(SUBDESK_FORBIDDEN_CORE_HEADER_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString& dir : dirs) {
        const QString module = QFileInfo(dir).fileName();
        names.insert(module);
        for (const QString& header : QDir(dir).entryList(QDir::Files)) {
            names.insert(header);
            names.insert(module + QLatin1Char('/') + header);
        }
    }
    return names;
}

const QRegularExpression& sqlInStringLiteral()
{
    static const QRegularExpression re(QStringLiteral(
        "\"[^\"\\n]*\\b(SELECT\\s.+\\sFROM|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|CREATE\\s+"
        "TABLE|PRAGMA\\s)"));
    return re;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRuleCanSeeTheQtHeaders()
    {
        const QSet<QString> forbidden = forbiddenCoreHeaders();
        QVERIFY2(forbidden.contains(QStringLiteral("QWidget")), "Qt Widgets headers were found");
        QVERIFY2(forbidden.contains(QStringLiteral("QChartView")), "Qt Charts headers were found");
        QVERIFY(!forbidden.contains(QStringLiteral("QString")));
        QVERIFY(!sourcesUnder(QStringLiteral("core")).isEmpty());
    }

    void coreNeverIncludesWidgetsOrCharts()
    {
        const QSet<QString> forbidden = forbiddenCoreHeaders();
        QStringList offenders;
        for (const QString& file : sourcesUnder(QStringLiteral("core"))) {
            for (const QString& inc : includesOf(file)) {
                if (forbidden.contains(inc))
                    offenders.append(relative(file) + QStringLiteral(" includes ") + inc);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void sqlOnlyInCoreStorage_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::newRow("core outside storage has no SQL") << "core";
        QTest::newRow("ui has no SQL") << "ui";
        QTest::newRow("app has no SQL") << "app";
    }
    void sqlOnlyInCoreStorage()
    {
        QFETCH(QString, dir);
        const QRegularExpression& sqlText = sqlInStringLiteral();
        QStringList offenders;
        for (const QString& file : sourcesUnder(dir)) {
            const QString rel = relative(file);
            if (rel.startsWith(QLatin1String("core/storage/")))
                continue;
            for (const QString& inc : includesOf(file)) {
                if (inc.startsWith(QLatin1String("QSql")) || inc.startsWith(QLatin1String("QtSql"))
                    || inc.contains(QLatin1String("sqlite3")))
                    offenders.append(rel + QStringLiteral(" includes ") + inc);
            }
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = sqlText.match(text);
            if (m.hasMatch())
                offenders.append(rel + QStringLiteral(" has SQL: ") + m.captured(0).left(80));
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theSqlDetectorWorks()
    {
        // The check above must be able to fail: feed it a line that is SQL.
        const QRegularExpression& sqlText = sqlInStringLiteral();
        QVERIFY(sqlText.match(QStringLiteral("q.exec(\"SELECT id FROM customers\")")).hasMatch());
        QVERIFY(!sqlText.match(QStringLiteral("tr(\"Select a customer from the list\")")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
