#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace subdesk::catalog {

/** What happens when a fixed term ends. */
enum class TermEndAction
{
    Renew, ///< a new term of the same length starts (an event "renewed" is recorded)
    Expire, ///< the subscription ends (an event "expired" is recorded)
};

QString termEndActionKey(TermEndAction action); ///< "renew", "expire"
std::optional<TermEndAction> termEndActionFromKey(const QString& key);
QString termEndActionName(TermEndAction action); ///< translated

/** Evergreen (periods = 0: runs until cancelled) or N billing periods, then renew or expire. */
struct PlanTerm
{
    int periods = 0;
    TermEndAction endAction = TermEndAction::Renew;

    bool isEvergreen() const { return periods == 0; }
    /** Translated: "Evergreen", "12 periods, then renews". */
    QString displayText() const;
    friend bool operator==(const PlanTerm&, const PlanTerm&) = default;
};

/**
 * A plan of a product: what a subscription subscribes to. Its prices (per currency and interval,
 * each with versions) are catalog::Price rows owned by the plan; its metered charges are
 * MeteredCharge rows. Plans are archived, never deleted, once a subscription used them.
 */
struct Plan
{
    static constexpr int kMaxTrialDays = 730;
    static constexpr int kMaxTermPeriods = 120;

    PlanId id;
    ProductId productId;
    /** Upper-case ASCII letters, digits, '-' and '_', 2 to 32 characters ("PRO-M"); unique. */
    QString code;
    QString name; ///< must not be blank
    QString description;
    /** What the plan includes, one feature per entry ("5 users", "Phone support"). */
    QStringList features;
    /** Days of free trial a new subscription gets by default (0..730). */
    int trialDays = 0;
    PlanTerm term;
    /** The add-ons a subscription to this plan may have. */
    QList<AddOnId> allowedAddOns;
    bool archived = false;

    /** The code as typed, trimmed and upper-cased. */
    static QString normalizedCode(const QString& typed);
    /** Ok, or an Invalid error naming the first broken rule (code, name, trial days, term). */
    Status validate() const;

    friend bool operator==(const Plan&, const Plan&) = default;
};

} // namespace subdesk::catalog
