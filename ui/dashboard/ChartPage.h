#pragma once

#include "DashboardData.h"
#include "DrillDown.h"
#include "common/Result.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace subdesk::ui {

/**
 * A dashboard tab with one chart: a line of explanation, the chart, and "Export PNG…" and
 * "Export CSV…" (the chart's data). Subclasses draw the chart from a result and say what its CSV
 * holds; clicks on bars and points come out as drillDownRequested.
 */
class ChartPage : public QWidget
{
    Q_OBJECT

public:
    ChartPage(const QString& name, const QString& explanation, QWidget* parent = nullptr);

    /** Draws the chart of result (a new QChart replaces the old one). */
    virtual void showResult(const DashboardResult& result) = 0;
    /** The chart's data: a header row, one row per month, locale-independent numbers. */
    virtual QByteArray csv() const = 0;

    QChartView* chartView() const { return m_view; }
    QChart* chart() const;
    Status exportPng(const QString& path) const;
    Status exportCsv(const QString& path) const;

Q_SIGNALS:
    void drillDownRequested(const subdesk::ui::DrillDownRequest& request);
    void exported(const QString& path);
    void errorOccurred(const QString& message);

protected:
    /** Shows chart in place of the current one, which is deleted. */
    void replaceChart(QChart* chart);
    /** The months shown: the suggested file names carry them ("mrr-2025-04-2026-03.png"). */
    void setMonths(QDate first, QDate last);

private:
    void askExportPng();
    void askExportCsv();
    /** Says whether an export was written (exported), failed (errorOccurred) or was cancelled (nothing). */
    void report(const Result<QString>& saved);
    QString suggestedPath(const QString& suffix) const;

    QString m_name;
    QDate m_first;
    QDate m_last;
    QChartView* m_view = nullptr;
    QPushButton* m_png = nullptr;
    QPushButton* m_csv = nullptr;
};

} // namespace subdesk::ui
