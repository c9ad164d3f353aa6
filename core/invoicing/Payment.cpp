#include "Payment.h"

#include "common/EnumKeys.h"

namespace subdesk::invoicing {

namespace {
const EnumKey<PaymentKind> kKinds[] = {
    {PaymentKind::Payment, "payment", QT_TRANSLATE_NOOP("Payment", "Payment")},
    {PaymentKind::Refund, "refund", QT_TRANSLATE_NOOP("Payment", "Refund")},
};

const EnumKey<PaymentMethod> kMethods[] = {
    {PaymentMethod::BankTransfer, "bank_transfer", QT_TRANSLATE_NOOP("Payment", "Bank transfer")},
    {PaymentMethod::DirectDebit, "direct_debit", QT_TRANSLATE_NOOP("Payment", "Direct debit")},
    {PaymentMethod::Card, "card", QT_TRANSLATE_NOOP("Payment", "Card")},
    {PaymentMethod::Cash, "cash", QT_TRANSLATE_NOOP("Payment", "Cash")},
    {PaymentMethod::Other, "other", QT_TRANSLATE_NOOP("Payment", "Other")},
};
} // namespace

QString paymentKindKey(PaymentKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<PaymentKind> paymentKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString paymentKindName(PaymentKind kind)
{
    return enumkeys::name(kKinds, kind, "Payment");
}

QString paymentMethodKey(PaymentMethod method)
{
    return enumkeys::key(kMethods, method);
}

std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    return enumkeys::fromKey(kMethods, key);
}

QString paymentMethodName(PaymentMethod method)
{
    return enumkeys::name(kMethods, method, "Payment");
}

} // namespace subdesk::invoicing
