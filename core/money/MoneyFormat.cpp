#include "MoneyFormat.h"

#include <QCoreApplication>

namespace subdesk::moneyformat {

namespace {

QString localizedDigits(const QString& ascii, const QLocale& locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0"))
        return ascii;
    QString out;
    out.reserve(ascii.size() * zero.size());
    for (QChar c : ascii) {
        if (c.isDigit() && c.unicode() < 128) {
            // zeroDigit() may be a surrogate pair for some scripts; step its last code unit.
            QString digit = zero;
            digit[digit.size() - 1] = QChar(zero.at(zero.size() - 1).unicode() + (c.unicode() - '0'));
            out += digit;
        } else {
            out += c;
        }
    }
    return out;
}

QString numberText(const Money& amount, const QLocale& locale)
{
    const Currency& cur = amount.currency();
    const qint64 minor = amount.minorUnits();
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 per = quint64(cur.minorPerMajor());
    QString text = locale.toString(qulonglong(magnitude / per));
    if (cur.minorDigits() > 0) {
        const QString fraction = QString::number(magnitude % per).rightJustified(cur.minorDigits(), QLatin1Char('0'));
        text += locale.decimalPoint() + localizedDigits(fraction, locale);
    }
    return text;
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

} // namespace

QString symbol(const Currency& currency, const QLocale& locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const QString& code = currency.code();
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return code;
}

QString format(const Money& amount, const QLocale& locale, Style style)
{
    const QString number = numberText(amount, locale);
    const bool negative = amount.isNegative();
    if (style == Style::NumberOnly)
        return negative ? locale.negativeSign() + number : number;
    // Let the locale place the symbol: format 1 with the symbol and put our number where "1" is. A
    // leading minus, not the accounting parentheses some locales use, marks credits on documents.
    const QString pattern = locale.toCurrencyString(qlonglong(1), symbol(amount.currency(), locale));
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    QString result = pattern;
    if (at < 0)
        result = number + QLatin1Char(' ') + amount.currency().code();
    else
        result.replace(at, one.size(), number);
    return negative ? locale.negativeSign() + result : result;
}

Result<Money> parse(const QString& text, const Currency& currency, const QLocale& locale)
{
    const auto invalid = [&] {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Money", "\"%1\" is not an amount (expected e.g. %2).")
                         .arg(text, format(Money(123456, currency), locale, Style::NumberOnly)));
    };
    QString s;
    for (QChar c : text) {
        // Bidirectional marks (fa puts LRM around numbers) carry no value.
        const char16_t u = c.unicode();
        if (u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue;
        s += c;
    }
    s = s.trimmed();
    // Drop the currency's code or symbol wherever the user put it.
    // Only this currency's own code and symbol: "$5" is not an amount in EUR.
    for (const QString& marker : {currency.code(), symbol(currency, locale)}) {
        if (!marker.isEmpty())
            s.remove(marker, Qt::CaseInsensitive);
    }
    s = s.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    QString localeMinus = locale.negativeSign();
    localeMinus.remove(QChar(0x200E)).remove(QChar(0x200F)).remove(QChar(0x061C));
    for (const QString& minus : {localeMinus, QStringLiteral("-"), QStringLiteral("\u2212")}) {
        if (!minus.isEmpty() && s.startsWith(minus)) {
            negative = !negative;
            s = s.mid(minus.size()).trimmed();
            break;
        }
    }
    if (s.startsWith(locale.positiveSign()) || s.startsWith(QLatin1Char('+')))
        s = s.mid(1).trimmed();

    // Split at the locale's decimal point; each group separator must close a group of three digits.
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype decimalAt = s.lastIndexOf(decimal);
    const QString wholePart = decimalAt < 0 ? s : s.left(decimalAt);
    const QString fractionPart = decimalAt < 0 ? QString() : s.mid(decimalAt + decimal.size());

    QString whole;
    int digitsSinceSeparator = 0;
    bool sawSeparator = false;
    for (qsizetype i = 0; i < wholePart.size(); ++i) {
        const QChar c = wholePart.at(i);
        const int d = c.digitValue();
        if (d >= 0) {
            whole += QLatin1Char(char('0' + d));
            ++digitsSinceSeparator;
            continue;
        }
        const bool isGroup = (!group.isEmpty() && wholePart.mid(i, group.size()) == group) || isSpaceLike(c);
        // The first group may be longer than three digits: some locales (pl) write "1234 567".
        if (!isGroup || whole.isEmpty() || (sawSeparator && digitsSinceSeparator != 3) || digitsSinceSeparator == 0)
            return invalid();
        sawSeparator = true;
        digitsSinceSeparator = 0;
        if (!group.isEmpty() && wholePart.mid(i, group.size()) == group)
            i += group.size() - 1;
    }
    if (whole.isEmpty() || (sawSeparator && digitsSinceSeparator != 3))
        return invalid();
    QString fraction;
    for (QChar c : fractionPart) {
        const int d = c.digitValue();
        if (d < 0)
            return invalid();
        fraction += QLatin1Char(char('0' + d));
    }
    if (decimalAt >= 0 && fraction.isEmpty())
        return invalid();
    QString plain = whole;
    if (!fraction.isEmpty())
        plain += QLatin1Char('.') + fraction;
    auto money = Money::fromPlainString(plain, currency);
    if (!money)
        return money.error();
    return negative ? money->negated() : money;
}

} // namespace subdesk::moneyformat
