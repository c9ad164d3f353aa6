subdesk_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp LABELS core i18n)
target_compile_definitions(tst_translations PRIVATE SUBDESK_TRANSLATIONS_DIR="${CMAKE_SOURCE_DIR}/translations")
