# core/company tests: numbering series and the settings service (validation, bank account choice).
subdesk_add_test(tst_numberseries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_numberseries.cpp LABELS core)
subdesk_add_test(tst_companyservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_companyservice.cpp LABELS core)
