# core/tax tests: VAT categories and the tax calculator (BILLING.md §8).
subdesk_add_test(tst_taxcalculator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_taxcalculator.cpp LABELS core)
