# ui/settings: the Settings section's pages for the open company (profile, bank accounts, tax rates,
# numbering, invoicing, metrics and exchange rates). Included by ui/CMakeLists.txt; SettingsView,
# Languages and Restart are listed there.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BankAccountDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BankAccountDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/BankAccountsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/BankAccountsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/CompanyProfilePage.cpp ${CMAKE_CURRENT_LIST_DIR}/CompanyProfilePage.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeRateDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeRateDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeRatesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeRatesPage.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoicingSettingsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/InvoicingSettingsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/LogoPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/LogoPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/NumberSeriesDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NumberSeriesDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/NumberSeriesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/NumberSeriesPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialogParts.cpp ${CMAKE_CURRENT_LIST_DIR}/SettingsDialogParts.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SettingsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/TaxRateDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/TaxRateDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TaxRatesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/TaxRatesPage.h
)
