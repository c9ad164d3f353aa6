#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace subdesk::ui {

class CustomerImportWizard;

/**
 * Step 2: one row per column of the file, with its header, a few sample values and the customer
 * field it fills ("Ignore" to skip it). Starts from the importer's guess. Two columns cannot fill
 * the same field, and some column must hold the name.
 */
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(CustomerImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    QComboBox* comboAt(int column) const;
    void syncCombos();
    void updateProblems();

    CustomerImportWizard* m_wizard;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    bool m_valid = false;
};

} // namespace subdesk::ui
