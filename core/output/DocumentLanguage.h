#pragma once

#include "money/Money.h"
#include "tax/TaxCategory.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace subdesk::output {

/**
 * The language a document is written in: the customer's document language, whatever the language
 * of the program. Texts marked QT_TRANSLATE_NOOP("DocumentText", ...) are looked up in that
 * language's catalogue (:/i18n/subdesk_<code>.qm); numbers, dates and money use its locale.
 */
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString& code);
    ~DocumentLanguage();

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    Qt::LayoutDirection direction() const { return m_locale.textDirection(); }

    /** source must be marked QT_TRANSLATE_NOOP("DocumentText", source) where it is written. */
    QString text(const char* source) const;
    QString date(QDate date) const; ///< the locale's short date format
    QString money(const Money& amount) const; ///< with symbol
    QString amount(const Money& amount) const; ///< number only, with the currency's decimals
    QString percent(int basisPoints) const; ///< "23%", "5,5 %"

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

/** The text printed for a category that carries none of the seller's (AE, G, K, O), in the language. */
QString standardExemptionText(tax::TaxCategory category, const DocumentLanguage& language);
/** The short name of a VAT category as printed in a tax summary ("Standard rate", "Reverse charge"). */
QString taxCategoryText(tax::TaxCategory category, const DocumentLanguage& language);

} // namespace subdesk::output
