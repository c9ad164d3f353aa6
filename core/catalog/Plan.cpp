#include "Plan.h"

#include "CodeRules.h"
#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace subdesk::catalog {

namespace {
const EnumKey<TermEndAction> kActions[] = {
    {TermEndAction::Renew, "renew", QT_TRANSLATE_NOOP("Plan", "Renews")},
    {TermEndAction::Expire, "expire", QT_TRANSLATE_NOOP("Plan", "Expires")},
};
} // namespace

QString termEndActionKey(TermEndAction action)
{
    return enumkeys::key(kActions, action);
}

std::optional<TermEndAction> termEndActionFromKey(const QString& key)
{
    return enumkeys::fromKey(kActions, key);
}

QString termEndActionName(TermEndAction action)
{
    return enumkeys::name(kActions, action, "Plan");
}

QString PlanTerm::displayText() const
{
    if (isEvergreen())
        return QCoreApplication::translate("Plan", "Evergreen");
    if (endAction == TermEndAction::Renew)
        return QCoreApplication::translate("Plan", "%n period(s), then renews", nullptr, periods);
    return QCoreApplication::translate("Plan", "%n period(s), then expires", nullptr, periods);
}

QString Plan::normalizedCode(const QString& typed)
{
    return normalizedCatalogCode(typed);
}

Status Plan::validate() const
{
    if (Status s = validateCatalogCode(code, QCoreApplication::translate("Plan", "plan")); !s)
        return s;
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QCoreApplication::translate("Plan", "The plan %1 needs a name.").arg(code));
    if (trialDays < 0 || trialDays > kMaxTrialDays) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Plan", "The trial of plan %1 must be 0 to %2 days, not %3.")
                         .arg(code)
                         .arg(kMaxTrialDays)
                         .arg(trialDays));
    }
    if (term.periods < 0 || term.periods > kMaxTermPeriods) {
        return Error(
            ErrorCode::Invalid,
            QCoreApplication::translate("Plan", "The term of plan %1 must be 0 (evergreen) to %2 periods, not %3.")
                .arg(code)
                .arg(kMaxTermPeriods)
                .arg(term.periods));
    }
    for (const QString& feature : features) {
        if (feature.trimmed().isEmpty())
            return Error(ErrorCode::Invalid,
                         QCoreApplication::translate("Plan", "The plan %1 has an empty feature line.").arg(code));
    }
    return {};
}

} // namespace subdesk::catalog
