#include "Document.h"

#include "DocumentRepository.h"
#include "common/EnumKeys.h"

namespace subdesk::billing {

namespace {
const EnumKey<DocumentKind> kKinds[] = {
    {DocumentKind::Invoice, "invoice", QT_TRANSLATE_NOOP("Document", "Invoice")},
    {DocumentKind::CreditNote, "credit_note", QT_TRANSLATE_NOOP("Document", "Credit note")},
};
} // namespace

QString documentKindKey(DocumentKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<DocumentKind> documentKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString documentKindName(DocumentKind kind)
{
    return enumkeys::name(kKinds, kind, "Document");
}

Money Document::amountDue() const
{
    // creditApplied never exceeds a non-negative total, so this cannot overflow.
    return Money(total.minorUnits() - creditApplied.minorUnits(), total.currency());
}

size_t qHash(const BilledKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.subscriptionId.value, key.chargeKey, key.periodStart.toJulianDay());
}

} // namespace subdesk::billing
