# core/storage tests for the catalog, subscriptions and documents repositories.
subdesk_add_test(tst_catalogrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_catalogrepository.cpp LABELS core db)
subdesk_add_test(tst_subscriptionrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_subscriptionrepository.cpp
                 LABELS core db)
subdesk_add_test(tst_documentrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_documentrepository.cpp LABELS core db)
# Issue 4: issuing, immutability, numbering under two connections, lists, settings and payments.
subdesk_add_test(tst_invoicerepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_invoicerepository.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/InvoiceFixture.h LABELS core db)
subdesk_add_test(tst_numbering SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_numbering.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceFixture.h
                 LABELS core db)
subdesk_add_test(tst_companyrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_companyrepository.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/InvoiceFixture.h LABELS core db)
subdesk_add_test(tst_paymentrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_paymentrepository.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/InvoiceFixture.h LABELS core db)
# Issue 5: the MRR span cache and its stale marks, exchange rates, survey answers and their services.
subdesk_add_test(tst_metricsrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsrepository.cpp LABELS core db)
subdesk_add_test(tst_surveyrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_surveyrepository.cpp LABELS core db)
subdesk_add_test(tst_metricsservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsservice.cpp LABELS core db)
subdesk_add_test(tst_surveyservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_surveyservice.cpp LABELS core db)
