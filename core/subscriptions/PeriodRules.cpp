#include "PeriodRules.h"

#include <QLocale>

namespace subdesk::subscriptions {

QDate latestBilledPeriod(const QSet<billing::BilledKey>& keys)
{
    QDate latest;
    for (const billing::BilledKey& key : keys) {
        if (!latest.isValid() || key.periodStart > latest)
            latest = key.periodStart;
    }
    return latest;
}

bool isBilledPeriod(const QSet<billing::BilledKey>& keys, SubscriptionId id, QDate start)
{
    for (const billing::BilledKey& key : keys) {
        if (key.subscriptionId == id && key.periodStart == start
            && (key.chargeKey == QLatin1String("plan") || key.chargeKey.startsWith(QLatin1String("plan#"))))
            return true;
    }
    return false;
}

bool isPeriodStart(const SubscriptionTimeline& timeline, QDate date)
{
    const std::optional<billing::BillingPeriod> period = timeline.periodOn(date);
    return period && period->start == date;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace subdesk::subscriptions
