# Plans view tests.
subdesk_add_test(tst_planpriceeditor
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_planpriceeditor.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui)
subdesk_add_test(tst_plandialog
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_plandialog.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
subdesk_add_test(tst_plansview
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_plansview.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)

# Not a test: the Plans section's scenes for screenshots (see tests/ui/screenshots/shoot.sh).
qt_add_executable(subdesk_plans_scenes ${CMAKE_CURRENT_LIST_DIR}/plans_scenes.cpp)
target_link_libraries(subdesk_plans_scenes PRIVATE subdesk_ui subdesk_testsupport Qt6::Test)
