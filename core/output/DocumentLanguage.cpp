#include "DocumentLanguage.h"

#include "money/MoneyFormat.h"

namespace subdesk::output {

namespace {

/** Locales that put a space between a number and the percent sign (CLDR). */
bool spacedPercent(const QString& code)
{
    static const QStringList spaced = {
        QStringLiteral("bg"), QStringLiteral("cs"), QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("es"),
        QStringLiteral("et"), QStringLiteral("fi"), QStringLiteral("fr"), QStringLiteral("lt"), QStringLiteral("lv"),
        QStringLiteral("nb"), QStringLiteral("sk"), QStringLiteral("sv"),
    };
    return spaced.contains(code.left(2));
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(code.isEmpty() ? QStringLiteral("en") : code)
    , m_locale(m_code)
    , m_translator(std::make_unique<QTranslator>())
{
    // A language without a catalogue prints the English source texts; the locale still applies.
    if (!m_translator->load(QStringLiteral(":/i18n/subdesk_%1.qm").arg(m_code)))
        m_translator.reset();
}

DocumentLanguage::~DocumentLanguage() = default;

QString DocumentLanguage::text(const char* source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("DocumentText", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DocumentLanguage::date(QDate date) const
{
    if (!date.isValid())
        return QString();
    // The short format, but never a two-digit year on a document that is kept for ten years.
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        if (format.contains(QLatin1String("yy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        else
            format.replace(QLatin1Char('y'), QLatin1String("yyyy"));
    }
    return m_locale.toString(date, format);
}

QString DocumentLanguage::money(const Money& amount) const
{
    return moneyformat::format(amount, m_locale, moneyformat::Style::WithSymbol);
}

QString DocumentLanguage::amount(const Money& amount) const
{
    return moneyformat::format(amount, m_locale, moneyformat::Style::NumberOnly);
}

QString DocumentLanguage::percent(int basisPoints) const
{
    const int decimals = basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2);
    // A rate is not money: a double holds these few digits exactly enough to print them.
    const QString number = m_locale.toString(basisPoints / 100.0, 'f', decimals);
    return spacedPercent(m_code) ? number + QChar(0x00A0) + m_locale.percent() : number + m_locale.percent();
}

QString standardExemptionText(tax::TaxCategory category, const DocumentLanguage& language)
{
    using tax::TaxCategory;
    switch (category) {
    case TaxCategory::ReverseCharge:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Reverse charge"));
    case TaxCategory::Export:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Export outside the EU — VAT not charged"));
    case TaxCategory::IntraCommunity:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Intra-community supply exempt from VAT"));
    case TaxCategory::OutOfScope:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Not subject to VAT"));
    case TaxCategory::Exempt:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Exempt from VAT"));
    case TaxCategory::Zero:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Zero-rated supply"));
    case TaxCategory::Standard:
        break;
    }
    return QString();
}

QString taxCategoryText(tax::TaxCategory category, const DocumentLanguage& language)
{
    using tax::TaxCategory;
    switch (category) {
    case TaxCategory::Standard:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Standard rate"));
    case TaxCategory::Zero:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Zero rate"));
    case TaxCategory::Exempt:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Exempt"));
    case TaxCategory::ReverseCharge:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Reverse charge"));
    case TaxCategory::IntraCommunity:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Intra-community supply"));
    case TaxCategory::Export:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Export"));
    case TaxCategory::OutOfScope:
        return language.text(QT_TRANSLATE_NOOP("DocumentText", "Not subject to VAT"));
    }
    return QString();
}

} // namespace subdesk::output
