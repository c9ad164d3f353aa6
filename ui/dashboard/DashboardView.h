#pragma once

#include "DrillDown.h"
#include "widgets/SectionView.h"

#include <QPointer>
#include <QTimer>

class QTabWidget;

namespace subdesk {
class Clock;
}
namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

class ChartPage;
class DashboardFilterBar;
class DashboardLoader;
class DashboardTiles;
class DrillDownDialog;
class FeedbackView;
class ReconciliationPage;
struct DashboardResult;

/**
 * The Dashboard page: how the business is doing. A filter bar, eight tiles and tabs with the MRR,
 * churn, retention and NPS charts, the reconciliation of MRR with invoices, and the survey
 * feedback. Figures are computed off the GUI thread (DashboardLoader) whenever the page is shown,
 * the company's data changes while it is up, or the filter changes; every tile, bar and point
 * opens the rows behind it (DrillDownDialog).
 */
class DashboardView final : public SectionView
{
    Q_OBJECT

public:
    DashboardView(storage::CompanyFile& company, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardView() override;

    /** Brings stale MRR spans up to date (on this thread: only changed subscriptions), then recomputes from a fresh
     * read. */
    void refresh();
    /** Opens the rows behind a figure of the current result. */
    void openDrillDown(const DrillDownRequest& request);

    DashboardLoader* loader() const { return m_loader; }
    DashboardFilterBar* filterBar() const { return m_filterBar; }
    DashboardTiles* tiles() const { return m_tiles; }
    QTabWidget* tabs() const { return m_tabs; }
    ChartPage* mrrPage() const { return m_mrr; }
    ChartPage* churnPage() const { return m_churn; }
    ChartPage* retentionPage() const { return m_retention; }
    ChartPage* npsPage() const { return m_nps; }
    ReconciliationPage* reconciliationPage() const { return m_reconciliation; }
    /** The drill-down opened last, while it is open. */
    DrillDownDialog* lastDrillDown() const;

Q_SIGNALS:
    /** New figures are shown. */
    void resultShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void filterChanged();
    void showResult();
    void updateChoices(const DashboardResult& result);
    void dataChanged();

    storage::CompanyFile& m_company;
    DashboardLoader* m_loader = nullptr;
    DashboardFilterBar* m_filterBar = nullptr;
    DashboardTiles* m_tiles = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChartPage* m_mrr = nullptr;
    ChartPage* m_churn = nullptr;
    ChartPage* m_retention = nullptr;
    ChartPage* m_nps = nullptr;
    ReconciliationPage* m_reconciliation = nullptr;
    FeedbackView* m_feedback = nullptr;
    QPointer<DrillDownDialog> m_lastDrillDown;
    QTimer m_changeTimer;
};

} // namespace subdesk::ui
