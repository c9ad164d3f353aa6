#include "CustomerFilter.h"

namespace subdesk::customers {

QString CustomerFilter::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out;
}

QString CustomerFilter::searchKey(const Customer& c)
{
    // A separator that cannot occur in the query keeps words from matching across fields.
    const QChar sep(0x1F);
    QString key = c.displayName;
    for (const QString& e : c.emails)
        key += sep + e;
    key += sep + c.vatId + sep + c.address.city;
    return fold(key);
}

void CustomerFilter::setText(const QString& text)
{
    m_text = text;
    m_words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool CustomerFilter::matches(const Customer& c) const
{
    return matches(c, m_words.isEmpty() ? QString() : searchKey(c));
}

bool CustomerFilter::matches(const Customer& c, const QString& key) const
{
    if (status && c.status != *status)
        return false;
    if (!segment.isEmpty() && c.segment.compare(segment, Qt::CaseInsensitive) != 0)
        return false;
    if (!country.isEmpty() && c.address.country != country)
        return false;
    if (!tag.isEmpty() && std::none_of(c.tags.begin(), c.tags.end(), [this](const QString& t) {
            return t.compare(tag, Qt::CaseInsensitive) == 0;
        }))
        return false;
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool CustomerFilter::isEmpty() const
{
    return m_words.isEmpty() && segment.isEmpty() && tag.isEmpty() && country.isEmpty() && !status;
}

} // namespace subdesk::customers
