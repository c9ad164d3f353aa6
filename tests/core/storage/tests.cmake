# core/storage tests for the catalog, subscriptions and documents repositories.
subdesk_add_test(tst_catalogrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_catalogrepository.cpp LABELS core db)
subdesk_add_test(tst_subscriptionrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_subscriptionrepository.cpp
                 LABELS core db)
subdesk_add_test(tst_documentrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_documentrepository.cpp LABELS core db)
