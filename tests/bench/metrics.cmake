# The dashboard over 100,000 customers with five years of history (about 1,000,000 events): the full
# refresh part by part against the 500 ms target, and a plain SQL GROUP BY month as the floor.
# Prints figures; never fails on time. Included by tests/bench/CMakeLists.txt.
qt_add_executable(bench_metrics ${CMAKE_CURRENT_LIST_DIR}/bench_metrics.cpp)
target_link_libraries(bench_metrics PRIVATE subdesk_core SQLite::SQLite3)
add_test(NAME bench_metrics COMMAND bench_metrics)
set_tests_properties(bench_metrics PROPERTIES
    LABELS bench
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT 900)
