# Settings pages (issue 4): company profile, bank accounts, tax rates, numbering, invoicing.
subdesk_add_test(tst_settingspages
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_settingspages.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)

# Not a test: the Settings pages' scenes for screenshots (see tests/ui/screenshots/shoot.sh).
qt_add_executable(subdesk_settings_scenes ${CMAKE_CURRENT_LIST_DIR}/settings_scenes.cpp)
target_link_libraries(subdesk_settings_scenes PRIVATE subdesk_ui subdesk_testsupport Qt6::Test)
