#include "CollationRanks.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <vector>

namespace subdesk::ui {

QList<qint64> collationRanks(qsizetype count, const std::function<QString(qsizetype)>& textAt)
{
    QHash<QString, qsizetype> distinctIndex;
    QList<QString> distinct;
    QList<qsizetype> toDistinct(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString text = textAt(i);
        auto found = distinctIndex.constFind(text);
        if (found == distinctIndex.constEnd()) {
            found = distinctIndex.insert(text, distinct.size());
            distinct.append(text);
        }
        toDistinct[i] = found.value();
    }

    // Sort keys turn each comparison into a byte comparison instead of a full collation.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(distinct.size());
    for (const QString& text : std::as_const(distinct))
        keys.push_back(collator.sortKey(text));
    std::vector<qsizetype> order(distinct.size());
    for (qsizetype i = 0; i < qsizetype(order.size()); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<qint64> distinctRank(distinct.size());
    qint64 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[order[i - 1]].compare(keys[order[i]]) != 0)
            ++rank;
        distinctRank[order[i]] = rank;
    }

    QList<qint64> ranks(count);
    for (qsizetype i = 0; i < count; ++i)
        ranks[i] = distinctRank[toDistinct.at(i)];
    return ranks;
}

} // namespace subdesk::ui
