# core/billing tests: the billing calendar and intervals, day-based proration.
subdesk_add_test(tst_billingcalendar SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_billingcalendar.cpp LABELS core)
subdesk_add_test(tst_proration SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_proration.cpp LABELS core)
