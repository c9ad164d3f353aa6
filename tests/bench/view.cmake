# The customers view with 100,000 customers: open, search keystroke, sort and memory against their
# targets. Prints figures; never fails on time. Included by tests/bench/CMakeLists.txt.
if(TARGET subdesk_ui)
    qt_add_executable(bench_customers_view ${CMAKE_CURRENT_LIST_DIR}/bench_customers_view.cpp)
    target_link_libraries(bench_customers_view PRIVATE subdesk_ui Qt6::Test)
    add_test(NAME bench_customers_view COMMAND bench_customers_view)
    set_tests_properties(bench_customers_view PROPERTIES
        LABELS bench
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        TIMEOUT 900)
endif()
