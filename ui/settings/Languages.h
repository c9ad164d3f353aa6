#pragma once

#include <QList>
#include <QString>

namespace subdesk::ui {

/** A language SubDesk's interface and documents come in. */
struct LanguageOption
{
    QString code; ///< ISO 639-1: en, pl, it, fi, fa
    QString nativeName; ///< the language's name in itself: "Polski", "فارسی"
};

/** English, Polski, Italiano, Suomi, فارسی, in that order. */
QList<LanguageOption> supportedLanguages();
bool isSupportedLanguage(const QString& code);
/** The language's name in itself, or the code when SubDesk does not know it. */
QString languageName(const QString& code);

/** QSettings "ui/language": empty when the user never chose one. */
QString savedLanguage();
void saveLanguage(const QString& code);

/**
 * The interface language for this run: the --lang value if SubDesk has it, else the saved choice,
 * else the system's language if supported, else English.
 */
QString resolveLanguage(const QString& commandLineLanguage);

/**
 * Installs SubDesk's catalogue (":/i18n/subdesk_<lang>.qm", when embedded) and Qt's own
 * (qtbase_<lang>.qm from Qt's translations folder) into the application, sets the default QLocale
 * so numbers and dates follow the language, and the layout direction (right-to-left for fa).
 * Replaces the translators of an earlier call. Returns false when SubDesk's own catalogue for a
 * language other than English is missing (the interface then stays English).
 */
bool installTranslations(const QString& lang);

/** The language installTranslations() last installed ("en" before any call). */
QString installedLanguage();

} // namespace subdesk::ui
