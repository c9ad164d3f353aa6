# core/metrics tests (issue 5): MRR spans from real subscriptions, the metrics engine, rates, reconciliation.
subdesk_add_test(tst_mrrschedule SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mrrschedule.cpp
    LIBS subdesk_companyfixture LABELS core db)
subdesk_add_test(tst_metricsengine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsengine.cpp
    LIBS subdesk_enginefixture LABELS core)
subdesk_add_test(tst_fxtable SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fxtable.cpp LABELS core)
subdesk_add_test(tst_reconciliation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reconciliation.cpp LABELS core)
subdesk_add_test(tst_metricsreview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsreview.cpp
    LIBS subdesk_enginefixture LABELS core)
