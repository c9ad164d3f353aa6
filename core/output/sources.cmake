# core/output: documents out: the document language, PDFs and UBL e-invoices. Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExportFile.cpp ${CMAKE_CURRENT_LIST_DIR}/ExportFile.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentLanguage.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentLanguage.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentParts.cpp ${CMAKE_CURRENT_LIST_DIR}/DocumentParts.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoicePdf.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoicePdf.h
    ${CMAKE_CURRENT_LIST_DIR}/PageCanvas.cpp ${CMAKE_CURRENT_LIST_DIR}/PageCanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/PdfFile.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfFile.h
    ${CMAKE_CURRENT_LIST_DIR}/StatementPdf.cpp ${CMAKE_CURRENT_LIST_DIR}/StatementPdf.h
    ${CMAKE_CURRENT_LIST_DIR}/UblWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/UblWriter.h
)
