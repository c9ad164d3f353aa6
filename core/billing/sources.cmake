# core/billing: billing intervals, the billing calendar and day-based proration. Included by
# core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BillingCalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingCalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/BillingInterval.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingInterval.h
    ${CMAKE_CURRENT_LIST_DIR}/Proration.cpp ${CMAKE_CURRENT_LIST_DIR}/Proration.h
)
