# GUI tests: models under QAbstractItemModelTester and the real MainWindow driven by objectName on
# the offscreen platform. Included by tests/CMakeLists.txt when the GUI is built.
add_library(subdesk_uitestsupport STATIC
    ${CMAKE_CURRENT_LIST_DIR}/support/UiTestSupport.cpp ${CMAKE_CURRENT_LIST_DIR}/support/UiTestSupport.h)
target_include_directories(subdesk_uitestsupport PUBLIC ${CMAKE_CURRENT_LIST_DIR}/support)
target_link_libraries(subdesk_uitestsupport PUBLIC subdesk_ui subdesk_testsupport Qt6::Test)

subdesk_add_test(tst_customertablemodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/customers/tst_customertablemodel.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui)
subdesk_add_test(tst_customerfiltermodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/customers/tst_customerfiltermodel.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui)
subdesk_add_test(tst_customerdialog
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/customers/tst_customerdialog.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
subdesk_add_test(tst_customerimportwizard
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/customers/tst_customerimportwizard.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
subdesk_add_test(tst_mainwindow
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/mainwindow/tst_mainwindow.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
subdesk_add_test(tst_uiwidgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/widgets/tst_uiwidgets.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui)

include(${CMAKE_CURRENT_LIST_DIR}/catalog/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/subscriptions/tests.cmake)
foreach(area invoices payments settings dashboard surveys)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${area}/tests.cmake)
        include(${CMAKE_CURRENT_LIST_DIR}/${area}/tests.cmake)
    endif()
endforeach()

# Not a test: shows the main window, the customer dialog, the import wizard, the settings page or
# the Persian layout under a real X server for screenshots (see tests/ui/screenshots/shoot.sh).
qt_add_executable(subdesk_screenshot_scenes ${CMAKE_CURRENT_LIST_DIR}/screenshots/scenes.cpp)
target_link_libraries(subdesk_screenshot_scenes PRIVATE subdesk_ui subdesk_testsupport)
