#include "ChartSupport.h"

#include "DashboardFormat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <cmath>

namespace subdesk::ui::charts {

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis labels in the user's number format ("1,5" in Polish), like every other figure.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

int monthLabelStep(qsizetype n)
{
    constexpr int kMaxLabels = 12;
    for (int step : {1, 2, 3, 6, 12, 24, 60}) {
        if ((n + step - 1) / step <= kMaxLabels)
            return step;
    }
    return 120;
}

QCategoryAxis* monthAxis(const QList<QDate>& months)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, double(months.size()) - 0.5);
    const int step = monthLabelStep(months.size());
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QDate month = months.at(i);
        const int absolute = month.year() * 12 + month.month() - 1;
        if (step > 1 && absolute % step != 0)
            continue;
        const QString label = step >= 12 ? QString::number(month.year()) : DashboardFormat::month(month);
        axis->append(label, double(i));
    }
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis* valueAxis(double min, double max, const QString& labelFormat, const QString& title)
{
    auto* axis = new QValueAxis;
    if (max <= min)
        max = min + 1.0;
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    axis->setLabelFormat(labelFormat);
    axis->setTitleText(title);
    return axis;
}

QList<QLineSeries*> addGappedLine(QChart* chart, const QString& name, const QColor& colour,
                                  const QList<std::optional<double>>& values, QAbstractAxis* x, QAbstractAxis* y,
                                  qreal width)
{
    QList<QLineSeries*> runs;
    const bool showPoints = values.size() <= 24;
    QLineSeries* current = nullptr;
    auto startRun = [&]() {
        current = new QLineSeries;
        current->setName(name);
        QPen pen(colour);
        pen.setWidthF(width);
        current->setPen(pen);
        current->setColor(colour);
        runs.append(current);
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            current = nullptr;
            continue;
        }
        if (!current)
            startRun();
        current->append(double(i), *values.at(i));
    }
    if (runs.isEmpty())
        startRun(); // keeps the legend entry when there is no value at all
    for (QLineSeries* run : std::as_const(runs)) {
        // A run of one month draws no line: its point shows it.
        run->setPointsVisible(showPoints || run->count() == 1);
        chart->addSeries(run);
        run->attachAxis(x);
        run->attachAxis(y);
    }
    for (qsizetype i = 1; i < runs.size(); ++i) {
        for (QLegendMarker* marker : chart->legend()->markers(runs.at(i)))
            marker->setVisible(false);
    }
    return runs;
}

std::optional<double> percentOf(const std::optional<metrics::Ratio>& ratio)
{
    return ratio ? std::optional<double>(DashboardFormat::percentValue(*ratio)) : std::nullopt;
}

QValueAxis* percentAxis(const QList<QList<std::optional<double>>>& lines, const QString& title)
{
    double low = 0;
    double high = 0;
    for (const QList<std::optional<double>>& line : lines) {
        for (const std::optional<double>& value : line) {
            if (value) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
    }
    QValueAxis* axis = valueAxis(low, high, QStringLiteral("%.0f%%"), title);
    if (axis->max() - axis->min() < 10.0)
        axis->setLabelFormat(QStringLiteral("%.1f%%"));
    return axis;
}

MoneyScale moneyScale(double largestMajor, const QString& currency)
{
    const double largest = std::abs(largestMajor);
    if (largest >= 10'000'000.0)
        return {1'000'000.0, QCoreApplication::translate("Charts", "million %1").arg(currency)};
    if (largest >= 10'000.0)
        return {1'000.0, QCoreApplication::translate("Charts", "thousand %1").arg(currency)};
    return {1.0, currency};
}

void useCompactLabels(QValueAxis* axis)
{
    axis->setLabelFormat(axis->max() - axis->min() < 10.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

int monthIndexAt(double x, qsizetype count)
{
    const auto index = qint64(std::llround(x));
    return index >= 0 && index < count ? int(index) : -1;
}

} // namespace subdesk::ui::charts
