# A billing run over 100,000 subscriptions against plain sqlite3 inserts of the same rows (target:
# ratio <= 3), a customer's invoice preview (target: <= 50 ms) and the subscriptions summaries.
# Prints figures; never fails on time. Included by tests/bench/CMakeLists.txt.
qt_add_executable(bench_billing_run ${CMAKE_CURRENT_LIST_DIR}/bench_billing_run.cpp)
target_link_libraries(bench_billing_run PRIVATE subdesk_core SQLite::SQLite3)
add_test(NAME bench_billing_run COMMAND bench_billing_run)
set_tests_properties(bench_billing_run PROPERTIES
    LABELS bench
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT 900)
# With the GUI, the same bench also opens the subscriptions and plans views over the 100,000
# subscriptions (target: usable within 1 s).
if(TARGET subdesk_ui)
    target_link_libraries(bench_billing_run PRIVATE subdesk_ui)
    target_compile_definitions(bench_billing_run PRIVATE SUBDESK_BENCH_VIEWS)
endif()
