#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace subdesk::ui {

class CustomerImportWizard;

/**
 * Step 3: every row checked against the rules a customer must meet. Lists each refused row
 * ("Line 14: E-mail: ...") and the warnings; the import can go ahead with problems only when the
 * user ticks "Import only the valid rows". Finishing stores the customers in one transaction.
 */
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(CustomerImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    CustomerImportWizard* m_wizard;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QCheckBox* m_validOnly = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace subdesk::ui
