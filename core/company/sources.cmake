# core/company: the company profile, invoicing settings, bank accounts, numbering series and the settings service. Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BankAccount.h
    ${CMAKE_CURRENT_LIST_DIR}/CompanyProfile.h
    ${CMAKE_CURRENT_LIST_DIR}/CompanyRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoicingSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/CompanyService.cpp ${CMAKE_CURRENT_LIST_DIR}/CompanyService.h
    ${CMAKE_CURRENT_LIST_DIR}/NumberSeries.cpp ${CMAKE_CURRENT_LIST_DIR}/NumberSeries.h
)
