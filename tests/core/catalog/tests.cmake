# core/catalog tests: pricing models.
subdesk_add_test(tst_pricingmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pricingmodel.cpp LABELS core)
