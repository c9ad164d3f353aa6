# core/surveys tests: survey answers, NPS and CSAT figures (BILLING.md §10), the survey CSV import.
subdesk_add_test(tst_surveyanswer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_surveyanswer.cpp LABELS core)
subdesk_add_test(tst_surveyanalysis SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_surveyanalysis.cpp LABELS core)
subdesk_add_test(tst_surveycsvimporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_surveycsvimporter.cpp
    LIBS subdesk_companyfixture LABELS core io db)
