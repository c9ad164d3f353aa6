#pragma once

#include "Ratio.h"
#include "common/Id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace subdesk::metrics {

/** The five MRR movements (BILLING.md §10). */
enum class MovementKind
{
    New, ///< 0 → > 0, the customer's first time
    Reactivation, ///< 0 → > 0, the customer paid before
    Expansion, ///< up, stays > 0
    Contraction, ///< down, stays > 0
    Churn, ///< > 0 → 0
};

QString movementKindKey(MovementKind kind); ///< "new", "reactivation", "expansion", "contraction", "churn"
QString movementKindName(MovementKind kind); ///< translated
const QList<MovementKind>& allMovementKinds();

/** A month's movements in reporting minor units, each ≥ 0 (contraction and churn are subtracted). */
struct Movements
{
    qint64 newMrr = 0;
    qint64 reactivation = 0;
    qint64 expansion = 0;
    qint64 contraction = 0;
    qint64 churn = 0;

    qint64 of(MovementKind kind) const;
    /** new + reactivation + expansion − contraction − churn */
    qint64 net() const { return newMrr + reactivation + expansion - contraction - churn; }
    friend bool operator==(const Movements&, const Movements&) = default;
};

/**
 * One month's figures, in the report's currency's minor units. Within a month every amount is at
 * that month's rate, so the identity mrrEnd = mrrStart + movements.net() holds exactly; mrrStart is
 * the previous month's last day at this month's rates, and fxEffect = mrrStart − the previous
 * month's mrrEnd (0 when everything is in the reporting currency).
 */
struct MonthFigures
{
    QDate month; ///< first day
    qint64 mrrStart = 0;
    qint64 fxEffect = 0;
    Movements movements;
    qint64 mrrEnd = 0; ///< company MRR: the sum on the month's last day
    qint64 arr() const { return 12 * mrrEnd; }

    int payingStart = 0; ///< customers with MRR > 0 on the previous month's last day
    int payingEnd = 0; ///< ... on this month's last day
    int newCustomers = 0; ///< customers with a New movement in the month
    int reactivatedCustomers = 0;
    int churnedCustomers = 0; ///< customers with a Churn movement in the month

    std::optional<Ratio> logoChurn; ///< churnedCustomers ÷ payingStart; nullopt when payingStart is 0
    std::optional<Ratio> grossMrrChurn; ///< (churn + contraction) ÷ mrrStart
    std::optional<Ratio> netMrrChurn; ///< (churn + contraction − expansion − reactivation) ÷ mrrStart
    /** Over the 12 months ending with this one, for customers paying on the day before them. */
    std::optional<Ratio> nrr;
    std::optional<Ratio> grr;
    std::optional<qint64> arpa; ///< mrrEnd ÷ payingEnd, rounded half up
    /** ARPA ÷ mean monthly logo churn of the trailing 6 months (× gross margin); nullopt: not enough churn to estimate.
     */
    std::optional<qint64> clv;

    friend bool operator==(const MonthFigures&, const MonthFigures&) = default;
};

/** The figures of a filter: one entry per month from fromMonth to toMonth. */
struct MetricsReport
{
    QString currency; ///< the reporting currency
    QList<MonthFigures> months;
    /** e.g. "SEK before 2022-01 has no exchange rate: left out" (translated). */
    QStringList warnings;
};

/** One customer's MRR change on one day: a row behind a movement figure. */
struct MovementRow
{
    CustomerId customerId;
    QString customerName;
    QDate day;
    MovementKind kind = MovementKind::New;
    qint64 fromMinor = 0; ///< the customer's MRR the day before (reporting currency)
    qint64 toMinor = 0;
    qint64 amount() const { return toMinor >= fromMinor ? toMinor - fromMinor : fromMinor - toMinor; }
};

/** A paying customer on a day: a row behind MRR, ARR, ARPA and paying customers. */
struct CustomerMrrRow
{
    CustomerId customerId;
    QString customerName;
    QString segment;
    QString country;
    qint64 mrrMinor = 0; ///< reporting currency
    /** Per subscription on that day: (subscription, plan, currency, MRR in its own currency). */
    struct Part
    {
        SubscriptionId subscriptionId;
        PlanId planId;
        QString currency;
        qint64 mrrMinor = 0;
    };
    QList<Part> parts;
};

} // namespace subdesk::metrics
