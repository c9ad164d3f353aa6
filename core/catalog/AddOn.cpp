#include "AddOn.h"

#include "CodeRules.h"
#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace subdesk::catalog {

namespace {
const EnumKey<AddOnKind> kKinds[] = {
    {AddOnKind::Recurring, "recurring", QT_TRANSLATE_NOOP("AddOn", "Recurring")},
    {AddOnKind::OneTime, "one_time", QT_TRANSLATE_NOOP("AddOn", "One-time")},
};
} // namespace

QString addOnKindKey(AddOnKind kind)
{
    return enumkeys::key(kKinds, kind);
}

std::optional<AddOnKind> addOnKindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key);
}

QString addOnKindName(AddOnKind kind)
{
    return enumkeys::name(kKinds, kind, "AddOn");
}

Status AddOn::validate() const
{
    if (Status s = validateCatalogCode(code, QCoreApplication::translate("AddOn", "add-on")); !s)
        return s;
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QCoreApplication::translate("AddOn", "The add-on %1 needs a name.").arg(code));
    return {};
}

} // namespace subdesk::catalog
