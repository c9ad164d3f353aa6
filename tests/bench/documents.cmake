# Documents out (issue 4): 1,000 invoice PDFs of 1-20 lines (target: <= 20 ms each, median) and
# 10,000 UBL e-invoices written to files (target: <= 2 ms each, median). Prints figures; never fails
# on time. Included by tests/bench/CMakeLists.txt.
qt_add_executable(bench_document_output ${CMAKE_CURRENT_LIST_DIR}/bench_document_output.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/output/OutputFixture.cpp)
target_include_directories(bench_document_output PRIVATE ${CMAKE_SOURCE_DIR}/tests/core/output)
target_link_libraries(bench_document_output PRIVATE subdesk_core)
add_test(NAME bench_document_output COMMAND bench_document_output)
set_tests_properties(bench_document_output PROPERTIES
    LABELS bench
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT 900)
