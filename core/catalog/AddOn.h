#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace subdesk::catalog {

enum class AddOnKind
{
    Recurring, ///< billed every period with the plan, in advance
    OneTime, ///< billed once, on the next document after it was added
};

QString addOnKindKey(AddOnKind kind); ///< "recurring", "one_time"
std::optional<AddOnKind> addOnKindFromKey(const QString& key);
QString addOnKindName(AddOnKind kind); ///< translated

/** Something extra a subscription may carry ("Extra storage 100 GB", "Onboarding session"). */
struct AddOn
{
    AddOnId id;
    QString code; ///< like a plan code; unique among add-ons
    QString name;
    QString description;
    AddOnKind kind = AddOnKind::Recurring;
    bool archived = false;

    Status validate() const;
    friend bool operator==(const AddOn&, const AddOn&) = default;
};

} // namespace subdesk::catalog
