# ui/invoices: the Invoices section, its detail pane and dialogs. The dialogs it shares with Payments
# (manual invoice, record payment, credit note) are listed in ui/payments/sources.cmake. Included by
# ui/CMakeLists.txt.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BatchExportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchExportDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentFileCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentFileCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentFiles.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentFiles.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceActions.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceActions.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceDetailPane.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceDetailPane.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceFilterBar.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceFilterBar.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoicePrompts.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoicePrompts.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoicesView.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoicesView.h
    ${CMAKE_CURRENT_LIST_DIR}/IssueDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/IssueDialog.h
)
