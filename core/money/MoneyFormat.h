#pragma once

#include "Money.h"

#include <QLocale>

namespace subdesk::moneyformat {

enum class Style
{
    WithSymbol, ///< "1 234,56 €" / "€1,234.56": for views and documents
    NumberOnly, ///< "1 234,56": for editable fields
};

/** The symbol shown for a currency: the common sign for the big ones, the ISO code otherwise. */
QString symbol(const Currency& currency, const QLocale& locale);

/** Formats with the locale's digits, separators and currency pattern. Exact: no floating point. */
QString format(const Money& amount, const QLocale& locale, Style style = Style::WithSymbol);

/**
 * Parses what a user typed in the locale's conventions ("1.234,56 €" in de, "1,234.56" in en,
 * Persian digits in fa). Group separators must sit between groups of three digits, so "12.50" in a
 * locale whose decimal point is "," is refused rather than read as 1250.
 */
Result<Money> parse(const QString& text, const Currency& currency, const QLocale& locale);

} // namespace subdesk::moneyformat
