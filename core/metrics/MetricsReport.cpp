#include "MetricsReport.h"

#include "common/EnumKeys.h"

namespace subdesk::metrics {

namespace {

const EnumKey<MovementKind> kKinds[] = {
    {MovementKind::New, "new", QT_TRANSLATE_NOOP("Metrics", "New")},
    {MovementKind::Reactivation, "reactivation", QT_TRANSLATE_NOOP("Metrics", "Reactivation")},
    {MovementKind::Expansion, "expansion", QT_TRANSLATE_NOOP("Metrics", "Expansion")},
    {MovementKind::Contraction, "contraction", QT_TRANSLATE_NOOP("Metrics", "Contraction")},
    {MovementKind::Churn, "churn", QT_TRANSLATE_NOOP("Metrics", "Churn")},
};

} // namespace

QString movementKindKey(MovementKind kind)
{
    return enumkeys::key(kKinds, kind);
}

QString movementKindName(MovementKind kind)
{
    return enumkeys::name(kKinds, kind, "Metrics");
}

const QList<MovementKind>& allMovementKinds()
{
    static const QList<MovementKind> kinds = enumkeys::values(kKinds);
    return kinds;
}

qint64 Movements::of(MovementKind kind) const
{
    switch (kind) {
    case MovementKind::New:
        return newMrr;
    case MovementKind::Reactivation:
        return reactivation;
    case MovementKind::Expansion:
        return expansion;
    case MovementKind::Contraction:
        return contraction;
    case MovementKind::Churn:
        return churn;
    }
    Q_UNREACHABLE();
    return 0;
}

} // namespace subdesk::metrics
