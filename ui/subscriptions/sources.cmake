# ui/subscriptions: the Subscriptions section, its dialogs and the billing-run dialog. Included by ui/CMakeLists.txt.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddOnPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/AddOnPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/BillingRunDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BillingRunDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangeSubscriptionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ChangeSubscriptionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerSubscriptionsPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerSubscriptionsPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentLinesTree.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentLinesTree.h
    ${CMAKE_CURRENT_LIST_DIR}/NewSubscriptionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NewSubscriptionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomePreview.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomePreview.h
    ${CMAKE_CURRENT_LIST_DIR}/RestartSubscriptionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RestartSubscriptionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/RunDocumentTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RunDocumentTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/StopSubscriptionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/StopSubscriptionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionDetailPane.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionDetailPane.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionFilterModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionFilterModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionTexts.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionTexts.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsView.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsView.h
    ${CMAKE_CURRENT_LIST_DIR}/TimingSelector.cpp ${CMAKE_CURRENT_LIST_DIR}/TimingSelector.h
)
