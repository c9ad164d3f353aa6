# core/invoicing tests: creditor references, the aging report and statements of account.
subdesk_add_test(tst_creditorreference SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_creditorreference.cpp LABELS core)
subdesk_add_test(tst_agingreport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_agingreport.cpp LABELS core)
subdesk_add_test(tst_statement SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statement.cpp LABELS core)
