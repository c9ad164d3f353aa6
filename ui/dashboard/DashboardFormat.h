#pragma once

#include "metrics/Ratio.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace subdesk::ui {

/**
 * How the dashboard writes its figures: amounts and percentages in the user's locale for the
 * screen, locale-independent numbers for CSV files ("1234.56", "2.35").
 */
class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)
public:
    /** "1 234,56 €" in the user's locale. */
    static QString money(qint64 minor, const QString& currency);
    /** "1234.56": for files. */
    static QString plainMoney(qint64 minor, const QString& currency);
    /** Minor units as a number of major units, for chart coordinates only (never for sums). */
    static double major(qint64 minor, const QString& currency);

    /** "2.35%" in the locale; "—" when there is no figure. */
    static QString percent(const std::optional<metrics::Ratio>& ratio);
    /** "2.35" (percent, two decimals at most), empty when there is no figure: for files. */
    static QString plainPercent(const std::optional<metrics::Ratio>& ratio);
    /** The ratio in percent for chart coordinates. */
    static double percentValue(const metrics::Ratio& ratio) { return ratio.toDouble() * 100.0; }

    /** An NPS from −100 to +100 as a whole number with its sign ("+42", "−7", "0"). */
    static QString nps(const metrics::Ratio& nps);
    /** An NPS as a number for files ("42.5", one decimal at most). */
    static QString plainNps(const std::optional<metrics::Ratio>& nps);
    /** An NPS as a chart coordinate. */
    static double npsValue(const metrics::Ratio& nps) { return nps.toDouble(); }

    /** "Mar 2026" in the locale. */
    static QString month(QDate month);
    /** "2026-03": for files. */
    static QString plainMonth(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }
    /** The last day of the month containing day. */
    static QDate lastDay(QDate day) { return QDate(day.year(), day.month(), day.daysInMonth()); }

    /** A count in the locale ("1,234"). */
    static QString count(qint64 n);
};

} // namespace subdesk::ui
