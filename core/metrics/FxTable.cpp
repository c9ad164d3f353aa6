#include "FxTable.h"

#include "money/Currency.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <limits>

namespace subdesk::metrics {

namespace {

__extension__ typedef __int128 i128;

constexpr int kRateDecimals = 8;
/** Whole digits a rate may have: 10^10 × 10^8 still fits a qint64. */
constexpr int kMaxRateWholeDigits = 10;

int monthKey(QDate day)
{
    return day.year() * 12 + day.month() - 1;
}

i128 pow10(int digits)
{
    i128 v = 1;
    for (int i = 0; i < digits; ++i)
        v *= 10;
    return v;
}

Error invalidRate(const QString& text)
{
    return Error(ErrorCode::Invalid,
                 QCoreApplication::translate("FxTable",
                                             "\"%1\" is not an exchange rate: give a number above 0 with at most "
                                             "8 decimals, e.g. 0.087312.")
                     .arg(text));
}

} // namespace

QString FxRate::rateText(qint64 rate)
{
    const QString fraction = QString::number(rate % kScale).rightJustified(kRateDecimals, QLatin1Char('0'));
    return QStringLiteral("%1.%2").arg(rate / kScale).arg(fraction);
}

Result<qint64> FxRate::parseRate(const QString& text)
{
    const QString trimmed = text.trimmed();
    qsizetype separator = -1;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (separator >= 0)
                return invalidRate(text);
            separator = i;
        } else if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return invalidRate(text);
        }
    }
    const QString whole = separator < 0 ? trimmed : trimmed.left(separator);
    const QString fraction = separator < 0 ? QString() : trimmed.mid(separator + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > kRateDecimals
        || whole.size() > kMaxRateWholeDigits)
        return invalidRate(text);
    const qint64 wholeValue = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 fractionValue =
        fraction.isEmpty() ? 0 : fraction.leftJustified(kRateDecimals, QLatin1Char('0')).toLongLong();
    const qint64 rate = wholeValue * kScale + fractionValue;
    if (rate <= 0)
        return invalidRate(text);
    return rate;
}

FxTable::FxTable(QString reportingCurrency, const QList<FxRate>& rates)
    : m_reporting(std::move(reportingCurrency))
{
    for (const FxRate& rate : rates) {
        if (rate.currency == m_reporting || rate.rate <= 0 || !rate.month.isValid())
            continue;
        QList<QPair<int, qint64>>& list = m_rates[rate.currency];
        const int key = monthKey(rate.month);
        auto at = std::lower_bound(list.begin(), list.end(), key,
                                   [](const QPair<int, qint64>& entry, int k) { return entry.first < k; });
        if (at != list.end() && at->first == key)
            at->second = rate.rate; // the later entry of a duplicate month wins
        else
            list.insert(at, {key, rate.rate});
    }
}

std::optional<qint64> FxTable::rate(const QString& currency, QDate day) const
{
    if (currency == m_reporting)
        return FxRate::kScale;
    const auto found = m_rates.constFind(currency);
    if (found == m_rates.cend() || !day.isValid())
        return std::nullopt;
    const QList<QPair<int, qint64>>& list = *found;
    const int key = monthKey(day);
    // The latest month on or before day's month.
    auto after = std::upper_bound(list.cbegin(), list.cend(), key,
                                  [](int k, const QPair<int, qint64>& entry) { return k < entry.first; });
    if (after == list.cbegin())
        return std::nullopt;
    return std::prev(after)->second;
}

std::optional<qint64> FxTable::maxRate(const QString& currency) const
{
    if (currency == m_reporting)
        return FxRate::kScale;
    const auto found = m_rates.constFind(currency);
    if (found == m_rates.cend() || found->isEmpty())
        return std::nullopt;
    qint64 highest = 0;
    for (const QPair<int, qint64>& entry : *found)
        highest = std::max(highest, entry.second);
    return highest;
}

std::optional<qint64> FxTable::convert(qint64 minor, const QString& currency, QDate day) const
{
    if (currency == m_reporting)
        return minor;
    const std::optional<qint64> r = rate(currency, day);
    const std::optional<Currency> from = Currency::fromCode(currency);
    const std::optional<Currency> to = Currency::fromCode(m_reporting);
    if (!r || !from || !to)
        return std::nullopt;
    return convertAt(minor, *r, from->minorDigits(), to->minorDigits());
}

std::optional<qint64> FxTable::convertAt(qint64 minor, qint64 rate, int currencyDigits, int reportingDigits)
{
    Q_ASSERT(rate > 0);
    // Everyday amounts fit 64 bits (EUR 10,000.00 × rate 10^7 × 100 ≈ 10^15): a plain division is
    // several times faster than the 128-bit one; the result is the same.
    static constexpr qint64 kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (minor >= 0 && reportingDigits >= 0 && reportingDigits < 7 && currencyDigits >= 0 && currencyDigits < 7) {
        qint64 num64 = 0;
        qint64 den64 = 0;
        if (!__builtin_mul_overflow(minor, rate, &num64)
            && !__builtin_mul_overflow(num64, kPow10[reportingDigits], &num64)
            && !__builtin_mul_overflow(FxRate::kScale, kPow10[currencyDigits], &den64)) {
            const qint64 q = num64 / den64;
            return (num64 % den64) * 2 >= den64 ? q + 1 : q;
        }
    }
    const i128 product = i128(minor) * rate; // |product| < 2^63 × 10^18, well inside 128 bits
    const i128 limit = (i128(1) << 120) / pow10(reportingDigits);
    if (product > limit || product < -limit)
        return std::nullopt;
    const i128 num = product * pow10(reportingDigits);
    const i128 den = i128(FxRate::kScale) * pow10(currencyDigits);
    const bool negative = num < 0;
    const i128 magnitude = negative ? -num : num;
    i128 q = magnitude / den;
    if ((magnitude % den) * 2 >= den)
        ++q;
    const i128 result = negative ? -q : q;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(result);
}

} // namespace subdesk::metrics
