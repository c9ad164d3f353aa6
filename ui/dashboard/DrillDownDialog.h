#pragma once

#include "DrillDown.h"
#include "common/Result.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace subdesk::ui {

/**
 * The rows behind a dashboard figure: customers paying (with their subscriptions as child rows),
 * the month's MRR changes or NPS answers, with the total they add up to and a CSV export. Not
 * modal: several can stay open beside the dashboard.
 */
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DrillDownDialog(DrillDownTable table, QWidget* parent = nullptr);

    const DrillDownTable& table() const { return m_table; }
    QString totalText() const;
    /** The rows as CSV: a header row, locale-independent numbers, UTF-8 with a byte order mark. */
    QByteArray csv() const;
    Status exportCsv(const QString& path) const;

private:
    void askExport();

    DrillDownTable m_table;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace subdesk::ui
