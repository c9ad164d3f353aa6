# core/demo: the demo catalog and its subscription history (a company file per build).
subdesk_add_test(tst_democatalog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_democatalog.cpp LABELS core db TIMEOUT 300)
# The metrics over the demo's five-year history: the MRR identity and a reference recomputation every month.
subdesk_add_test(tst_metricshistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricshistory.cpp LABELS core db TIMEOUT 300)
