# core/demo: the demo catalog and its subscription history (a company file per build).
subdesk_add_test(tst_democatalog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_democatalog.cpp LABELS core db TIMEOUT 300)
