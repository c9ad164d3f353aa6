#pragma once

#include "metrics/Ratio.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QValueAxis;

namespace subdesk::ui::charts {

/** The dashboard's colours: every chart shows a figure in the same colour. */
namespace colour {
inline const QColor mrr {0x1f, 0x4e, 0x79};
inline const QColor newMrr {0x2e, 0x7d, 0x32};
inline const QColor reactivation {0x81, 0xc7, 0x84};
inline const QColor expansion {0x00, 0x89, 0x7b};
inline const QColor contraction {0xff, 0xa7, 0x26};
inline const QColor churn {0xe5, 0x39, 0x35};
inline const QColor grossChurn {0xfb, 0x8c, 0x00};
inline const QColor netChurn {0x8e, 0x24, 0xaa};
inline const QColor nrr {0x1e, 0x88, 0xe5};
inline const QColor grr {0x43, 0xa0, 0x47};
inline const QColor nps {0x1e, 0x88, 0xe5};
inline const QColor npsTrailing {0x0d, 0x47, 0xa1};
inline const QColor promoters {0x66, 0xbb, 0x6a};
inline const QColor passives {0xbd, 0xbd, 0xbd};
inline const QColor detractors {0xef, 0x53, 0x50};
} // namespace colour

/** A fresh chart: no animation, legend at the bottom, tight margins. */
QChart* newChart();

/**
 * The months along the x axis at 0, 1, 2 …, labelled sparsely enough to stay readable: every
 * month up to a year, then every 2, 3, 6, 12 or 24 months on round months (January, July).
 */
QCategoryAxis* monthAxis(const QList<QDate>& months);
/** How many months lie between two labels for n months. */
int monthLabelStep(qsizetype n);

/** A value axis from min to max (widened to round numbers) with a printf label format and a title. */
QValueAxis* valueAxis(double min, double max, const QString& labelFormat, const QString& title);

/**
 * A line over the months that leaves gaps where a value is missing: one series per unbroken run,
 * all in one colour and one legend entry. Returns the series (for click handlers).
 */
QList<QLineSeries*> addGappedLine(QChart* chart, const QString& name, const QColor& colour,
                                  const QList<std::optional<double>>& values, QAbstractAxis* x, QAbstractAxis* y,
                                  qreal width = 2.5);

/** A rate in percent as a chart value; nullopt stays a gap. */
std::optional<double> percentOf(const std::optional<metrics::Ratio>& ratio);

/** A percent axis ("12.5%") spanning every value given and 0. */
QValueAxis* percentAxis(const QList<QList<std::optional<double>>>& lines, const QString& title);

/** Amounts on an axis in units, thousands or millions of the currency, so labels stay short. */
struct MoneyScale
{
    double divisor = 1.0;
    QString unit; ///< "EUR", "thousand EUR", "million EUR" (translated)
};
MoneyScale moneyScale(double largestMajor, const QString& currency);
/** "%.0f", or "%.1f" when the axis spans only a few units. */
void useCompactLabels(QValueAxis* axis);

/** The month index a click at x lands on, or -1 outside [0, count). */
int monthIndexAt(double x, qsizetype count);

} // namespace subdesk::ui::charts
