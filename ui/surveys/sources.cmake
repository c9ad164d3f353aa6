# ui/surveys: survey answers in the customer detail, their import and the dashboard's Feedback tab.
# Included by ui/CMakeLists.txt.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CustomerFeedbackPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerFeedbackPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/FeedbackTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackView.cpp ${CMAKE_CURRENT_LIST_DIR}/FeedbackView.h
    ${CMAKE_CURRENT_LIST_DIR}/ScoreDistributionWidget.cpp ${CMAKE_CURRENT_LIST_DIR}/ScoreDistributionWidget.h
    ${CMAKE_CURRENT_LIST_DIR}/SurveyAnswerDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SurveyAnswerDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SurveyImportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SurveyImportDialog.h
)
