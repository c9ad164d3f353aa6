# The Dashboard section on a small company built through the services (tests/core/subscriptions'
# CompanyFixture). Included by tests/ui/tests.cmake.
subdesk_add_test(tst_dashboardview
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboardview.cpp
    LIBS subdesk_ui subdesk_uitestsupport subdesk_companyfixture LABELS ui db)

# Not a test: renders the dashboard of a company file into PNGs under the offscreen platform
# (screenshots/dashboard-*.png): dashboard_scenes <company.subdesk> <out-dir> [yyyy-MM-dd today].
qt_add_executable(subdesk_dashboard_scenes ${CMAKE_CURRENT_LIST_DIR}/dashboard_scenes.cpp)
target_link_libraries(subdesk_dashboard_scenes PRIVATE subdesk_ui subdesk_testsupport)
