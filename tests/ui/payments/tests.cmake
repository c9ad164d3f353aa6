# Payments section and invoicing dialog tests, each on a temporary company whose invoices the tests
# issue through InvoiceService (InvoiceSamples from tests/ui/invoices, PaymentSamples).
# Included by tests/ui/tests.cmake.
foreach(name recordpaymentdialog creditnotedialog manualinvoicedialog refunddialog paymentsview)
    subdesk_add_test(tst_${name}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
                ${CMAKE_CURRENT_LIST_DIR}/PaymentSamples.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentSamples.h
                ${CMAKE_CURRENT_LIST_DIR}/../invoices/InvoiceSamples.cpp
                ${CMAKE_CURRENT_LIST_DIR}/../invoices/InvoiceSamples.h
        LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
    target_include_directories(tst_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/../invoices)
endforeach()

# Not a test: the Payments section's and the invoicing dialogs' scenes for screenshots (see
# tests/ui/screenshots/shoot.sh).
qt_add_executable(subdesk_payments_scenes ${CMAKE_CURRENT_LIST_DIR}/payments_scenes.cpp)
target_link_libraries(subdesk_payments_scenes PRIVATE subdesk_ui subdesk_testsupport Qt6::Test)
