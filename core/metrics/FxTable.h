#pragma once

#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::metrics {

/**
 * A stored monthly exchange rate: one unit of `currency` is worth rate ÷ 10^8 units of the
 * reporting currency during `month` (e.g. SEK in 2026-03 at 0.08731200 EUR → rate 8731200).
 */
struct FxRate
{
    static constexpr qint64 kScale = 100000000; ///< 10^8
    QDate month; ///< the first day of the month
    QString currency; ///< ISO 4217, never the reporting currency
    qint64 rate = 0; ///< > 0, scaled by kScale

    /** "0.08731200"-style text with up to 8 decimals, locale independent. */
    static QString rateText(qint64 rate);
    /** Parses "0.087312" / "11.4531" (dot or comma, ≤ 8 decimals, > 0); Invalid with a message otherwise. */
    static Result<qint64> parseRate(const QString& text);
    friend bool operator==(const FxRate&, const FxRate&) = default;
};

/**
 * The rates the metrics convert with (BILLING.md §10: "at the company's stored rate for that
 * month"). A month without its own rate uses the latest earlier month's rate of that currency;
 * before the first stored rate there is none, and the amounts are left out with a warning.
 * Conversion: round_half_up(minor × rate × 10^(reporting digits) ÷ (kScale × 10^(currency digits))).
 */
class FxTable
{
public:
    FxTable() = default;
    FxTable(QString reportingCurrency, const QList<FxRate>& rates);

    const QString& reportingCurrency() const { return m_reporting; }
    /** The rate used for currency in the month containing day; 1 × kScale for the reporting currency. */
    std::optional<qint64> rate(const QString& currency, QDate day) const;
    /** The highest rate stored for currency in any month (1 × kScale for the reporting currency); nullopt: none. */
    std::optional<qint64> maxRate(const QString& currency) const;
    /** minor units of currency in reporting minor units for the month containing day; nullopt without a rate. */
    std::optional<qint64> convert(qint64 minor, const QString& currency, QDate day) const;

    /**
     * round_half_up(minor × rate × 10^reportingDigits ÷ (kScale × 10^currencyDigits)), exactly in
     * 128 bits; nullopt when the result leaves qint64. The conversion rule above, for callers that
     * look the rate up once per month.
     */
    static std::optional<qint64> convertAt(qint64 minor, qint64 rate, int currencyDigits, int reportingDigits);

private:
    QString m_reporting;
    /** Per currency: (month as yyyy*12+m-1, rate) ascending. */
    QHash<QString, QList<QPair<int, qint64>>> m_rates;
};

} // namespace subdesk::metrics
