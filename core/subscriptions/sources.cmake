# core/subscriptions: subscriptions, their event log and timeline, usage records, and the service
# that changes them (BILLING.md §2–5) with its collaborators. Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChangePlanner.cpp ${CMAKE_CURRENT_LIST_DIR}/ChangePlanner.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigResolver.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigResolver.h
    ${CMAKE_CURRENT_LIST_DIR}/EventRecorder.cpp ${CMAKE_CURRENT_LIST_DIR}/EventRecorder.h
    ${CMAKE_CURRENT_LIST_DIR}/NewSubscriptionBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/NewSubscriptionBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/PeriodRules.cpp ${CMAKE_CURRENT_LIST_DIR}/PeriodRules.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceMigrator.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceMigrator.h
    ${CMAKE_CURRENT_LIST_DIR}/Subscription.cpp ${CMAKE_CURRENT_LIST_DIR}/Subscription.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionEvent.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionEvent.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionRequests.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionService.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionService.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionSummaries.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionSummaries.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionTimeline.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionTimeline.h
    ${CMAKE_CURRENT_LIST_DIR}/UsageRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/UsageRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/UsageValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/UsageValidator.h
)
