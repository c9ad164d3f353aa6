# core/billing: billing intervals, the billing calendar, day-based proration, the billing engine,
# documents and billing runs (BILLING.md §2–7). Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BillingCalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingCalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/BillingEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/BillingInterval.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingInterval.h
    ${CMAKE_CURRENT_LIST_DIR}/BillingItem.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingItem.h
    ${CMAKE_CURRENT_LIST_DIR}/BillingRunner.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/Document.cpp ${CMAKE_CURRENT_LIST_DIR}/Document.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentAssembler.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentAssembler.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/Proration.cpp ${CMAKE_CURRENT_LIST_DIR}/Proration.h
)
