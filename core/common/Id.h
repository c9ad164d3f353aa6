#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace subdesk {

/**
 * A typed database id: a CustomerId cannot be passed where a PlanId is expected.
 * Zero means "not stored yet".
 */
template <typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    { }
    constexpr bool isValid() const { return value > 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.value != b.value; }
    friend constexpr bool operator<(Id a, Id b) { return a.value < b.value; }
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.value, seed); }
};

using CustomerId = Id<struct CustomerIdTag>;

} // namespace subdesk
