#include "DashboardView.h"

#include "ChurnChartPage.h"
#include "DashboardFilterBar.h"
#include "DashboardLoader.h"
#include "DashboardTiles.h"
#include "DrillDownDialog.h"
#include "DrillDowns.h"
#include "MrrChartPage.h"
#include "NpsChartPage.h"
#include "ReconciliationPage.h"
#include "RetentionChartPage.h"
#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "metrics/MetricsService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"
#include "surveys/FeedbackView.h"
#include "widgets/BusyCursor.h"

#include <QDir>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

namespace {

constexpr int kChangeDelayMs = 300;

} // namespace

DashboardView::DashboardView(storage::CompanyFile& company, const Clock& clock, QWidget* parent)
    : SectionView(parent)
    , m_company(company)
{
    setObjectName(QStringLiteral("dashboardView"));
    m_loader = new DashboardLoader(company.database().path(), this);
    m_filterBar = new DashboardFilterBar(clock.today(), this);
    m_filterBar->setObjectName(QStringLiteral("dashboardFilterBar"));
    m_tiles = new DashboardTiles(this);
    m_tiles->setObjectName(QStringLiteral("dashboardTiles"));

    m_mrr = new MrrChartPage(this);
    m_churn = new ChurnChartPage(this);
    m_retention = new RetentionChartPage(this);
    m_nps = new NpsChartPage(this);
    m_reconciliation = new ReconciliationPage(this);
    m_feedback = new FeedbackView(company, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_mrr, tr("MRR"));
    m_tabs->addTab(m_churn, tr("Churn"));
    m_tabs->addTab(m_retention, tr("Retention"));
    m_tabs->addTab(m_nps, tr("NPS"));
    m_tabs->addTab(m_reconciliation, tr("Reconciliation"));
    m_tabs->addTab(m_feedback, tr("Feedback"));
    m_tabs->setCornerWidget(m_filterBar->statusWidget(), Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tiles);
    layout->addWidget(m_tabs, 1);

    connect(m_filterBar, &DashboardFilterBar::changed, this, &DashboardView::filterChanged);
    connect(m_filterBar, &DashboardFilterBar::refreshRequested, this, &DashboardView::refresh);
    connect(m_loader, &DashboardLoader::busyChanged, m_filterBar, &DashboardFilterBar::setBusy);
    connect(m_loader, &DashboardLoader::finished, this, &DashboardView::showResult);
    connect(m_loader, &DashboardLoader::failed, this,
            [this](const QString& message) { Q_EMIT messageRequested(message, MessageBar::Kind::Error); });
    connect(m_tiles, &DashboardTiles::drillDownRequested, this, &DashboardView::openDrillDown);
    const auto exported = [this](const QString& path) {
        Q_EMIT messageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Positive);
    };
    const auto failed = [this](const QString& message) { Q_EMIT messageRequested(message, MessageBar::Kind::Error); };
    for (ChartPage* page : {m_mrr, m_churn, m_retention, m_nps}) {
        connect(page, &ChartPage::drillDownRequested, this, &DashboardView::openDrillDown);
        connect(page, &ChartPage::exported, this, exported);
        connect(page, &ChartPage::errorOccurred, this, failed);
    }
    connect(m_reconciliation, &ReconciliationPage::exported, this, exported);
    connect(m_reconciliation, &ReconciliationPage::errorOccurred, this, failed);

    // Figures follow the data: a change while the page is up recomputes (once for a burst of changes).
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(&company.customers(), &customers::CustomerService::customerAdded, this, &DashboardView::dataChanged);
    connect(&company.customers(), &customers::CustomerService::customerChanged, this, &DashboardView::dataChanged);
    connect(&company.customers(), &customers::CustomerService::customersReset, this, &DashboardView::dataChanged);
    connect(&company.subscriptions(), &subscriptions::SubscriptionService::subscriptionChanged, this,
            &DashboardView::dataChanged);
    connect(&company.subscriptions(), &subscriptions::SubscriptionService::subscriptionsReset, this,
            &DashboardView::dataChanged);
    connect(&company.catalog(), &catalog::CatalogService::catalogChanged, this, &DashboardView::dataChanged);
    connect(&company.billing(), &billing::BillingRunner::billed, this, &DashboardView::dataChanged);
}

