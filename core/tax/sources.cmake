# core/tax: tax classes and categories, tax rates and the tax calculator (BILLING.md §8). Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TaxCategory.cpp ${CMAKE_CURRENT_LIST_DIR}/TaxCategory.h
    ${CMAKE_CURRENT_LIST_DIR}/TaxCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/TaxCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/TaxRate.h
)
