#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace subdesk::ui {

/**
 * Each of count texts' position in the current locale's collation order (case-insensitive,
 * numbers by value: "Customer 9" before "Customer 10"); equal texts share a rank. textAt(i)
 * gives the i-th text. Each distinct text is collated once, so columns with a handful of values
 * (statuses, countries) cost next to nothing.
 */
QList<qint64> collationRanks(qsizetype count, const std::function<QString(qsizetype)>& textAt);

} // namespace subdesk::ui
