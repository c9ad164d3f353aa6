# core/catalog tests: pricing models, coupons and discounts.
subdesk_add_test(tst_pricingmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pricingmodel.cpp LABELS core)
subdesk_add_test(tst_coupon SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_coupon.cpp LABELS core)
