# Survey answers in the GUI: the answer dialog, the customer's Feedback tab, the CSV import dialog
# and the dashboard's Feedback view, on a temporary company. Included by tests/ui/tests.cmake.
subdesk_add_test(tst_surveyui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_surveyui.cpp
    LIBS subdesk_ui subdesk_uitestsupport LABELS ui db TIMEOUT 300)
