#pragma once

#include "customers/Customer.h"
#include "io/SurveyCsvImporter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace subdesk::customers {
class CustomerService;
}
namespace subdesk::surveys {
class SurveyService;
}

namespace subdesk::ui {

/**
 * Imports survey answers from a CSV file: pick the file, the kind of rows that name none and how
 * dates like 04/03/2026 are read; see the rows as read and every problem with its line and column.
 * Import stays disabled while the file has any problem: all answers are stored or none.
 */
class SurveyImportDialog final : public QDialog
{
    Q_OBJECT

public:
    SurveyImportDialog(surveys::SurveyService& service, customers::CustomerService& customers, QDate today,
                       QWidget* parent = nullptr);

    /** Reads path and checks it (the file chooser calls it; tests call it directly). */
    void loadFile(const QString& path);
    /** How many answers the import stored (after accept). */
    int importedCount() const { return m_imported; }

    QPushButton* importButton() const { return m_import; }
    QTableWidget* problemsList() const { return m_problems; }
    QTableWidget* previewTable() const { return m_preview; }
    QLabel* summaryLabel() const { return m_summary; }

public Q_SLOTS:
    void chooseFile();
    void accept() override;

private:
    void replan();
    void showPreview();

    surveys::SurveyService& m_service;
    QDate m_today;
    QList<customers::Customer> m_customers;
    QString m_customersError;
    std::optional<io::SurveyCsvImporter> m_importer;
    io::SurveyImportPlan m_plan;
    int m_imported = 0;

    QLineEdit* m_path = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace subdesk::ui
