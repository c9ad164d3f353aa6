#pragma once

#include "DashboardData.h"
#include "common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace subdesk::ui {

/**
 * MRR against invoiced revenue month by month (metrics::Reconciliation): one row per month, the
 * columns adding up left to right, invoiced = MRR + timing + tax + one-time + usage + proration −
 * credit notes, so nobody wonders which figure is right. Exports as CSV.
 */
class ReconciliationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPage(QWidget* parent = nullptr);

    void showResult(const DashboardResult& result);
    QTableWidget* table() const { return m_table; }
    QByteArray csv() const;
    Status exportCsv(const QString& path) const;

Q_SIGNALS:
    void exported(const QString& path);
    void errorOccurred(const QString& message);

private:
    void askExport();

    QList<metrics::ReconciliationMonth> m_months;
    QString m_currency;
    QTableWidget* m_table = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace subdesk::ui
