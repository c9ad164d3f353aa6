# The demo company generator (subdesk-cli demo, the GUI's "Open demo company").
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemoCompany.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoCompany.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoInvoicing.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoInvoicing.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoCountries.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoCountries.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoCheckDigits.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoCheckDigits.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoDraw.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoCatalog.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoCatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoFxRates.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoFxRates.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoScript.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoScript.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoStories.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoStories.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoSubscriptions.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoSubscriptions.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoSurveys.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoSurveys.h)
