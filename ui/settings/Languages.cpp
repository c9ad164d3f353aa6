#include "Languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace subdesk::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loadTranslator(const QString& file)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

} // namespace

QList<LanguageOption> supportedLanguages()
{
    // Each language is listed by its name in itself, so a user can find theirs whatever is shown now.
    return {
        //: Name of the English language in English; keep it as is
        {QStringLiteral("en"), QCoreApplication::translate("Languages", "English")},
        //: Name of the Polish language in Polish; keep it as is
        {QStringLiteral("pl"), QCoreApplication::translate("Languages", "Polski")},
        //: Name of the Italian language in Italian; keep it as is
        {QStringLiteral("it"), QCoreApplication::translate("Languages", "Italiano")},
        //: Name of the Finnish language in Finnish; keep it as is
        {QStringLiteral("fi"), QCoreApplication::translate("Languages", "Suomi")},
        //: Name of the Persian language in Persian; keep it as is
        {QStringLiteral("fa"), QCoreApplication::translate("Languages", "فارسی")},
    };
}

bool isSupportedLanguage(const QString& code)
{
    const auto languages = supportedLanguages();
    return std::any_of(languages.begin(), languages.end(), [&](const LanguageOption& l) { return l.code == code; });
}

QString languageName(const QString& code)
{
    for (const LanguageOption& l : supportedLanguages()) {
        if (l.code == code)
            return l.nativeName;
    }
    return code;
}

QString savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(kLanguageKey, code);
}

QString resolveLanguage(const QString& commandLineLanguage)
{
    const QString fromCommandLine = commandLineLanguage.trimmed().toLower();
    if (isSupportedLanguage(fromCommandLine))
        return fromCommandLine;
    const QString saved = savedLanguage();
    if (isSupportedLanguage(saved))
        return saved;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0).toLower();
    if (isSupportedLanguage(system))
        return system;
    return QStringLiteral("en");
}

bool installTranslations(const QString& lang)
{
    Installed& state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset();
    state.qt.reset();

    const QString own = QStringLiteral(":/i18n/subdesk_%1.qm").arg(lang);
    if (QFile::exists(own))
        state.own = loadTranslator(own);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtFile = QStringLiteral("%1/qtbase_%2.qm").arg(qtDir, lang);
    if (QFile::exists(qtFile))
        state.qt = loadTranslator(qtFile);

    const QLocale locale(lang);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    state.language = lang;
    return state.own != nullptr || lang == QLatin1String("en");
}

QString installedLanguage()
{
    return installed().language;
}

} // namespace subdesk::ui
