#pragma once

#include "billing/BillingInterval.h"
#include "catalog/Catalog.h"
#include "catalog/Price.h"
#include "catalog/PricingModel.h"
#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace subdesk::ui::pricetext {

/** An amount as a number in the locale, for fields and tables: "1,234.50" (en), "1.234,50" (de). */
QString number(const Money& amount, const QLocale& locale = QLocale());

/** An amount with its ISO code after it, as the catalog lists show prices: "20.00 EUR". */
QString withCode(const Money& amount, const QLocale& locale = QLocale());

/** An interval as a phrase that follows an amount: "monthly", "every 3 months". Translated. */
QString intervalPhrase(const billing::BillingInterval& interval);

/**
 * Core's pricing texts (PricingModel::breakdown() and describe()) write amounts and counts in a
 * locale-independent form ("Units 1–10 × 5.00 = 50.00"). This rewrites every number in text in the
 * locale: numbers with a decimal point are amounts of currency, the others are counts.
 */
QString localizedNumbers(const QString& text, const Currency& currency, const QLocale& locale = QLocale());

/** PricingModel::describe() with the numbers in the locale. */
QString describe(const catalog::PricingModel& model, const QLocale& locale = QLocale());

/**
 * What one price costs, short enough for a list: "20.00 EUR monthly", "5.00 EUR per unit monthly",
 * "graduated from 4.00 EUR per unit monthly", "10.00 EUR per 100 units". The version shown is the
 * one in effect on `on` (the first one before it starts).
 */
QString priceSummary(const catalog::Price& price, const QDate& on, const QLocale& locale = QLocale());

/**
 * The prices of one owner for a list cell: the unarchived ones in `primary` (or, if it has none
 * there, in its first currency) joined with " · ", and the other currencies it is priced in:
 * "20.00 EUR monthly · 200.00 EUR yearly (also in SEK, PLN, GBP and 2 more)". "no price yet" when
 * there is none.
 */
QString pricesSummary(const QList<const catalog::Price*>& prices, const Currency& primary, const QDate& on,
                      const QLocale& locale = QLocale());

/** Every unarchived price of one owner, one per line, for a tooltip. */
QString pricesList(const QList<const catalog::Price*>& prices, const QDate& on, const QLocale& locale = QLocale());

/**
 * The currency to suggest for a new price: the one most prices of the catalog use, else the
 * locale's currency, else EUR.
 */
Currency suggestedCurrency(const catalog::Catalog& catalog, const QLocale& locale = QLocale());

/** Short summary of a pricing model, without the interval. */
QString modelSummary(const catalog::PricingModel& model, const QLocale& locale = QLocale());

} // namespace subdesk::ui::pricetext
