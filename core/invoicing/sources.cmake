# core/invoicing: issuing, credit notes, payments, aging and statements (BILLING.md §8–9). Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgingReport.cpp ${CMAKE_CURRENT_LIST_DIR}/AgingReport.h
    ${CMAKE_CURRENT_LIST_DIR}/CreditNoteBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/CreditNoteBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/CreditorReference.cpp ${CMAKE_CURRENT_LIST_DIR}/CreditorReference.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentIssuer.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentIssuer.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceService.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoiceService.h
    ${CMAKE_CURRENT_LIST_DIR}/ManualInvoiceBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/ManualInvoiceBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/Payment.cpp ${CMAKE_CURRENT_LIST_DIR}/Payment.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentService.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentService.h
    ${CMAKE_CURRENT_LIST_DIR}/Statement.cpp ${CMAKE_CURRENT_LIST_DIR}/Statement.h
)
