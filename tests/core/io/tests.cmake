# core/io tests: CSV reading and writing, text decoding, the customer CSV import and export.
subdesk_add_test(tst_textdecoding SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_textdecoding.cpp LABELS core io)
subdesk_add_test(tst_csvreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvreader.cpp LABELS core io)
subdesk_add_test(tst_csvwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvwriter.cpp LABELS core io)
subdesk_add_test(tst_customercolumnnames SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customercolumnnames.cpp LABELS core io)
subdesk_add_test(tst_customercsvimporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customercsvimporter.cpp LABELS core io db)
subdesk_add_test(tst_customercsvexporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customercsvexporter.cpp LABELS core io db)
