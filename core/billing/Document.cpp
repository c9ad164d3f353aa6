#include "Document.h"

#include "DocumentRepository.h"
#include "common/EnumKeys.h"

namespace subdesk::billing {

namespace {
const EnumKey<DocumentKind> kKinds[] = {
    {DocumentKind::Invoice, "invoice", QT_TRANSLATE_NOOP("Document", "Invoice")},
    {DocumentKind::CreditNote, "credit_note", QT_TRANSLATE_NOOP("Document", "Credit note")},
};
const EnumKey<DocumentState> kStates[] = {
    {DocumentState::Draft, "draft"},
    {DocumentState::Issued, "issued"},
    {DocumentState::Uncollectible, "uncollectible"},
};

const EnumKey<DocumentStatus> kStatuses[] = {
    {DocumentStatus::Draft, "draft", QT_TRANSLATE_NOOP("Document", "Draft")},
    {DocumentStatus::Issued, "issued", QT_TRANSLATE_NOOP("Document", "Issued")},
    {DocumentStatus::Open, "open", QT_TRANSLATE_NOOP("Document", "Open")},
    {DocumentStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("Document", "Overdue")},
    {DocumentStatus::PartiallyPaid, "partially_paid", QT_TRANSLATE_NOOP("Document", "Partially paid")},
    {DocumentStatus::Paid, "paid", QT_TRANSLATE_NOOP("Document", "Paid")},
    {DocumentStatus::Credited, "credited", QT_TRANSLATE_NOOP("Document", "Credited")},
    {DocumentStatus::Uncollectible, "uncollectible", QT_TRANSLATE_NOOP("Document", "Uncollectible")},
};
} // namespace

QString documentStateKey(DocumentState state)
{
    return enumkeys::key(kStates, state);
}

std::optional<DocumentState> documentStateFromKey(const QString& key)
{
    return enumkeys::fromKey(kStates, key);
}

QString documentStatusKey(DocumentStatus status)
{
    return enumkeys::key(kStatuses, status);
}

std::optional<DocumentStatus> documentStatusFromKey(const QString& key)
{
    return enumkeys::fromKey(kStatuses, key);
}

QString documentStatusName(DocumentStatus status)
{
    return enumkeys::name(kStatuses, status, "Document");
}

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

Money Document::balance() const
{
    if (kind == DocumentKind::CreditNote)
        return Money::zero(currency);
    // Settlement never exceeds the total (core checks it before writing), so this cannot overflow.
    return Money(total.minorUnits() - paid.minorUnits() - credited.minorUnits() - creditApplied.minorUnits(), currency);
}

DocumentStatus Document::status(QDate today) const
{
    switch (state) {
    case DocumentState::Draft:
        return DocumentStatus::Draft;
    case DocumentState::Uncollectible:
        // Written off only while something is owed: paid or credited in full later, it shows so.
        if (balance().minorUnits() > 0)
            return DocumentStatus::Uncollectible;
        break;
    case DocumentState::Issued:
        break;
    }
    if (kind == DocumentKind::CreditNote)
        return DocumentStatus::Issued;
    if (balance().minorUnits() <= 0) {
        const bool whollyCredited = credited.minorUnits() > 0 && credited.minorUnits() >= total.minorUnits();
        return whollyCredited ? DocumentStatus::Credited : DocumentStatus::Paid;
    }
    if (dueDate.isValid() && dueDate < today)
        return DocumentStatus::Overdue;
    const bool anySettled = paid.minorUnits() > 0 || credited.minorUnits() > 0 || creditApplied.minorUnits() > 0;
    return anySettled ? DocumentStatus::PartiallyPaid : DocumentStatus::Open;
}

size_t qHash(const BilledKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.subscriptionId.value, key.chargeKey, key.periodStart.toJulianDay());
}

} // namespace subdesk::billing
