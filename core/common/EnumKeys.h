#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk {

/**
 * One row of an enum's table: the value, its stable key (stored in the database, CSV, JSON and CLI
 * flags; never translated) and an optional display name marked with QT_TRANSLATE_NOOP.
 */
template <typename Enum>
struct EnumKey
{
    Enum value;
    const char* key;
    const char* name = nullptr;
};

/** Lookups over a table of EnumKey rows; the domains keep their tables, this keeps the code. */
namespace enumkeys {

template <typename Enum, size_t N>
QString key(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const EnumKey<Enum>& row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.key);
    }
    Q_UNREACHABLE();
    return {};
}

/** The value whose key equals text exactly (callers normalise first where they accept more). */
template <typename Enum, size_t N>
std::optional<Enum> fromKey(const EnumKey<Enum> (&table)[N], const QString& text)
{
    for (const EnumKey<Enum>& row : table) {
        if (text == QLatin1String(row.key))
            return row.value;
    }
    return std::nullopt;
}

/** The translated display name, looked up in the translation context the table's names use. */
template <typename Enum, size_t N>
QString name(const EnumKey<Enum> (&table)[N], Enum value, const char* context)
{
    for (const EnumKey<Enum>& row : table) {
        if (row.value == value)
            return QCoreApplication::translate(context, row.name);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, size_t N>
QList<Enum> values(const EnumKey<Enum> (&table)[N])
{
    QList<Enum> list;
    list.reserve(qsizetype(N));
    for (const EnumKey<Enum>& row : table)
        list.append(row.value);
    return list;
}

} // namespace enumkeys

} // namespace subdesk
