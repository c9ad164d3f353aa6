#include "DashboardFormat.h"

#include "money/MoneyFormat.h"
#include "widgets/Percent.h"

#include <QLocale>

#include <cmath>

namespace subdesk::ui {

namespace {

Money amount(qint64 minor, const QString& currency)
{
    return Money(minor, Currency::fromCode(currency).value_or(Currency()));
}

/** value × 10^decimals as decimal text with that many decimals at most, trailing zeros dropped. */
QString scaledText(qint64 scaled, int decimals)
{
    const bool negative = scaled < 0;
    const qint64 magnitude = negative ? -scaled : scaled;
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString text = QString::number(magnitude / unit);
    if (const qint64 fraction = magnitude % unit; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

QString DashboardFormat::money(qint64 minor, const QString& currency)
{
    return moneyformat::format(amount(minor, currency), QLocale());
}

QString DashboardFormat::plainMoney(qint64 minor, const QString& currency)
{
    return amount(minor, currency).toPlainString();
}

double DashboardFormat::major(qint64 minor, const QString& currency)
{
    const int digits = Currency::fromCode(currency).value_or(Currency()).minorDigits();
    return double(minor) / std::pow(10.0, digits);
}

QString DashboardFormat::percent(const std::optional<metrics::Ratio>& ratio)
{
    if (!ratio)
        return tr("—", "no figure");
    return percent::format(int(ratio->basisPoints()), QLocale());
}

QString DashboardFormat::plainPercent(const std::optional<metrics::Ratio>& ratio)
{
    return ratio ? scaledText(ratio->basisPoints(), 2) : QString();
}

QString DashboardFormat::nps(const metrics::Ratio& nps)
{
    const qint64 rounded = qint64(std::llround(nps.toDouble()));
    const QLocale locale;
    if (rounded > 0)
        return locale.positiveSign() + locale.toString(rounded);
    if (rounded < 0)
        return locale.negativeSign() + locale.toString(-rounded);
    return locale.toString(0);
}

QString DashboardFormat::plainNps(const std::optional<metrics::Ratio>& nps)
{
    if (!nps)
        return {};
    return scaledText(qint64(std::llround(nps->toDouble() * 10.0)), 1);
}

QString DashboardFormat::month(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString DashboardFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace subdesk::ui
