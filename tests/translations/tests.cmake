subdesk_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp LABELS core i18n)
target_compile_definitions(tst_translations PRIVATE SUBDESK_TRANSLATIONS_DIR="${CMAKE_SOURCE_DIR}/translations")
subdesk_add_test(tst_runtimecontexts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_runtimecontexts.cpp
    LIBS subdesk_enginefixture LABELS core i18n)
target_compile_definitions(tst_runtimecontexts PRIVATE SUBDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
