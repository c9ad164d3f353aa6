# core/surveys: NPS and CSAT answers and their figures (BILLING.md §10). Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SurveyAnalysis.cpp ${CMAKE_CURRENT_LIST_DIR}/SurveyAnalysis.h
    ${CMAKE_CURRENT_LIST_DIR}/SurveyAnswer.cpp ${CMAKE_CURRENT_LIST_DIR}/SurveyAnswer.h
    ${CMAKE_CURRENT_LIST_DIR}/SurveyRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/SurveyService.cpp ${CMAKE_CURRENT_LIST_DIR}/SurveyService.h
)
