#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace subdesk::ui {

class CustomerImportWizard;

/** Step 1: the CSV file, with delimiter and encoding detected unless the user overrides them. */
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(CustomerImportWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    CustomerImportWizard* m_wizard;
    QLineEdit* m_path = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace subdesk::ui
