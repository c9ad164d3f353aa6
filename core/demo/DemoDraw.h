#pragma once

#include <QRandomGenerator>
#include <QString>

namespace subdesk::demo::detail {

/**
 * The seeded source of every choice. Draws happen in a fixed order per customer, so the same
 * seed and date give the same customers, and customers(n) is a prefix of customers(n + m).
 */
class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_rng(seed)
    { }

    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    double unit() { return m_rng.generateDouble(); }

    template <typename List>
    const auto& pick(const List& list)
    {
        return list.at(below(int(list.size())));
    }

    /** '#' digit, '@' letter, '&' letter of a British inward code, '*' Eircode character, '%' A–W. */
    QString fill(const QString& pattern)
    {
        static const QLatin1String letters("ABCDEGHJKLMNPRTVWXZ");
        static const QLatin1String britishLetters("ABDEFGHJLNPQRSTUWXYZ");
        static const QLatin1String eircode("ACDEFHKNPRTVWXY0123456789");
        QString out;
        out.reserve(pattern.size());
        for (const QChar c : pattern) {
            switch (c.unicode()) {
            case u'#':
                out += QChar(char16_t(u'0' + below(10)));
                break;
            case u'@':
                out += letters.at(below(int(letters.size())));
                break;
            case u'&':
                out += britishLetters.at(below(int(britishLetters.size())));
                break;
            case u'*':
                out += eircode.at(below(int(eircode.size())));
                break;
            case u'%':
                out += QChar(char16_t(u'A' + below(23)));
                break;
            default:
                out += c;
            }
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace subdesk::demo::detail
