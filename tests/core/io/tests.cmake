# core/io tests: CSV reading and writing, text decoding, the customer CSV import and export, the
# usage CSV import (on the company fixture of tests/core/subscriptions).
subdesk_add_test(tst_textdecoding SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_textdecoding.cpp LABELS core io)
subdesk_add_test(tst_csvreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvreader.cpp LABELS core io)
subdesk_add_test(tst_csvwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvwriter.cpp LABELS core io)
subdesk_add_test(tst_customercolumnnames SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customercolumnnames.cpp LABELS core io)
subdesk_add_test(tst_customercsvimporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customercsvimporter.cpp LABELS core io db)
subdesk_add_test(tst_customercsvexporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_customercsvexporter.cpp LABELS core io db)
subdesk_add_test(tst_usagecsvimporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_usagecsvimporter.cpp
    LIBS subdesk_companyfixture Qt6::Sql LABELS core io db)
