# Invoices view tests, each on a temporary company whose documents the tests make through
# InvoiceService (InvoiceSamples). Included by tests/ui/tests.cmake.
foreach(name invoicetablemodel invoicesview)
    subdesk_add_test(tst_${name}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
                ${CMAKE_CURRENT_LIST_DIR}/InvoiceSamples.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceSamples.h
        LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
    target_include_directories(tst_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
endforeach()

# Not a test: the Invoices section's scenes for screenshots (see tests/ui/screenshots/shoot.sh).
qt_add_executable(subdesk_invoices_scenes ${CMAKE_CURRENT_LIST_DIR}/invoices_scenes.cpp)
target_link_libraries(subdesk_invoices_scenes PRIVATE subdesk_ui subdesk_testsupport)
