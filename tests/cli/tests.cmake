# Included from tests/CMakeLists.txt: the demo company generator and the command-line tool.
subdesk_add_test(tst_democompany SOURCES core/demo/tst_democompany.cpp LABELS core)

# tst_cli runs the built subdesk-cli (QProcess), each test on a fresh temporary company file.
if(TARGET subdesk-cli)
    subdesk_add_test(tst_cli SOURCES cli/tst_cli.cpp LIBS Qt6::Sql LABELS cli TIMEOUT 300)
    target_compile_definitions(tst_cli PRIVATE SUBDESK_CLI_PATH="$<TARGET_FILE:subdesk-cli>")
    add_dependencies(tst_cli subdesk-cli)
endif()
