# ui/payments: the Payments section (payments list, aging, statements) and the invoicing dialogs it
# shares with the Invoices section (manual invoice, record payment, credit note, refund, which live
# in ui/invoices). Included by ui/CMakeLists.txt.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgingPage.cpp ${CMAKE_CURRENT_LIST_DIR}/AgingPage.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/FormParts.cpp ${CMAKE_CURRENT_LIST_DIR}/FormParts.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentListPage.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentListPage.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentsView.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentsView.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/StatementDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/StatementDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../invoices/CreditNoteDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../invoices/CreditNoteDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../invoices/ManualInvoiceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../invoices/ManualInvoiceDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../invoices/RecordPaymentDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../invoices/RecordPaymentDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../invoices/RefundDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../invoices/RefundDialog.h
)
