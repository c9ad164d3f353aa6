#include "RateGrid.h"

#include "money/Currency.h"

#include <QCoreApplication>

#include <algorithm>

namespace subdesk::metrics {

RateGrid::RateGrid(const FxTable& fx, const MonthGrid& months)
    : m_fx(fx)
    , m_months(months)
{
    const std::optional<Currency> reporting = Currency::fromCode(fx.reportingCurrency());
    m_reportingDigits = reporting ? reporting->minorDigits() : 2;
    m_codes.append(fx.reportingCurrency());
    m_index.insert(fx.reportingCurrency(), 0);
    m_lastCode = fx.reportingCurrency();
    m_digits.push_back(m_reportingDigits);
    m_rates.resize(size_t(months.count()), FxRate::kScale);
    m_missing.push_back({-1, -1});
}

int RateGrid::lookUp(const QString& code)
{
    auto found = m_index.constFind(code);
    int index = 0;
    if (found != m_index.cend()) {
        index = *found;
    } else {
        index = int(m_codes.size());
        m_codes.append(code);
        m_index.insert(code, index);
        const std::optional<Currency> currency = Currency::fromCode(code);
        m_digits.push_back(currency ? currency->minorDigits() : -1);
        m_missing.push_back({-1, -1});
        for (int month = 0; month < m_months.count(); ++month) {
            const std::optional<qint64> rate = currency ? m_fx.rate(code, m_months.month(month)) : std::nullopt;
            m_rates.push_back(rate.value_or(0));
        }
    }
    m_lastCode = code;
    m_lastIndex = index;
    return index;
}

qint64 RateGrid::convertForeign(int currency, int month, qint64 minor)
{
    const qint64 rate = m_rates[size_t(currency) * size_t(m_months.count()) + size_t(month)];
    std::optional<qint64> converted;
    if (rate > 0)
        converted = FxTable::convertAt(minor, rate, m_digits[size_t(currency)], m_reportingDigits);
    if (converted)
        return *converted;
    std::pair<int, int>& missing = m_missing[size_t(currency)];
    missing.first = missing.first < 0 ? month : std::min(missing.first, month);
    missing.second = std::max(missing.second, month);
    return 0;
}

QStringList RateGrid::warnings() const
{
    QStringList list;
    for (qsizetype i = 1; i < m_codes.size(); ++i) {
        const std::pair<int, int>& missing = m_missing[size_t(i)];
        if (missing.first < 0)
            continue;
        const QString from = m_months.month(missing.first).toString(QStringLiteral("yyyy-MM"));
        const QString to = m_months.month(missing.second).toString(QStringLiteral("yyyy-MM"));
        list.append(from == to ? QCoreApplication::translate("Metrics",
                                                             "%1 has no exchange rate to %2 for %3: its amounts are "
                                                             "left out of that month.")
                                     .arg(m_codes.at(i), m_codes.at(0), from)
                               : QCoreApplication::translate("Metrics",
                                                             "%1 has no exchange rate to %2 from %3 to %4: its amounts "
                                                             "are left out of those months.")
                                     .arg(m_codes.at(i), m_codes.at(0), from, to));
    }
    return list;
}

} // namespace subdesk::metrics
