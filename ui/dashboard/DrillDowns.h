#pragma once

#include "DashboardData.h"
#include "DrillDown.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace subdesk::catalog {
class Catalog;
}

namespace subdesk::ui {

/**
 * Builds the rows behind a dashboard figure from the result's snapshot (MetricsEngine::payingOn
 * and movements, SurveyAnalysis::answersIn), with the total they add up to: the same number the
 * tile or chart shows, computed from the rows.
 */
class DrillDowns
{
    Q_DECLARE_TR_FUNCTIONS(DrillDowns)
public:
    static Result<DrillDownTable> build(const DashboardResult& result, const DrillDownRequest& request,
                                        const catalog::Catalog& catalog);

private:
    static Result<DrillDownTable> paying(const DashboardResult& result, const DrillDownRequest& request,
                                         const catalog::Catalog& catalog);
    static Result<DrillDownTable> movements(const DashboardResult& result, const DrillDownRequest& request);
    static DrillDownTable answers(const DashboardResult& result, const DrillDownRequest& request);
};

} // namespace subdesk::ui
