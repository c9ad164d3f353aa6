#pragma once

#include "FxTable.h"
#include "MonthGrid.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace subdesk::metrics {

/**
 * The exchange rates of a MonthGrid, looked up once per currency and month so converting an
 * amount is a table read and one 128-bit multiply-divide (FxTable::convertAt). Currency 0 is the
 * reporting currency (no conversion). Amounts in a month without a rate convert to 0 and the
 * currency's months are remembered for one warning each (BILLING.md §10; docs/billing-rules.md M3).
 */
class RateGrid
{
public:
    RateGrid(const FxTable& fx, const MonthGrid& months);

    /** The index of currency code, added on first sight. */
    int currencyIndex(const QString& code)
    {
        if (code == m_lastCode)
            return m_lastIndex;
        return lookUp(code);
    }
    const QString& code(int currency) const { return m_codes.at(currency); }

    /** minor of currency in reporting minor units at month's rate; 0 (remembered) without a rate. */
    qint64 convert(int currency, int month, qint64 minor)
    {
        if (currency == 0 || minor == 0)
            return minor;
        return convertForeign(currency, month, minor);
    }

    /** One translated warning per currency that lacked a rate for an amount it had to convert. */
    QStringList warnings() const;

private:
    int lookUp(const QString& code);
    qint64 convertForeign(int currency, int month, qint64 minor);

    const FxTable& m_fx;
    const MonthGrid& m_months;
    int m_reportingDigits = 2;
    QStringList m_codes;
    QHash<QString, int> m_index;
    QString m_lastCode;
    int m_lastIndex = 0;
    std::vector<int> m_digits; ///< per currency, −1: not an ISO 4217 code
    std::vector<qint64> m_rates; ///< [currency × months + month], 0 = no rate
    /** Per currency, the first and last month an amount had no rate (−1: none). */
    std::vector<std::pair<int, int>> m_missing;
};

} // namespace subdesk::metrics
