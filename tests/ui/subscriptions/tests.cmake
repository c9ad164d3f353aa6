# Subscriptions view and dialog tests. Each runs on a temporary company whose catalog the tests
# build through CatalogService (SubscriptionSamples).
foreach(name subscriptionsview newsubscriptiondialog changesubscriptiondialog billingrundialog)
    subdesk_add_test(tst_${name}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
                ${CMAKE_CURRENT_LIST_DIR}/SubscriptionSamples.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionSamples.h
        LIBS subdesk_ui subdesk_uitestsupport LABELS ui db)
    target_include_directories(tst_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
endforeach()
