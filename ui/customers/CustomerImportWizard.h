#pragma once

#include "io/CustomerCsvImporter.h"

#include <QDate>
#include <QWizard>

#include <optional>

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

/**
 * Imports customers from a CSV file in three steps: choose the file (delimiter and encoding
 * detected unless overridden), map its columns to customer fields (pre-filled from the header
 * names), check every row. Finishing stores the customers in one transaction through
 * io::CustomerCsvImporter::commit(): all of them or none. The import is not on the undo stack.
 */
class CustomerImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        CheckPage,
    };

    CustomerImportWizard(customers::CustomerService& service, const QDate& today, QWidget* parent = nullptr);

    /** Reads and parses the file; the mapping starts from the importer's guess. */
    Status load(const QString& path, const io::CsvReadOptions& options);
    /** The loaded file, once the first page is done. */
    io::CustomerCsvImporter* importer() { return m_importer ? &*m_importer : nullptr; }
    /** Validates every row with the current mapping. */
    const io::CustomerImportPlan& makePlan();
    const io::CustomerImportPlan& plan() const { return m_plan; }
    /** Stores the plan: every row, or only the valid ones when validRowsOnly. */
    Status commit(bool validRowsOnly);

    /** How many customers the finished import added. */
    int importedCount() const { return m_imported; }

private:
    customers::CustomerService& m_service;
    QDate m_today;
    std::optional<io::CustomerCsvImporter> m_importer;
    io::CustomerImportPlan m_plan;
    int m_imported = 0;
};

} // namespace subdesk::ui