DashboardView::~DashboardView() = default;

void DashboardView::showEvent(QShowEvent* event)
{
    SectionView::showEvent(event);
    refresh();
}

void DashboardView::dataChanged()
{
    // Hidden, the page recomputes when shown again.
    if (isVisible())
        m_changeTimer.start();
}

void DashboardView::refresh()
{
    m_changeTimer.stop();
    if (auto refreshed = m_company.metrics().refreshSpans(); !refreshed) {
        Q_EMIT messageRequested(refreshed.error().message, MessageBar::Kind::Error);
        return;
    }
    m_loader->request(m_filterBar->filter(), true);
}

void DashboardView::filterChanged()
{
    m_loader->request(m_filterBar->filter(), false);
}

void DashboardView::showResult()
{
    const DashboardResult* result = m_loader->result();
    if (!result)
        return;
    updateChoices(*result);
    m_filterBar->setCurrency(result->report.currency);
    m_tiles->showResult(*result);
    for (ChartPage* page : {m_mrr, m_churn, m_retention, m_nps})
        page->showResult(*result);
    m_reconciliation->showResult(*result);
    // The feedback tab filters by segment, plan and country from the same snapshot (aliasing: no copy).
    m_feedback->setMetricsData(std::shared_ptr<const metrics::MetricsData>(result->snapshot, &result->snapshot->data));
    m_feedback->setFilter(result->filter);
    if (!result->warnings.isEmpty())
        Q_EMIT messageRequested(result->warnings.join(QLatin1Char(' ')), MessageBar::Kind::Warning);
    Q_EMIT resultShown();
}

void DashboardView::updateChoices(const DashboardResult& result)
{
    const metrics::MetricsData& data = result.snapshot->data;
    QSet<QString> segments;
    QSet<QString> countries;
    for (const metrics::CustomerFacts& customer : data.customers) {
        segments.insert(customer.segment);
        if (!customer.country.isEmpty())
            countries.insert(customer.country);
    }
    QStringList segmentList(segments.cbegin(), segments.cend());
    std::sort(segmentList.begin(), segmentList.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    QList<QPair<PlanId, QString>> plans;
    for (const catalog::Plan& plan : m_company.catalog().catalog().plans)
        plans.append({plan.id, plan.name});
    std::sort(plans.begin(), plans.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    QDate first;
    for (const metrics::MrrSpan& span : data.spans) {
        if (!first.isValid() || span.from < first)
            first = span.from;
    }
    // Changing a choice emits changed(), which asks for the figures again only when it did change.
    m_filterBar->setSegments(segmentList);
    m_filterBar->setPlans(plans);
    m_filterBar->setCountries(QStringList(countries.cbegin(), countries.cend()));
    m_filterBar->setFirstMonth(first);
}

DrillDownDialog* DashboardView::lastDrillDown() const
{
    return m_lastDrillDown.data();
}

void DashboardView::openDrillDown(const DrillDownRequest& request)
{
    const DashboardResult* result = m_loader->result();
    if (!result)
        return;
    Result<DrillDownTable> table = [&] {
        const BusyCursor busy;
        return DrillDowns::build(*result, request, m_company.catalog().catalog());
    }();
    if (!table) {
        Q_EMIT messageRequested(table.error().message, MessageBar::Kind::Error);
        return;
    }
    auto* dialog = new DrillDownDialog(std::move(table).value(), this);
    m_lastDrillDown = dialog;
    dialog->show();
}

} // namespace subdesk::ui
