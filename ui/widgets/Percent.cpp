#include "Percent.h"

#include <QCoreApplication>

namespace subdesk::ui::percent {

namespace {

constexpr int kMaxBasisPoints = 10000;

bool isFormatting(char16_t u)
{
    // Bidirectional marks (fa puts them around numbers) and spaces carry no value.
    return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
        || u == 0x00A0 || u == 0x202F || u == 0x2009;
}

} // namespace

QString editText(int basisPoints, const QLocale& locale)
{
    const bool negative = basisPoints < 0;
    const qint64 magnitude = negative ? -qint64(basisPoints) : qint64(basisPoints);
    QString number = locale.toString(magnitude / 100);
    if (const qint64 fraction = magnitude % 100; fraction != 0) {
        QString digits = locale.toString(fraction).rightJustified(2, locale.zeroDigit().at(0));
        if (fraction % 10 == 0)
            digits.chop(1);
        number += locale.decimalPoint() + digits;
    }
    return negative ? locale.negativeSign() + number : number;
}

QString format(int basisPoints, const QLocale& locale)
{
    //: A percentage; %1 is the number with the locale's digits ("5.5"). Write the percent sign as your language does.
    return QCoreApplication::translate("Percent", "%1%").arg(editText(basisPoints, locale));
}

std::optional<int> parse(const QString& text, const QLocale& locale)
{
    QString s;
    for (QChar c : text) {
        if (c.isSpace() || isFormatting(c.unicode()))
            continue;
        s += c;
    }
    for (const QString& sign : {locale.percent(), QStringLiteral("%"), QStringLiteral("\u066A")}) {
        if (!sign.isEmpty() && s.endsWith(sign))
            s.chop(sign.size());
        else if (!sign.isEmpty() && s.startsWith(sign))
            s.remove(0, sign.size());
    }
    if (s.isEmpty())
        return std::nullopt;

    qint64 whole = 0;
    int fraction = 0;
    int fractionDigits = 0;
    int wholeDigits = 0;
    bool inFraction = false;
    const QString decimal = locale.decimalPoint();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const int d = c.digitValue();
        if (d >= 0) {
            if (inFraction) {
                if (++fractionDigits > 2)
                    return std::nullopt;
                fraction = fraction * 10 + d;
            } else {
                if (++wholeDigits > 3)
                    return std::nullopt;
                whole = whole * 10 + d;
            }
            continue;
        }
        const bool isDecimal = s.mid(i, decimal.size()) == decimal || c == QLatin1Char('.') || c == QLatin1Char(',');
        if (!isDecimal || inFraction)
            return std::nullopt;
        inFraction = true;
        if (s.mid(i, decimal.size()) == decimal)
            i += decimal.size() - 1;
    }
    if (wholeDigits == 0 && fractionDigits == 0)
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 basisPoints = whole * 100 + fraction;
    if (basisPoints > kMaxBasisPoints)
        return std::nullopt;
    return int(basisPoints);
}

} // namespace subdesk::ui::percent
