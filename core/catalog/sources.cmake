# core/catalog: pricing models (BILLING.md §6), coupons and discounts (§7). Included by
# core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PricingModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PricingModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceBreakdown.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceBreakdown.h
    ${CMAKE_CURRENT_LIST_DIR}/Coupon.cpp ${CMAKE_CURRENT_LIST_DIR}/Coupon.h
    ${CMAKE_CURRENT_LIST_DIR}/DiscountCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/DiscountCalculator.h
)
