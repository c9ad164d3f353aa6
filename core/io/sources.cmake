# core/io: CSV reading and writing, the customer CSV import and export, the usage, survey and exchange-rate
# CSV imports.
# Included by core/CMakeLists.txt.
target_sources(subdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CsvImportTable.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvImportTable.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerColumnNames.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerColumnNames.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerCsvExporter.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerCsvExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerCsvImporter.cpp ${CMAKE_CURRENT_LIST_DIR}/CustomerCsvImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/DateColumnReader.cpp ${CMAKE_CURRENT_LIST_DIR}/DateColumnReader.h
    ${CMAKE_CURRENT_LIST_DIR}/FxRateCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/FxRateCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/SurveyCsvImporter.cpp ${CMAKE_CURRENT_LIST_DIR}/SurveyCsvImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/UsageCsvImporter.cpp ${CMAKE_CURRENT_LIST_DIR}/UsageCsvImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.h
)
