# core/metrics: MRR, movements, churn, retention, CLV and the reconciliation (BILLING.md §10). Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FxTable.cpp ${CMAKE_CURRENT_LIST_DIR}/FxTable.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsReport.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsReport.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsService.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsService.h
    ${CMAKE_CURRENT_LIST_DIR}/MrrSchedule.cpp ${CMAKE_CURRENT_LIST_DIR}/MrrSchedule.h
    ${CMAKE_CURRENT_LIST_DIR}/MrrSpan.h
    ${CMAKE_CURRENT_LIST_DIR}/Ratio.cpp ${CMAKE_CURRENT_LIST_DIR}/Ratio.h
    ${CMAKE_CURRENT_LIST_DIR}/Reconciliation.cpp ${CMAKE_CURRENT_LIST_DIR}/Reconciliation.h
    # Private helpers of MetricsEngine.
    ${CMAKE_CURRENT_LIST_DIR}/CustomerSpans.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerSpans.h
    ${CMAKE_CURRENT_LIST_DIR}/MonthGrid.cpp ${CMAKE_CURRENT_LIST_DIR}/MonthGrid.h
    ${CMAKE_CURRENT_LIST_DIR}/RateGrid.cpp ${CMAKE_CURRENT_LIST_DIR}/RateGrid.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportBuilder.h
)
