#include "DemoFxRates.h"

#include "DemoCatalog.h"
#include "DemoDraw.h"

#include <cmath>

namespace subdesk::demo {

qint64 DemoFxRates::baseRate(const QString& currency)
{
    const qint64 perHundred = DemoCatalog::unitsPerHundredEuros(currency);
    if (perHundred <= 0)
        return 0;
    // 100 euros buy perHundred units: one unit is worth 100 ÷ perHundred euros, rounded half up.
    return (100 * metrics::FxRate::kScale + perHundred / 2) / perHundred;
}

QList<metrics::FxRate> DemoFxRates::rates(quint32 seed, QDate today)
{
    QList<metrics::FxRate> list;
    detail::Draw draw(seed ^ 0x2545F491u);
    const QDate first = DemoCatalog::historyStart(today);
    const QDate last(today.year(), today.month(), 1);
    for (const QString& code : DemoCatalog::currencies()) {
        if (code == QLatin1String("EUR"))
            continue;
        const double base = double(baseRate(code));
        // Pegged-looking currencies (DKK) move little; the others about 1 % a month.
        const double step = code == QLatin1String("DKK") ? 0.0008 : 0.011;
        double deviation = (draw.unit() - 0.5) * 0.04;
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            deviation = 0.9 * deviation + (draw.unit() - 0.5) * 2.0 * step;
            const qint64 rate = std::llround(base * (1.0 + deviation));
            list.append({month, code, std::max<qint64>(1, rate)});
        }
    }
    return list;
}

} // namespace subdesk::demo
