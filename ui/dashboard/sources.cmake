# ui/dashboard: the Dashboard section (tiles, QtCharts charts, reconciliation, drill-downs), computed
# on a worker thread. Included by ui/CMakeLists.txt.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChartCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartSupport.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/ChurnChartPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ChurnChartPage.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardData.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardFilterBar.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardFilterBar.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardJob.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardJob.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardTiles.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardTiles.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardView.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardView.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillDown.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillDownDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DrillDownDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillDowns.cpp ${CMAKE_CURRENT_LIST_DIR}/DrillDowns.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricTile.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricTile.h
    ${CMAKE_CURRENT_LIST_DIR}/MrrChartPage.cpp ${CMAKE_CURRENT_LIST_DIR}/MrrChartPage.h
    ${CMAKE_CURRENT_LIST_DIR}/NpsChartPage.cpp ${CMAKE_CURRENT_LIST_DIR}/NpsChartPage.h
    ${CMAKE_CURRENT_LIST_DIR}/RateChartPage.cpp ${CMAKE_CURRENT_LIST_DIR}/RateChartPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ReconciliationPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ReconciliationPage.h
    ${CMAKE_CURRENT_LIST_DIR}/RetentionChartPage.cpp ${CMAKE_CURRENT_LIST_DIR}/RetentionChartPage.h
)
