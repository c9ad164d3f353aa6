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
using ProductId = Id<struct ProductIdTag>;
using PlanId = Id<struct PlanIdTag>;
using AddOnId = Id<struct AddOnIdTag>;
using MeteredChargeId = Id<struct MeteredChargeIdTag>;
using PriceId = Id<struct PriceIdTag>;
using PriceVersionId = Id<struct PriceVersionIdTag>;
using CouponId = Id<struct CouponIdTag>;
using SubscriptionId = Id<struct SubscriptionIdTag>;
using EventId = Id<struct EventIdTag>;
using UsageId = Id<struct UsageIdTag>;
using DocumentId = Id<struct DocumentIdTag>;
using BillingRunId = Id<struct BillingRunIdTag>;
using PaymentId = Id<struct PaymentIdTag>;
using SurveyAnswerId = Id<struct SurveyAnswerIdTag>;

} // namespace subdesk
