# core/subscriptions and billing-engine tests: the BILLING.md §2–7 tables.
add_library(subdesk_enginefixture STATIC ${CMAKE_CURRENT_LIST_DIR}/EngineFixture.cpp ${CMAKE_CURRENT_LIST_DIR}/EngineFixture.h)
target_link_libraries(subdesk_enginefixture PUBLIC subdesk_core)
target_include_directories(subdesk_enginefixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
subdesk_add_test(tst_billingengine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_billingengine.cpp
    LIBS subdesk_enginefixture LABELS core)
add_library(subdesk_companyfixture STATIC ${CMAKE_CURRENT_LIST_DIR}/CompanyFixture.cpp ${CMAKE_CURRENT_LIST_DIR}/CompanyFixture.h)
target_link_libraries(subdesk_companyfixture PUBLIC subdesk_core subdesk_testsupport)
target_include_directories(subdesk_companyfixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
qt_add_executable(billing_run_child ${CMAKE_CURRENT_LIST_DIR}/billing_run_child.cpp)
target_link_libraries(billing_run_child PRIVATE subdesk_core)
subdesk_add_test(tst_billingrun SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_billingrun.cpp
    LIBS subdesk_companyfixture LABELS core db)
target_compile_definitions(tst_billingrun PRIVATE SUBDESK_BILLING_RUN_CHILD="$<TARGET_FILE:billing_run_child>")
add_dependencies(tst_billingrun billing_run_child)
subdesk_add_test(tst_subscriptionservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_subscriptionservice.cpp
    LIBS subdesk_companyfixture LABELS core db)
# Issuing, credit notes, payments and reports on a real company file (tests/core/invoicing).
foreach(name tst_invoiceservice tst_paymentservice)
    subdesk_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/../invoicing/${name}.cpp
        LIBS subdesk_companyfixture LABELS core db)
endforeach()
