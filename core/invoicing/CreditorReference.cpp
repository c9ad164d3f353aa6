#include "CreditorReference.h"

#include <QStringList>

namespace subdesk::invoicing::creditorreference {

namespace {

constexpr int kMaxBaseLength = 21;

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

/** The text read as one big number (A = 10 … Z = 35) modulo 97, digit by digit (ISO 7064 MOD 97-10). */
int mod97(const QString& text)
{
    int remainder = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        } else {
            const int value = c.unicode() - 'A' + 10; // two digits
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

QString fromBase(const QString& base)
{
    QString reference;
    for (const QChar c : base.toUpper()) {
        if (isAsciiAlnum(c))
            reference.append(c);
    }
    if (reference.isEmpty())
        return {};
    reference = reference.right(kMaxBaseLength); // the end of a number is what tells documents apart
    // The check digits make (reference + "RF" + check digits) ≡ 1 (mod 97).
    const int check = 98 - mod97(reference + QStringLiteral("RF00"));
    return QStringLiteral("RF") + QString::number(check).rightJustified(2, QLatin1Char('0')) + reference;
}

bool isValid(const QString& text)
{
    const QString compact = withoutSpaces(text).toUpper();
    if (compact.size() < 5 || compact.size() > 4 + kMaxBaseLength || !compact.startsWith(QLatin1String("RF")))
        return false;
    if (!compact.at(2).isDigit() || !compact.at(3).isDigit())
        return false;
    for (const QChar c : compact) {
        if (!isAsciiAlnum(c))
            return false;
    }
    return mod97(compact.mid(4) + compact.left(4)) == 1;
}

QString formatted(const QString& reference)
{
    const QString compact = withoutSpaces(reference);
    QStringList groups;
    for (qsizetype i = 0; i < compact.size(); i += 4)
        groups.append(compact.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace subdesk::invoicing::creditorreference
