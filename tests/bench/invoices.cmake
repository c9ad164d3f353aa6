# The invoices page over 1,000,000 documents: open, sort, filter and search against the 1 s target.
# Prints figures; never fails on time. Included by tests/bench/CMakeLists.txt.
if(TARGET subdesk_ui)
    qt_add_executable(bench_invoices_view ${CMAKE_CURRENT_LIST_DIR}/bench_invoices_view.cpp)
    target_link_libraries(bench_invoices_view PRIVATE subdesk_ui SQLite::SQLite3)
    add_test(NAME bench_invoices_view COMMAND bench_invoices_view)
    set_tests_properties(bench_invoices_view PROPERTIES
        LABELS bench
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        TIMEOUT 900)
endif()
