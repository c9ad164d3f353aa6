#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one per numerus form, or one
    QString type; ///< "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString& path, QString* language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Message {context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            QStringList forms;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
            }
            current.translations = forms.isEmpty() ? QStringList {text.trimmed()} : forms;
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> result;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        result.insert(it.next().captured(0));
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* lang : {"pl", "it", "fi", "fa"})
            QTest::newRow(
                qPrintable(QStringLiteral("%1: every string translated, placeholders kept").arg(QLatin1String(lang))))
                << QStringLiteral(SUBDESK_TRANSLATIONS_DIR "/subdesk_%1.ts").arg(QLatin1String(lang));
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QString language;
        const QList<Message> messages = readTs(path, &language);
        QVERIFY2(messages.size() > 100,
                 qPrintable(QStringLiteral("%1 has only %2 messages").arg(path).arg(messages.size())));
        QStringList problems;
        for (const Message& m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
            if (m.type == QLatin1String("unfinished"))
                problems.append(where + QStringLiteral(" is unfinished"));
            // A plural form may spell the number out ("jeden"), so %n itself is not required.
            QSet<QString> expected = placeholders(m.source);
            expected.remove(QStringLiteral("%n"));
            for (const QString& t : m.translations) {
                QSet<QString> found = placeholders(t);
                found.remove(QStringLiteral("%n"));
                if (t.isEmpty())
                    problems.append(where + QStringLiteral(" has an empty translation"));
                else if (found != expected)
                    problems.append(where + QStringLiteral(" changes the placeholders: ") + t.left(60));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void embeddedCataloguesLoad_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pl: Name is Nazwa") << "pl"
                                           << "Nazwa";
        QTest::newRow("it: Name is Nome") << "it"
                                          << "Nome";
        QTest::newRow("fi: Name is Nimi") << "fi"
                                          << "Nimi";
        QTest::newRow("fa: Name is نام") << "fa" << QStringLiteral("نام");
    }
    void embeddedCataloguesLoad()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/subdesk_%1.qm").arg(lang)));
        QCOMPARE(translator.translate("CustomerField", "Name"), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
