# core/output tests: the document language, invoice/credit-note and statement PDFs (text compared
# with golden files via pdftotext), UBL e-invoices (golden XML, UBL 2.1 XSD, EN 16931 Schematron).
# Golden files: tests/core/output/golden; rewrite them with SUBDESK_UPDATE_GOLDEN=1 and inspect.
add_library(subdesk_outputfixture STATIC
    ${CMAKE_CURRENT_LIST_DIR}/OutputFixture.cpp ${CMAKE_CURRENT_LIST_DIR}/OutputFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/GoldenFile.cpp ${CMAKE_CURRENT_LIST_DIR}/GoldenFile.h)
target_include_directories(subdesk_outputfixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(subdesk_outputfixture PUBLIC subdesk_core)

subdesk_add_test(tst_documentlanguage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_documentlanguage.cpp LABELS core)
foreach(name invoicepdf statementpdf ublwriter)
    subdesk_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        LIBS subdesk_outputfixture LABELS core TIMEOUT 300)
    target_compile_definitions(tst_${name} PRIVATE
        SUBDESK_OUTPUT_GOLDEN="${CMAKE_CURRENT_LIST_DIR}/golden"
        SUBDESK_STANDARDS_DIR="${CMAKE_SOURCE_DIR}/../shared/standards")
endforeach()
