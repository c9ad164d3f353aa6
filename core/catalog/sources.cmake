# core/catalog: products, plans, add-ons, metered charges, versioned prices, pricing models
# (BILLING.md §6), coupons and discounts (§7), and the service that changes them. Included by
# core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddOn.cpp ${CMAKE_CURRENT_LIST_DIR}/AddOn.h
    ${CMAKE_CURRENT_LIST_DIR}/Catalog.cpp ${CMAKE_CURRENT_LIST_DIR}/Catalog.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/CodeRules.cpp ${CMAKE_CURRENT_LIST_DIR}/CodeRules.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogService.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogService.h
    ${CMAKE_CURRENT_LIST_DIR}/Coupon.cpp ${CMAKE_CURRENT_LIST_DIR}/Coupon.h
    ${CMAKE_CURRENT_LIST_DIR}/DiscountCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/DiscountCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/MeteredCharge.cpp ${CMAKE_CURRENT_LIST_DIR}/MeteredCharge.h
    ${CMAKE_CURRENT_LIST_DIR}/Plan.cpp ${CMAKE_CURRENT_LIST_DIR}/Plan.h
    ${CMAKE_CURRENT_LIST_DIR}/Price.cpp ${CMAKE_CURRENT_LIST_DIR}/Price.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceBreakdown.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceBreakdown.h
    ${CMAKE_CURRENT_LIST_DIR}/PricingModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PricingModel.h
    ${CMAKE_CURRENT_LIST_DIR}/Product.h
)
