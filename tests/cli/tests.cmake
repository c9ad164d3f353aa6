# Included from tests/CMakeLists.txt: the demo company generator and the command-line tool.
subdesk_add_test(tst_democompany SOURCES core/demo/tst_democompany.cpp LABELS core)

# tst_cli runs the built subdesk-cli (QProcess), each test on a fresh temporary company file.
if(TARGET subdesk-cli)
    subdesk_add_test(tst_cli SOURCES cli/tst_cli.cpp LIBS Qt6::Sql LABELS cli TIMEOUT 300)
    target_compile_definitions(tst_cli PRIVATE SUBDESK_CLI_PATH="$<TARGET_FILE:subdesk-cli>")
    add_dependencies(tst_cli subdesk-cli)
endif()

# tst_cli_catalog, tst_cli_billing, tst_cli_invoices and tst_cli_metrics: the catalog, subscription,
# usage, billing, company, invoice, payment, report, statement, metrics, fx and nps commands, each
# test on a fresh company file and a fixed day ($SUBDESK_TODAY), through CliFixture.
if(TARGET subdesk-cli)
    add_library(subdesk_clifixture STATIC
        ${CMAKE_CURRENT_LIST_DIR}/CliFixture.cpp ${CMAKE_CURRENT_LIST_DIR}/CliFixture.h)
    target_link_libraries(subdesk_clifixture PUBLIC subdesk_config Qt6::Core Qt6::Sql Qt6::Test)
    target_include_directories(subdesk_clifixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    foreach(name tst_cli_catalog tst_cli_billing tst_cli_invoices tst_cli_metrics)
        subdesk_add_test(${name} SOURCES cli/${name}.cpp LIBS subdesk_clifixture LABELS cli TIMEOUT 600)
        target_compile_definitions(${name} PRIVATE SUBDESK_CLI_PATH="$<TARGET_FILE:subdesk-cli>")
        add_dependencies(${name} subdesk-cli)
    endforeach()
endif()
