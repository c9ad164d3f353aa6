#pragma once

#include "SubscriptionTimeline.h"
#include "billing/DocumentRepository.h"

#include <QDate>
#include <QSet>
#include <QString>

/**
 * Rules about billing periods that the subscription service's collaborators share. Billed
 * documents are final: they decide how early an event may take effect and whether a change or
 * stop is prorated.
 */
namespace subdesk::subscriptions {

/**
 * The latest day anything of the subscription is billed for (the start of its latest billed
 * period or adjustment); invalid when nothing is billed. Billed documents are final, so no event
 * may take effect before it.
 */
QDate latestBilledPeriod(const QSet<billing::BilledKey>& keys);

/** Whether the regular period starting on start is billed (under any of the subscription's calendars). */
bool isBilledPeriod(const QSet<billing::BilledKey>& keys, SubscriptionId id, QDate start);

/** The first day of the period containing date is date itself (a change there needs no proration if unbilled). */
bool isPeriodStart(const SubscriptionTimeline& timeline, QDate date);

/** A date as the service's messages show it (the locale's short format). */
QString shortDate(QDate date);

} // namespace subdesk::subscriptions
