#include "DemoCheckDigits.h"

#include <initializer_list>

namespace subdesk::demo::detail {

namespace {

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

void setDigit(QString& s, qsizetype i, int digit)
{
    s[i] = QChar(char16_t(u'0' + digit));
}

void setTwoDigits(QString& s, qsizetype i, int value)
{
    setDigit(s, i, value / 10);
    setDigit(s, i + 1, value % 10);
}

/** Sum of digits[from + k] * weights[k]. */
int weightedSum(QStringView s, qsizetype from, std::initializer_list<int> weights)
{
    int sum = 0;
    qsizetype i = from;
    for (int w : weights)
        sum += digitAt(s, i++) * w;
    return sum;
}

qint64 number(QStringView s)
{
    qint64 n = 0;
    for (QChar c : s)
        n = n * 10 + (c.unicode() - u'0');
    return n;
}

int mod97(QStringView digits)
{
    int r = 0;
    for (QChar c : digits)
        r = (r * 10 + (c.unicode() - u'0')) % 97;
    return r;
}

/** Spanish CCC control digit over ten digits. */
int spanishControl(QStringView ten)
{
    static const int weights[] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digitAt(ten, i) * weights[i];
    const int d = 11 - sum % 11;
    return d == 11 ? 0 : d == 10 ? 1 : d;
}

} // namespace

int luhnCheckDigit(QStringView digits)
{
    int sum = 0;
    bool doubled = true; // the digit next to the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

bool fixVatCheckDigits(const QString& country, QString& vat)
{
    const QStringView digits = QStringView(vat).mid(2);
    if (country == QLatin1String("FI")) { // Y-tunnus
        const int r = weightedSum(digits, 0, {7, 9, 10, 5, 8, 4, 2}) % 11;
        if (r == 1)
            return false;
        setDigit(vat, 9, r == 0 ? 0 : 11 - r);
    } else if (country == QLatin1String("PL")) { // NIP
        const int r = weightedSum(digits, 0, {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11;
        if (r == 10)
            return false;
        setDigit(vat, 11, r);
    } else if (country == QLatin1String("IT")) { // partita IVA
        setDigit(vat, 12, luhnCheckDigit(digits.left(10)));
    } else if (country == QLatin1String("DE")) { // ISO 7064 MOD 11,10
        int product = 10;
        for (int i = 0; i < 8; ++i) {
            int sum = (digitAt(digits, i) + product) % 10;
            if (sum == 0)
                sum = 10;
            product = (2 * sum) % 11;
        }
        const int check = 11 - product;
        setDigit(vat, 10, check == 10 ? 0 : check);
    } else if (country == QLatin1String("FR")) { // key from the SIREN
        setTwoDigits(vat, 2, int((12 + 3 * (number(digits.mid(2, 9)) % 97)) % 97));
    } else if (country == QLatin1String("BE")) {
        setTwoDigits(vat, 10, 97 - int(number(digits.left(8)) % 97));
    } else if (country == QLatin1String("ES")) { // CIF of a company (B...)
        int sum = 0;
        for (int i = 0; i < 7; ++i) {
            const int d = digitAt(digits, 1 + i);
            if (i % 2 == 1) {
                sum += d;
            } else {
                const int twice = 2 * d;
                sum += twice / 10 + twice % 10;
            }
        }
        setDigit(vat, 10, (10 - sum % 10) % 10);
    } else if (country == QLatin1String("PT")) { // NIF
        const int r = weightedSum(digits, 0, {9, 8, 7, 6, 5, 4, 3, 2}) % 11;
        setDigit(vat, 10, r < 2 ? 0 : 11 - r);
    } else if (country == QLatin1String("SE")) { // organisationsnummer + "01"
        setDigit(vat, 11, luhnCheckDigit(digits.left(9)));
    } else if (country == QLatin1String("DK")) { // CVR: weighted sum divisible by 11
        const int r = weightedSum(digits, 0, {2, 7, 6, 5, 4, 3, 2}) % 11;
        const int check = (11 - r) % 11;
        if (check == 10)
            return false;
        setDigit(vat, 9, check);
    } else if (country == QLatin1String("NO")) { // organisasjonsnummer + "MVA"
        const int r = weightedSum(digits, 0, {3, 2, 7, 6, 5, 4, 3, 2}) % 11;
        if (r == 1)
            return false;
        setDigit(vat, 10, r == 0 ? 0 : 11 - r);
    }
    return true;
}

bool fixBbanCheckDigits(const QString& country, QString& bban)
{
    if (country == QLatin1String("FI")) {
        setDigit(bban, 13, luhnCheckDigit(QStringView(bban).left(13)));
    } else if (country == QLatin1String("FR")) { // clé RIB
        const QStringView s(bban);
        const qint64 sum = 89 * number(s.left(5)) + 15 * number(s.mid(5, 5)) + 3 * number(s.mid(10, 11));
        setTwoDigits(bban, 21, 97 - int(sum % 97));
    } else if (country == QLatin1String("ES")) { // CCC: entity, office, two controls, account
        const QString first = QStringLiteral("00") + bban.left(8);
        setDigit(bban, 8, spanishControl(first));
        setDigit(bban, 9, spanishControl(QStringView(bban).mid(10, 10)));
    } else if (country == QLatin1String("BE")) {
        const int r = int(number(QStringView(bban).left(10)) % 97);
        setTwoDigits(bban, 10, r == 0 ? 97 : r);
    } else if (country == QLatin1String("PT")) { // NIB
        const QString shifted = bban.left(19) + QStringLiteral("00");
        setTwoDigits(bban, 19, 98 - mod97(shifted));
    } else if (country == QLatin1String("NO")) {
        const int r = weightedSum(bban, 0, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
        if (r == 1)
            return false;
        setDigit(bban, 10, r == 0 ? 0 : 11 - r);
    }
    return true;
}

} // namespace subdesk::demo::detail
